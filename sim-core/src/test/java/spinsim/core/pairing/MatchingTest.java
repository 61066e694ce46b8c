package spinsim.core.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.rule.RuleKernels;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Pairing (MODEL.md section 3): the sweep draws a uniform random perfect matching of each cell (an
 * odd one out, uniform, sits the step out), and the Poisson scheme gives every state one
 * scattering per unit time on average.
 */
class MatchingTest {
    private static final double ALPHA = 1e-4;
    private static final int TRIALS = 30_000;
    /** The cell sits inside a larger store, at an odd offset, to exercise [from, to) arithmetic. */
    private static final int FROM = 3;
    private static final int PAD = 4;

    /**
     * Label vectors: a tight cluster around +z (polar angles 0.010-0.016 rad at irregular azimuths),
     * so that a SPIN + SPIN event between two labels rarely annihilates (angles <= 0.03 rad, so
     * p = sin^2(phi/2) <= 2.3e-4; both pairs of a trial at once <= 5e-8) and the
     * bisector of every pair of labels is distinct (they differ by ~1e-3 rad, far above float
     * round-off): a surviving pair reveals which two labels were matched.
     */
    private static final double[] POLAR = {0.010, 0.014, 0.012, 0.016, 0.011, 0.015};
    private static final double[] AZIMUTH = {0.0, 1.2, 2.7, 4.4, 3.5, 5.6};

    /** A store with labels 0..n-1 at positions FROM..FROM+n-1 and EMPTY/FULL padding around them. */
    private static StateStore labelled(int n) {
        StateStore s = new StateStore(FROM + n + PAD);
        for (int i = 0; i < s.size(); i++) {
            if (i % 2 == 0) {
                s.setFull(i);
            } else {
                s.setEmpty(i);
            }
        }
        for (int l = 0; l < n; l++) {
            double th = POLAR[l];
            s.setSpin(FROM + l, Math.sin(th) * Math.cos(AZIMUTH[l]), Math.sin(th) * Math.sin(AZIMUTH[l]), Math.cos(th));
        }
        return s;
    }

    /** The label whose stored vector equals state i bitwise, or -1. */
    private static int labelAt(StateStore s, StateStore labels, int n, int i) {
        for (int l = 0; l < n; l++) {
            int p = FROM + l;
            if (s.kind[i] == Kind.SPIN_CODE && s.sx[i] == labels.sx[p] && s.sy[i] == labels.sy[p]
                    && s.sz[i] == labels.sz[p]) {
                return l;
            }
        }
        return -1;
    }

    private static void assertPaddingUntouched(StateStore s, StateStore orig, int n) {
        for (int i = 0; i < s.size(); i++) {
            if (i < FROM || i >= FROM + n) {
                assertEquals(orig.kind[i], s.kind[i], "state " + i + " outside the cell changed");
            }
        }
    }

    private static void assertUniform(long[] counts, String what) {
        int dof = counts.length - 1;
        double crit = TestSupport.chiSquareCritical(dof, ALPHA);
        double chi = TestSupport.chiSquareUniform(counts);
        assertTrue(chi < crit, String.format("%s: chi-square %.2f >= critical %.2f (dof %d, alpha %.0e); counts %s",
                what, chi, crit, dof, ALPHA, Arrays.toString(counts)));
    }

    @Test
    void arrangeDrawsEachOfTheThreeMatchingsOfFourStatesEqually() {
        StateStore orig = labelled(4);
        SplittableRandom rng = new SplittableRandom(0x3A7C0001L);
        long[] partnerOfLabel0 = new long[3];
        for (int t = 0; t < TRIALS; t++) {
            StateStore s = orig.copy();
            SweepMatching.arrange(s, FROM, FROM + 4, rng);
            int[] at = new int[4];
            for (int q = 0; q < 4; q++) {
                at[q] = labelAt(s, orig, 4, FROM + q);
                assertTrue(at[q] >= 0, "arrange must only permute contents");
            }
            int pos0 = indexOf(at, 0);
            partnerOfLabel0[at[pos0 ^ 1] - 1]++;
            assertPaddingUntouched(s, orig, 4);
        }
        // 3 matchings, dof 2, false-failure probability 1e-4: critical value 18.42
        assertUniform(partnerOfLabel0, "arrange, 4 states: partner of label 0");
    }

