package spinsim.runner.run;

import spinsim.core.analytic.AnnihilationRateConstant;
import spinsim.core.analytic.IndependentPlaces;
import spinsim.core.analytic.PolarizedSpinStatistics;
import spinsim.core.analytic.SpinProfile;
import spinsim.core.analytic.SpinStatistics;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;

/**
 * The analytic references an energy cell is held against, evaluated at the cell's realised filling
 * F_el (its integer electron count / (2 states), conserved by the dynamics), so that rounding the
 * Fermi-Dirac count introduces no error into a comparison. All come from sim-core's
 * {@code analytic} package (computed, never typed in):
 * <ul>
 *   <li>{@link #paperC()}: Eq. 15, c = (1 - pi^2/16)/2 (printed as {@code AnnihilationRateConstant.PRINTED_EQ15});</li>
 *   <li>{@link #eq18}: Eq. 17 + 10 solved (Eq. 18; Eq. 19 at F_el = f(x)) for a rate constant c;</li>
 *   <li>{@link #independent}: the independent-place Fermi-Dirac result, F_spin = F_el (1 - F_el)
 *       (Eq. 18 with c = 1/2);</li>
 *   <li>{@link #eq27}: Eq. 25-28 for a polarization x: the paper's c_eff = c (1 - x)^2 (only TIS + TIS
 *       pairs annihilate), or {@link #allPairs}, c_eff = c_TT (1 - x)^2 + 2 c_AT x (1 - x), which for a 3D
 *       rule is c (1 - x^2) = the mean of (1 - s1.s2)/2 over independent pairs whatever the shape
 *       of the angular distribution.</li>
 * </ul>
 * The smaller of F_full, F_empty is taken from the balance c_eff F_spin^2 = 2 F_full F_empty, the
 * larger from Eq. 10 (or 25), so that deep tails keep their relative precision.
 */
public final class EnergyReferences {
    private EnergyReferences() {
    }

    /** Eq. 15: (1 - pi^2/16)/2 = 0.191575, the paper's rate constant. */
    public static double paperC() {
        return AnnihilationRateConstant.planarClosedForm();
    }

    /** The rate constant a rule has for an isotropic TIS assembly (its own annihilation probability averaged). */
    public static double ruleC(String rule) {
        return AnnihilationRateConstant.forRule(rule);
    }

    /** TIA + TIS rate constant of a rule (its probability averaged over a TIS spin against a fixed axis). */
    public static double ruleTiaTisC(String rule) {
        ScatteringRule r = ScatteringRules.byName(rule);
        return AnnihilationRateConstant.tiaTis(r);
    }

    /** The independent-place profile at realised filling f (an infinite cell). */
    public static SpinProfile independent(double f) {
        return IndependentPlaces.profileForFilling(f);
    }

    /**
     * The independent-place profile of a closed cell of {@code states} states holding exactly
     * e = 2 n f electrons: the e electrons placed uniformly on the 2n places (the canonical version
     * of the Fermi-Dirac filling), so a state is SPIN with probability 2 f (2n - e)/(2n - 1), i.e.
     * F_spin = f (1 - f) 2n/(2n - 1); F_full and F_empty follow from Eq. 10. It is also exact for the
     * paper rule's sweep: with c = 1/2 the stationary balance c E[n_S (n_S - 1)] = 2 E[n_F n_E] of a
     * random matching reduces to n_S (2n - 1) = e (2n - e), whatever the variance of n_S.
     */
    public static SpinProfile independent(double f, long states) {
        double n2 = 2.0 * states;
        double fSpin = f * (1 - f) * n2 / (n2 - 1);
        return new SpinProfile(fSpin, 0.0, 0.5 * (f - fSpin), 0.5 * (1 - f - fSpin));
    }

    /** Eq. 18 at realised filling f with rate constant c (no polarization). */
    public static SpinProfile eq18(double f, double c) {
        return profile(f, c, 0.0);
    }

    /** Eq. 27-28 as printed at realised filling f: c_eff = c (1 - x)^2. */
    public static SpinProfile eq27(double f, double c, double polarization) {
        return profile(f, PolarizedSpinStatistics.paperRateConstant(clamp(polarization), c), clamp(polarization));
    }

    /** All pairs annihilate: c_eff = cTT (1 - x)^2 + 2 cAT x (1 - x). */
    public static SpinProfile allPairs(double f, double cTisTis, double cTiaTis, double polarization) {
        double x = clamp(polarization);
        return profile(f, PolarizedSpinStatistics.allPairsRateConstant(x, cTisTis, cTiaTis), x);
    }

    /** F_spin = Eq. 18 with c_eff at filling f, split into TIA and TIS by x, F_full and F_empty by Eq. 25 and the balance. */
    public static SpinProfile profile(double f, double cEffective, double polarization) {
        double h = 1.0 - f;
        double fSpin = SpinStatistics.spin(f, h, cEffective);
        double full = 0.5 * (f - fSpin);
        double empty = 0.5 * (h - fSpin);
        if (full >= empty) {
            empty = full > 0 ? cEffective * fSpin * fSpin / (2.0 * full) : 0.0;
        } else {
            full = empty > 0 ? cEffective * fSpin * fSpin / (2.0 * empty) : 0.0;
        }
        return new SpinProfile((1.0 - polarization) * fSpin, polarization * fSpin, full, empty);
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0.0 : Math.max(0.0, Math.min(1.0, x));
    }
}
