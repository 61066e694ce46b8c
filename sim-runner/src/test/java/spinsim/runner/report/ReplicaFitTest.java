package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-replica line fit behind V10.1-V10.4. */
class ReplicaFitTest {

    @Test
    void recoversAnExactLineInEveryReplica() {
        double[][] x = {{0.1, 0.12, 0.09}, {0.3, 0.31, 0.29}, {0.5, 0.52, 0.47}, {0.7, 0.69, 0.72}};
        double[][] y = new double[4][3];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                y[i][j] = 0.7 + 0.8 * x[i][j];
            }
        }
        ReplicaFit f = ReplicaFit.of(x, y);
        assertEquals(0.7, f.intercept().mean(), 1e-12);
        assertEquals(0.8, f.slope().mean(), 1e-12);
        assertEquals(0.0, f.intercept().se(), 1e-12);
        assertEquals(3, f.intercept().n());
    }

    /** With a common x the mean of the replicas' lines is the unweighted fit of the means (linearity). */
    @Test
    void withCommonXItIsTheFitOfTheMeans() {
        SplittableRandom r = new SplittableRandom(7);
        double[] xs = {0.1, 0.3, 0.5, 0.7};
        double[][] x = new double[4][5];
        double[][] y = new double[4][5];
        double[] ym = new double[4];
        double[] w = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = xs[i];
                y[i][j] = 1 + 2 * xs[i] + (i + 1) * 0.1 * r.nextGaussian();
            }
            ym[i] = Stats.meanSe(y[i]).mean();
            w[i] = 1;
        }
        double[] line = ReplicaFit.line(xs, ym, w);
        ReplicaFit f = ReplicaFit.of(x, y);
        assertEquals(line[0], f.intercept().mean(), 1e-12);
        assertEquals(line[1], f.slope().mean(), 1e-12);
    }

    @Test
    void refusesRaggedReplicas() {
        assertThrows(IllegalArgumentException.class,
                () -> ReplicaFit.of(new double[][] {{1, 2}, {1}}, new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> ReplicaFit.of(new double[][] {{1, 2}}, new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> ReplicaFit.of(new double[][] {{1, 2}, {2, 3}},
                new double[][] {{1, 2}, {2, 3}}, new double[] {1}));
    }

    /**
     * The point of the class: with 4 replicas per point (V10's case: 4 points, x measured with an
     * error), |z| > 3 for the true intercept must occur at the normal rate, 0.27 %. 40 000 trials:
     * expected 108 exceedances, SE sqrt(40000 p (1 - p)) = 10.4; tolerance 5 SE. The fit of the
     * means weighted by their SEs as if exact (what V10 did before) exceeds |t| = 3 several times
     * as often; the test shows that too, so it fails if the verdict went back to that fit or to
     * the raw t of the replica fit (Student's t on 3 dof: 5.8 %). (Weighting each replica's line
     * by the replicas' own SEs gave 263 here: the weights correlate with what they weigh.)
     */
    @Test
    void trueInterceptDisagreesAtTheNominalRate() {
        final int trials = 40_000;
        final double a = 0.7;
        final double b = 0.5;
        final double[] xTrue = {0.05, 0.1, 0.2, 0.4};
        final double[] sigmaY = {0.01, 0.012, 0.018, 0.03};
        final double sigmaX = 0.005;
        SplittableRandom r = new SplittableRandom(20261125);
        int replicaExceed = 0;
        int pooledExceed = 0;
        int rawTExceed = 0;
        double[][] x = new double[4][4];
        double[][] y = new double[4][4];
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    x[i][j] = xTrue[i] + sigmaX * r.nextGaussian();
                    y[i][j] = a + b * xTrue[i] + sigmaY[i] * r.nextGaussian();
                }
            }
            ReplicaFit f = ReplicaFit.of(x, y);
            if (Math.abs(f.intercept().z(a)) > 3) {
                replicaExceed++;
            }
            if (Math.abs(f.intercept().t(a)) > 3) {
                rawTExceed++;
            }
            if (Math.abs(pooledT(x, y, a)) > 3) {
                pooledExceed++;
            }
        }
        double p = 0.0027;
        double expected = trials * p;
        double se = Math.sqrt(trials * p * (1 - p));
        assertTrue(Math.abs(replicaExceed - expected) < 5 * se,
                "replica fit: " + replicaExceed + " exceedances of |z| = 3, expected " + expected + " ± " + se);
        assertTrue(rawTExceed > expected + 5 * se, "the raw t must exceed too often: " + rawTExceed);
        assertTrue(pooledExceed > expected + 5 * se,
                "the pooled fit with SEs as exact was expected to exceed too often, got " + pooledExceed);
    }

    /**
     * Points that share seeds, as a sweep's do: replica j of every point carries a common error
     * c_j (variance 0.7 of each point's, as from the same random streams), plus its own. The
     * replica fit's spread carries the correlation, so a true intercept and a true slope still
     * disagree (|z| > 3) at the nominal 0.27 %, unweighted and with fixed weights: 40 000 trials
     * each, expected 108, SE 10.4, tolerance 5 SE.
     */
    @Test
    void pointsThatShareSeedsStillGiveTheNominalRate() {
        final int trials = 40_000;
        final double a = 0.7;
        final double b = 0.5;
        final double[] xTrue = {0.05, 0.1, 0.2, 0.4};
        final double[] sigmaY = {0.01, 0.012, 0.018, 0.03};
        final double[] fixed = {4, 3, 2, 1};
        SplittableRandom r = new SplittableRandom(77);
        int interceptExceed = 0;
        int slopeExceed = 0;
        int weightedExceed = 0;
        double[][] x = new double[4][4];
        double[][] y = new double[4][4];
        for (int t = 0; t < trials; t++) {
            for (int j = 0; j < 4; j++) {
                double common = r.nextGaussian();
                for (int i = 0; i < 4; i++) {
                    x[i][j] = xTrue[i];
                    y[i][j] = a + b * xTrue[i] + sigmaY[i] * (Math.sqrt(0.7) * common + Math.sqrt(0.3) * r.nextGaussian());
                }
            }
            ReplicaFit f = ReplicaFit.of(x, y);
            interceptExceed += Math.abs(f.intercept().z(a)) > 3 ? 1 : 0;
            slopeExceed += Math.abs(f.slope().z(b)) > 3 ? 1 : 0;
            weightedExceed += Math.abs(ReplicaFit.of(x, y, fixed).intercept().z(a)) > 3 ? 1 : 0;
        }
        double p = 0.0027;
        double expected = trials * p;
        double se = Math.sqrt(trials * p * (1 - p));
        assertTrue(Math.abs(interceptExceed - expected) < 5 * se, "intercept: " + interceptExceed);
        assertTrue(Math.abs(slopeExceed - expected) < 5 * se, "slope: " + slopeExceed);
        assertTrue(Math.abs(weightedExceed - expected) < 5 * se, "fixed weights: " + weightedExceed);
    }

    /** (intercept - a) / se(intercept) of the fit of the means weighted by their SEs as if exact. */
    private static double pooledT(double[][] x, double[][] y, double a) {
        int n = x.length;
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double xm = Stats.meanSe(x[i]).mean();
            Stats.MeanSe my = Stats.meanSe(y[i]);
            double w = 1 / (my.se() * my.se());
            sw += w;
            sx += w * xm;
            sy += w * my.mean();
            sxx += w * xm * xm;
            sxy += w * xm * my.mean();
        }
        double d = sw * sxx - sx * sx;
        return ((sxx * sy - sx * sxy) / d - a) / Math.sqrt(sxx / d);
    }
}
