package spinsim.core.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@link LatticeSpinDiffusion} against exact solutions of the lattice equation. No randomness: the
 * tolerances are the integrator's (fourth order, steps of 0.001 / rate: ~1e-11 relative over these
 * spans), loosened to 1e-9.
 */
class LatticeSpinDiffusionTest {
    private static final double TOL = 1e-9;

    @Test
    void aHelixOnARingKeepsItsDirectionsAndDecaysAtTwiceRateTimesOneMinusCos() {
        // a helix closing on the ring is an eigenmode: S_c(t) = S_c(0) exp(-2 rate (1 - cos dtheta) t)
        int cells = 36;
        double dTheta = 2 * Math.PI * 3 / cells;
        double rate = 0.1;
        double[][] s0 = new double[cells][];
        for (int c = 0; c < cells; c++) {
            s0[c] = new double[] {Math.cos(c * dTheta), Math.sin(c * dTheta), 0.25};
        }
        double[] t = {0, 0.5, 4, 12};
        double[][][] s = new LatticeSpinDiffusion(rate, true).evolve(s0, t);
        for (int k = 0; k < t.length; k++) {
            double f = Math.exp(-2 * rate * (1 - Math.cos(dTheta)) * t[k]);
            for (int c = 0; c < cells; c++) {
                assertEquals(f * s0[c][0], s[k][c][0], TOL, "x, cell " + c + ", t " + t[k]);
                assertEquals(f * s0[c][1], s[k][c][1], TOL, "y, cell " + c + ", t " + t[k]);
                // the uniform part does not diffuse
                assertEquals(0.25, s[k][c][2], TOL, "z, cell " + c + ", t " + t[k]);
            }
        }
    }

    @Test
    void aCosineModeOfAClosedChainDecaysAtTwiceRateTimesOneMinusCos() {
        // with no flux through the ends, cos(pi k (c + 1/2) / C) is an eigenmode decaying at
        // 2 rate (1 - cos(pi k / C)); treated as a ring (the other boundary) it is not one, and the
        // end cells would be off by ~0.1 at t = 4
        int cells = 12;
        int k = 3;
        double rate = 0.2;
        double[][] s0 = new double[cells][];
        for (int c = 0; c < cells; c++) {
            s0[c] = new double[] {0, Math.cos(Math.PI * k * (c + 0.5) / cells), 0};
        }
        double[] t = {0, 1, 4};
        double[][][] s = new LatticeSpinDiffusion(rate, false).evolve(s0, t);
        for (int i = 0; i < t.length; i++) {
            double f = Math.exp(-2 * rate * (1 - Math.cos(Math.PI * k / cells)) * t[i]);
            for (int c = 0; c < cells; c++) {
                assertEquals(f * s0[c][1], s[i][c][1], TOL, "cell " + c + ", t " + t[i]);
            }
        }
    }

    @Test
    void twoCellsShareOneBondOnAClosedChainAndOnARing() {
        // closed: dS_0/dt = rate (S_1 - S_0), so S_0 = (1 + exp(-2 rate t)) / 2; a ring of two has
        // its one bond once, as CellDiffusion.bonds(2) == 1. A swapped boundary fails by ~0.1.
        double rate = 0.3;
        double[][] s0 = {{1, 0, 0}, {0, 0, 0}};
        double[] t = {0, 1, 3};
        double[][][] closed = new LatticeSpinDiffusion(rate, false).evolve(s0, t);
        double[][][] ring = new LatticeSpinDiffusion(rate, true).evolve(s0, t);
        for (int k = 0; k < t.length; k++) {
            assertEquals((1 + Math.exp(-2 * rate * t[k])) / 2, closed[k][0][0], TOL, "closed, t " + t[k]);
            assertEquals((1 - Math.exp(-2 * rate * t[k])) / 2, closed[k][1][0], TOL, "closed, t " + t[k]);
            assertEquals((1 + Math.exp(-2 * rate * t[k])) / 2, ring[k][0][0], TOL, "ring, t " + t[k]);
        }
    }

    @Test
    void theTotalIsConservedAtTheEndsToo() {
        int cells = 7;
        double[][] s0 = new double[cells][];
        for (int c = 0; c < cells; c++) {
            s0[c] = new double[] {c * c, Math.sin(c), c == 3 ? 5 : 0};
        }
        for (boolean periodic : new boolean[] {true, false}) {
            double[][][] s = new LatticeSpinDiffusion(0.7, periodic).evolve(s0, new double[] {0, 2.5});
            for (int j = 0; j < 3; j++) {
                double before = 0;
                double after = 0;
                for (int c = 0; c < cells; c++) {
                    before += s0[c][j];
                    after += s[1][c][j];
                }
                assertEquals(before, after, TOL * Math.max(1, Math.abs(before)), "component " + j + ", periodic " + periodic);
            }
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LatticeSpinDiffusion(0, true));
        assertThrows(IllegalArgumentException.class, () -> new LatticeSpinDiffusion(Double.POSITIVE_INFINITY, true));
        LatticeSpinDiffusion d = new LatticeSpinDiffusion(1, true);
        assertThrows(IllegalArgumentException.class, () -> d.evolve(new double[][] {{1, 0, 0}}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> d.evolve(new double[][] {{1, 0, 0}, {0, 1, 0}}, new double[] {1, 0}));
    }
}
