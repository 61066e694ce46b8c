package spinsim.core.state;

import java.util.SplittableRandom;

/**
 * Uniform directions on the unit sphere without trigonometry (Marsaglia 1972): draw (u, v)
 * uniform in the unit disc, then (2u sqrt(1-r), 2v sqrt(1-r), 1-2r) with r = u^2 + v^2 is uniform
 * on the sphere. Acceptance pi/4, so 8/pi ~ 2.55 draws per direction on average.
 */
public final class SphereSampling {
    private SphereSampling() {
    }

    /** Writes a uniform direction into state i of the store (keeps its kind). */
    public static void uniformInto(SplittableRandom rng, float[] sx, float[] sy, float[] sz, int i) {
        double u;
        double v;
        double r;
        do {
            u = 2.0 * rng.nextDouble() - 1.0;
            v = 2.0 * rng.nextDouble() - 1.0;
            r = u * u + v * v;
        } while (r >= 1.0);
        double f = 2.0 * Math.sqrt(1.0 - r);
        sx[i] = (float) (u * f);
        sy[i] = (float) (v * f);
        sz[i] = (float) (1.0 - 2.0 * r);
    }

    /** A uniform direction as {x, y, z}. */
    public static double[] uniform(SplittableRandom rng) {
        double u;
        double v;
        double r;
        do {
            u = 2.0 * rng.nextDouble() - 1.0;
            v = 2.0 * rng.nextDouble() - 1.0;
            r = u * u + v * v;
        } while (r >= 1.0);
        double f = 2.0 * Math.sqrt(1.0 - r);
        return new double[] {u * f, v * f, 1.0 - 2.0 * r};
    }
}
