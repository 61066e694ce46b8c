package spinsim.core.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.CellTally;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Blocked matching (pairing {@code blocked}): each step cuts the cell into disjoint blocks that
 * cover every state once per step, and it gives the same V3-V5-type curves as the exact global
 * matching (pairing {@code sweep}) within statistical error.
 *
 * <p>Curves: a cell of 2^16 states in blocks of 2^11 (32 blocks of 128 chunks of 16 states),
 * 16 replicas per scheme, compared at t = 1, 2, 3, 4, 6, 8, 12, 16, 20 t_sc. Tolerance: the two
 * replica means differ by less than 5 standard errors of their difference (SE from the replica
 * spread; with about 30 degrees of freedom a false failure has probability ~2e-5 per comparison,
 * ~1e-3 over all 54). A control run whose blocks never mix (fixed contiguous blocks) fails the
 * same comparison on a segregated start by far more, which shows the test can see a mixing defect.
 */
class BlockedMatchingTest {
    private static final int BLOCK = 1 << 11;
    private static final int STATES = 1 << 16;
    private static final int REPLICAS = 16;
    private static final int STEPS = 20;
    private static final int[] TIMES = {1, 2, 3, 4, 6, 8, 12, 16, 20};

    @ParameterizedTest
    @ValueSource(ints = {2049, 2050, 5000, 65537, 131072, 131073, 300007, 1 << 20, (1 << 20) + 3})
    void everyStepCutsTheCellIntoDisjointBlocksCoveringEveryStateOnce(int n) {
        int from = 11;
        BlockedMatching bm = new BlockedMatching(from, from + n, BLOCK);
        int[] starts = new int[bm.maxBlockChunks()];
        int cs = bm.chunkShift();
        assertEquals(bm.chunk(), 1 << cs);
        SplittableRandom rng = new SplittableRandom(n);
        for (long step = 0; step < 4; step++) {
            bm.prepare(rng);
            boolean[] seen = new boolean[n];
            int oddBlocks = 0;
            int largest = 0;
            for (int b = 0; b < bm.blocks(); b++) {
                int m = bm.fill(b, starts);
                largest = Math.max(largest, m);
                if (m % 2 == 1) {
                    oddBlocks++;
                }
                for (int q = 0; q < m; q++) {
                    int p = starts[q >>> cs] + (q & (bm.chunk() - 1));
                    int i = p - from;
                    assertTrue(i >= 0 && i < n, "position outside the cell: " + p);
                    assertTrue(!seen[i], "state " + i + " in two blocks, step " + step + ", " + bm);
                    seen[i] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                assertTrue(seen[i], "state " + i + " in no block, step " + step + ", " + bm);
            }
            assertEquals(n % 2, oddBlocks, "blocks of odd size (only the one with the last chunk, if n is odd), " + bm);
            assertTrue(largest <= bm.maxBlockStates(), bm.toString());
            // about N / W <= maxBlock states, plus at most one chunk of rounding
            assertTrue(largest <= BLOCK + 2 * bm.chunk(), largest + " states in a block, " + bm);
        }
    }

    /** The V3-V5-type initial conditions. */
    enum Start {
        /** V3: SPIN states only up or down (half and half), half filled, spin fraction 0.5. */
        UPDOWN,
        /** V4/V5: 30 % of the spins fixed along z, 70 % isotropic, spin fraction 0.5. */
        FIXED_PLUS_ISOTROPIC,
        /** Segregated: the first half of the cell holds the up spins, the second half the down spins. */
        SEGREGATED
    }

    private static StateStore initial(Start start, long seed) {
        CellLayout layout = CellLayout.uniform(1, STATES);
        StateStore s = new StateStore(STATES);
        Composition[] comp = {Composition.of(STATES, STATES, 0.5)};
        switch (start) {
            case UPDOWN -> Populator.populate(s, layout, comp,
                    SpinMixture.of(new SpinComponent.UpDown(new double[] {0, 0, 1}, 0.5)), seed);
            case FIXED_PLUS_ISOTROPIC -> Populator.populate(s, layout, comp, new SpinMixture(List.of(
                    new SpinMixture.Weighted(0.3, new SpinComponent.Fixed(new double[] {0, 0, 1})),
                    new SpinMixture.Weighted(0.7, new SpinComponent.Isotropic()))), seed);
            case SEGREGATED -> {
                for (int i = 0; i < STATES; i++) {
                    int r = i % 4;
                    if (r < 2) {
                        s.setSpin(i, 0, 0, i < STATES / 2 ? 1 : -1);
                    } else if (r == 2) {
                        s.setFull(i);
                    } else {
                        s.setEmpty(i);
                    }
                }
            }
            default -> throw new AssertionError(start);
        }
        return s;
    }

    /** Per time in {@link #TIMES}: the replica values of one observable. */
    private static double[][] curves(Start start, PairingScheme pairing, ToDoubleFunction<CellTally> obs) {
        double[][] v = new double[TIMES.length][REPLICAS];
        ScatteringRule paper = ScatteringRules.byName("paper");
        try (WorkerPool pool = new WorkerPool(2)) {
            for (int r = 0; r < REPLICAS; r++) {
                long seed = RandomStreams.replicaSeed(0xB10C4EDL + start.ordinal(), r);
                SimulationSetup setup = new SimulationSetup(CellLayout.uniform(1, STATES), paper, pairing, 1.0,
                        List.of(), seed, BLOCK);
                Simulation sim = new Simulation(setup, initial(start, seed), pool);
                int q = 0;
                for (int t = 1; t <= STEPS; t++) {
                    sim.step();
                    if (q < TIMES.length && TIMES[q] == t) {
                        v[q++][r] = obs.applyAsDouble(sim.tally().total());
                    }
                }
            }
        }
        return v;
    }

    /** The same, for blocks that never mix: the fixed contiguous ranges of BLOCK states. */
    private static double[][] fixedBlockCurves(Start start, ToDoubleFunction<CellTally> obs) {
        double[][] v = new double[TIMES.length][REPLICAS];
        ScatteringRule paper = ScatteringRules.byName("paper");
        for (int r = 0; r < REPLICAS; r++) {
            long seed = RandomStreams.replicaSeed(0x0DDL + start.ordinal(), r);
            StateStore s = initial(start, seed);
            int q = 0;
            for (int t = 1; t <= STEPS; t++) {
                for (int b = 0; b < STATES / BLOCK; b++) {
                    paper.matchAndScatter(s, b * BLOCK, (b + 1) * BLOCK,
                            RandomStreams.of(seed, RandomStreams.BLOCK_SCATTER, t, b));
                }
                if (q < TIMES.length && TIMES[q] == t) {
                    CellTally tally = new CellTally();
                    tally.accumulate(s, 0, STATES);
                    v[q++][r] = obs.applyAsDouble(tally);
                }
            }
        }
        return v;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double se(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1) / x.length);
    }

