package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/** The s-d exchange field (Eq. 46-47): the field kernel about a per-cell d-electron direction. */
class ExchangeFieldTest {
    private static final long SEED = 0xE7C4_0001L;

    @Test
    void uniformFerromagnetIsTheFieldProcessBitForBit() {
        double[] axis = {1, -1, 2};
        PrecessionParameters p = new PrecessionParameters(3.0, 0.8);
        StateStore a = FieldPrecessionTest.randomStore(5_000, SEED);
        StateStore b = a.copy();
        ExchangeField exchange = ExchangeField.uniform(axis, p);
        FieldPrecession field = new FieldPrecession(axis, p);
        for (int k = 0; k < 7; k++) {
            exchange.apply(a, 0, a.size(), 0.3, null);
            field.apply(b, 0, b.size(), 0.3, null);
        }
        assertTrue(a.sameContents(b), "exchange-field and field-precession differ on the same axis and rates");
    }

    @Test
    void eachCellTurnsTowardItsOwnDElectronDirection() {
        CellLayout layout = CellLayout.of(new int[] {1_000, 1_500, 700}, new double[3]);
        double[][] axes = {{0, 0, 1}, {1, 0, 0}, {0, -2, 0}};
        StateStore s = FieldPrecessionTest.randomStore(layout.totalStates(), SEED + 1);
        StateStore perCell = s.copy();
        ExchangeField exchange = ExchangeField.perCell(layout, axes, new PrecessionParameters(1.0, 2.0));
        // one range over all cells is cut into the cells' segments ...
        for (int k = 0; k < 20; k++) {
            exchange.apply(s, 0, s.size(), 1.0, null);
        }
        // ... and gives the same as applying cell by cell
        for (int k = 0; k < 20; k++) {
            for (int c = 0; c < layout.cells(); c++) {
                exchange.apply(perCell, layout.start(c), layout.end(c), 1.0, null);
            }
        }
        assertTrue(s.sameContents(perCell), "a range across cells differs from cell-by-cell application");
        // t = 20 t_lambda: tan(theta/2) shrinks by e^-20, so every spin is on its cell's axis
        for (int c = 0; c < layout.cells(); c++) {
            double[] h = TestSupport.normalize(axes[c]);
            assertArrayEquals(h, exchange.axisAt(layout.start(c)), 1e-15);
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (s.kind[i] == Kind.SPIN_CODE) {
                    double cos = TestSupport.dot(TestSupport.vec(s, i), h);
                    assertTrue(cos > 1 - 1e-6, "cell " + c + " state " + i + ": cos to the d direction " + cos);
                }
            }
        }
    }

    @Test
    void physicalUnitsFollowEq47LikeEq34() {
        ExchangeField e = ExchangeField.fromPhysicalUnits(new double[] {0, 0, 1}, 0.5, 2.0, 1e30, 1e-13);
        FieldPrecession f = FieldPrecession.fromPhysicalUnits(new double[] {0, 0, 1}, 0.5, 2.0, 1e30, 1e-13);
        assertEquals(f.tLambda(), e.tLambda(), 0.0);
        assertEquals(f.omegaL(), e.omega(), 0.0);
    }

    @Test
    void rejectsBadAxesAndRanges() {
        CellLayout layout = CellLayout.uniform(2, 10);
        PrecessionParameters p = new PrecessionParameters(1, 0);
        assertThrows(IllegalArgumentException.class, () -> ExchangeField.perCell(layout, new double[][] {{0, 0, 1}}, p));
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeField.perCell(layout, new double[][] {{0, 0, 1}, {0, 0, 0}}, p));
        ExchangeField e = ExchangeField.perCell(layout, new double[][] {{0, 0, 1}, {1, 0, 0}}, p);
        StateStore s = new StateStore(30);
        assertThrows(IndexOutOfBoundsException.class, () -> e.apply(s, 0, 30, 1.0, null));
        assertEquals("exchange-field", e.name());
    }
}
