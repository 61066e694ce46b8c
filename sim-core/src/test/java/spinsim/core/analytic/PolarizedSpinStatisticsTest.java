package spinsim.core.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Eq. 25-28 with polarization, the all-pairs variant, and the Boltzmann tails of Eq. 30. */
class PolarizedSpinStatisticsTest {
    private static final double C = AnnihilationRateConstant.planarClosedForm();
    private static final double[] POLARIZATIONS = {0.0, 0.1, 0.5, 0.75, 0.99, 1.0};
    private static final double[] ENERGIES = {-8, -2, -0.5, 0, 0.5, 2, 8};

    /** Eq. 27 as printed: (1-x)/(2a) [1 - sqrt(1 - 2a/(1 + cosh))], a = 1 - 2c(1-x)^2 (2c = 0.3832). */
    private static double printedEq27(double energy, double pol, double c) {
        double a = 1 - 2 * c * (1 - pol) * (1 - pol);
        return (1 - pol) / (2 * a) * (1 - Math.sqrt(1 - 2 * a / (1 + Math.cosh(energy))));
    }

    /** Eq. 28 as printed: the same with x in front. */
    private static double printedEq28(double energy, double pol, double c) {
        double a = 1 - 2 * c * (1 - pol) * (1 - pol);
        return pol / (2 * a) * (1 - Math.sqrt(1 - 2 * a / (1 + Math.cosh(energy))));
    }

    @Test
    void matchesEq27And28AsPrinted() {
        for (double pol : POLARIZATIONS) {
            for (double x : ENERGIES) {
                SpinProfile p = PolarizedSpinStatistics.paper(x, pol, C);
                assertEquals(printedEq27(x, pol, C), p.fSpinTis(), 1e-12, "Eq. 27, x = " + x + ", x_pol = " + pol);
                assertEquals(printedEq28(x, pol, C), p.fSpinTia(), 1e-12, "Eq. 28, x = " + x + ", x_pol = " + pol);
            }
        }
    }

    @Test
    void satisfiesEq25Eq26AndTheTisOnlyBalance() {
        for (double pol : POLARIZATIONS) {
            for (double x : ENERGIES) {
                SpinProfile p = PolarizedSpinStatistics.paper(x, pol, C);
                String at = "x = " + x + ", x_pol = " + pol;
                assertEquals(FermiDirac.electrons(x), p.fSpinTia() + p.fSpinTis() + 2 * p.fFull(), 1e-15, "Eq. 25, " + at);
                assertEquals(FermiDirac.holes(x), p.fSpinTia() + p.fSpinTis() + 2 * p.fEmpty(), 1e-15, "Eq. 25 holes, " + at);
                assertEquals(pol * p.fSpin(), p.fSpinTia(), 1e-16, "Eq. 26, " + at);
                // the paper's balance: only TIS + TIS pairs annihilate
                assertEquals(C * p.fSpinTis() * p.fSpinTis(), 2 * p.fFull() * p.fEmpty(), 1e-13, "TIS balance, " + at);
            }
        }
        for (double x : ENERGIES) {
            SpinProfile zero = PolarizedSpinStatistics.paper(x, 0.0, C);
            assertEquals(SpinStatistics.spinAt(x, C), zero.fSpinTis(), 1e-16, "x_pol = 0 is Eq. 19, x = " + x);
            assertEquals(0.0, zero.fSpinTia(), 0.0);
        }
    }

    @Test
    void allPairsVariantCountsTiaTisEncounters() {
        // 3D rule: c_AT = c_TT = c gives c (1 - x^2)
        for (double pol : POLARIZATIONS) {
            assertEquals(0.5 * (1 - pol * pol), PolarizedSpinStatistics.allPairsRateConstant(pol, 0.5, 0.5), 1e-15);
            assertEquals(C * (1 - pol) * (1 - pol), PolarizedSpinStatistics.paperRateConstant(pol, C), 1e-15);
            // planar: c_AT = 1/2 adds x (1 - x)
            assertEquals(C * (1 - pol) * (1 - pol) + pol * (1 - pol), PolarizedSpinStatistics.allPairsRateConstant(pol, C, 0.5), 1e-15);
            for (double x : ENERGIES) {
                SpinProfile p = PolarizedSpinStatistics.allPairs(x, pol, C, 0.5);
                double cEff = C * (1 - pol) * (1 - pol) + pol * (1 - pol);
                assertEquals(cEff * p.fSpin() * p.fSpin(), 2 * p.fFull() * p.fEmpty(), 1e-13, "all-pairs balance");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> PolarizedSpinStatistics.paper(0, 1.2, C));
    }

    @Test
    void boltzmannTailsOfEq30() {
        for (double pol : new double[] {0.0, 0.75}) {
            double cEff = PolarizedSpinStatistics.paperRateConstant(pol, C);
            for (double x : new double[] {6, 10, 15, 20, -10, -20}) {
                SpinProfile exact = PolarizedSpinStatistics.paper(x, pol, C);
                SpinProfile tail = PolarizedSpinStatistics.boltzmannTail(x, pol);
                double e = Math.exp(-Math.abs(x));
                assertEquals((1 - pol) * e, tail.fSpinTis(), 1e-300);
                assertEquals(pol * e, tail.fSpinTia(), 1e-300);
                // relative deviation -(1 + 2 c_eff) e^{-|x|} + O(e^{-2|x|})
                double rel = exact.fSpin() / tail.fSpin() - 1;
                assertEquals(-(1 + 2 * cEff) * e, rel, 4 * e * e + 1e-14, "tail at x = " + x + ", x_pol = " + pol);
            }
        }
    }
}
