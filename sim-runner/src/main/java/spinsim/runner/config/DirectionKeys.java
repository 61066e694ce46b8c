package spinsim.runner.config;

/**
 * A direction in a config, in one of two forms (exactly one may be given):
 * <pre>
 * direction: [x, y, z]              # any non-zero vector, normalised
 * polar_deg: 145                    # angle from the z axis, degrees in [0, 180]
 * azimuth_deg: 0                    # optional, angle about z from the x axis, degrees in [-360, 360]
 * </pre>
 * The angular form is (sin theta cos phi, sin theta sin phi, cos theta). A resolved config always
 * shows the direction as the vector, so it loads back to the same run.
 */
final class DirectionKeys {
    static final String POLAR = "polar_deg";
    static final String AZIMUTH = "azimuth_deg";

    private DirectionKeys() {
    }

    /**
     * The unit direction of {@code key} or of polar_deg/azimuth_deg in {@code n}; {@code def} when
     * neither is given, or an error when {@code def} is null.
     */
    static double[] read(ConfigNode n, String key, double[] def) throws ConfigException {
        boolean vector = n.has(key);
        boolean polar = n.has(POLAR);
        boolean azimuth = n.has(AZIMUTH);
        if (vector && (polar || azimuth)) {
            throw n.error(polar ? POLAR : AZIMUTH, "give the direction either as " + key
                    + ": [x, y, z] or as polar_deg (and azimuth_deg), not both");
        }
        if (azimuth && !polar) {
            throw n.error(AZIMUTH, "needs polar_deg, the angle from the z axis; or give " + key + ": [x, y, z]");
        }
        if (polar) {
            n.raw(key); // absent: marks the key as one of the allowed ones
            double theta = Math.toRadians(n.number(POLAR, Double.NaN, 0, 180, false, "degrees from the z axis"));
            double phi = Math.toRadians(n.number(AZIMUTH, 0.0, -360, 360, false,
                    "degrees about the z axis from the x axis"));
            double s = Math.sin(theta);
            return new double[] {s * Math.cos(phi), s * Math.sin(phi), Math.cos(theta)};
        }
        n.raw(POLAR);
        n.raw(AZIMUTH);
        if (!vector && def == null) {
            throw n.missing(key, "required; give " + key + ": [x, y, z] or polar_deg (and azimuth_deg)");
        }
        return n.vector3(key, def);
    }
}
