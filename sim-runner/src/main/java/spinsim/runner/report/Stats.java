package spinsim.runner.report;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import spinsim.runner.run.SeriesStats;

/**
 * The statistics of the report: means with standard errors, chi-square tails, and the conversion of
 * a chi-square p-value into an equivalent number of standard deviations.
 */
public final class Stats {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Stats() {
    }

    /** A value with its standard error. */
    public record MeanSe(double mean, double se, int n) {
        /** Student's t = (mean - reference)/se; NaN when the error is zero or unknown. */
        public double t(double reference) {
            return se > 0 ? (mean - reference) / se : Double.NaN;
        }

        /**
         * The disagreement with {@code reference} in standard deviations: {@link #t} on n - 1
         * degrees of freedom as the normal deviate of the same tail probability
         * ({@link SeriesStats#normalEquivalent}); NaN when the error is zero or
         * unknown.
         */
        public double z(double reference) {
            return SeriesStats.normalEquivalent(t(reference), n - 1);
        }
    }

    /** Mean and standard error (sample sd / sqrt(n)) of independent values. */
    public static MeanSe meanSe(double[] v) {
        int n = v.length;
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= n;
        if (n < 2) {
            return new MeanSe(m, Double.NaN, n);
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return new MeanSe(m, Math.sqrt(ss / (n - 1) / n), n);
    }

    /** Upper tail P(X >= chi2) of a chi-square with {@code dof} degrees of freedom (accurate when tiny). */
    public static double chiSquarePValue(double chi2, int dof) {
        if (!(chi2 > 0)) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(dof / 2.0, chi2 / 2.0);
    }

    /**
     * The one-sided normal deviate with the same upper-tail probability as the chi-square:
     * z = Phi^-1(1 - p), floored at 0 (a fit better than average is not a disagreement). Where p
     * underflows, the Wilson-Hilferty cube-root approximation is used.
     */
    public static double chiSquareZ(double chi2, int dof) {
        double p = chiSquarePValue(chi2, dof);
        double z;
        if (p > 1e-12) {
            z = -NORMAL.inverseCumulativeProbability(p);
        } else {
            double k = dof;
            z = (Math.cbrt(chi2 / k) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
        }
        return Math.max(0.0, z);
    }

    /** Pearson chi-square of observed counts against expected counts (bins with expected > 0). */
    public static double pearson(double[] observed, double[] expected) {
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            if (expected[i] > 0) {
                double d = observed[i] - expected[i];
                chi2 += d * d / expected[i];
            }
        }
        return chi2;
    }
}
