package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The verdict of the V14.4, V14.5, V15.3 and V15.4 scans, whose points share seeds. */
class ScanAgreementTest {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    @Test
    void twoSidedDeviateOfTheBonferroniP() {
        // one point: no correction, the deviate is the point's own |z|
        assertEquals(3.0, ScanAgreement.bonferroni(3, 1), 1e-9);
        assertEquals(5.5, ScanAgreement.bonferroni(5.5, 1), 1e-9);
        // 18 points at max |z| = 3: p = 18 x 0.0026998 = 0.0486, z = Phi^-1(1 - p/2) = 1.97
        assertEquals(-NORMAL.inverseCumulativeProbability(18 * NORMAL.cumulativeProbability(-3)),
                ScanAgreement.bonferroni(3, 18), 1e-9);
        assertEquals(1.972, ScanAgreement.bonferroni(3, 18), 1e-3);
        // a small largest deviation is no disagreement at all
        assertEquals(0.0, ScanAgreement.bonferroni(0.5, 8), 0.0);
        // far tails, through the underflow of P(Z > max): finite, increasing, below max; asymptotically
        // z ~ max - ln(n) / max, which is 0.10 below max at max = 30 and n = 18, hence the bound 0.2
        double previous = 0;
        for (double max = 30; max <= 60; max += 0.05) {
            double z = ScanAgreement.bonferroni(max, 18);
            assertTrue(z > previous && z < max && z > max - 0.2, max + " -> " + z);
            previous = z;
        }
        // beyond the asymptotic form's range the correction is dropped, not turned into NaN
        assertEquals(1e200, ScanAgreement.bonferroni(1e200, 18), 0);
    }

    @Test
    void skipsPointsWithoutAnErrorAndNamesTheWorst() {
        ScanAgreement a = ScanAgreement.of(new double[] {0.5, Double.NaN, -2.5, 1});
        assertEquals(3, a.n());
        assertEquals(2, a.worst());
        assertEquals(2.5, a.max(), 0);
        assertEquals(0.25 + 6.25 + 1, a.chi2(), 1e-12);
        assertEquals(ScanAgreement.bonferroni(2.5, 3), a.z(), 0);
    }

    /**
     * What the class is for: 18 points whose deviations are strongly correlated (a common part
     * of variance 0.8, as from shared seeds), each N(0, 1). A true curve must be called
     * disagreeing (z > 3: the single-point rows' 0.27 %) at most at the nominal rate: 40 000
     * trials, expected at most 108, SE 10.4, tolerance 5 SE. The chi-square over the same points, read on 18 dof,
     * exceeds far more often, so the test fails if the verdict went back to it.
     */
    @Test
    void aTrueCorrelatedCurveDisagreesAtMostAtTheNominalRate() {
        final int trials = 40_000;
        final int points = 18;
        final double common = Math.sqrt(0.8);
        final double own = Math.sqrt(0.2);
        SplittableRandom r = new SplittableRandom(99);
        int bonferroni = 0;
        int chi2 = 0;
        double[] z = new double[points];
        for (int t = 0; t < trials; t++) {
            double c = r.nextGaussian();
            for (int i = 0; i < points; i++) {
                z[i] = common * c + own * r.nextGaussian();
            }
            ScanAgreement a = ScanAgreement.of(z);
            if (a.z() > 3) {
                bonferroni++;
            }
            if (Stats.chiSquareZ(a.chi2(), points) > 3) {
                chi2++;
            }
        }
        double p = 2 * NORMAL.cumulativeProbability(-3);
        double expected = trials * p;
        double se = Math.sqrt(trials * p * (1 - p));
        assertTrue(bonferroni < expected + 5 * se, "Bonferroni: " + bonferroni + " > " + expected + " + 5 x " + se);
        assertTrue(chi2 > expected + 5 * se, "chi-square on correlated points was expected to exceed too often: " + chi2);
    }
}
