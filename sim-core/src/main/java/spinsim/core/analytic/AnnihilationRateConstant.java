package spinsim.core.analytic;

import java.util.function.DoubleUnaryOperator;
import spinsim.core.rule.PaperPlanarRule;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.rule.SpinConservingRule;

/**
 * The SPIN -> FULL + EMPTY rate constant c of Eq. 12-15: the mean probability that an encounter of
 * two SPIN states of the TIS assembly ends as FULL + EMPTY, so that (in the F normalisation of
 * {@link spinsim.core.analytic}) dF_spin/dt = -c p_scattering F_spin^2 (Eq. 15).
 *
 * <h2>Eq. 14 as the paper writes it</h2>
 * With the TIS distribution of polar angles F_spin(theta) = 0.5 F_spin sin(theta) (Eq. 13),
 * <pre>
 *   c = 2 * int_0^pi dtheta1 0.5 sin(theta1) int_0^theta1 dtheta2 0.5 sin(theta2) sin^2((theta1 - theta2)/2)
 * </pre>
 * The factor 2 with theta2 &lt; theta1 is the full square [0, pi]^2 (the integrand is symmetric),
 * so c is the average of sin^2((theta1 - theta2)/2) over two independent polar angles of density
 * sin(theta)/2. Since sin^2(u/2) = (1 - cos u)/2 and
 * &lt;cos(theta1 - theta2)&gt; = &lt;cos&gt;^2 + &lt;sin&gt;^2 = 0 + (pi/4)^2,
 * c = (1 - pi^2/16)/2 = 0.19157 (Eq. 15, printed 0.1916). This is the rate constant of the
 * {@code paper-planar} rule <em>if</em> its spins had the distribution sin(theta)/2.
 *
 * <h2>The true 3D average</h2>
 * Eq. 14 takes theta1 - theta2 as the angle between the spins, which holds only when both lie in
 * one half-plane through the z-axis. For two independent isotropic directions the angle phi
 * between them has cos(phi) = s1.s2 uniform on [-1, 1] (Archimedes; equivalently
 * cos phi = cos th1 cos th2 + sin th1 sin th2 cos(dAzimuth), whose azimuthal average kills the second
 * term), so c = &lt;sin^2(phi/2)&gt; = &lt;(1 - s1.s2)/2&gt; = 1/2 for the {@code paper} rule and 1/4 for
 * {@code spin-conserving} (probability sin^2(phi/2)/2).
 *
 * <h2>What a Monte Carlo with sweep pairing balances</h2>
 * In one sweep step a cell of N states forms N/2 pairs; a pair is SPIN + SPIN with probability
 * P(S)^2 and FULL + EMPTY (either order) with probability 2 P(F) P(E) (large N, P = state
 * fractions). Each annihilation removes two SPIN states, each creation adds two, so
 * dP(S)/dt = -c P(S)^2 + 2 P(F) P(E) and the stationary state satisfies c P(S)^2 = 2 P(F) P(E),
 * i.e. c F_spin^2 = 2 F_full F_empty with F = P/2: the paper's Eq. 17 with the rule's own c, where
 * c is the annihilation probability averaged over the <em>stationary</em> distribution of the
 * relative angle of two SPIN states met at random. The rule's dynamics is rotation invariant
 * and, for large cells, partners are independent draws (a new random matching every step), so
 * for an isotropic start the 3D rules keep isotropic marginals and c is the value above.
 * For {@code paper-planar} the stationary polar-angle distribution is not sin(theta)/2 (mergers
 * pull angles to their mean, creation makes pairs theta, pi - theta), so the value of
 * {@link #planarClosedForm()} is only the paper's assumption; the Monte Carlo measures the
 * effective c (see {@link SpinStatistics#impliedRateConstant}). Measured (sim-core test
 * {@code EnergyEquilibriumMonteCarloTest}): the mean-angle merges are a 1D consensus dynamics, all
 * polar angles collapse onto pi/2 within ~100 t_sc, the effective c falls to 0 and a cell ends in
 * the absorbing state F_spin = min(F_el, F_h) (Eq. 18 with c = 0). In 3D the bisector merge
 * conserves s1 + s2 exactly (|s1 + s2| = 2 cos(phi/2)), so an isotropic gas with S ~ 0 cannot align.
 */
