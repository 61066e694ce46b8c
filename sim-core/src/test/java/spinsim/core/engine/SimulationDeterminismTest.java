package spinsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Tally;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.process.Process;
import spinsim.core.process.SpinRelaxation;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * A run is a function of its seed alone: 1, 2 and 4 worker threads give bit-identical stores and
 * exactly equal tallies. Blocks of 1024 states make many blocks; two cells larger than a block
 * (one of them odd) go through the exact matching of SweepMatching followed by adjacent-pair
 * scattering in several blocks.
 */
class SimulationDeterminismTest {
    private static final int BLOCK = 1024;
    private static final int STEPS = 20;
    private static final long SEED = 0xDE7E4A11L;
    /** Cell sizes: small cells, one exactly a block, and two larger than a block (odd and even). */
    private static final int[] SIZES = {700, 3001, 1024, 257, 2050, 5};

    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        for (String rule : ScatteringRules.names()) {
            for (PairingScheme pairing : PairingScheme.values()) {
                for (boolean relax : new boolean[] {false, true}) {
                    out.add(Arguments.of(rule, pairing, relax));
                }
            }
        }
        return out.stream();
    }

    private static SimulationSetup setup(String rule, PairingScheme pairing, boolean relax, long seed) {
        double[] energy = new double[SIZES.length];
        for (int c = 0; c < energy.length; c++) {
            energy[c] = c - 2.0;
        }
        List<Process> processes = relax ? List.of(new SpinRelaxation(7.0)) : List.of();
        double dt = pairing.isSweep() ? 1.0 : 0.25;
        return new SimulationSetup(CellLayout.of(SIZES, energy), ScatteringRules.byName(rule), pairing, dt,
                processes, seed, BLOCK);
    }

    /** A populated store: per cell a different filling and spin fraction, a mixed spin population. */
    private static StateStore populate(CellLayout layout, long seed) {
        Composition[] comps = new Composition[layout.cells()];
        for (int c = 0; c < comps.length; c++) {
            long n = layout.size(c);
            long electrons = Math.round(n * (0.6 + 0.15 * c));
            comps[c] = Composition.of(n, electrons, 0.2 + 0.1 * c);
        }
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(0.5, new SpinComponent.Cone(new double[] {0, 0, 1}, Math.toRadians(30))),
                new SpinMixture.Weighted(0.3, new SpinComponent.Isotropic()),
                new SpinMixture.Weighted(0.2, new SpinComponent.UpDown(new double[] {1, 0, 0}, 0.7))));
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, mix, seed);
        return s;
    }

    private record Result(StateStore store, Tally first, Tally last, int blocks) {
    }

    private static Result run(SimulationSetup setup, StateStore initial, int threads) {
        try (WorkerPool pool = new WorkerPool(threads)) {
            Simulation sim = new Simulation(setup, initial.copy(), pool);
            Tally first = sim.tally();
            for (int t = 0; t < STEPS; t++) {
                sim.step();
            }
            assertEquals(STEPS, sim.stepIndex());
            assertEquals(STEPS * setup.dt(), sim.time(), 1e-12);
            return new Result(sim.store(), first, sim.tally(), sim.blocks());
        }
    }

    @ParameterizedTest(name = "{0}, {1}, relaxation {2}")
    @MethodSource("configurations")
    void bitIdenticalForAnyThreadCountAndConservingPerCell(String rule, PairingScheme pairing, boolean relax) {
        SimulationSetup setup = setup(rule, pairing, relax, SEED);
        StateStore initial = populate(setup.layout(), SEED);
        Result one = run(setup, initial, 1);
        assertTrue(one.blocks() >= 10, "expected many blocks, got " + one.blocks());
        assertFalse(initial.sameContents(one.store()), "the run changed nothing");
        for (int threads : new int[] {2, 4}) {
            Result r = run(setup, initial, threads);
            assertTrue(one.store().sameContents(r.store()), threads + " threads: store differs from 1 thread");
            assertTalliesEqual(one.last(), r.last(), threads + " threads");
        }
        // per cell: electrons conserved; n_FULL - n_EMPTY conserved by scattering, and the only
        // process here (spin relaxation) redraws directions without touching kinds
        for (int c = 0; c < SIZES.length; c++) {
            CellTally a = one.first().cells()[c];
            CellTally b = one.last().cells()[c];
            assertEquals(SIZES[c], b.states(), "cell " + c + " states");
            assertEquals(a.electrons(), b.electrons(), "cell " + c + " electrons");
            assertEquals(a.nFull - a.nEmpty, b.nFull - b.nEmpty, "cell " + c + " n_FULL - n_EMPTY");
        }
    }

    @ParameterizedTest(name = "{0}, {1}, relaxation {2}")
    @MethodSource("configurations")
    void aDifferentSeedGivesADifferentRun(String rule, PairingScheme pairing, boolean relax) {
        SimulationSetup a = setup(rule, pairing, relax, SEED);
        SimulationSetup b = setup(rule, pairing, relax, SEED + 1);
        StateStore initial = populate(a.layout(), SEED);
        assertFalse(run(a, initial, 1).store().sameContents(run(b, initial, 1).store()),
                "seeds " + SEED + " and " + (SEED + 1) + " gave identical runs");
    }

    static void assertTalliesEqual(Tally x, Tally y, String what) {
        assertEquals(x.cells().length, y.cells().length, what);
        for (int c = 0; c < x.cells().length; c++) {
            assertCellEqual(x.cells()[c], y.cells()[c], what + ", cell " + c);
        }
        assertCellEqual(x.total(), y.total(), what + ", total");
    }

    private static void assertCellEqual(CellTally a, CellTally b, String what) {
        assertEquals(a.nEmpty, b.nEmpty, what + " n_EMPTY");
        assertEquals(a.nFull, b.nFull, what + " n_FULL");
        assertEquals(a.nSpin, b.nSpin, what + " n_SPIN");
        // exact equality of doubles (bitwise), not a tolerance
        assertEquals(Double.doubleToLongBits(a.sx), Double.doubleToLongBits(b.sx), what + " S_x");
        assertEquals(Double.doubleToLongBits(a.sy), Double.doubleToLongBits(b.sy), what + " S_y");
        assertEquals(Double.doubleToLongBits(a.sz), Double.doubleToLongBits(b.sz), what + " S_z");
        assertEquals(Double.doubleToLongBits(a.sxx), Double.doubleToLongBits(b.sxx), what + " sum s_x^2");
        assertEquals(Double.doubleToLongBits(a.syy), Double.doubleToLongBits(b.syy), what + " sum s_y^2");
        assertEquals(Double.doubleToLongBits(a.szz), Double.doubleToLongBits(b.szz), what + " sum s_z^2");
    }
}
