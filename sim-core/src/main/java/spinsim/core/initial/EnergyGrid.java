package spinsim.core.initial;

import java.util.Arrays;
import spinsim.core.state.CellLayout;

/**
 * Energy cells for an energy-resolved run (paper Section 4): cell c represents the energy
 * x_c = (E - E_F)/kT (its {@link CellLayout} energy label), spans a width dx in x, and holds
 * n_c = round(statesAtFermi * D(x_c)/D(0)) states (round half up), so states per cell are
 * proportional to the density of states. Elastic scattering keeps an electron in its cell.
 *
 * <h2>Normalisation (Eq. 20-21)</h2>
 * D counts places (two per state, see {@link spinsim.core.analytic}). A cell of width dx at E_F
 * holds statesAtFermi states, so D(E_F) kT = 2 statesAtFermi / dx places per unit x
 * ({@link #placesPerUnitXAtFermi()}), and n_spin / (D(E_F) kT) = sum_c n_spin(c) dx /
 * (2 statesAtFermi), the midpoint rule of int (D(x)/D(0)) F_spin(x) dx with the cells' own counts.
 */
public final class EnergyGrid {
    private final double[] x;
    private final int[] states;
    private final double dx;
    private final int statesAtFermi;
    private final DensityOfStates dos;

    private EnergyGrid(double[] x, double dx, int statesAtFermi, DensityOfStates dos) {
        if (!(dx > 0) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("energy step dx must be finite and > 0, got " + dx);
        }
        if (statesAtFermi <= 0) {
            throw new IllegalArgumentException("states per cell at the Fermi energy must be > 0, got " + statesAtFermi);
        }
        if (dos == null) {
            throw new IllegalArgumentException("a density of states is required");
        }
        this.x = x;
        this.dx = dx;
        this.statesAtFermi = statesAtFermi;
        this.dos = dos;
        this.states = new int[x.length];
        for (int c = 0; c < x.length; c++) {
            if (!Double.isFinite(x[c])) {
                throw new IllegalArgumentException("cell " + c + " has energy " + x[c]);
            }
            double relative = dos.relative(x[c]);
            // round half up; a cell must hold at least one state
            double n = Math.floor(statesAtFermi * relative + 0.5);
            if (!(n >= 1)) {
                throw new IllegalArgumentException("cell " + c + " at x = " + x[c] + " would hold " + n
                        + " states (D(x)/D(0) = " + relative + "); raise statesAtFermi or narrow the range");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("cell " + c + " at x = " + x[c] + " would hold " + n + " states");
            }
            states[c] = (int) n;
        }
    }

    /**
     * Cells covering [xMin, xMax] in steps of dx: cell c spans [xMin + c dx, xMin + (c+1) dx] and
     * is labelled by its midpoint. (xMax - xMin)/dx must be a whole number (to 1e-9 relative).
     */
    public static EnergyGrid uniform(double xMin, double xMax, double dx, int statesAtFermi, DensityOfStates dos) {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMax > xMin)) {
            throw new IllegalArgumentException("need finite x_min < x_max, got [" + xMin + ", " + xMax + "]");
        }
        if (!(dx > 0) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("energy step dx must be finite and > 0, got " + dx);
        }
        double span = xMax - xMin;
        long n = Math.round(span / dx);
        if (n < 1 || Math.abs(n * dx - span) > 1e-9 * Math.max(1.0, span)) {
            throw new IllegalArgumentException("(x_max - x_min)/dx = " + span / dx + " must be a whole number >= 1");
        }
        if (n > 10_000_000) {
            throw new IllegalArgumentException("too many energy cells: " + n);
        }
        double[] x = new double[(int) n];
        for (int c = 0; c < n; c++) {
            x[c] = xMin + (c + 0.5) * dx;
        }
        return new EnergyGrid(x, dx, statesAtFermi, dos);
    }

    /**
     * Cells at chosen energies, each standing for a width dx (spot checks at a few energies; the
     * Eq. 21 sum is meaningful only when the cells tile an interval).
     */
    public static EnergyGrid at(double[] energies, double dx, int statesAtFermi, DensityOfStates dos) {
        if (energies == null || energies.length == 0) {
            throw new IllegalArgumentException("need at least one energy");
        }
        return new EnergyGrid(energies.clone(), dx, statesAtFermi, dos);
    }

    /** The cells as a layout (sizes and energy labels), in grid order. */
    public CellLayout layout() {
        return CellLayout.of(states, x);
    }

    public int cells() {
        return x.length;
    }

    /** Energy label of cell c, x = (E - E_F)/kT. */
    public double energy(int c) {
        return x[c];
    }

    /** States in cell c. */
    public int states(int c) {
        return states[c];
    }

    /** Cell width in x. */
    public double dx() {
        return dx;
    }

    /** States of a cell at the Fermi energy (D(x)/D(0) = 1). */
    public int statesAtFermi() {
        return statesAtFermi;
    }

    public DensityOfStates densityOfStates() {
        return dos;
    }

    /** D(E_F) kT in places per unit x: 2 statesAtFermi / dx (see the class doc). */
    public double placesPerUnitXAtFermi() {
        return 2.0 * statesAtFermi / dx;
    }

    @Override
    public String toString() {
        return "EnergyGrid[" + x.length + " cells, dx = " + dx + ", " + statesAtFermi + " states at E_F, D "
                + dos.describe() + ", x = " + (x.length <= 8 ? Arrays.toString(x) : "[" + x[0] + " .. " + x[x.length - 1] + "]")
                + "]";
    }
}
