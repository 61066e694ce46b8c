package spinsim.core.analytic;

/**
 * The equilibrium spin statistics with spin polarization x_pol = n_TIA/(n_TIA + n_TIS) (Eq. 24),
 * Eq. 25-28, and their Boltzmann tails, Eq. 30. Conventions in {@link spinsim.core.analytic}.
 *
 * <h2>Reconstruction of Eq. 25-28</h2>
 * Eq. 25: F_el = F_spin,TIA + F_spin,TIS + 2 F_full, F_h = F_spin,TIA + F_spin,TIS + 2 F_empty.
 * Eq. 26: F_spin,TIA = F_spin,TIS x_pol/(1 - x_pol), i.e. with F_spin = F_spin,TIA + F_spin,TIS,
 * F_spin,TIS = (1 - x_pol) F_spin and F_spin,TIA = x_pol F_spin. The paper then keeps Eq. 17 with
 * only the TIS spins annihilating, c F_spin,TIS^2 = 2 F_full F_empty, i.e. Eq. 17 for the total
 * F_spin with the effective constant c_eff = c (1 - x_pol)^2. Its solution (Eq. 18 with c_eff) is
 * <pre>
 *   F_spin,TIS = (1 - x_pol)/(2a) [1 - sqrt(1 - 2a/(1 + cosh x))],  a = 1 - 2c(1 - x_pol)^2
 *   F_spin,TIA =  x_pol     /(2a) [1 - sqrt(1 - 2a/(1 + cosh x))]
 * </pre>
 * which is Eq. 27-28 as printed (2c = 0.3832).
 *
 * <h2>All pairs</h2>
 * The paper's balance leaves out TIA + TIS encounters. A TIA spin (along z) meets a TIS spin at an
 * angle theta of density sin(theta)/2 and annihilates with mean probability c_AT (1/2 for the
 * paper's sin^2, both in 3D and in the planar picture, see
 * {@link AnnihilationRateConstant#tiaTis}); TIA + TIA pairs are parallel and never annihilate.
 * Averaging over a random pair of the spin population gives
 * c_eff = c_TT (1 - x_pol)^2 + 2 c_AT x_pol (1 - x_pol), which {@link #allPairs} uses. For a 3D
 * rule c_AT = c_TT = c and c_eff = c (1 - x_pol^2). Which one a Monte Carlo with a polarizing
 * process follows is for the Monte Carlo to decide.
 *
 * <h2>Eq. 30</h2>
 * For |x| &gt;&gt; 1 (Eq. 29, the paper states x &gt;&gt; 1; Eq. 27-28 depend on x only through cosh x,
 * so the holes' tail x &lt;&lt; -1 is the same), f(1-f) -&gt; e^{-|x|} and F_spin -&gt; e^{-|x|}:
 * F_spin,TIS ~ (1 - x_pol) e^{-|x|}, F_spin,TIA ~ x_pol e^{-|x|}, with relative corrections
 * -(1 + 2 c_eff) e^{-|x|} + O(e^{-2|x|}) (see {@link SpinStatistics}).
 */
public final class PolarizedSpinStatistics {
    private PolarizedSpinStatistics() {
    }

    /** The paper's effective constant: only TIS + TIS pairs annihilate, c_eff = c (1 - x_pol)^2. */
    public static double paperRateConstant(double polarization, double cTisTis) {
        checkPolarization(polarization);
        return cTisTis * (1.0 - polarization) * (1.0 - polarization);
    }

    /** All pairs: c_eff = c_TT (1 - x_pol)^2 + 2 c_AT x_pol (1 - x_pol) (TIA + TIA never annihilate). */
    public static double allPairsRateConstant(double polarization, double cTisTis, double cTiaTis) {
        checkPolarization(polarization);
        return cTisTis * (1.0 - polarization) * (1.0 - polarization)
                + 2.0 * cTiaTis * polarization * (1.0 - polarization);
    }

    /** Eq. 27-28 as printed: the profile at x for polarization x_pol and TIS + TIS constant c. */
    public static SpinProfile paper(double x, double polarization, double cTisTis) {
        return profile(x, polarization, paperRateConstant(polarization, cTisTis));
    }

    /** The profile at x when every pair of the spin population may annihilate (see class doc). */
    public static SpinProfile allPairs(double x, double polarization, double cTisTis, double cTiaTis) {
        return profile(x, polarization, allPairsRateConstant(polarization, cTisTis, cTiaTis));
    }

    /**
     * The profile at x for polarization x_pol when the total SPIN population annihilates with the
     * effective constant {@code cEffective}: Eq. 18 for F_spin, split by Eq. 26, F_full and F_empty
     * from Eq. 25.
     */
    public static SpinProfile profile(double x, double polarization, double cEffective) {
        checkPolarization(polarization);
        double fSpin = SpinStatistics.spinAt(x, cEffective);
        return SpinStatistics.profileOf(FermiDirac.electrons(x), FermiDirac.holes(x), fSpin, cEffective, polarization);
    }

    /**
     * Eq. 30: the Boltzmann tails F_spin,TIS = (1 - x_pol) e^{-|x|}, F_spin,TIA = x_pol e^{-|x|};
     * valid for |x| &gt;&gt; 1. To the same (leading) order the majority occupation comes from Eq. 25
     * (F_empty = (F_h - F_spin)/2 above E_F, F_full = (F_el - F_spin)/2 below) and the minority one,
     * of order e^{-2|x|}, is 0.
     */
    public static SpinProfile boltzmannTail(double x, double polarization) {
        checkPolarization(polarization);
        double e = Math.exp(-Math.abs(x));
        double full = x < 0 ? 0.5 * (FermiDirac.electrons(x) - e) : 0.0;
        double empty = x < 0 ? 0.0 : 0.5 * (FermiDirac.holes(x) - e);
        return new SpinProfile((1.0 - polarization) * e, polarization * e, full, empty);
    }

    /** Eq. 21 with polarization: int F_spin dx (TIA + TIS) in units of D(E_F) kT, constant D. */
    public static double spinIntegral(double cEffective) {
        return SpinStatistics.spinIntegral(cEffective);
    }

    static void checkPolarization(double polarization) {
        if (!(polarization >= 0 && polarization <= 1)) {
            throw new IllegalArgumentException("polarization must be in [0, 1], got " + polarization);
        }
    }
}
