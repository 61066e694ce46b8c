package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.analytic.LatticeSpinDiffusion;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Tally;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.process.CellDiffusion.Boundary;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Diffusion between the cells of a chain: each content (kind + spin) hops to each neighbouring cell
 * at {@code rate} per t_sc by swapping with a uniform state of that cell.
 *
 * <p>Tolerances: every statistical assertion is at 5 standard errors, the SE computed in the test
 * from independent replicas (sample SD / sqrt(replicas)), or from the binomial formula where
 * stated; the seeds are fixed. With ~70 such comparisons the false-failure probability for an
 * arbitrary seed is ~4e-5. Each check of the rule is paired with a power check: the same statistic
 * applied to a deliberately mutated local copy of the rule ({@link #mutant}: hop rate x2, bonds
 * served in order, a leak through the closed ends) or to a wrong prediction (rate x2, dt ignored,
 * the other boundary) must fail by more than 5 SE; the unmutated copy is checked bit-identical to
 * {@link CellDiffusion}, so the mutants differ from it by exactly their mutation.
 */
class CellDiffusionTest {
    private static final long SEED = 0xD1FF_0001L;
    /** Tolerance in standard errors of every statistical assertion. */
    private static final double K = 5.0;

    /** A diffusion rule applied for a time dt: the class under test or a mutated copy. */
    @FunctionalInterface
    interface Stepper {
        void apply(StateStore s, CellLayout layout, double dt, SplittableRandom rng);
    }

    enum Mutation {
        /** None: must be bit-identical to CellDiffusion. */
        NONE,
        /** Each content hops at 2 rate to each neighbour. */
        DOUBLE_RATE,
        /** Bonds served one after the other (0, 1, ..., C - 1) each step, same swaps per bond on average. */
        BOND_SWEEP,
        /** A CLOSED chain that still has the bond (C - 1, 0). */
        LEAKY_CLOSED
    }

    /** A copy of {@link CellDiffusion#applyToCells} with one deliberate mutation (or none). */
    static Stepper mutant(Mutation m, double rate, Boundary boundary) {
        return (s, layout, dt, rng) -> {
            final int cells = layout.cells();
            if (cells < 2) {
                return;
            }
            final boolean ring = boundary == Boundary.PERIODIC || m == Mutation.LEAKY_CLOSED;
            final int bonds = ring && cells > 2 ? cells : cells - 1;
            final int n = layout.size(0);
            if (m == Mutation.BOND_SWEEP) {
                for (int bond = 0; bond < bonds; bond++) {
                    final int right = bond + 1 == cells ? 0 : bond + 1;
                    double t = 0;
                    while (true) {
                        t -= Math.log(1.0 - rng.nextDouble()) / (rate * n);
                        if (t > dt) {
                            break;
                        }
                        StateStore.swap(s.kind, s.sx, s.sy, s.sz, layout.start(bond) + rng.nextInt(n),
                                layout.start(right) + rng.nextInt(n));
                    }
                }
                return;
            }
            final double total = (m == Mutation.DOUBLE_RATE ? 2 : 1) * rate * n * bonds;
            double t = 0;
            while (true) {
                t -= Math.log(1.0 - rng.nextDouble()) / total;
                if (t > dt) {
                    return;
                }
                final int bond = rng.nextInt(bonds);
                final int right = bond + 1 == cells ? 0 : bond + 1;
                final int i = layout.start(bond) + rng.nextInt(n);
                final int j = layout.start(right) + rng.nextInt(n);
                StateStore.swap(s.kind, s.sx, s.sy, s.sz, i, j);
            }
        };
    }

    private static SplittableRandom stream(long seed, long step, long replica) {
        return RandomStreams.of(seed, RandomStreams.PROCESS_BASE, step, replica);
    }

    /** Sample mean and its standard error (sample SD / sqrt(count)). */
    static double[] meanSe(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return new double[] {m, Math.sqrt(ss / (x.length - 1) / x.length)};
    }

    // ------------------------------------------------------------------ tagged contents

    /**
     * Every state a SPIN content with a unique tag: sx = its index (exact in float below 2^24),
     * sy = its starting cell, sz = 1. The vectors are not unit, but diffusion only swaps contents.
     */
    private static StateStore tagged(CellLayout layout) {
        StateStore s = new StateStore(layout.totalStates());
        for (int c = 0; c < layout.cells(); c++) {
            for (int i = layout.start(c); i < layout.end(c); i++) {
                s.kind[i] = Kind.SPIN_CODE;
                s.sx[i] = i;
                s.sy[i] = c;
                s.sz[i] = 1f;
            }
        }
        return s;
    }

    /** cellOf[tag] = the cell now holding the content tagged {@code tag}. */
    private static void locate(StateStore s, CellLayout layout, int[] cellOf) {
        for (int c = 0; c < layout.cells(); c++) {
            for (int i = layout.start(c); i < layout.end(c); i++) {
                cellOf[(int) s.sx[i]] = c;
            }
        }
    }

    // ------------------------------------------------------------------ conservation

    @Test
    void exchangesPermuteContentsAndConserveElectronsAndCellSizes() {
        for (Boundary b : Boundary.values()) {
            CellLayout layout = CellLayout.uniform(5, 40);
            StateStore s = new StateStore(layout.totalStates());
            SplittableRandom init = new SplittableRandom(SEED);
            for (int i = 0; i < s.size(); i++) {
                int k = init.nextInt(3);
                if (k == 0) {
                    s.setEmpty(i);
                } else if (k == 1) {
                    s.setFull(i);
                } else {
                    double[] u = TestSupport.randomUnit(init);
                    s.setSpin(i, u[0], u[1], u[2]);
                }
            }
            final List<String> contents = sortedContents(s);
            final long electrons = s.electrons(0, s.size());
            final long[] perCellBefore = new long[layout.cells()];
            for (int c = 0; c < layout.cells(); c++) {
                perCellBefore[c] = s.electrons(layout.start(c), layout.end(c));
            }
            CellDiffusion d = new CellDiffusion(0.7, b);
            d.checkLayout(layout);
            boolean moved = false;
            for (int step = 0; step < 50; step++) {
                d.applyToCells(s, layout, 1.0, stream(SEED, step, b.ordinal()));
                assertEquals(contents, sortedContents(s), b + ", step " + step + ": contents are not a permutation");
                assertEquals(electrons, s.electrons(0, s.size()), b + ", step " + step + ": electrons");
                for (int c = 0; c < layout.cells(); c++) {
                    CellTally t = new CellTally();
                    t.accumulate(s, layout.start(c), layout.end(c));
                    assertEquals(40, t.states(), b + ": states of cell " + c);
                    moved |= s.electrons(layout.start(c), layout.end(c)) != perCellBefore[c];
                }
            }
            assertEquals(200, s.size());
            assertTrue(moved, b + ": no electrons ever moved between cells");
            for (int i = 0; i < s.size(); i++) {
                if (s.kind[i] != Kind.SPIN_CODE) {
                    assertEquals(0.0, TestSupport.norm(TestSupport.vec(s, i)), 0.0, "vector of FULL/EMPTY state " + i);
                }
            }
        }
    }

    /** The contents as exact strings (kind and float bits), sorted: equal lists = a permutation. */
    private static List<String> sortedContents(StateStore s) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            out.add(s.kind[i] + ":" + Float.floatToRawIntBits(s.sx[i]) + ":" + Float.floatToRawIntBits(s.sy[i]) + ":"
                    + Float.floatToRawIntBits(s.sz[i]));
        }
        out.sort(null);
        return out;
    }

    @Test
    void zeroTimeChangesNothingAndTheLocalCopyIsFaithful() {
        CellLayout layout = CellLayout.uniform(7, 30);
        StateStore s = tagged(layout);
        new CellDiffusion(3.0, Boundary.PERIODIC).applyToCells(s, layout, 0.0, new SplittableRandom(SEED));
        assertTrue(tagged(layout).sameContents(s), "dt = 0 moved contents");
        // the unmutated copy used by the power checks draws and swaps exactly as the class does
        for (Boundary b : Boundary.values()) {
            for (int cells : new int[] {2, 3, 32}) {
                CellLayout l = CellLayout.uniform(cells, 16);
                StateStore a = tagged(l);
                StateStore c = tagged(l);
                CellDiffusion real = new CellDiffusion(0.4, b);
                Stepper copy = mutant(Mutation.NONE, 0.4, b);
                for (int step = 0; step < 10; step++) {
                    real.applyToCells(a, l, 0.5, stream(SEED, step, cells));
                    copy.apply(c, l, 0.5, stream(SEED, step, cells));
                }
                assertTrue(a.sameContents(c), b + ", " + cells + " cells: the local copy differs from CellDiffusion");
                assertFalse(tagged(l).sameContents(a), b + ", " + cells + " cells: nothing moved");
            }
        }
    }

    // ------------------------------------------------------------------ random walk

    private static final int WALK_CELLS = 32;
    private static final int WALK_PER_CELL = 32;
    private static final int WALK_REPLICAS = 40;
    private static final double WALK_RATE = 0.5;
    private static final double WALK_TIME = 20;
    private static final int WALK_CHECKPOINTS = 4;

    /**
     * Per replica: the mean squared displacement of all contents at t = 5, 10, 15, 20 (columns
     * 0..3) and the mean cubed per-step increment (column 4). Displacements are unwrapped step by
     * step (increments taken modulo the ring in [-C/2, C/2); a step moving a content 16 cells has
     * negligible probability). Asserts exactly in every replica that the displacements sum to 0:
     * each swap moves one content +1 and one -1, so the mean displacement of all contents is 0 in
     * every realisation (no drift is possible for a swap; a bond-order bias shows instead as
     * asymmetric increments, column 4).
     */
    private static double[][] walk(Stepper rule, double dt) {
        final int steps = (int) Math.round(WALK_TIME / dt);
        final int every = steps / WALK_CHECKPOINTS;
        final CellLayout layout = CellLayout.uniform(WALK_CELLS, WALK_PER_CELL);
        final int n = layout.totalStates();
        double[][] out = new double[WALK_REPLICAS][WALK_CHECKPOINTS + 1];
        for (int r = 0; r < WALK_REPLICAS; r++) {
            long seed = RandomStreams.replicaSeed(SEED, r);
            StateStore s = tagged(layout);
            int[] before = new int[n];
            int[] after = new int[n];
            long[] disp = new long[n];
            locate(s, layout, before);
            double cubes = 0;
            for (int step = 0; step < steps; step++) {
                rule.apply(s, layout, dt, stream(seed, step, 0));
                locate(s, layout, after);
                for (int tag = 0; tag < n; tag++) {
                    int inc = Math.floorMod(after[tag] - before[tag] + WALK_CELLS / 2, WALK_CELLS) - WALK_CELLS / 2;
                    disp[tag] += inc;
                    cubes += (double) inc * inc * inc;
                }
                int[] t = before;
                before = after;
                after = t;
                if ((step + 1) % every == 0) {
                    long sum = 0;
                    double sq = 0;
                    for (long d : disp) {
                        sum += d;
                        sq += (double) d * d;
                    }
                    assertEquals(0, sum, "replica " + r + ", step " + step + ": displacements do not sum to 0");
                    out[r][(step + 1) / every - 1] = sq / n;
                }
            }
            out[r][WALK_CHECKPOINTS] = cubes / ((double) n * steps);
        }
        return out;
    }

    private static double[] column(double[][] rows, int col) {
        double[] x = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            x[r] = rows[r][col];
        }
        return x;
    }

    /** |z| of the mean squared displacement at t = 5 (k + 1) against 2 rate t, per checkpoint k. */
    private static double[] varianceZ(double[][] rows, double rate) {
        double[] z = new double[WALK_CHECKPOINTS];
        for (int k = 0; k < WALK_CHECKPOINTS; k++) {
            double t = WALK_TIME * (k + 1) / WALK_CHECKPOINTS;
            double[] ms = meanSe(column(rows, k));
            z[k] = (ms[0] - 2 * rate * t) / ms[1];
        }
        return z;
    }

    private static double skewZ(double[][] rows) {
        double[] ms = meanSe(column(rows, WALK_CHECKPOINTS));
        return ms[0] / ms[1];
    }

    /**
     * Each content performs a continuous-time simple random walk with rate {@code rate} to each
     * side, whatever the other contents do, so its displacement has variance 2 rate t exactly
     * (unwrapped on the ring, no finite-size correction), and by the chain's reflection symmetry
     * the per-step increments have a symmetric law (E inc^3 = 0). Both are checked within 5 SE
     * of the replica means (SE from the 40 replicas' spread, which includes the correlations that
     * swaps create between contents). Catches: a hop rate off by a factor (e.g. 2: variance 40
     * instead of 20, ~30 SE off) and bonds served in order within a step (a content rides the
     * sweep: increments skewed, > 100 SE off), both verified below on mutated copies.
     */
    @Test
    void contentsRandomWalkWithVariance2RateTAndSymmetricSteps() {
        double[][] rows = walk(new CellDiffusion(WALK_RATE, Boundary.PERIODIC)::applyToCells, 1.0);
        double[] z = varianceZ(rows, WALK_RATE);
        for (int k = 0; k < z.length; k++) {
            double t = WALK_TIME * (k + 1) / WALK_CHECKPOINTS;
            assertTrue(Math.abs(z[k]) < K, String.format("t = %.0f: <d^2> = %.3f, expected 2 rate t = %.1f; z = %.2f",
                    t, meanSe(column(rows, k))[0], 2 * WALK_RATE * t, z[k]));
        }
        assertTrue(Math.abs(skewZ(rows)) < K, "per-step increments are skewed: E inc^3 z = " + skewZ(rows));
    }

    /** As above with dt = 0.25 (80 steps to t = 20): the events of a step scale with dt. */
    @Test
    void rateScalesWithTheStepLength() {
        double[][] rows = walk(new CellDiffusion(WALK_RATE, Boundary.PERIODIC)::applyToCells, 0.25);
        double[] z = varianceZ(rows, WALK_RATE);
        for (int k = 0; k < z.length; k++) {
            assertTrue(Math.abs(z[k]) < K, "dt = 0.25, checkpoint " + k + ": variance z = " + z[k]);
        }
        assertTrue(Math.abs(skewZ(rows)) < K, "dt = 0.25: per-step increments skewed, z = " + skewZ(rows));
    }

    /** The random-walk statistics have power: each mutated copy fails them by more than 5 SE. */
    @Test
    void randomWalkChecksRejectAWrongRateAndBondOrderBias() {
        double[] z2 = varianceZ(walk(mutant(Mutation.DOUBLE_RATE, WALK_RATE, Boundary.PERIODIC), 1.0), WALK_RATE);
        assertTrue(z2[WALK_CHECKPOINTS - 1] > K, "a doubled hop rate passes the variance check: z = " + z2[3]);
        double[][] sweep = walk(mutant(Mutation.BOND_SWEEP, WALK_RATE, Boundary.PERIODIC), 1.0);
        assertTrue(skewZ(sweep) > K, "bonds served in order pass the symmetry check: z = " + skewZ(sweep));
    }

    // ------------------------------------------------------------------ boundaries

    /** Counts of one boundary experiment on a chain of 6 cells of 16 states. */
    private record Crossings(int singleEventCalls, int[] perBond, int farJumps) {
    }

    /**
     * Calls the rule 20000 times with a step so short (expected 0.2 events per call) that most
     * calls hold at most one event. A call that moves exactly two contents is one event: those two
     * must have traded cells, and the cells must be neighbours; perBond counts such events by bond
     * (bond C - 1 is (C - 1, 0)). farJumps counts, over all calls, contents that went between
     * cell 0 and cell C - 1 in one call: on a closed chain only C - 1 = 5 events in one call
     * along one content's path could do it.
     */
    private static Crossings crossings(Stepper rule) {
        final int cells = 6;
        final CellLayout layout = CellLayout.uniform(cells, 16);
        final int n = layout.totalStates();
        StateStore s = tagged(layout);
        int[] before = new int[n];
        int[] after = new int[n];
        locate(s, layout, before);
        int single = 0;
        int far = 0;
        int[] perBond = new int[cells];
        for (int call = 0; call < 20_000; call++) {
            rule.apply(s, layout, 0.005, stream(SEED, call, 1));
            locate(s, layout, after);
            int a = -1;
            int b = -1;
            int moved = 0;
            for (int tag = 0; tag < n; tag++) {
                if (after[tag] != before[tag]) {
                    moved++;
                    if (a < 0) {
                        a = tag;
                    } else {
                        b = tag;
                    }
                    int lo = Math.min(after[tag], before[tag]);
                    int hi = Math.max(after[tag], before[tag]);
                    if (lo == 0 && hi == cells - 1) {
                        far++;
                    }
                }
            }
            if (moved == 2) {
                single++;
                assertEquals(before[a], after[b], "call " + call + ": not a swap");
                assertEquals(before[b], after[a], "call " + call + ": not a swap");
                int lo = Math.min(before[a], before[b]);
                int hi = Math.max(before[a], before[b]);
                if (hi - lo == 1) {
                    perBond[lo]++;
                } else {
                    assertEquals(cells - 1, hi - lo, "call " + call + ": swap between cells " + lo + " and " + hi);
                    perBond[cells - 1]++;
                }
            }
            int[] t = before;
            before = after;
            after = t;
        }
        return new Crossings(single, perBond, far);
    }

    /**
     * CLOSED: no event ever joins the last and the first cell, and the 5 bonds share the events
     * uniformly; PERIODIC: the wrap bond (5, 0) carries its 1/6 share. Shares are checked within
     * 5 binomial SE, sqrt(m p (1 - p)) for m single-event calls. Catches a leaky closed end
     * (verified on a mutated copy) and a missing or doubled wrap bond.
     */
    @Test
    void closedEndsNeverExchangeAndARingDoes() {
        Crossings closed = crossings(new CellDiffusion(0.5, Boundary.CLOSED)::applyToCells);
        assertEquals(0, closed.perBond()[5], "a closed chain exchanged between its last and first cell");
        assertEquals(0, closed.farJumps(), "a closed chain moved a content between its ends in one call");
        assertBondShares(closed, 5);
        Crossings ring = crossings(new CellDiffusion(0.5, Boundary.PERIODIC)::applyToCells);
        assertTrue(ring.perBond()[5] > 0, "a ring never exchanged across (5, 0)");
        assertTrue(ring.farJumps() > 0, "a ring never moved a content across (5, 0)");
        assertBondShares(ring, 6);
        // power: a closed chain that keeps the wrap bond is caught
        Crossings leaky = crossings(mutant(Mutation.LEAKY_CLOSED, 0.5, Boundary.CLOSED));
        assertTrue(leaky.perBond()[5] > 0 && leaky.farJumps() > 0, "a leak through the closed ends went unseen");
    }

    private static void assertBondShares(Crossings x, int bonds) {
        int m = x.singleEventCalls();
        assertTrue(m > 2000, "too few single-event calls: " + m);
        double p = 1.0 / bonds;
        double se = Math.sqrt(m * p * (1 - p));
        for (int b = 0; b < bonds; b++) {
            assertTrue(Math.abs(x.perBond()[b] - m * p) < K * se, String.format(
                    "bond %d: %d of %d events, expected %.1f +- 5 x %.1f", b, x.perBond()[b], m, m * p, se));
        }
    }

    // ------------------------------------------------------------------ mean field

    /**
     * exp(rate L t) v for one component: the lattice diffusion equation of CellDiffusion's bonds
     * (a closed chain's ends have one neighbour, a ring of two cells one bond), integrated by
     * {@link LatticeSpinDiffusion}, which its own test checks against exact eigenmodes.
     */
    static double[] evolve(double[] v, Boundary b, double rate, double t) {
        double[][] s0 = new double[v.length][];
        for (int c = 0; c < v.length; c++) {
            s0[c] = new double[] {v[c], 0, 0};
        }
        double[][] st = new LatticeSpinDiffusion(rate, b == Boundary.PERIODIC).evolve(s0, new double[] {0, t})[1];
        double[] out = new double[v.length];
        for (int c = 0; c < v.length; c++) {
            out[c] = st[c][0];
        }
        return out;
    }

    /** Per replica and cell: S_z and S_x at time 0 and at time t. */
    private record Profiles(double[][] z0, double[][] zt, double[][] x0, double[][] xt) {
    }

    /**
     * Replicas of a chain where cell 0 starts fully polarised +z and every other state is random:
     * SPIN (isotropic) with probability 1/2, else FULL or EMPTY. The rule runs 4 steps of dt = 1.
     */
    private static Profiles meanField(Stepper rule, int cells, int perCell, int replicas) {
        CellLayout layout = CellLayout.uniform(cells, perCell);
        Profiles p = new Profiles(new double[replicas][], new double[replicas][], new double[replicas][],
                new double[replicas][]);
        for (int r = 0; r < replicas; r++) {
            long seed = RandomStreams.replicaSeed(SEED ^ cells, r);
            SplittableRandom init = RandomStreams.of(seed, RandomStreams.INITIAL, 0, 0);
            StateStore s = new StateStore(layout.totalStates());
            for (int i = 0; i < s.size(); i++) {
                if (i < layout.end(0)) {
                    s.setSpin(i, 0, 0, 1);
                } else if (init.nextBoolean()) {
                    double[] u = TestSupport.randomUnit(init);
                    s.setSpin(i, u[0], u[1], u[2]);
                } else if (init.nextBoolean()) {
                    s.setFull(i);
                } else {
                    s.setEmpty(i);
                }
            }
            p.z0()[r] = cellSums(s, layout, s.sz);
            p.x0()[r] = cellSums(s, layout, s.sx);
            for (int step = 0; step < 4; step++) {
                rule.apply(s, layout, 1.0, stream(seed, step, 0));
            }
            p.zt()[r] = cellSums(s, layout, s.sz);
            p.xt()[r] = cellSums(s, layout, s.sx);
        }
        return p;
    }

    private static double[] cellSums(StateStore s, CellLayout layout, float[] comp) {
        double[] out = new double[layout.cells()];
        for (int c = 0; c < layout.cells(); c++) {
            for (int i = layout.start(c); i < layout.end(c); i++) {
                out[c] += comp[i];
            }
        }
        return out;
    }

    /**
     * Largest |z| over cells of the mean residual S(t) - exp(rate L t) S(0): the expectation of
     * S(t) given S(0) solves the linear ODE exactly, so each replica's residual has mean 0; SE
     * from the replicas' spread.
     */
    private static double maxResidualZ(double[][] s0, double[][] st, Boundary b, double rate, double t) {
        int cells = s0[0].length;
        // exp(rate L t) column by column, then applied to each replica's S(0)
        double[][] prop = new double[cells][];
        for (int j = 0; j < cells; j++) {
            double[] unit = new double[cells];
            unit[j] = 1;
            prop[j] = evolve(unit, b, rate, t);
        }
        double[][] res = new double[cells][s0.length];
        for (int r = 0; r < s0.length; r++) {
            for (int c = 0; c < cells; c++) {
                double pred = 0;
                for (int j = 0; j < cells; j++) {
                    pred += prop[j][c] * s0[r][j];
                }
                res[c][r] = st[r][c] - pred;
            }
        }
        double worst = 0;
        for (int c = 0; c < cells; c++) {
            double[] ms = meanSe(res[c]);
            worst = Math.max(worst, Math.abs(ms[0]) / ms[1]);
        }
        return worst;
    }

    /**
     * The expected spin vector per cell follows dS_c/dt = rate (S_{c-1} - 2 S_c + S_{c+1}): on a
     * ring and a closed chain of 8 cells (128 states each) and on a 2-cell ring (one bond), 200
     * replicas to t = 4, every cell's mean residual S_z and S_x within 5 SE. Power: the same data
     * must reject the solution with rate x2 and, for 8 cells, the solution of the other boundary
     * (each > 5 SE for some cell): catches a wrong rate, a leak or a missing wrap bond, a
     * doubled bond on the 2-cell ring.
     */
    @Test
    void expectedSpinPerCellFollowsTheLatticeDiffusionEquation() {
        final double rate = 0.3;
        final double t = 4;
        final int replicas = 200;
        for (Boundary b : Boundary.values()) {
            for (int cells : new int[] {8, 2}) {
                if (cells == 2 && b == Boundary.CLOSED) {
                    continue; // same single bond as the 2-cell ring
                }
                Profiles p = meanField(new CellDiffusion(rate, b)::applyToCells, cells, 128, replicas);
                String what = b + ", " + cells + " cells";
                double zz = maxResidualZ(p.z0(), p.zt(), b, rate, t);
                double zx = maxResidualZ(p.x0(), p.xt(), b, rate, t);
                assertTrue(zz < K, what + ": S_z profile off the diffusion equation, max |z| = " + zz);
                assertTrue(zx < K, what + ": S_x profile off the diffusion equation, max |z| = " + zx);
                double wrongRate = maxResidualZ(p.z0(), p.zt(), b, 2 * rate, t);
                assertTrue(wrongRate > K, what + ": the data do not reject rate x2: max |z| = " + wrongRate);
                if (cells > 2) {
                    Boundary other = b == Boundary.PERIODIC ? Boundary.CLOSED : Boundary.PERIODIC;
                    double wrongEnds = maxResidualZ(p.z0(), p.zt(), other, rate, t);
                    assertTrue(wrongEnds > K, what + ": the data do not reject the other boundary: " + wrongEnds);
                }
            }
        }
    }

    // ------------------------------------------------------------------ through Simulation

    private static StateStore populated(CellLayout layout, long seed) {
        Composition[] comps = new Composition[layout.cells()];
        for (int c = 0; c < comps.length; c++) {
            long n = layout.size(c);
            comps[c] = Composition.of(n, Math.round(n * (0.4 + 0.25 * c)), 0.3 + 0.05 * c);
        }
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(0.6, new SpinComponent.Fixed(new double[] {0, 0, 1})),
                new SpinMixture.Weighted(0.4, new SpinComponent.Isotropic())));
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, mix, seed);
        return s;
    }

    private static Tally[] runEngine(SimulationSetup setup, StateStore initial, int threads, StateStore[] out) {
        try (WorkerPool pool = new WorkerPool(threads)) {
            Simulation sim = new Simulation(setup, initial.copy(), pool);
            Tally first = sim.tally();
            for (int i = 0; i < 10; i++) {
                sim.step();
            }
            out[0] = sim.store();
            return new Tally[] {first, sim.tally()};
        }
    }

    /**
     * Scattering + spin relaxation + diffusion in the engine (6 cells of 1500 states, blocks of
     * 512, every pairing scheme): 1 and 2 threads give bit-identical stores and equal tallies; the
     * electrons of the whole chain are conserved while cells exchange them; and the run differs
     * from the same run without diffusion.
     */
    @Test
    void engineRunsWithDiffusionAreThreadCountIndependent() {
        CellLayout layout = CellLayout.uniform(6, 1500);
        StateStore initial = populated(layout, SEED);
        for (PairingScheme pairing : PairingScheme.values()) {
            double dt = pairing.isSweep() ? 1.0 : 0.25;
            List<Process> processes = List.of(new SpinRelaxation(5.0), new CellDiffusion(0.4, Boundary.PERIODIC));
            SimulationSetup setup = new SimulationSetup(layout, ScatteringRules.byName("paper"), pairing, dt,
                    processes, SEED, 512);
            StateStore[] one = new StateStore[1];
            StateStore[] two = new StateStore[1];
            Tally[] t1 = runEngine(setup, initial, 1, one);
            Tally[] t2 = runEngine(setup, initial, 2, two);
            assertTrue(one[0].sameContents(two[0]), pairing + ": 2 threads differ from 1");
            for (int c = 0; c < layout.cells(); c++) {
                CellTally a = t1[1].cells()[c];
                CellTally b = t2[1].cells()[c];
                assertEquals(a.nSpin, b.nSpin, pairing + ", cell " + c);
                assertEquals(Double.doubleToLongBits(a.sz), Double.doubleToLongBits(b.sz), pairing + ", cell " + c);
            }
            assertEquals(t1[0].total().electrons(), t1[1].total().electrons(), pairing + ": electrons of the chain");
            boolean exchanged = false;
            for (int c = 0; c < layout.cells(); c++) {
                exchanged |= t1[0].cells()[c].electrons() != t1[1].cells()[c].electrons();
                assertEquals(1500, t1[1].cells()[c].states(), pairing + ": states of cell " + c);
            }
            assertTrue(exchanged, pairing + ": no electrons moved between cells");
            SimulationSetup local = new SimulationSetup(layout, ScatteringRules.byName("paper"), pairing, dt,
                    List.of(new SpinRelaxation(5.0)), SEED, 512);
            StateStore[] noDiff = new StateStore[1];
            Tally[] t3 = runEngine(local, initial, 1, noDiff);
            assertFalse(noDiff[0].sameContents(one[0]), pairing + ": diffusion changed nothing");
            for (int c = 0; c < layout.cells(); c++) {
                assertEquals(t3[0].cells()[c].electrons(), t3[1].cells()[c].electrons(),
                        pairing + ": without diffusion cell " + c + " keeps its electrons");
            }
        }
    }

    @Test
    void engineRefusesMisplacedDiffusionAndUnsuitedLayouts() {
        CellDiffusion d = new CellDiffusion(0.4, Boundary.CLOSED);
        SpinRelaxation relax = new SpinRelaxation(5.0);
        CellLayout four = CellLayout.uniform(4, 100);
        try (WorkerPool pool = new WorkerPool(1)) {
            // a local process after diffusion
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Simulation(
                    SimulationSetup.of(four, ScatteringRules.byName("paper"), PairingScheme.SWEEP, 1.0,
                            List.of(d, relax), SEED), new StateStore(400), pool));
            assertTrue(e.getMessage().contains("must come last"), e.getMessage());
            // cells of unequal size
            CellLayout unequal = CellLayout.of(new int[] {100, 102, 100}, new double[3]);
            e = assertThrows(IllegalArgumentException.class, () -> new Simulation(
                    SimulationSetup.of(unequal, ScatteringRules.byName("paper"), PairingScheme.SWEEP, 1.0,
                            List.of(relax, d), SEED), new StateStore(302), pool));
            assertTrue(e.getMessage().contains("equal size"), e.getMessage());
            // a single cell, for either boundary
            for (Boundary b : Boundary.values()) {
                assertThrows(IllegalArgumentException.class, () -> new Simulation(
                        SimulationSetup.of(CellLayout.uniform(1, 100), ScatteringRules.byName("paper"),
                                PairingScheme.SWEEP, 1.0, List.of(new CellDiffusion(1.0, b)), SEED),
                        new StateStore(100), pool));
            }
            // accepted: local processes first, then (even two) transports
            new Simulation(SimulationSetup.of(four, ScatteringRules.byName("paper"), PairingScheme.SWEEP, 1.0,
                    List.of(relax, d, new CellDiffusion(1.0, Boundary.PERIODIC)), SEED), new StateStore(400), pool);
        }
        assertThrows(UnsupportedOperationException.class, () -> d.apply(new StateStore(4), 0, 4, 1.0,
                new SplittableRandom(SEED)));
    }

    /**
     * Poisson pairing with dt = 0.25 in the engine: electrons per cell are conserved by scattering
     * and moved only by diffusion, so the expected electron profile follows the same lattice
     * equation exactly (operator splitting is exact for it). A ring of 16 cells of 256 states,
     * cell 0 all FULL and the rest EMPTY, 16 steps (t = 4), 30 replica seeds: the electrons of
     * each cell within ring distance 5 of cell 0 and the mean squared ring distance of the
     * electrons (2 rate t = 4 up to a wrap correction computed from the ODE) within 5 SE of the
     * ODE. Power: the predictions with rate x2 and with dt ignored (t = 16) are rejected.
     */
    @Test
    void enginePoissonStepsDiffuseTheElectronProfileAtTheRightRate() {
        final int cells = 16;
        final int perCell = 256;
        final double rate = 0.5;
        final int steps = 16;
        final double dt = 0.25;
        final int replicas = 30;
        CellLayout layout = CellLayout.uniform(cells, perCell);
        StateStore initial = new StateStore(layout.totalStates());
        for (int i = 0; i < initial.size(); i++) {
            if (i < perCell) {
                initial.setFull(i);
            } else {
                initial.setEmpty(i);
            }
        }
        double[] e0 = new double[cells];
        e0[0] = 2 * perCell;
        double[][] e = new double[replicas][];
        try (WorkerPool pool = new WorkerPool(1)) {
            for (int r = 0; r < replicas; r++) {
                SimulationSetup setup = SimulationSetup.of(layout, ScatteringRules.byName("paper"),
                        PairingScheme.POISSON, dt, List.of(new CellDiffusion(rate, Boundary.PERIODIC)),
                        RandomStreams.replicaSeed(SEED, r));
                Simulation sim = new Simulation(setup, initial.copy(), pool);
                for (int s = 0; s < steps; s++) {
                    sim.step();
                }
                Tally tally = sim.tally();
                e[r] = new double[cells];
                for (int c = 0; c < cells; c++) {
                    e[r][c] = tally.cells()[c].electrons();
                }
                assertEquals(2 * perCell, tally.total().electrons(), "replica " + r + ": electrons of the chain");
                assertTrue(tally.total().nSpin > 0, "replica " + r + ": no scattering happened");
            }
        }
        double t = steps * dt;
        double[] pred = evolve(e0, Boundary.PERIODIC, rate, t);
        for (int c = 0; c < cells; c++) {
            int dist = Math.min(c, cells - c);
            if (dist > 5) {
                continue; // expected < 4 electrons: often 0 in every replica, no usable SE
            }
            double[] x = new double[replicas];
            for (int r = 0; r < replicas; r++) {
                x[r] = e[r][c];
            }
            double[] ms = meanSe(x);
            assertTrue(Math.abs(ms[0] - pred[c]) < K * ms[1], String.format(
                    "cell %d: mean electrons %.2f, ODE %.2f +- 5 x %.2f", c, ms[0], pred[c], ms[1]));
        }
        double[] m2 = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            m2[r] = meanSquaredDistance(e[r]);
        }
        double[] ms = meanSe(m2);
        double exact = meanSquaredDistance(pred);
        // a check of the reference, not of the code: this ring is long enough that the walkers' wrap-around
        // changes the mean squared distance from 2 rate t by under 2 %
        assertEquals(2 * rate * t, exact, 0.02 * 2 * rate * t, "wrap correction of the ring");
        assertTrue(Math.abs(ms[0] - exact) < K * ms[1], String.format(
                "mean squared distance %.3f, expected %.3f +- 5 x %.3f", ms[0], exact, ms[1]));
        double doubled = meanSquaredDistance(evolve(e0, Boundary.PERIODIC, 2 * rate, t));
        double perStep = meanSquaredDistance(evolve(e0, Boundary.PERIODIC, rate, steps));
        assertTrue(Math.abs(ms[0] - doubled) > K * ms[1], "rate x2 not rejected");
        assertTrue(Math.abs(ms[0] - perStep) > K * ms[1], "dt = 1 per step not rejected");
    }

    /** Sum over cells of (ring distance from cell 0)^2 x e_c, over sum e_c. */
    private static double meanSquaredDistance(double[] e) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < e.length; c++) {
            int d = Math.min(c, e.length - c);
            num += (double) d * d * e[c];
            den += e[c];
        }
        return num / den;
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void rejectsInvalidParametersAndCountsBonds() {
        assertThrows(IllegalArgumentException.class, () -> new CellDiffusion(0, Boundary.CLOSED));
        assertThrows(IllegalArgumentException.class, () -> new CellDiffusion(-1, Boundary.CLOSED));
        assertThrows(IllegalArgumentException.class, () -> new CellDiffusion(Double.NaN, Boundary.CLOSED));
        assertThrows(IllegalArgumentException.class, () -> new CellDiffusion(Double.POSITIVE_INFINITY, Boundary.CLOSED));
        assertThrows(IllegalArgumentException.class, () -> new CellDiffusion(1, null));
        CellDiffusion ring = new CellDiffusion(2.5, Boundary.PERIODIC);
        CellDiffusion chain = new CellDiffusion(2.5, Boundary.CLOSED);
        assertEquals("diffusion", ring.name());
        assertEquals(2.5, ring.rate());
        assertEquals(Boundary.PERIODIC, ring.boundary());
        int[][] expected = {{1, 0, 0}, {2, 1, 1}, {3, 3, 2}, {10, 10, 9}};
        for (int[] row : expected) {
            assertEquals(row[1], ring.bonds(row[0]), "ring bonds of " + row[0]);
            assertEquals(row[2], chain.bonds(row[0]), "chain bonds of " + row[0]);
        }
        assertEquals(Boundary.PERIODIC, Boundary.byConfigName("periodic"));
        assertEquals(Boundary.CLOSED, Boundary.byConfigName("closed"));
        assertNull(Boundary.byConfigName("reflecting"));
        assertThrows(IllegalArgumentException.class, () -> chain.checkLayout(CellLayout.uniform(1, 10)));
        assertThrows(IllegalArgumentException.class,
                () -> chain.checkLayout(CellLayout.of(new int[] {10, 10, 11}, new double[3])));
        chain.checkLayout(CellLayout.uniform(2, 10));
        // a single cell is left alone
        CellLayout one = CellLayout.uniform(1, 10);
        StateStore s = tagged(one);
        ring.applyToCells(s, one, 100.0, new SplittableRandom(SEED));
        assertTrue(tagged(one).sameContents(s));
        assertNotEquals(ring.bonds(3), chain.bonds(3));
    }
}
