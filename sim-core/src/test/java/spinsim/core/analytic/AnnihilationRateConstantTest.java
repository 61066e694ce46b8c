package spinsim.core.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import spinsim.core.rule.PaperPlanarRule;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.ScatteringRules;

/** Eq. 14-15: the rate constant as a double integral, its closed form, and the 3D averages. */
class AnnihilationRateConstantTest {
    private static final double PAPER_PRINTED_EQ15 = AnnihilationRateConstant.PRINTED_EQ15;

    @Test
    void eq14IntegralEqualsTheClosedFormOfEq15() {
        double integral = AnnihilationRateConstant.planarIntegral();
        double closed = AnnihilationRateConstant.planarClosedForm();
        assertEquals(closed, integral, 1e-12, "Eq. 14 by Gauss-Legendre " + integral + " vs (1 - pi^2/16)/2 = " + closed);
        assertEquals(PAPER_PRINTED_EQ15, closed, 5e-5,
                "(1 - pi^2/16)/2 = " + closed + " vs the paper's printed " + PAPER_PRINTED_EQ15 + " (4 digits)");
    }

    /**
     * An independent evaluation of Eq. 14 exactly as printed (theta2 &lt; theta1, with the factor 2),
     * by a plain midpoint rule on a fine grid: the integrand is smooth and periodic-like, so
     * the midpoint error is O(h^2) ~ 1e-7 at 1500 x 1500 points.
     */
    @Test
    void eq14AsPrintedByAMidpointSumAgrees() {
        int n = 1500;
        double h = Math.PI / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double t1 = (i + 0.5) * h;
            // inner integral over [0, t1]: midpoint on m sub-intervals of width t1/m
            int m = i + 1;
            double h2 = t1 / m;
            double inner = 0;
            for (int j = 0; j < m; j++) {
                double t2 = (j + 0.5) * h2;
                double s = Math.sin(0.5 * (t1 - t2));
                inner += 0.5 * Math.sin(t2) * s * s * h2;
            }
            sum += 0.5 * Math.sin(t1) * inner * h;
        }
        double c = 2.0 * sum;
        assertEquals(AnnihilationRateConstant.planarClosedForm(), c, 2e-6, "midpoint Eq. 14 = " + c);
    }

    /**
     * The 3D average of sin^2(phi/2) over two independent isotropic directions, as a 3D integral
     * over theta1, theta2 and the azimuth difference (cos phi = cos th1 cos th2 + sin th1 sin th2
     * cos dAz), by a midpoint rule: it is 1/2, not the planar (1 - pi^2/16)/2.
     */
    @Test
    void threeDimensionalAverageIsOneHalf() {
        int n = 160;
        double h = Math.PI / n;
        double ha = 2 * Math.PI / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double t1 = (i + 0.5) * h;
            for (int j = 0; j < n; j++) {
                double t2 = (j + 0.5) * h;
                double w = 0.5 * Math.sin(t1) * 0.5 * Math.sin(t2) * h * h;
                double inner = 0;
                for (int k = 0; k < n; k++) {
                    double cosPhi = Math.cos(t1) * Math.cos(t2) + Math.sin(t1) * Math.sin(t2) * Math.cos((k + 0.5) * ha);
                    inner += 0.5 * (1 - cosPhi) * ha / (2 * Math.PI);
                }
                sum += w * inner;
            }
        }
        assertEquals(0.5, sum, 1e-4, "3D triple midpoint average of sin^2(phi/2) = " + sum);
        assertEquals(0.5, AnnihilationRateConstant.isotropicAverage(u -> 0.5 * (1 - u)), 1e-14);
        assertEquals(AnnihilationRateConstant.isotropicClosedForm(), 0.5, 0.0);
    }

    @Test
    void eachRegisteredRuleHasItsRateConstantFromItsOwnAnnihilationProbability() {
        for (String name : ScatteringRules.names()) {
            double fromRule = AnnihilationRateConstant.forRule(name);
            double closed = AnnihilationRateConstant.closedFormForRule(name);
            assertEquals(closed, fromRule, 1e-12, name + ": from the rule's p(cos phi) " + fromRule + ", closed form " + closed);
        }
        assertEquals(0.5, AnnihilationRateConstant.forRule(PaperRule.NAME), 1e-14, "paper");
        assertEquals(0.25, AnnihilationRateConstant.forRule("spin-conserving"), 1e-14, "spin-conserving");
        assertEquals(0.5 * (1 - Math.PI * Math.PI / 16), AnnihilationRateConstant.forRule(PaperPlanarRule.NAME), 1e-12,
                "paper-planar");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnihilationRateConstant.closedFormForRule("nope"));
        assertTrue(e.getMessage().contains("paper-planar"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnnihilationRateConstant.forRule("nope"));
    }

    @Test
    void tiaTisConstantIsOneHalfEvenForThePlanarRule() {
        assertEquals(0.5, AnnihilationRateConstant.tiaTis(ScatteringRules.byName(PaperRule.NAME)), 1e-14);
        assertEquals(0.5, AnnihilationRateConstant.tiaTis(ScatteringRules.byName(PaperPlanarRule.NAME)), 1e-14);
        assertEquals(0.25, AnnihilationRateConstant.tiaTis(ScatteringRules.byName("spin-conserving")), 1e-14);
        // the planar picture with the TIA along z: sin^2(theta/2) averaged over sin(theta)/2, midpoint rule
        int n = 100_000;
        double h = Math.PI / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double t = (i + 0.5) * h;
            double s = Math.sin(0.5 * t);
            sum += s * s * 0.5 * Math.sin(t) * h;
        }
        assertEquals(0.5, sum, 1e-9, "planar TIA + TIS average = " + sum);
        // and the weights of Eq. 14 (with its factor 2) are a probability: they average 1 to 1
        assertEquals(1.0, AnnihilationRateConstant.planarAverage(cos -> 1.0), 1e-12);
    }
}
