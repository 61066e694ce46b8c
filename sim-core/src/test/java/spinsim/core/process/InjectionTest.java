package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.observe.CellTally;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Injection (MODEL.md section 4): source states turn into SPIN s2 with probability
 * 1 - exp(-rate dt) per step, the process counts its conversions exactly, and the electron budget
 * initial + injected = final holds to the electron in a full simulation on any thread count.
 */
class InjectionTest {
    private static final long SEED = 0x1_4E1EC7L;
    private static final double[] S2 = {Math.sin(Math.toRadians(30)), 0, Math.cos(Math.toRadians(30))};

    /** A store cycling EMPTY, FULL, SPIN(+x): a third of each. */
    private static StateStore mixed(int n) {
        StateStore s = new StateStore(n);
        for (int i = 0; i < n; i++) {
            switch (i % 3) {
                case 0 -> s.setEmpty(i);
                case 1 -> s.setFull(i);
                default -> s.setSpin(i, 1, 0, 0);
            }
        }
        return s;
    }

    @Test
    void emptySourceConvertsEmptyStatesAtTheRateAndCountsThem() {
        check(Injection.Source.EMPTY, Kind.EMPTY_CODE, +1);
    }

    @Test
    void fullSourceConvertsFullStatesAndTakesElectronsOut() {
        check(Injection.Source.FULL, Kind.FULL_CODE, -1);
    }

    private static void check(Injection.Source source, byte code, int sign) {
        final int n = 90_000;
        final double rate = 0.3;
        final double dt = 0.5;
        StateStore s = mixed(n);
        StateStore before = s.copy();
        long e0 = s.electrons(0, n);
        Injection inj = new Injection(rate, new double[] {2 * S2[0], 0, 2 * S2[2]}, source);
        // two blocks, as the engine would cut them
        inj.apply(s, 0, n / 2, dt, RandomStreams.of(SEED, RandomStreams.PROCESS_BASE, 1, 0));
        inj.apply(s, n / 2, n, dt, RandomStreams.of(SEED, RandomStreams.PROCESS_BASE, 1, 1));
        long converted = 0;
        float[] want = new float[3];
        StateStore ref = new StateStore(1);
        ref.setSpin(0, S2[0], S2[1], S2[2]);
        want[0] = ref.sx[0];
        want[1] = ref.sy[0];
        want[2] = ref.sz[0];
        for (int i = 0; i < n; i++) {
            if (before.kind[i] == code && s.kind[i] == Kind.SPIN_CODE) {
                converted++;
                assertEquals(want[0], s.sx[i], 0f, "s2 x of state " + i);
                assertEquals(want[1], s.sy[i], 0f);
                assertEquals(want[2], s.sz[i], 0f);
            } else {
                assertEquals(before.kind[i], s.kind[i], "state " + i + " is not of the source kind: untouched");
                assertEquals(before.sx[i], s.sx[i], 0f);
            }
        }
        assertEquals(converted, inj.conversions());
        assertEquals(sign * converted, inj.electronChange());
        assertEquals(e0 + inj.electronChange(), s.electrons(0, n), "electrons = initial + injected");
        double p = -Math.expm1(-rate * dt);
        double nSource = n / 3.0;
        double se = Math.sqrt(nSource * p * (1 - p));
        assertTrue(Math.abs(converted - nSource * p) < 5 * se,
                converted + " conversions, expected " + nSource * p + " +- 5 x " + se);
        // cumulative over calls
        inj.apply(s, 0, n, dt, RandomStreams.of(SEED, RandomStreams.PROCESS_BASE, 2, 0));
        assertTrue(inj.conversions() > converted);
        assertEquals(e0 + inj.electronChange(), s.electrons(0, n));
    }

