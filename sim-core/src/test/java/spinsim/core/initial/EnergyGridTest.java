package spinsim.core.initial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import spinsim.core.state.CellLayout;

/** Energy cells: labels at midpoints, states proportional to D(x), the Eq. 21 normaliser. */
class EnergyGridTest {
    @Test
    void uniformGridHasMidpointLabelsAndEqualCellsForConstantD() {
        EnergyGrid g = EnergyGrid.uniform(-3, 3, 0.5, 1000, DensityOfStates.constant());
        assertEquals(12, g.cells());
        CellLayout layout = g.layout();
        assertEquals(12, layout.cells());
        for (int c = 0; c < g.cells(); c++) {
            assertEquals(-3 + (c + 0.5) * 0.5, g.energy(c), 1e-15, "label of cell " + c);
            assertEquals(g.energy(c), layout.energy(c), 0.0);
            assertEquals(1000, layout.size(c), "states of cell " + c);
        }
        assertEquals(12_000, layout.totalStates());
        // D(E_F) kT in places per unit x: 2 * 1000 states / 0.5
        assertEquals(4000.0, g.placesPerUnitXAtFermi(), 0.0);
    }

    @Test
    void tabulatedDensityIsInterpolatedLinearlyAndRelativeToTheFermiLevel() {
        // D = 2 at x = -4, 4 at x = 0 (interpolated between -1 and 1), 8 at x = 4
        DensityOfStates d = DensityOfStates.tabulated(new double[] {-4, -1, 1, 4}, new double[] {2, 3.5, 4.5, 8});
        assertEquals(1.0, d.relative(0), 1e-15);
        assertEquals(0.5, d.relative(-4), 1e-15);
        assertEquals(3.5 / 4, d.relative(-1), 1e-15);
        assertEquals((3.5 + 0.25 * 1.0) / 4, d.relative(-0.5), 1e-15);
        assertEquals(2.0, d.relative(4), 1e-15);
        EnergyGrid g = EnergyGrid.uniform(-4, 4, 1, 1001, d);
        for (int c = 0; c < g.cells(); c++) {
            double expected = Math.floor(1001 * d.relative(g.energy(c)) + 0.5);
            assertEquals((long) expected, g.states(c), "states at x = " + g.energy(c));
        }
        assertThrows(IllegalArgumentException.class, () -> d.relative(4.5), "outside the table");
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.uniform(-5, 5, 1, 100, d));
    }

    @Test
    void rejectsInconsistentInput() {
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.uniform(-1, 1, 0.3, 10, DensityOfStates.constant()),
                "(x_max - x_min)/dx not whole");
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.uniform(1, -1, 0.5, 10, DensityOfStates.constant()));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.uniform(-1, 1, 0.5, 0, DensityOfStates.constant()));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.at(new double[] {}, 1, 10, DensityOfStates.constant()));
        assertThrows(IllegalArgumentException.class,
                () -> DensityOfStates.tabulated(new double[] {0.5, 1}, new double[] {1, 1}), "table without E_F");
        assertThrows(IllegalArgumentException.class,
                () -> DensityOfStates.tabulated(new double[] {-1, 0, 1}, new double[] {1, 0, 1}), "D(E_F) = 0");
        assertThrows(IllegalArgumentException.class,
                () -> DensityOfStates.tabulated(new double[] {-1, 1, 1}, new double[] {1, 1, 1}), "not increasing");
        // a band edge: D falls to 0, the cell there would hold no state
        DensityOfStates edge = DensityOfStates.tabulated(new double[] {-2, 0, 2}, new double[] {0, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnergyGrid.uniform(-2, 2, 1, 1, edge));
        assertTrue(e.getMessage().contains("would hold"), e.getMessage());
    }

    @Test
    void cellsAtChosenEnergies() {
        EnergyGrid g = EnergyGrid.at(new double[] {-2, 0, 1.5}, 1.0, 5000, DensityOfStates.constant());
        assertEquals(3, g.cells());
        assertEquals(1.5, g.layout().energy(2), 0.0);
        assertEquals(5000, g.layout().size(1));
    }
}
