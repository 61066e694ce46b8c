package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.engine.RandomStreams;
import spinsim.core.observe.CellTally;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Spin relaxation alone (no scattering): each SPIN direction is redrawn uniformly with probability
 * 1 - exp(-dt/tau) per step, so the total spin of a polarized set decays as exp(-t/tau).
 */
class SpinRelaxationTest {
    private static final long SEED = 0x5E1A_0001L;

    /** N SPIN states along +z, with FULL and EMPTY states interleaved (which must stay untouched). */
    private static StateStore polarized(int nSpin, int others) {
        StateStore s = new StateStore(nSpin + others);
        int spins = 0;
        for (int i = 0; i < s.size(); i++) {
            if (spins < nSpin && (i % 10 != 0 || i >= 10 * others)) {
                s.setSpin(i, 0, 0, 1);
                spins++;
            } else if (i % 20 == 0) {
                s.setFull(i);
            } else {
                s.setEmpty(i);
            }
        }
        assertEquals(nSpin, spins);
        return s;
    }

    /**
     * After time t each spin has never flipped with probability q = exp(-t/tau) (z = 1), and
     * otherwise points along its last redraw, uniform on the sphere (z uniform on [-1, 1]: mean 0,
     * E z^2 = 1/3). The N spins are independent, so
     *   E S_z = N q,  Var S_z = N (E z^2 - (E z)^2) = N (q + (1 - q)/3 - q^2),
     *   E S_x = 0,    Var S_x = N (1 - q)/3 (E x^2 = (1 - q)/3 since x = 0 when unflipped).
     * Each time point is checked against N q within 5 of these standard errors.
     */
    @Test
    void totalSpinDecaysExponentially() {
        final int n = 40_000;
        final double tau = 3.0;
        final double dt = 0.25;
        final int steps = 24; // t up to 6 = 2 tau
        StateStore s = polarized(n, 2_000);
        StateStore kinds = s.copy();
        SpinRelaxation relax = new SpinRelaxation(tau);
        for (int step = 1; step <= steps; step++) {
            relax.apply(s, 0, s.size(), dt, RandomStreams.of(SEED, RandomStreams.PROCESS_BASE, step, 0));
            double t = step * dt;
            double q = Math.exp(-t / tau);
            CellTally tally = new CellTally();
            tally.accumulate(s, 0, s.size());
            assertEquals(n, tally.nSpin);
            double seZ = Math.sqrt(n * (q + (1 - q) / 3 - q * q));
            double seXY = Math.sqrt(n * (1 - q) / 3);
            assertTrue(Math.abs(tally.sz - n * q) < 5 * seZ, String.format(
                    "t = %.2f: S_z = %.1f, expected N exp(-t/tau) = %.1f +- 5 x %.1f", t, tally.sz, n * q, seZ));
            assertTrue(Math.abs(tally.sx) < 5 * seXY, String.format("t = %.2f: S_x = %.1f, expected 0 +- 5 x %.1f",
                    t, tally.sx, seXY));
            assertTrue(Math.abs(tally.sy) < 5 * seXY, String.format("t = %.2f: S_y = %.1f, expected 0 +- 5 x %.1f",
                    t, tally.sy, seXY));
        }
        for (int i = 0; i < s.size(); i++) {
            assertEquals(kinds.kind[i], s.kind[i], "kind of state " + i + " changed");
            if (s.kind[i] == Kind.SPIN_CODE) {
                assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, i)), 1e-6, "|s| of state " + i);
            } else {
                assertEquals(0.0, TestSupport.norm(TestSupport.vec(s, i)), 0.0, "vector of state " + i);
            }
        }
    }

    @Test
    void flipProbabilityPerStepIsOneMinusExpMinusDtOverTau() {
        // one step from +z: a redrawn direction is never exactly +z, so the number of changed
        // spins is Binomial(N, 1 - exp(-dt/tau)); checked within 5 standard deviations
        final int n = 100_000;
        final double tau = 1.0;
        final double dt = 0.5;
        StateStore s = polarized(n, 0);
        new SpinRelaxation(tau).apply(s, 0, n, dt, new SplittableRandom(SEED));
        long changed = 0;
        for (int i = 0; i < n; i++) {
            if (s.sz[i] != 1f || s.sx[i] != 0f || s.sy[i] != 0f) {
                changed++;
            }
        }
        double p = -Math.expm1(-dt / tau);
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(changed - n * p) < 5 * sd, String.format(
                "flipped %d of %d, expected %.1f +- 5 x %.1f", changed, n, n * p, sd));
        // the first-order dt/tau would be 0.5 instead of 0.3935: ~70 sd away at this size
        assertTrue(Math.abs(n * dt / tau - n * p) > 10 * sd, "the flip-count test has power");
    }

    @Test
    void zeroStepChangesNothingAndOnlyTheRangeIsTouched() {
        StateStore s = polarized(1_000, 100);
        StateStore before = s.copy();
        SpinRelaxation relax = new SpinRelaxation(1.0);
        relax.apply(s, 0, s.size(), 0.0, new SplittableRandom(SEED));
        assertTrue(before.sameContents(s), "dt = 0 changed the store");
        relax.apply(s, 200, 400, 50.0, new SplittableRandom(SEED));
        for (int i = 0; i < s.size(); i++) {
            if (i < 200 || i >= 400) {
                assertEquals(before.sz[i], s.sz[i], "state " + i + " outside [200, 400) changed");
            }
        }
    }

    @Test
    void rejectsNonPositiveOrInfiniteTau() {
        assertThrows(IllegalArgumentException.class, () -> new SpinRelaxation(0));
        assertThrows(IllegalArgumentException.class, () -> new SpinRelaxation(-1));
        assertThrows(IllegalArgumentException.class, () -> new SpinRelaxation(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SpinRelaxation(Double.POSITIVE_INFINITY));
        assertEquals("spin-relaxation", new SpinRelaxation(1).name());
    }
}
