package spinsim.core.analytic;

/**
 * The occupation of the states of one energy in the paper's F normalisation
 * (F_k = n_k / (2 n_states), see {@link spinsim.core.analytic}): SPIN states of the TIS and TIA
 * assemblies, FULL and EMPTY states. F_spin + F_full + F_empty = 1/2.
 */
public record SpinProfile(double fSpinTis, double fSpinTia, double fFull, double fEmpty) {

    /** F_spin = F_spin,TIS + F_spin,TIA. */
    public double fSpin() {
        return fSpinTis + fSpinTia;
    }

    /** F_electrons = F_spin + 2 F_full (Eq. 10, Eq. 25). */
    public double fElectrons() {
        return fSpin() + 2.0 * fFull;
    }

    /** F_holes = F_spin + 2 F_empty (Eq. 10, Eq. 25). */
    public double fHoles() {
        return fSpin() + 2.0 * fEmpty;
    }

    /** Fraction of states that are SPIN: P(SPIN) = 2 F_spin. */
    public double spinStateFraction() {
        return 2.0 * fSpin();
    }
}
