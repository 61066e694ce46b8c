package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.runner.run.SeriesStats;

/** Chi-square tails, their z conversion, and the delta + isotropic shape test on synthetic histograms. */
class StatsAndShapeTest {
    @Test
    void chiSquareTailsAndZ() {
        assertEquals(0.05, Stats.chiSquarePValue(3.841459, 1), 1e-6);
        assertEquals(0.05, Stats.chiSquarePValue(55.758479, 40), 1e-6);
        assertEquals(1.6449, Stats.chiSquareZ(3.841459, 1), 1e-3);
        assertEquals(0.0, Stats.chiSquareZ(0.1, 10), 0, "a good fit is floored at 0");
        double prev = 0;
        for (double c : new double[] {100, 1e3, 1e4, 1e5, 1e7}) {
            double z = Stats.chiSquareZ(c, 39);
            assertTrue(Double.isFinite(z) && z > prev, c + " -> " + z);
            prev = z;
        }
    }

    private static long[][] sample(int reps, int n, int bins, double delta, boolean smooth, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[][] h = new long[reps][bins];
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < n; i++) {
                double c;
                if (rng.nextDouble() < delta) {
                    c = 1 - 1e-9;
                } else if (smooth) {
                    // density (1 + c)/2 on [-1, 1]
                    c = 2 * Math.sqrt(rng.nextDouble()) - 1;
                } else {
                    c = 2 * rng.nextDouble() - 1;
                }
                h[r][Math.min(bins - 1, (int) ((c + 1) / 2 * bins))]++;
            }
        }
        return h;
    }

    @Test
    void deltaPlusIsotropicPassesAndASmoothPeakFails() {
        int reps = 8;
        int n = 50_000;
        int bins = 40;
        double[] ns = new double[reps];
        double[] tia = new double[reps];
        long[][] good = sample(reps, n, bins, 0.2, false, 1);
        for (int r = 0; r < reps; r++) {
            ns[r] = n;
            long top = good[r][bins - 1];
            // the TIA size as the projection would measure it: delta count (+ isotropic mean 0)
            tia[r] = top - (n - top) / (double) (bins - 1);
        }
        ShapeTest ok = ShapeTest.of(good, ns, tia);
        assertTrue(ok.z() <= 3, "chi2 " + ok.chi2() + " phi " + ok.phi());
        assertEquals(0.2, ok.pTia().mean(), 0.01);

        long[][] bad = sample(reps, n, bins, 0.0, true, 2);
        double[] tiaSmooth = new double[reps];
        java.util.Arrays.fill(tiaSmooth, n / 3.0); // <cos> of (1 + c)/2 is 1/3
        ShapeTest no = ShapeTest.of(bad, ns, tiaSmooth);
        assertTrue(no.z() > 10, "chi2 " + no.chi2());
        // t on 7 degrees of freedom, and its normal equivalent (the verdict's z), which is smaller
        assertTrue(no.excessMinusPTia().t(0) < -10, "t " + no.excessMinusPTia().t(0));
        assertEquals(SeriesStats.normalEquivalent(no.excessMinusPTia().t(0), reps - 1), no.excessMinusPTia().z(0), 1e-12);
        assertTrue(no.excessMinusPTia().z(0) < -8, "z " + no.excessMinusPTia().z(0));
    }
}
