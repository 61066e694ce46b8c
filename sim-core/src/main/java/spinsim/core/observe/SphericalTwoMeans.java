package spinsim.core.observe;

/**
 * Weighted 2-means clustering of unit vectors on the sphere by Lloyd iterations: each point goes
 * to the centre of larger cosine (a tie goes to the first centre), each centre becomes the
 * normalised weighted sum of its points, until no point changes side. This minimises
 * sum of w (1 - cos(angle to its centre)) locally; seeded with the previous record's centres it
 * follows two populations continuously. A centre that loses all its points keeps its seed.
 *
 * <p>Deterministic: points are visited in the given order and sums are in that order.
 */
public final class SphericalTwoMeans {
    /** Enough for any practical input; Lloyd usually settles in a few rounds. */
    public static final int MAX_ITERATIONS = 200;

    private SphericalTwoMeans() {
    }

    /**
     * Clusters points {@code 0 .. n-1}.
     *
     * @param x       point components (unit vectors)
     * @param w       point weights (&gt; 0)
     * @param c1      first centre, unit: the seed in, the result out
     * @param c2      second centre, unit: the seed in, the result out
     * @param label   out: 0 or 1 per point
     * @return the Lloyd rounds used
     */
    public static int cluster(double[] x, double[] y, double[] z, double[] w, int n, double[] c1, double[] c2,
            int[] label) {
        for (int i = 0; i < n; i++) {
            label[i] = -1;
        }
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            boolean changed = false;
            double ax = 0;
            double ay = 0;
            double az = 0;
            double bx = 0;
            double by = 0;
            double bz = 0;
            for (int i = 0; i < n; i++) {
                double d1 = x[i] * c1[0] + y[i] * c1[1] + z[i] * c1[2];
                double d2 = x[i] * c2[0] + y[i] * c2[1] + z[i] * c2[2];
                int l = d2 > d1 ? 1 : 0;
                if (l != label[i]) {
                    label[i] = l;
                    changed = true;
                }
                if (l == 0) {
                    ax += w[i] * x[i];
                    ay += w[i] * y[i];
                    az += w[i] * z[i];
                } else {
                    bx += w[i] * x[i];
                    by += w[i] * y[i];
                    bz += w[i] * z[i];
                }
            }
            if (!changed) {
                return it;
            }
            normaliseInto(ax, ay, az, c1);
            normaliseInto(bx, by, bz, c2);
        }
        return MAX_ITERATIONS;
    }

    /** c = v/|v|, or c unchanged when v is zero (an empty cluster keeps its centre). */
    private static void normaliseInto(double vx, double vy, double vz, double[] c) {
        double nn = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (nn > 0) {
            c[0] = vx / nn;
            c[1] = vy / nn;
            c[2] = vz / nn;
        }
    }
}