public final class AnnihilationRateConstant {
    private AnnihilationRateConstant() {
    }

    /**
     * Eq. 15 as the paper prints it, 0.1916: a reference only, held against {@link #planarClosedForm()}
     * (which the engine and every reference curve use) to check the paper's rounding, and quoted where
     * a text or table shows "c rounded to 0.1916".
     */
    public static final double PRINTED_EQ15 = 0.1916;

    /** Eq. 15 closed form: (1 - pi^2/16)/2 = 0.191575. */
    public static double planarClosedForm() {
        return 0.5 * (1.0 - Math.PI * Math.PI / 16.0);
    }

    /** 1/2: &lt;sin^2(phi/2)&gt; over two independent isotropic 3D directions (paper rule). */
    public static double isotropicClosedForm() {
        return 0.5;
    }

    /** Eq. 14 evaluated numerically (nested Gauss-Legendre), for the paper's sin^2 probability. */
    public static double planarIntegral() {
        return planarAverage(cosPhi -> 0.5 * (1.0 - cosPhi));
    }

    /**
     * Eq. 14 for an annihilation probability p(cos phi): numerically,
     * 2 int_0^pi dth1 0.5 sin th1 int_0^th1 dth2 0.5 sin th2 p(cos(th1 - th2)).
     */
    public static double planarAverage(DoubleUnaryOperator pOfCosPhi) {
        return 2.0 * Quadrature.integrate(t1 -> 0.5 * Math.sin(t1)
                * Quadrature.integrate(t2 -> 0.5 * Math.sin(t2) * pOfCosPhi.applyAsDouble(Math.cos(t1 - t2)), 0.0, t1),
                0.0, Math.PI);
    }

    /**
     * The 3D average of p(cos phi) over two independent isotropic directions:
     * int_{-1}^{1} p(u) du / 2 (u = s1.s2 is uniform), evaluated numerically.
     */
    public static double isotropicAverage(DoubleUnaryOperator pOfCosPhi) {
        return 0.5 * Quadrature.integrate(pOfCosPhi::applyAsDouble, -1.0, 1.0);
    }

    /**
     * The rate constant the paper's isotropy assumption gives for {@code rule}, computed from the
     * rule's own {@link ScatteringRule#annihilationProbability}: the polar-angle average of Eq. 14
     * for {@code paper-planar} (0.1916), the 3D average for the others ({@code paper} 1/2,
     * {@code spin-conserving} 1/4).
     */
    public static double forRule(ScatteringRule rule) {
        return rule instanceof PaperPlanarRule
                ? planarAverage(rule::annihilationProbability)
                : isotropicAverage(rule::annihilationProbability);
    }

    /** {@link #forRule(ScatteringRule)} by registered name; an unknown name lists the known ones. */
    public static double forRule(String name) {
        return forRule(ScatteringRules.byName(name));
    }

    /**
     * The closed form expected of {@link #forRule} for the registered rules: {@code paper} 1/2,
     * {@code paper-planar} (1 - pi^2/16)/2, {@code spin-conserving} 1/4.
     */
    public static double closedFormForRule(String name) {
        switch (name) {
            case PaperRule.NAME:
                return isotropicClosedForm();
            case PaperPlanarRule.NAME:
                return planarClosedForm();
            case SpinConservingRule.NAME:
                return 0.5 * isotropicClosedForm();
            default:
                throw new IllegalArgumentException("no closed form for rule '" + name + "'; known rules: "
                        + String.join(", ", ScatteringRules.names()));
        }
    }

    /**
     * The TIA + TIS rate constant: mean annihilation probability of a spin along a fixed axis
     * (TIA) with a TIS spin, i.e. the average of p(cos theta) over the TIS distribution of the
     * angle theta to the axis. That distribution is sin(theta)/2 both in 3D and in the planar
     * picture, so this is {@link #isotropicAverage} for every rule (1/2 for the paper's
     * sin^2, even for {@code paper-planar}, where it differs from the TIS + TIS value 0.1916).
     */
    public static double tiaTis(ScatteringRule rule) {
        return isotropicAverage(rule::annihilationProbability);
    }
}
