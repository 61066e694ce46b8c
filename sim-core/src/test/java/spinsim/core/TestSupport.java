package spinsim.core;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import spinsim.core.state.StateStore;

/**
 * Helpers shared by the sim-core tests: reference samplers written independently of the engine
 * (trigonometric, not Marsaglia), vector arithmetic in double, and chi-square critical values from
 * Commons Math.
 */
public final class TestSupport {
    private TestSupport() {
    }

    /** A uniform direction on the sphere by the inverse-CDF route (z uniform, azimuth uniform). */
    public static double[] randomUnit(SplittableRandom rng) {
        double z = 2.0 * rng.nextDouble() - 1.0;
        double az = 2.0 * Math.PI * rng.nextDouble();
        double s = Math.sqrt(Math.max(0.0, 1.0 - z * z));
        return new double[] {s * Math.cos(az), s * Math.sin(az), z};
    }

    /** A uniform unit vector perpendicular to the unit vector {@code s}. */
    public static double[] randomPerpendicular(double[] s, SplittableRandom rng) {
        double[] t = Math.abs(s[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = normalize(cross(s, t));
        double[] e2 = cross(s, e1);
        double az = 2.0 * Math.PI * rng.nextDouble();
        return new double[] {
            Math.cos(az) * e1[0] + Math.sin(az) * e2[0],
            Math.cos(az) * e1[1] + Math.sin(az) * e2[1],
            Math.cos(az) * e1[2] + Math.sin(az) * e2[2]};
    }

    /** A unit vector at angle {@code phi} (radians) from the unit vector {@code s}, random azimuth. */
    public static double[] atAngle(double[] s, double phi, SplittableRandom rng) {
        double[] e = randomPerpendicular(s, rng);
        double c = Math.cos(phi);
        double sn = Math.sin(phi);
        return new double[] {c * s[0] + sn * e[0], c * s[1] + sn * e[1], c * s[2] + sn * e[2]};
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static double[] normalize(double[] a) {
        double n = norm(a);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }

    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    public static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /** The stored Bloch vector of state i, widened to double. */
    public static double[] vec(StateStore s, int i) {
        return new double[] {s.sx[i], s.sy[i], s.sz[i]};
    }

    /**
     * The chi-square value that a chi-square variable with {@code dof} degrees of freedom exceeds
     * with probability {@code alpha} (the false-failure probability of a test at that critical value).
     */
    public static double chiSquareCritical(int dof, double alpha) {
        return new ChiSquaredDistribution(dof).inverseCumulativeProbability(1.0 - alpha);
    }

    /** Pearson chi-square of observed counts against equal expected counts (total / bins each). */
    public static double chiSquareUniform(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double e = (double) total / counts.length;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - e) * (c - e) / e;
        }
        return chi2;
    }
}
