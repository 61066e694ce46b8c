package spinsim.core.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import spinsim.core.state.CellLayout;

/** The F normalisation per cell (Eq. 10 exactly for integer counts) and the Eq. 21 sum. */
class EnergyProfileTest {
    private static CellTally tally(long empty, long full, long spin, double sz) {
        CellTally t = new CellTally();
        t.nEmpty = empty;
        t.nFull = full;
        t.nSpin = spin;
        t.sz = sz;
        return t;
    }

    @Test
    void fFunctionsAreCountsOverTwiceTheStates() {
        CellLayout layout = CellLayout.of(new int[] {100, 40}, new double[] {-1.0, 2.0});
        CellTally[] cells = {tally(10, 60, 30, 12.0), tally(25, 1, 14, 0.0)};
        EnergyProfile p = EnergyProfile.of(layout, cells);
        assertEquals(2, p.cells());
        assertEquals(-1.0, p.energy(0), 0.0);
        assertEquals(30 / 200.0, p.fSpin(0), 0.0);
        assertEquals(60 / 200.0, p.fFull(0), 0.0);
        assertEquals(10 / 200.0, p.fEmpty(0), 0.0);
        assertEquals((30 + 120) / 200.0, p.fElectrons(0), 0.0);
        assertEquals(12.0 / 200.0, p.fTia(0), 1e-15);
        assertEquals(18.0 / 200.0, p.fTis(0), 1e-15);
        for (int c = 0; c < 2; c++) {
            assertEquals(p.fElectrons(c), p.fSpin(c) + 2 * p.fFull(c), 1e-15, "Eq. 10, cell " + c);
            assertEquals(p.fHoles(c), p.fSpin(c) + 2 * p.fEmpty(c), 1e-15, "Eq. 10 holes, cell " + c);
            assertEquals(1.0, p.fElectrons(c) + p.fHoles(c), 1e-15, "cell " + c);
            assertEquals(0.5, p.fSpin(c) + p.fFull(c) + p.fEmpty(c), 1e-15, "cell " + c);
        }
        // Eq. 21: N_F = 100 states per cell of width 0.5 -> 400 places per unit x
        assertEquals((30 + 14) / 400.0, p.spinIntegral(400.0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> p.spinIntegral(0));
        assertThrows(IllegalArgumentException.class,
                () -> EnergyProfile.of(layout, new CellTally[] {tally(1, 1, 1, 0)}));
    }
}
