package spinsim.core.observe;

/**
 * The reference frame of a two-assembly run, built from its two initial directions d1 and d2, in
 * which the paper's Fig. 9 inset reads: e3 = d1 (the paper's z axis, TIA1 at the start), e1 = the
 * part of d2 perpendicular to d1 (so d1 and d2 span the e3-e1 plane, d2 on the e1 side), e2 = e3 x e1.
 * If d2 is parallel to d1, e1 is any unit vector perpendicular to d1 (chosen deterministically).
 */
public final class AssemblyFrame {
    private final double[] e1;
    private final double[] e2;
    private final double[] e3;

    public AssemblyFrame(double[] first, double[] second) {
        e3 = unit(first);
        double[] d2 = unit(second);
        double c = dot(d2, e3);
        double[] p = {d2[0] - c * e3[0], d2[1] - c * e3[1], d2[2] - c * e3[2]};
        if (Math.sqrt(dot(p, p)) < 1e-12) {
            p = Math.abs(e3[0]) < 0.9 ? cross(e3, new double[] {1, 0, 0}) : cross(e3, new double[] {0, 1, 0});
        }
        e1 = unit(p);
        e2 = cross(e3, e1);
    }

    /** Angle of v from d1, degrees in [0, 180] (the inset's theta of Fig. 9). */
    public double polarDeg(double[] v) {
        return Math.toDegrees(AssemblyTracker.angle(v, e3));
    }

    /**
     * Azimuth of v about d1, degrees in (-180, 180]: 0 in the half-plane of d2, 180 on the other
     * side of d1, +-90 out of the plane of the two initial directions.
     */
    public double azimuthDeg(double[] v) {
        return Math.toDegrees(Math.atan2(dot(v, e2), dot(v, e1)));
    }

    /**
     * Signed angle of v's projection on the plane of d1 and d2, from d1 toward d2, degrees in
     * (-180, 180]: equal to {@link #polarDeg} on d2's side of d1 and to its negative on the other
     * side, so an assembly that crosses d1 is followed without a jump.
     */
    public double inPlaneDeg(double[] v) {
        return Math.toDegrees(Math.atan2(dot(v, e1), dot(v, e3)));
    }

    /** Angle between two vectors, degrees. */
    public static double angleDeg(double[] a, double[] b) {
        return Math.toDegrees(AssemblyTracker.angle(a, b));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("a direction must be a finite non-zero vector");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