    @Test
    void rateZeroDoesNothingAndDrawsNothing() {
        StateStore s = mixed(3000);
        StateStore before = s.copy();
        Injection inj = new Injection(0, S2, Injection.Source.EMPTY);
        SplittableRandom rng = new SplittableRandom(5);
        inj.apply(s, 0, s.size(), 1.0, rng);
        assertTrue(s.sameContents(before));
        assertEquals(0, inj.conversions());
        assertEquals(new SplittableRandom(5).nextLong(), rng.nextLong(), "no draw taken");
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Injection(-0.1, S2, Injection.Source.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new Injection(Double.NaN, S2, Injection.Source.EMPTY));
        assertThrows(IllegalArgumentException.class,
                () -> new Injection(Double.POSITIVE_INFINITY, S2, Injection.Source.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new Injection(0.1, new double[3], Injection.Source.FULL));
        assertThrows(IllegalArgumentException.class, () -> new Injection(0.1, new double[2], Injection.Source.FULL));
        assertThrows(IllegalArgumentException.class, () -> new Injection(0.1, S2, null));
        assertEquals(Injection.Source.FULL, Injection.Source.byConfigName("full"));
        assertEquals(null, Injection.Source.byConfigName("FULL"));
    }

    /** Many blocks, scattering and injection: the same states and counts on 1 and 2 threads, and the budget balances. */
    @Test
    void budgetBalancesAndIsTheSameOnOneAndTwoThreads() {
        long[] injected = new long[2];
        StateStore[] end = new StateStore[2];
        for (int t = 0; t < 2; t++) {
            try (WorkerPool pool = new WorkerPool(t + 1)) {
                for (Injection.Source src : Injection.Source.values()) {
                    StateStore s = new StateStore(20_000);
                    SplittableRandom init = new SplittableRandom(9);
                    for (int i = 0; i < s.size(); i++) {
                        int k = init.nextInt(4);
                        if (k == 0) {
                            s.setEmpty(i);
                        } else if (k == 1) {
                            s.setFull(i);
                        } else {
                            s.setSpin(i, 0, 0, 1);
                        }
                    }
                    long e0 = s.electrons(0, s.size());
                    SimulationSetup setup = new SimulationSetup(CellLayout.uniform(4, 5_000),
                            ScatteringRules.byName("paper"), PairingScheme.SWEEP, 1.0,
                            List.of(new Injection(0.05, S2, src)), SEED, 1024);
                    Simulation sim = new Simulation(setup, s, pool);
                    for (int k = 0; k < 12; k++) {
                        sim.step();
                        assertEquals(e0 + sim.injectedElectrons(), s.electrons(0, s.size()), "budget after step " + k);
                    }
                    CellTally total = sim.observe(0, 4, new double[] {0, 0, 1}).tally().total();
                    assertEquals(sim.injectedElectrons(), sim.observe(0, 4, new double[] {0, 0, 1}).injectedElectrons());
                    assertEquals(e0 + sim.injectedElectrons(), total.electrons());
                    assertTrue(src == Injection.Source.EMPTY ? sim.injectedElectrons() > 0 : sim.injectedElectrons() < 0);
                    if (src == Injection.Source.FULL) {
                        injected[t] = sim.injectedElectrons();
                        end[t] = s;
                    }
                }
            }
        }
        assertEquals(injected[0], injected[1]);
        assertTrue(end[0].sameContents(end[1]), "1 vs 2 threads");
    }

    @Test
    void applyDoesNotAllocate() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        StateStore s = mixed(4_000);
        Injection inj = new Injection(1e-3, S2, Injection.Source.EMPTY);
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < 20_000; k++) {
            inj.apply(s, 0, s.size(), 1.0, rng);
        }
        long a0 = mx.getThreadAllocatedBytes(id);
        for (int k = 0; k < 2_000; k++) {
            inj.apply(s, 0, s.size(), 1.0, rng);
        }
        long allocated = mx.getThreadAllocatedBytes(id) - a0;
        assertTrue(allocated < 2_000, allocated + " bytes allocated by 2000 calls of apply");
    }
}
