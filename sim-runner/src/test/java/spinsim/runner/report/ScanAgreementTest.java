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
    void oneSidedDeviateOfTheBonferroniP() {
        // one point at |z| = 3: p = 2 Q(3) = 0.0026998, z = Phi^-1(1 - p) = 2.782
        assertEquals(-NORMAL.inverseCumulativeProbability(2 * NORMAL.cumulativeProbability(-3)),
                ScanAgreement.bonferroni(3, 1), 1e-9);
        assertEquals(2.782, ScanAgreement.bonferroni(3, 1), 1e-3);
        // 18 points: p = 0.0486, z = 1.66
        assertEquals(-NORMAL.inverseCumulativeProbability(18 * 2 * NORMAL.cumulativeProbability(-3)),
                ScanAgreement.bonferroni(3, 18), 1e-9);
        // a small largest deviation is no disagreement at all
        assertEquals(0.0, ScanAgreement.bonferroni(0.5, 8), 0.0);
        // far tails, through the underflow of P(Z > max): finite, increasing, close to max
        double z40 = ScanAgreement.bonferroni(40, 18);
        double z60 = ScanAgreement.bonferroni(60, 18);
        assertTrue(z40 > 39.8 && z40 < 40 && z60 > z40 && z60 < 60, z40 + " " + z60);
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
     * disagreeing (z > 3, one-sided: 0.135 %) at most at the nominal rate: 40 000 trials, expected
     * at most 54, SE 7.3, tolerance 5 SE. The chi-square over the same points, read on 18 dof,
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
        double p = NORMAL.cumulativeProbability(-3);
        double expected = trials * p;
        double se = Math.sqrt(trials * p * (1 - p));
        assertTrue(bonferroni < expected + 5 * se, "Bonferroni: " + bonferroni + " > " + expected + " + 5 x " + se);
        assertTrue(chi2 > expected + 5 * se, "chi-square on correlated points was expected to exceed too often: " + chi2);
    }
}
