package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * FULL + EMPTY creates two SPIN states (Fig. 2, second event). Under {@code paper} (and the
 * spin-conserving variant, which shares the outcome) they are antiparallel and isotropic; under
 * {@code paper-planar} the polar angle has density sin(theta)/2 and the partner has pi - theta.
 */
class CreationIsotropyTest {
    private static final int N = 100_000;
    private static final int BINS = 20;
    private static final double ALPHA = 1e-4;

    /** Creates N pairs, alternating FULL+EMPTY and EMPTY+FULL; returns the spins of state 0 and 1. */
    private static float[][] create(String ruleName, long seed) {
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        SplittableRandom rng = new SplittableRandom(seed);
        StateStore s = new StateStore(2);
        float[][] out = new float[6][N];
        for (int t = 0; t < N; t++) {
            if ((t & 1) == 0) {
                s.setFull(0);
                s.setEmpty(1);
            } else {
                s.setEmpty(0);
                s.setFull(1);
            }
            rule.scatter(s, 0, 1, rng);
            assertEquals(Kind.SPIN, s.kindOf(0), ruleName + " trial " + t);
            assertEquals(Kind.SPIN, s.kindOf(1), ruleName + " trial " + t);
            out[0][t] = s.sx[0];
            out[1][t] = s.sy[0];
            out[2][t] = s.sz[0];
            out[3][t] = s.sx[1];
            out[4][t] = s.sy[1];
            out[5][t] = s.sz[1];
        }
        return out;
    }

    @Test
    void paperCreatesAntiparallelUnitPairs() {
        for (String name : new String[] {"paper", "spin-conserving"}) {
            float[][] v = create(name, 0xC4EA7E01L);
            for (int t = 0; t < N; t++) {
                double[] a = {v[0][t], v[1][t], v[2][t]};
                double[] b = {v[3][t], v[4][t], v[5][t]};
                assertEquals(1.0, TestSupport.norm(a), 1e-6, name + " trial " + t + ": |s1|");
                assertEquals(1.0, TestSupport.norm(b), 1e-6, name + " trial " + t + ": |s2|");
                assertEquals(-1.0, TestSupport.dot(a, b), 1e-6, name + " trial " + t + ": s1.s2");
            }
        }
    }

    @Test
    void paperCreationIsIsotropic() {
        float[][] v = create("paper", 0xC4EA7E02L);
        long[] cosBins = new long[BINS];
        long[] azBins = new long[BINS];
        double[] sum = new double[3];
        double sumZ2 = 0;
        for (int t = 0; t < N; t++) {
            double x = v[0][t];
            double y = v[1][t];
            double z = v[2][t];
            cosBins[Math.min(BINS - 1, (int) ((z + 1.0) * 0.5 * BINS))]++;
            double az = Math.atan2(y, x); // (-pi, pi]
            azBins[Math.min(BINS - 1, (int) ((az + Math.PI) / (2 * Math.PI) * BINS))]++;
            sum[0] += x;
            sum[1] += y;
            sum[2] += z;
            sumZ2 += z * z;
        }
        // 20 equal bins, dof 19, false-failure probability 1e-4: critical value 50.80
        double crit = TestSupport.chiSquareCritical(BINS - 1, ALPHA);
        double chiCos = TestSupport.chiSquareUniform(cosBins);
        double chiAz = TestSupport.chiSquareUniform(azBins);
        assertTrue(chiCos < crit, String.format("cos(theta) chi-square %.2f >= critical %.2f (dof %d); bins %s",
                chiCos, crit, BINS - 1, java.util.Arrays.toString(cosBins)));
        assertTrue(chiAz < crit, String.format("azimuth chi-square %.2f >= critical %.2f (dof %d); bins %s",
                chiAz, crit, BINS - 1, java.util.Arrays.toString(azBins)));
        // each component of a uniform unit vector has mean 0 and variance 1/3
        double seMean = Math.sqrt(1.0 / 3.0 / N);
        for (int c = 0; c < 3; c++) {
            double m = sum[c] / N;
            assertTrue(Math.abs(m) < 5 * seMean, String.format("mean component %d = %.5f, expected 0 +- 5 x %.5f",
                    c, m, seMean));
        }
        // z^2 of a uniform unit vector: mean 1/3, variance E z^4 - 1/9 = 1/5 - 1/9 = 4/45
        double meanZ2 = sumZ2 / N;
        double seZ2 = Math.sqrt(4.0 / 45.0 / N);
        assertTrue(Math.abs(meanZ2 - 1.0 / 3.0) < 5 * seZ2, String.format("<z^2> = %.5f, expected 1/3 +- 5 x %.5f",
                meanZ2, seZ2));
    }

    @Test
    void isotropyTestHasPowerAgainstANormalisedCubeSampler() {
        // The classic wrong sampler: a uniform point of the cube [-1,1]^3 normalised. Its directions
        // crowd toward the cube's corners; the cos(theta) chi-square at the same N must reject it.
        SplittableRandom rng = new SplittableRandom(0xC4EA7E03L);
        long[] cosBins = new long[BINS];
        for (int t = 0; t < N; t++) {
            double[] p = {2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1};
            double z = TestSupport.normalize(p)[2];
            cosBins[Math.min(BINS - 1, (int) ((z + 1.0) * 0.5 * BINS))]++;
        }
        double crit = TestSupport.chiSquareCritical(BINS - 1, ALPHA);
        double chi = TestSupport.chiSquareUniform(cosBins);
        assertTrue(chi > 5 * crit, String.format("biased sampler chi-square %.1f, critical %.2f", chi, crit));
    }

    @Test
    void planarCreationDrawsUniformCosineAndMirrorsThePartner() {
        float[][] v = create("paper-planar", 0xC4EA7E04L);
        long[] cosBins = new long[BINS];
        for (int t = 0; t < N; t++) {
            assertEquals(0f, v[1][t], "sy of state 0, trial " + t);
            assertEquals(0f, v[4][t], "sy of state 1, trial " + t);
            assertEquals(v[0][t], v[3][t], "sx equal, trial " + t);
            assertTrue(v[0][t] >= 0f, "sx >= 0 (polar angle in [0, pi]), trial " + t);
            assertEquals(-v[2][t], v[5][t], "partner sz = -sz (theta -> pi - theta), trial " + t);
            assertEquals(1.0, Math.hypot(v[0][t], v[2][t]), 1e-6, "unit length, trial " + t);
            cosBins[Math.min(BINS - 1, (int) ((v[2][t] + 1.0) * 0.5 * BINS))]++;
        }
        // density sin(theta)/2 means cos(theta) uniform on [-1, 1]: 20 equal bins, dof 19,
        // false-failure probability 1e-4: critical value 50.80
        double crit = TestSupport.chiSquareCritical(BINS - 1, ALPHA);
        double chi = TestSupport.chiSquareUniform(cosBins);
        assertTrue(chi < crit, String.format("planar sz chi-square %.2f >= critical %.2f (dof %d); bins %s",
                chi, crit, BINS - 1, java.util.Arrays.toString(cosBins)));
    }
}
