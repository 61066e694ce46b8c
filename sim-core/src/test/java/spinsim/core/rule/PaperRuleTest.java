package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The paper's rule (Eq. 4-5, Fig. 2-3) on SPIN + SPIN pairs over a grid of angles phi:
 * FULL + EMPTY with probability sin^2(phi/2) (fair coin for which state is FULL), otherwise both
 * spins along the normalised bisector.
 */
class PaperRuleTest {
    /** phi = 0, 15, ..., 180 degrees. */
    private static final int POINTS = 13;
    private static final int TRIALS_PER_POINT = 20_000;
    /** False-failure probability of each chi-square test. */
    private static final double ALPHA = 1e-4;

    /** Counts of one pass over the grid. */
    private record GridCounts(double[] phi, long[] annihilated, long annihilations, long firstFull) {
    }

    /**
     * Scatters TRIALS_PER_POINT pairs at each phi of the grid, each pair with its own random common
     * orientation, and checks the outcome of every single event: either exactly one FULL and one
     * EMPTY with zero vectors, or two SPIN states both along the normalised bisector of the stored
     * inputs (to 1e-6).
     */
    private static GridCounts runGrid(ScatteringRule rule, long seed) {
        SplittableRandom geometry = new SplittableRandom(seed);
        SplittableRandom draws = new SplittableRandom(seed ^ 0xA5A5A5A5L);
        StateStore s = new StateStore(2);
        double[] phis = new double[POINTS];
        long[] ann = new long[POINTS];
        long annihilations = 0;
        long firstFull = 0;
        for (int k = 0; k < POINTS; k++) {
            phis[k] = Math.toRadians(15.0 * k);
            for (int t = 0; t < TRIALS_PER_POINT; t++) {
                double[] s1 = TestSupport.randomUnit(geometry);
                double[] s2 = TestSupport.atAngle(s1, phis[k], geometry);
                s.setSpin(0, s1[0], s1[1], s1[2]);
                s.setSpin(1, s2[0], s2[1], s2[2]);
                double[] bis = TestSupport.normalize(TestSupport.add(TestSupport.vec(s, 0), TestSupport.vec(s, 1)));
                rule.scatter(s, 0, 1, draws);
                Kind k0 = s.kindOf(0);
                Kind k1 = s.kindOf(1);
                if (k0 == Kind.SPIN && k1 == Kind.SPIN) {
                    for (int i = 0; i < 2; i++) {
                        for (int c = 0; c < 3; c++) {
                            assertEquals(bis[c], TestSupport.vec(s, i)[c], 1e-6,
                                    "phi = " + 15 * k + " deg: survivor " + i + " not along the bisector");
                        }
                    }
                } else if (k0 == Kind.FULL && k1 == Kind.EMPTY || k0 == Kind.EMPTY && k1 == Kind.FULL) {
                    ann[k]++;
                    annihilations++;
                    if (k0 == Kind.FULL) {
                        firstFull++;
                    }
                    for (int i = 0; i < 2; i++) {
                        assertEquals(0f, s.sx[i]);
                        assertEquals(0f, s.sy[i]);
                        assertEquals(0f, s.sz[i]);
                    }
                } else {
                    fail("phi = " + 15 * k + " deg: impossible outcome " + k0 + " + " + k1);
                }
            }
        }
        return new GridCounts(phis, ann, annihilations, firstFull);
    }

    /**
     * Pearson chi-square of the annihilation counts against probability prob(phi), binomial per grid
     * point, over the points where 0 < prob < 1 (the others have zero variance and are tested
     * exactly). Returns {chi2, dof}.
     */
    private static double[] chiSquare(GridCounts g, java.util.function.DoubleUnaryOperator prob) {
        double chi2 = 0;
        int dof = 0;
        for (int k = 0; k < POINTS; k++) {
            double p = prob.applyAsDouble(g.phi()[k]);
            if (p <= 1e-12 || p >= 1 - 1e-12) {
                continue;
            }
            double e = TRIALS_PER_POINT * p;
            double d = g.annihilated()[k] - e;
            chi2 += d * d / (e * (1 - p));
            dof++;
        }
        return new double[] {chi2, dof};
    }

    private static double sin2Half(double phi) {
        double sh = Math.sin(phi / 2);
        return sh * sh;
    }

    private static double cos2Half(double phi) {
        double ch = Math.cos(phi / 2);
        return ch * ch;
    }

    @Test
    void annihilationFrequencyIsSinSquaredHalfAngle() {
        GridCounts g = runGrid(ScatteringRules.byName("paper"), 0x9A9E8001L);
        // The stored float vectors have s1.s2 = cos(phi) + O(1e-7), so a trial's true probability
        // differs from sin^2(phi/2) by < 1e-6: < 0.02 in an expected count whose sd is >= 24.
        double[] r = chiSquare(g, PaperRuleTest::sin2Half);
        int dof = (int) r[1];
        assertEquals(11, dof, "grid points with 0 < p < 1");
        // dof 11, false-failure probability 1e-4: critical value 37.37
        double crit = TestSupport.chiSquareCritical(dof, ALPHA);
        assertTrue(r[0] < crit, String.format("chi-square of FULL+EMPTY counts against sin^2(phi/2) = %.2f, "
                + "dof %d, critical %.2f at alpha %.0e; counts %s", r[0], dof, crit, ALPHA,
                java.util.Arrays.toString(g.annihilated())));
    }