    @Test
    void arrangeDrawsEachOfTheFifteenMatchingsOfSixStatesEqually() {
        StateStore orig = labelled(6);
        SplittableRandom rng = new SplittableRandom(0x3A7C0002L);
        Map<String, Integer> ids = new HashMap<>();
        long[] counts = new long[15];
        for (int t = 0; t < TRIALS; t++) {
            StateStore s = orig.copy();
            SweepMatching.arrange(s, FROM, FROM + 6, rng);
            int[] partner = new int[6];
            for (int q = 0; q < 6; q += 2) {
                int a = labelAt(s, orig, 6, FROM + q);
                int b = labelAt(s, orig, 6, FROM + q + 1);
                partner[a] = b;
                partner[b] = a;
            }
            Integer id = ids.computeIfAbsent(Arrays.toString(partner), k -> ids.size());
            assertTrue(id < 15, "more than 15 distinct matchings of 6 states");
            counts[id]++;
        }
        assertEquals(15, ids.size(), "every matching of 6 states must occur");
        // 15 matchings, dof 14, false-failure probability 1e-4: critical value 42.58
        assertUniform(counts, "arrange, 6 states: matching");
    }

    @Test
    void arrangeLeavesEachOfFiveStatesOutOneFifthOfTheTime() {
        StateStore orig = labelled(5);
        SplittableRandom rng = new SplittableRandom(0x3A7C0003L);
        long[] sitsOut = new long[5];
        for (int t = 0; t < TRIALS; t++) {
            StateStore s = orig.copy();
            SweepMatching.arrange(s, FROM, FROM + 5, rng);
            sitsOut[labelAt(s, orig, 5, FROM + 4)]++;
        }
        // 5 states, dof 4, false-failure probability 1e-4: critical value 23.51
        assertUniform(sitsOut, "arrange, 5 states: the one left out");
    }

