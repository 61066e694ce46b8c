package spinsim.core.analytic;

/**
 * The Fermi-Dirac reference of independent places: each of the two places (spin up, spin down)
 * of a state is filled independently with probability f = f(x). Then the state fractions are
 * P(SPIN) = 2 f (1 - f), P(FULL) = f^2, P(EMPTY) = (1 - f)^2, and in the paper's normalisation
 * (F_k = n_k/(2 n_states) = P(k)/2)
 * <pre>
 *   F_spin = f (1 - f),  F_full = f^2 / 2,  F_empty = (1 - f)^2 / 2,
 * </pre>
 * which satisfy Eq. 10 (F_spin + 2 F_full = f). The Eq. 21 integral is exact:
 * int f(1-f) dx = -int df/dx dx = f(-inf) - f(+inf) = 1, so n_spin = D(E_F) kT.
 *
 * <h2>Which dynamics gives this</h2>
 * It is Eq. 17 with c = 1/2: c F_spin^2 = 2 F_full F_empty reads f^2(1-f)^2/2 = 2 (f^2/2)((1-f)^2/2),
 * an identity; equivalently c P(S)^2 = 2 P(F) P(E) reads (1/2) 4 f^2 (1-f)^2 = 2 f^2 (1-f)^2. The
 * 3D {@code paper} rule with isotropic spins has c = 1/2 (see {@link AnnihilationRateConstant}),
 * so its Monte Carlo should follow this reference, not Eq. 19 with 0.1916. It is also detailed
 * balance for two states sharing two electrons: of the 6 ways to put two electrons into 4 places,
 * 4 are SPIN + SPIN and 2 are FULL + EMPTY; (4/6) * 1/2 = (2/6) * 1.
 */
public final class IndependentPlaces {
    private IndependentPlaces() {
    }

    /** F_spin, F_full, F_empty at x. */
    public static SpinProfile profile(double x) {
        double f = FermiDirac.electrons(x);
        double h = FermiDirac.holes(x);
        return new SpinProfile(FermiDirac.electronsTimesHoles(x), 0.0, 0.5 * f * f, 0.5 * h * h);
    }

    /** The profile for a realised filling F_el = f (a cell's integer electron count / (2 n_states)). */
    public static SpinProfile profileForFilling(double f) {
        double h = 1.0 - f;
        return new SpinProfile(f * h, 0.0, 0.5 * f * f, 0.5 * h * h);
    }

    /** P(SPIN) = 2 f (1 - f): the fraction of states that are SPIN. */
    public static double spinStateFraction(double f) {
        return 2.0 * f * (1.0 - f);
    }

    /** Eq. 21 for this reference, exactly 1 (in units of D(E_F) kT, constant D). */
    public static double spinIntegral() {
        return 1.0;
    }
}
