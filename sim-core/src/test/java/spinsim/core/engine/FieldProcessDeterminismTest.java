package spinsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Tally;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.process.ExchangeField;
import spinsim.core.process.FieldPrecession;
import spinsim.core.process.PrecessionParameters;
import spinsim.core.process.Process;
import spinsim.core.process.SpinRelaxation;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The field processes in the engine: with scattering, a field, a per-cell exchange field and spin
 * relaxation, 1 and 2 worker threads give bit-identical stores and tallies; kinds and electrons
 * per cell are untouched by the field processes (their draws are none, so they add no stream).
 */
class FieldProcessDeterminismTest {
    private static final int BLOCK = 1024;
    private static final int[] SIZES = {3001, 1024, 700, 2050};
    private static final long SEED = 0xF1E1_DDE7L;

    private static SimulationSetup setup(PairingScheme pairing, CellLayout layout) {
        double[][] dAxes = {{0, 0, 1}, {1, 0, 0}, {0, 1, 1}, {-1, 0, 0}};
        List<Process> processes = List.of(
                new FieldPrecession(new double[] {1, 2, -2}, 15.0, 0.9),
                ExchangeField.perCell(layout, dAxes, new PrecessionParameters(40.0, 3.0)),
                new SpinRelaxation(25.0));
        double dt = pairing.isSweep() ? 1.0 : 0.25;
        return new SimulationSetup(layout, ScatteringRules.byName("paper"), pairing, dt, processes, SEED, BLOCK);
    }

    private static StateStore populate(CellLayout layout) {
        Composition[] comps = new Composition[layout.cells()];
        for (int c = 0; c < comps.length; c++) {
            comps[c] = Composition.of(layout.size(c), layout.size(c), 0.4 + 0.1 * c);
        }
        SpinMixture iso = new SpinMixture(List.of(new SpinMixture.Weighted(1.0, new SpinComponent.Isotropic())));
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, iso, SEED);
        return s;
    }

    @ParameterizedTest
    @EnumSource(PairingScheme.class)
    void bitIdenticalForOneAndTwoThreads(PairingScheme pairing) {
        double[] energy = new double[SIZES.length];
        CellLayout layout = CellLayout.of(SIZES, energy);
        SimulationSetup setup = setup(pairing, layout);
        StateStore initial = populate(layout);
        int steps = 25;
        StateStore one;
        Tally tallyOne;
        try (WorkerPool pool = new WorkerPool(1)) {
            Simulation sim = new Simulation(setup, initial.copy(), pool);
            for (int t = 0; t < steps; t++) {
                sim.step();
            }
            one = sim.store();
            tallyOne = sim.tally();
        }
        Tally tallyTwo;
        StateStore two;
        try (WorkerPool pool = new WorkerPool(2)) {
            Simulation sim = new Simulation(setup, initial.copy(), pool);
            for (int t = 0; t < steps; t++) {
                sim.step();
            }
            two = sim.store();
            tallyTwo = sim.tally();
        }
        assertFalse(initial.sameContents(one), "the run changed nothing");
        assertTrue(one.sameContents(two), "2 threads: store differs from 1 thread");
        SimulationDeterminismTest.assertTalliesEqual(tallyOne, tallyTwo, "2 threads");
        // the field is on: applied alone for 5 t_sc to the initial (isotropic) store, it builds S
        // along its axis (1, 2, -2)/3 far beyond the isotropic spread sqrt(n_SPIN / 3). (After the
        // full run with scattering, exchange fields along other axes and relaxation, the same
        // projection is only ~1.5 spreads above 0: too weak for a check with a fixed seed.)
        StateStore fieldOnly = initial.copy();
        for (int k = 0; k < 5; k++) {
            setup.processes().get(0).apply(fieldOnly, 0, fieldOnly.size(), 1.0, null);
        }
        CellTally total = new CellTally();
        total.accumulate(fieldOnly, 0, fieldOnly.size());
        double spread = Math.sqrt(total.nSpin / 3.0);
        double proj = total.projection(1.0 / 3, 2.0 / 3, -2.0 / 3);
        assertTrue(proj > 5 * spread, "no spin built along the field: " + proj + " <= 5 x " + spread);
    }

    @ParameterizedTest
    @EnumSource(PairingScheme.class)
    void fieldProcessesAloneKeepKindsAndElectronsPerCell(PairingScheme pairing) {
        CellLayout layout = CellLayout.of(SIZES, new double[SIZES.length]);
        StateStore s = populate(layout);
        StateStore before = s.copy();
        SimulationSetup setup = setup(pairing, layout);
        for (Process p : setup.processes().subList(0, 2)) {
            for (int k = 0; k < 5; k++) {
                p.apply(s, 0, s.size(), 1.0, null);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            assertEquals(before.kind[i], s.kind[i], "kind of state " + i);
        }
        for (int c = 0; c < layout.cells(); c++) {
            assertEquals(before.electrons(layout.start(c), layout.end(c)), s.electrons(layout.start(c), layout.end(c)),
                    "electrons of cell " + c);
        }
    }
}