    @Test
    void chiSquareHasPowerAgainstSwappedProbability() {
        // Same counts, alternative hypothesis: the probabilities of Eq. 4 and Eq. 5 swapped
        // (FULL + EMPTY with cos^2(phi/2)). The test must reject it overwhelmingly.
        GridCounts g = runGrid(ScatteringRules.byName("paper"), 0x9A9E8001L);
        double[] alt = chiSquare(g, PaperRuleTest::cos2Half);
        double crit = TestSupport.chiSquareCritical((int) alt[1], ALPHA);
        assertTrue(alt[0] > 1000 * crit, String.format("chi-square against the swapped cos^2(phi/2) = %.3g, "
                + "only %.3g times the critical value %.2f (dof %d)", alt[0], alt[0] / crit, crit, (int) alt[1]));
    }

    @Test
    void parallelNeverAndAntiparallelAlwaysAnnihilate() {
        GridCounts g = runGrid(ScatteringRules.byName("paper"), 0x9A9E8002L);
        assertEquals(0, g.annihilated()[0], "phi = 0: FULL+EMPTY count out of " + TRIALS_PER_POINT);
        assertEquals(TRIALS_PER_POINT, g.annihilated()[POINTS - 1],
                "phi = 180 deg: FULL+EMPTY count out of " + TRIALS_PER_POINT);
    }

    @Test
    void fullEmptyCoinIsFair() {
        GridCounts g = runGrid(ScatteringRules.byName("paper"), 0x9A9E8003L);
        long n = g.annihilations();
        double mean = 0.5 * n;
        double sd = Math.sqrt(0.25 * n);
        assertTrue(Math.abs(g.firstFull() - mean) < 5 * sd, String.format(
                "first state FULL in %d of %d annihilations: expected %.1f +- 5 x %.1f", g.firstFull(), n, mean, sd));
    }

    /**
     * Regression: bitwise-identical spins never annihilate, even when their float norm is below 1.
     * With the probability computed as (1 - s1.s2)/2 from float vectors, a parallel pair of squared
     * norm 0.99999990 had p = 4.9e-8 > 0; the seed below makes the rule's first draw u = 1.48e-8,
     * so that formula annihilated the pair. The kernel now computes p = |s1 - s2|^2/4, exactly 0 here.
     */
    @Test
    void bitwiseParallelSpinsWithShortFloatNormNeverAnnihilate() {
        float x = -0.5060944f;
        float y = 0.6029768f;
        float z = -0.6166744f;
        double n2 = (double) x * x + (double) y * y + (double) z * z;
        assertTrue(n2 < 1.0, "the test vector must have a float norm below 1, got " + n2);
        for (String name : ScatteringRules.names()) {
            StateStore s = new StateStore(2);
            for (int i = 0; i < 2; i++) {
                s.kind[i] = Kind.SPIN_CODE;
                s.sx[i] = x;
                s.sy[i] = y;
                s.sz[i] = z;
            }
            ScatteringRules.byName(name).scatter(s, 0, 1, new SplittableRandom(149030279L));
            assertEquals(Kind.SPIN, s.kindOf(0), name + ": parallel pair annihilated");
            assertEquals(Kind.SPIN, s.kindOf(1), name + ": parallel pair annihilated");
            for (int c = 0; c < 3; c++) {
                assertEquals(TestSupport.vec(s, 0)[c], TestSupport.vec(s, 1)[c], 0.0, name + ": parallel pair split");
            }
            assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, 0)), 1e-6, name);
        }
    }

    @Test
    void kernelEntryPointsAgree() {
        // rule.scatter is RuleKernels.pair with the rule's kernel id: same seed, same result
        ScatteringRule rule = ScatteringRules.byName("paper");
        SplittableRandom geometry = new SplittableRandom(7);
        for (int t = 0; t < 1_000; t++) {
            double[] s1 = TestSupport.randomUnit(geometry);
            double[] s2 = TestSupport.randomUnit(geometry);
            StateStore a = new StateStore(2);
            a.setSpin(0, s1[0], s1[1], s1[2]);
            a.setSpin(1, s2[0], s2[1], s2[2]);
            StateStore b = a.copy();
            rule.scatter(a, 0, 1, new SplittableRandom(t));
            RuleKernels.pair(RuleKernels.PAPER, b, 0, 1, new SplittableRandom(t));
            assertTrue(a.sameContents(b), "trial " + t);
        }
    }

    @Test
    void annihilationProbabilityOfEachRule() {
        for (int k = 0; k <= 12; k++) {
            double phi = Math.toRadians(15.0 * k);
            double dot = Math.cos(phi);
            assertEquals(sin2Half(phi), ScatteringRules.byName("paper").annihilationProbability(dot), 1e-12);
            assertEquals(sin2Half(phi), ScatteringRules.byName("paper-planar").annihilationProbability(dot), 1e-12);
            assertEquals(0.5 * sin2Half(phi), ScatteringRules.byName("spin-conserving").annihilationProbability(dot),
                    1e-12);
        }
    }

    @Test
    void unknownRuleNameListsTheKnownOnes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ScatteringRules.byName("papr"));
        for (String name : ScatteringRules.names()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }
}
