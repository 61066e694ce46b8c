package spinsim.core.initial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.SpinStatistics;
import spinsim.core.observe.CellTally;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/** Fermi-Dirac filling: exact integer bookkeeping, the rounding bound, the SPIN count rules. */
class FermiDiracFillingTest {
    @Test
    void electronsAreTheNearestIntegerTiesToEven() {
        // f(ln 3) = 1/4 exactly in double: 2 n f = n/2, a tie for odd n
        assertEquals(0.25, FermiDirac.electrons(Math.log(3)), 0.0);
        assertEquals(0, FermiDiracFilling.electrons(1, Math.log(3)), "0.5 -> 0 (even)");
        assertEquals(2, FermiDiracFilling.electrons(3, Math.log(3)), "1.5 -> 2 (even)");
        assertEquals(2, FermiDiracFilling.electrons(5, Math.log(3)), "2.5 -> 2 (even)");
        assertEquals(4, FermiDiracFilling.electrons(7, Math.log(3)), "3.5 -> 4 (even)");
        assertEquals(10_000, FermiDiracFilling.electrons(10_000, 0.0));
        assertEquals(0, FermiDiracFilling.electrons(10, 50.0), "deep tail: no electron");
        assertEquals(20, FermiDiracFilling.electrons(10, -50.0), "deep tail: every place full");
    }

    @Test
    void bookkeepingIsExactAndWithinTheRoundingBound() {
        SplittableRandom rng = new SplittableRandom(0xFD1L);
        int cells = 400;
        int[] sizes = new int[cells];
        double[] x = new double[cells];
        for (int c = 0; c < cells; c++) {
            sizes[c] = 1 + rng.nextInt(5000);
            x[c] = -15 + 30 * rng.nextDouble();
        }
        CellLayout layout = CellLayout.of(sizes, x);
        Composition[] comps = FermiDiracFilling.compositions(layout, FermiDiracFilling.SpinCount.independentPlaces());
        double exactTotal = 0;
        long total = 0;
        for (int c = 0; c < cells; c++) {
            double exact = 2.0 * sizes[c] * FermiDirac.electrons(x[c]);
            long e = comps[c].electrons();
            assertEquals(sizes[c], comps[c].states(), "states of cell " + c);
            assertEquals(FermiDiracFilling.electrons(sizes[c], x[c]), e, "electrons of cell " + c);
            assertTrue(Math.abs(e - exact) <= 0.5, "cell " + c + ": " + e + " electrons for 2 n f = " + exact);
            assertTrue(Math.abs(FermiDiracFilling.filling(comps[c]) - FermiDirac.electrons(x[c])) <= 0.25 / sizes[c] + 1e-15,
                    "realised filling of cell " + c);
            assertEquals(e & 1, comps[c].nSpin() & 1, "n_SPIN has the parity of the electrons, cell " + c);
            exactTotal += exact;
            total += e;
        }
        assertTrue(Math.abs(total - exactTotal) <= cells / 2.0, "total " + total + " vs " + exactTotal);
        // the populated store holds exactly these counts
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, SpinMixture.of(new SpinComponent.Isotropic()), 0xFD1L);
        for (int c = 0; c < cells; c++) {
            CellTally t = new CellTally();
            t.accumulate(s, layout.start(c), layout.end(c));
            assertEquals(comps[c].nSpin(), t.nSpin, "n_SPIN of cell " + c);
            assertEquals(comps[c].nFull(), t.nFull, "n_FULL of cell " + c);
            assertEquals(comps[c].electrons(), t.electrons(), "electrons of cell " + c);
        }
    }

    @Test
    void spinCountRules() {
        int n = 10_001;
        for (double x : new double[] {-3, -0.4, 0, 1.5, 6}) {
            long e = FermiDiracFilling.electrons(n, x);
            double f = e / (2.0 * n);
            Composition ip = FermiDiracFilling.composition(n, x, FermiDiracFilling.SpinCount.independentPlaces());
            assertTrue(Math.abs(ip.nSpin() - 2 * f * (1 - f) * n) <= 1.0, "independent places at x = " + x + ": " + ip);
            double c = 0.1916;
            Composition eq = FermiDiracFilling.composition(n, x, FermiDiracFilling.SpinCount.equilibrium(c));
            assertTrue(Math.abs(eq.nSpin() - 2 * SpinStatistics.spin(f, 1 - f, c) * n) <= 1.0, "Eq. 18 at x = " + x + ": " + eq);
            // all SPIN requested: clamped to min(electrons, 2n - electrons)
            Composition all = FermiDiracFilling.composition(n, x, FermiDiracFilling.SpinCount.stateFraction(1.0));
            assertEquals(Composition.maxSpin(n, e), all.nSpin(), "clamped at x = " + x);
            Composition none = FermiDiracFilling.composition(n, x, FermiDiracFilling.SpinCount.stateFraction(0.0));
            assertEquals(e & 1, none.nSpin(), "no SPIN but the parity's one at x = " + x);
        }
    }
}
