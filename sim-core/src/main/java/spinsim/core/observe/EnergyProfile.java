package spinsim.core.observe;

import spinsim.core.state.CellLayout;

/**
 * Per-cell occupations of an energy-resolved run in the paper's normalisation (MODEL.md
 * section 5): F_k = n_k / (2 n_states) for k in {SPIN, FULL, EMPTY}, so that
 * F_electrons = F_spin + 2 F_full and F_holes = F_spin + 2 F_empty (Eq. 10) hold exactly for the
 * integer counts, and F_spin + F_full + F_empty = 1/2. Also F_TIA = n_TIA/(2 n_states) with the
 * emergent n_TIA = |S| of {@link CellTally} (biased upward by about sqrt(n_SPIN) when the true
 * accumulation is near zero) and F_TIS = F_spin - F_TIA.
 *
 * <p>{@link #spinIntegral} is Eq. 20-21 in units of D(E_F) kT: D counts places, so a cell of width
 * dx at E_F with N_F states has D(E_F) kT = 2 N_F/dx places per unit x, and
 * n_spin / (D(E_F) kT) = sum_c n_spin(c) / (2 N_F / dx).
 *
 * <p>An immutable snapshot of one tally; averaging over steps or replicas is the caller's.
 */
public final class EnergyProfile {
    private final double[] x;
    private final long[] states;
    private final long[] nSpin;
    private final long[] nFull;
    private final long[] nEmpty;
    private final double[] nTia;

    private EnergyProfile(int cells) {
        x = new double[cells];
        states = new long[cells];
        nSpin = new long[cells];
        nFull = new long[cells];
        nEmpty = new long[cells];
        nTia = new double[cells];
    }

    /** The profile of per-cell tallies (one per cell of {@code layout}, in layout order). */
    public static EnergyProfile of(CellLayout layout, CellTally[] cells) {
        if (cells.length != layout.cells()) {
            throw new IllegalArgumentException("need one tally per cell: " + cells.length + " tallies, "
                    + layout.cells() + " cells");
        }
        EnergyProfile p = new EnergyProfile(cells.length);
        for (int c = 0; c < cells.length; c++) {
            CellTally t = cells[c];
            if (t.states() != layout.size(c)) {
                throw new IllegalArgumentException("cell " + c + " tally has " + t.states() + " states, layout "
                        + layout.size(c));
            }
            p.x[c] = layout.energy(c);
            p.states[c] = t.states();
            p.nSpin[c] = t.nSpin;
            p.nFull[c] = t.nFull;
            p.nEmpty[c] = t.nEmpty;
            p.nTia[c] = t.nTia();
        }
        return p;
    }

    /** The profile of a {@link Tally}'s per-cell tallies. */
    public static EnergyProfile of(CellLayout layout, Tally tally) {
        return of(layout, tally.cells());
    }

    public int cells() {
        return x.length;
    }

    /** Energy label x = (E - E_F)/kT of cell c. */
    public double energy(int c) {
        return x[c];
    }

    public long states(int c) {
        return states[c];
    }

    public long nSpin(int c) {
        return nSpin[c];
    }

    public double fSpin(int c) {
        return nSpin[c] / (2.0 * states[c]);
    }

    public double fFull(int c) {
        return nFull[c] / (2.0 * states[c]);
    }

    public double fEmpty(int c) {
        return nEmpty[c] / (2.0 * states[c]);
    }

    /** F_electrons = (n_SPIN + 2 n_FULL)/(2 n_states): the cell's realised filling. */
    public double fElectrons(int c) {
        return (nSpin[c] + 2.0 * nFull[c]) / (2.0 * states[c]);
    }

    /** F_holes = (n_SPIN + 2 n_EMPTY)/(2 n_states) = 1 - F_electrons. */
    public double fHoles(int c) {
        return (nSpin[c] + 2.0 * nEmpty[c]) / (2.0 * states[c]);
    }

    /** F_TIA = |S|/(2 n_states) (biased estimator, see the class doc). */
    public double fTia(int c) {
        return nTia[c] / (2.0 * states[c]);
    }

    /** F_TIS = F_spin - F_TIA. */
    public double fTis(int c) {
        return fSpin(c) - fTia(c);
    }

    /**
     * Eq. 20-21: n_spin / (D(E_F) kT) = sum_c n_spin(c) / placesPerUnitXAtFermi, where
     * placesPerUnitXAtFermi = 2 N_F/dx (e.g. {@code EnergyGrid.placesPerUnitXAtFermi()}).
     * Meaningful when the cells tile an energy interval with width dx each.
     */
    public double spinIntegral(double placesPerUnitXAtFermi) {
        if (!(placesPerUnitXAtFermi > 0) || Double.isInfinite(placesPerUnitXAtFermi)) {
            throw new IllegalArgumentException("places per unit x at E_F must be finite and > 0, got "
                    + placesPerUnitXAtFermi);
        }
        long sum = 0;
        for (long n : nSpin) {
            sum += n;
        }
        return sum / placesPerUnitXAtFermi;
    }
}