    @Test
    void matchAndScatterDrawsEachOfTheThreeMatchingsOfFourStatesEqually() {
        ScatteringRule paper = ScatteringRules.byName("paper");
        StateStore orig = labelled(4);
        // the normalised bisector of every pair of labels
        double[][][] bis = new double[4][4][];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                bis[a][b] = TestSupport.normalize(TestSupport.add(TestSupport.vec(orig, FROM + a),
                        TestSupport.vec(orig, FROM + b)));
            }
        }
        SplittableRandom rng = new SplittableRandom(0x3A7C0004L);
        long[] partnerOfLabel0 = new long[3];
        for (int t = 0; t < TRIALS; t++) {
            StateStore s = orig.copy();
            paper.matchAndScatter(s, FROM, FROM + 4, rng);
            assertPaddingUntouched(s, orig, 4);
            int[] pair = null;
            // any surviving SPIN state names its pair (the fused kernel leaves states in place, so
            // the two pairs need not be at (0, 1) and (2, 3))
            for (int q = 0; q < 4 && pair == null; q++) {
                int i = FROM + q;
                if (s.kind[i] == Kind.SPIN_CODE) {
                    pair = whichPair(bis, TestSupport.vec(s, i));
                    assertTrue(pair != null, "survivors at " + i + " are not the bisector of any two labels");
                }
            }
            if (pair == null) {
                fail("both pairs annihilated (probability <= 5e-8 per trial): matching not identifiable, trial " + t);
            }
            int partner = pair[0] == 0 ? pair[1] : pair[1] == 0 ? pair[0] : 6 - pair[0] - pair[1];
            partnerOfLabel0[partner - 1]++;
        }
        // 3 matchings, dof 2, false-failure probability 1e-4: critical value 18.42
        assertUniform(partnerOfLabel0, "matchAndScatter, 4 states: partner of label 0");
    }

    @Test
    void matchAndScatterLeavesEachOfFiveStatesOutOneFifthOfTheTime() {
        ScatteringRule paper = ScatteringRules.byName("paper");
        StateStore orig = labelled(5);
        SplittableRandom rng = new SplittableRandom(0x3A7C0005L);
        long[] sitsOut = new long[5];
        for (int t = 0; t < TRIALS; t++) {
            StateStore s = orig.copy();
            paper.matchAndScatter(s, FROM, FROM + 5, rng);
            // the fused kernel leaves states in place: the one left out keeps its exact vector at
            // its own position; every scattered state has left its label
            int l = -1;
            for (int q = 0; q < 5; q++) {
                int at = labelAt(s, orig, 5, FROM + q);
                if (at >= 0) {
                    assertEquals(-1, l, "more than one state kept its label: not all pairs scattered");
                    assertEquals(q, at, "the state left out must stay where it is");
                    l = at;
                }
            }
            assertTrue(l >= 0, "one state of an odd cell must sit the step out unchanged");
            sitsOut[l]++;
        }
        // 5 states, dof 4, false-failure probability 1e-4: critical value 23.51
        assertUniform(sitsOut, "matchAndScatter, 5 states: the one left out");
    }

    @Test
    void scatterAdjacentPairsNeighboursAndLeavesTheOddLastStateOut() {
        StateStore s = new StateStore(5);
        s.setFull(0);
        s.setEmpty(1);
        s.setEmpty(2);
        s.setFull(3);
        s.setFull(4);
        ScatteringRules.byName("paper").scatterAdjacent(s, 0, 5, new SplittableRandom(1));
        for (int i = 0; i < 4; i++) {
            assertEquals(Kind.SPIN, s.kindOf(i), "FULL + EMPTY at (0,1) and (2,3) create spins");
        }
        assertEquals(-1.0, TestSupport.dot(TestSupport.vec(s, 0), TestSupport.vec(s, 1)), 1e-6);
        assertEquals(Kind.FULL, s.kindOf(4), "the odd last state sits out");
    }

    /**
     * Poisson clock, exact method on a two-state cell. With n = 2 the partner is forced, so a step
     * has K ~ Binomial(2, p) events (each state initiates with probability p), each involving both
     * states: a state's participations in the step are exactly K. K is made visible by starting
     * from FULL (state 0) + EMPTY (state 1): the first event always creates an antiparallel SPIN
     * pair, the second always annihilates it again with a fair coin for which state is FULL. So
     * P(SPIN+SPIN) = P(K=1) and P(EMPTY+FULL) = P(K=2)/2, and K^ = 1[SS] + 4 * 1[EF] is an unbiased
     * estimator of E[K] that uses only the rule's tested outcomes. Participations per unit time:
     * E[K]/dt, which must be 1 (a scheme that let each state start with probability dt, not dt/2,
     * would give 2).
     */
    @Test
    void poissonClockGivesOneScatteringPerStatePerUnitTimeOnATwoStateCell() {
        final double dt = 0.1;
        final int steps = 200_000;
        SplittableRandom rng = new SplittableRandom(0x3A7C0006L);
        StateStore s = new StateStore(2);
        double sum = 0;
        double sum2 = 0;
        for (int t = 0; t < steps; t++) {
            s.setFull(0);
            s.setEmpty(1);
            PoissonPairing.scatterCell(RuleKernels.PAPER, s, 0, 2, dt, rng);
            double k;
            if (s.kindOf(0) == Kind.SPIN) {
                assertEquals(Kind.SPIN, s.kindOf(1));
                assertEquals(-1.0, TestSupport.dot(TestSupport.vec(s, 0), TestSupport.vec(s, 1)), 1e-6);
                k = 1;
            } else if (s.kindOf(0) == Kind.EMPTY) {
                assertEquals(Kind.FULL, s.kindOf(1));
                k = 4;
            } else {
                assertEquals(Kind.EMPTY, s.kindOf(1));
                k = 0;
            }
            sum += k;
            sum2 += k * k;
        }
        double mean = sum / steps;
        double se = Math.sqrt((sum2 / steps - mean * mean) / (steps - 1));
        double rate = mean / dt;
        double seRate = se / dt;
        assertTrue(Math.abs(rate - 1.0) < 5 * seRate, String.format(
                "scatterings per state per unit time = %.4f, expected 1 +- 5 x %.4f (dt %.2f, %d steps)",
                rate, seRate, dt, steps));
    }

    /**
     * Poisson pairing against a slow reference of the process it must implement, on a cell of 6
     * states: position by position in index order, each state starts an event with probability
     * dt/2 with a uniform partner among the 5 others. A single SPIN among EMPTY states hops at
     * every event it takes part in (SPIN + EMPTY exchange), so its end position after one step has
     * a distribution computed exactly by dynamic programming over the index loop. This checks the
     * initiation probability, the uniform partner choice and the index-order semantics at once; with
     * them, each position takes part in dt/2 (as initiator) + 5 (dt/2)(1/5) (as partner) = dt
     * events per step, i.e. one per unit time.
     */
    @Test
    void poissonPairingMatchesTheReferenceProcessOnASixStateCell() {
        final int n = 6;
        final double dt = 0.3;
        final int steps = 40_000;
        int[] starts = {0, 2, 5};
        SplittableRandom rng = new SplittableRandom(0x3A7C0007L);
        double chi2 = 0;
        double chi2Alt = 0;
        int dof = 0;
        StringBuilder detail = new StringBuilder();
        for (int start : starts) {
            long[] end = new long[n];
            for (int t = 0; t < steps; t++) {
                StateStore s = new StateStore(FROM + n + PAD);
                for (int i = 0; i < s.size(); i++) {
                    s.setFull(i); // padding; the cell itself is EMPTY but for one spin
                }
                for (int i = FROM; i < FROM + n; i++) {
                    s.setEmpty(i);
                }
                s.setSpin(FROM + start, 0, 0, 1);
                PoissonPairing.scatterCell(RuleKernels.PAPER, s, FROM, FROM + n, dt, rng);
                int found = -1;
                for (int i = 0; i < s.size(); i++) {
                    if (s.kind[i] == Kind.SPIN_CODE) {
                        assertTrue(found < 0, "more than one SPIN state");
                        found = i;
                    }
                }
                assertTrue(found >= FROM && found < FROM + n, "the spin left the cell: " + found);
                end[found - FROM]++;
            }
            double[] ref = referenceEndDistribution(n, start, dt / 2);
            double[] alt = referenceEndDistribution(n, start, dt);
            for (int x = 0; x < n; x++) {
                double e = steps * ref[x];
                chi2 += (end[x] - e) * (end[x] - e) / e;
                double ea = steps * alt[x];
                chi2Alt += (end[x] - ea) * (end[x] - ea) / ea;
            }
            dof += n - 1;
            detail.append(" start ").append(start).append(": ").append(Arrays.toString(end));
        }
        // 3 starts x (6 - 1) = 15 dof, false-failure probability 1e-4: critical value 44.26
        double crit = TestSupport.chiSquareCritical(dof, ALPHA);
        assertTrue(chi2 < crit, String.format("end position chi-square %.2f >= critical %.2f (dof %d);%s",
                chi2, crit, dof, detail));
        // power: the same counts reject a scheme where each state starts with probability dt
        assertTrue(chi2Alt > 10 * crit, String.format("chi-square against start probability dt only %.1f", chi2Alt));
    }

    /**
     * Exact distribution of the end position of a single hopping spin after one Poisson step:
     * positions 0..n-1 are visited in order; position i starts an event with probability p, with a
     * partner uniform among the other n-1; an event involving the spin's position moves it to the
     * other state of the pair.
     */
    static double[] referenceEndDistribution(int n, int start, double p) {
        double[] d = new double[n];
        d[start] = 1;
        for (int i = 0; i < n; i++) {
            double[] e = new double[n];
            for (int x = 0; x < n; x++) {
                e[x] += (1 - p) * d[x];
                if (x == i) {
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            e[j] += p * d[x] / (n - 1);
                        }
                    }
                } else {
                    e[i] += p * d[x] / (n - 1);
                    e[x] += p * d[x] * (n - 2) / (n - 1);
                }
            }
            d = e;
        }
        return d;
    }

    /** The two labels whose bisector equals v (to 1e-6), or null. */
    private static int[] whichPair(double[][][] bis, double[] v) {
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                double d = Math.max(Math.abs(bis[a][b][0] - v[0]), Math.max(Math.abs(bis[a][b][1] - v[1]),
                        Math.abs(bis[a][b][2] - v[2])));
                if (d < 1e-6) {
                    return new int[] {a, b};
                }
            }
        }
        return null;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        throw new AssertionError("label " + v + " lost");
    }
}