    /** The largest |difference| / SE over the times; asserts each is below 5 when {@code agree}. */
    private static double compare(String what, double[][] exact, double[][] blocked, boolean agree) {
        double worst = 0;
        StringBuilder table = new StringBuilder();
        for (int q = 0; q < TIMES.length; q++) {
            double d = mean(blocked[q]) - mean(exact[q]);
            double se = Math.hypot(se(blocked[q]), se(exact[q]));
            double z = Math.abs(d) / Math.max(se, 1e-12);
            worst = Math.max(worst, z);
            table.append(String.format(" t=%d: exact %.5g, blocked %.5g (%.1f SE);", TIMES[q], mean(exact[q]),
                    mean(blocked[q]), z));
            if (agree) {
                assertTrue(z < 5, String.format("%s at t = %d t_sc: exact %.6g +- %.2g, blocked %.6g +- %.2g, "
                        + "difference %.2f SE (limit 5)", what, TIMES[q], mean(exact[q]), se(exact[q]),
                        mean(blocked[q]), se(blocked[q]), z));
            }
        }
        System.out.println("[BlockedMatchingTest] " + what + ": worst " + String.format("%.2f", worst) + " SE;" + table);
        return worst;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Start.class)
    void blockedMatchingGivesTheCurvesOfTheExactMatching(Start start) {
        ToDoubleFunction<CellTally> first = start == Start.FIXED_PLUS_ISOTROPIC ? CellTally::nTia : CellTally::meanSzz;
        String firstName = start == Start.FIXED_PLUS_ISOTROPIC ? "n_TIA" : "mean_szz";
        compare(start + " " + firstName, curves(start, PairingScheme.SWEEP, first),
                curves(start, PairingScheme.BLOCKED, first), true);
        compare(start + " n_spin", curves(start, PairingScheme.SWEEP, t -> t.nSpin),
                curves(start, PairingScheme.BLOCKED, t -> t.nSpin), true);
    }

    @Test
    void withoutMixingTheComparisonFailsOnASegregatedStart() {
        double[][] exact = curves(Start.SEGREGATED, PairingScheme.SWEEP, CellTally::meanSzz);
        double worst = compare("SEGREGATED mean_szz, fixed blocks (no mixing)", exact,
                fixedBlockCurves(Start.SEGREGATED, CellTally::meanSzz), false);
        assertTrue(worst > 50, "a matching that never mixes rows differs from the exact one by only " + worst + " SE");
    }
}
