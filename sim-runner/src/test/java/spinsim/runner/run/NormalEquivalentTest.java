package spinsim.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import spinsim.runner.report.Stats;

/** Student's t as the normal deviate of the same tail probability, which the report's verdicts use. */
class NormalEquivalentTest {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    @Test
    void matchesTheClosedFormTailsOfOneAndTwoDegreesOfFreedom() {
        // independent of the library's t distribution: Cauchy, P(T > t) = 1/2 - atan(t)/pi, and
        // dof 2, P(T > t) = (1 - t / sqrt(t^2 + 2)) / 2
        for (double t : new double[] {0.1, 0.5, 1, 2, 3, 5, 10, 40}) {
            double z1 = -NORMAL.inverseCumulativeProbability(0.5 - Math.atan(t) / Math.PI);
            double z2 = -NORMAL.inverseCumulativeProbability((1 - t / Math.sqrt(t * t + 2)) / 2);
            assertEquals(z1, SeriesStats.normalEquivalent(t, 1), 1e-7 * Math.max(1, z1), "dof 1, t " + t);
            assertEquals(z2, SeriesStats.normalEquivalent(t, 2), 1e-7 * Math.max(1, z2), "dof 2, t " + t);
            assertEquals(-z2, SeriesStats.normalEquivalent(-t, 2), 1e-7 * Math.max(1, z2), "sign, t " + -t);
        }
        // the values quoted in the javadoc
        assertEquals(1.90, SeriesStats.normalEquivalent(3, 3), 0.005);
        assertEquals(2.33, SeriesStats.normalEquivalent(3, 7), 0.005);
        assertEquals(2.61, SeriesStats.normalEquivalent(3, 15), 0.005);
    }

    @Test
    void approachesTAsTheDegreesOfFreedomGrowAndIsContinuousWhereTheTailUnderflows() {
        assertEquals(3.0, SeriesStats.normalEquivalent(3, 100_000), 1e-3);
        assertEquals(0.0, SeriesStats.normalEquivalent(0, 3));
        assertTrue(Double.isNaN(SeriesStats.normalEquivalent(2, 0)));
        assertTrue(Double.isNaN(SeriesStats.normalEquivalent(Double.NaN, 5)));
        // dof 20: the t tail underflows to 0 between t = 4.7e16 and 8.0e16, where the leading
        // term of its expansion takes over; z must go on growing at the same pace across that
        // (steps of a factor 1.7 in t: ~0.28 in z), and far beyond commons-math's normal
        // quantile, which is infinite below p ~ 1e-16
        double z0 = SeriesStats.normalEquivalent(2.755e16, 20);
        double z1 = SeriesStats.normalEquivalent(2.755e16 * 1.7, 20);
        double z2 = SeriesStats.normalEquivalent(2.755e16 * 1.7 * 1.7, 20);
        assertTrue(Double.isFinite(z0) && z0 > 37, "z " + z0);
        assertEquals(z1 - z0, z2 - z1, 0.02 * (z1 - z0), "steps " + z0 + ", " + z1 + ", " + z2);
        // and in the range where the normal quantile is found from the log tail, against the
        // Cauchy closed form: t = 1e12 has P(T > t) = 1/(pi t) to 1e-24 relative
        double lnTail = -Math.log(Math.PI * 1e12);
        double zc = SeriesStats.normalEquivalent(1e12, 1);
        double q = NORMAL.cumulativeProbability(-zc);
        assertEquals(lnTail, Math.log(q), 1e-9, "z " + zc);
    }

    @Test
    void staysSmoothWhereTheTailUnderflowsForManyDegreesOfFreedom() {
        // for dof in the thousands the t tail underflows at t ~ 46-60, where t^2 is not >> dof:
        // the branch must still track the tail (z grows smoothly through the switch, no NaN)
        for (int dof : new int[] {1000, 2140, 5000, 100_000}) {
            double prev = SeriesStats.normalEquivalent(30, dof);
            double prevStep = Double.NaN;
            for (double t = 30 * 1.01; t < 90; t *= 1.01) {
                double z = SeriesStats.normalEquivalent(t, dof);
                assertTrue(Double.isFinite(z) && z > prev, "dof " + dof + ", t " + t + ": " + prev + " then " + z);
                double step = z - prev;
                if (!Double.isNaN(prevStep)) {
                    assertEquals(prevStep, step, 0.05 * prevStep, "dof " + dof + ", step at t " + t);
                }
                prev = z;
                prevStep = step;
            }
        }
    }

    @Test
    void matchesHighPrecisionValuesWhereTheTailUnderflows() {
        // references from mpmath at 60 digits: the t tail by the regularized incomplete beta
        // function, z from the normal tail by root finding; the branch's leading-order error in
        // ln P (< 1e-3) moves z by < 1e-4 here
        assertEquals(38.35331917, SeriesStats.normalEquivalent(46, 2140), 1e-3);
        assertEquals(41.23131476, SeriesStats.normalEquivalent(45, 5000), 1e-3);
        assertEquals(59.47013328, SeriesStats.normalEquivalent(60, 100_000), 1e-3);
        assertEquals(-38.37631328, SeriesStats.normalEquivalent(-58, 1000), 1e-3);
    }

    @Test
    void anEstimatesSigmasAreItsTOnNMinusOneDegreesOfFreedom() {
        SeriesStats.Estimate e = new SeriesStats.Estimate(1.3, 0.1, 5, "replicas");
        assertEquals(SeriesStats.normalEquivalent(3.0, 4), e.sigmasFrom(1.0), 1e-12);
        Stats.MeanSe m = Stats.meanSe(new double[] {1.0, 1.2, 1.4, 1.6, 1.8});
        assertEquals(SeriesStats.normalEquivalent(m.t(1.0), 4), m.z(1.0), 1e-12);
    }

    /**
     * Four replicas of a quantity whose mean is the reference: |z| &gt; 3 must happen with the
     * normal rate 0.27 %, not the 5.8 % that |t| &gt; 3 has on 3 degrees of freedom. 100 000
     * trials: expected 270 exceedances, binomial SE 16.4; the tolerance is 5 SE.
     */
    @Test
    void fourReplicasOfATrueReferenceDisagreeAtTheNominalRate() {
        SplittableRandom rng = new SplittableRandom(20261125L);
        int trials = 100_000;
        int exceed = 0;
        double[] v = new double[4];
        for (int i = 0; i < trials; i++) {
            for (int j = 0; j < v.length; j++) {
                double u1 = 1.0 - rng.nextDouble();
                double u2 = rng.nextDouble();
                v[j] = 7.0 + 0.3 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
            }
            if (Math.abs(Stats.meanSe(v).z(7.0)) > 3) {
                exceed++;
            }
        }
        double p = 2 * NORMAL.cumulativeProbability(-3);
        double expected = p * trials;
        double se = Math.sqrt(trials * p * (1 - p));
        assertEquals(expected, exceed, 5 * se, "exceedances of |z| > 3 in " + trials + " trials");
    }
}
