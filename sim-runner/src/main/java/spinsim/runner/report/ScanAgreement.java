package spinsim.runner.report;

import org.apache.commons.math3.distribution.NormalDistribution;
import spinsim.runner.run.SeriesStats;

/**
 * Whether a scanned curve agrees with its reference at every point, when the points are not
 * independent. A scan made with the sweep machinery runs every point with the config's seeds, so
 * replica j of one point and replica j of the next start from the same random streams and their
 * errors are correlated (in V14, sample correlations of 0.5-0.99 between neighbouring angles).
 * A chi-square sum over such points is not chi-square distributed on as many degrees of freedom:
 * correlated terms fatten its tail. With 4-8 replicas per point the correlation cannot be
 * estimated well enough to correct it (a sample correlation matrix from n replicas has rank n - 1).
 *
 * <p>So the verdict rests on the largest per-point deviation with a Bonferroni correction, valid
 * whatever the correlation provided each point's z is itself calibrated: with z_i the points'
 * normal-equivalent deviations, p = min(1, n 2 P(Z &gt; max |z_i|)), reported as the two-sided
 * normal deviate of p, z = Phi^-1(1 - p/2) (floored at 0), so that one point gives its own |z|
 * and the row disagrees at |z| &gt; 3 with the single-point rows' false-alarm rate, 0.27 %. It is
 * conservative when the points are correlated. The chi-square is kept as a guide to a consistent
 * small departure, which a single-point test can miss.
 *
 * @param chi2  sum of z_i^2 (a guide: its points are correlated)
 * @param n     points with a defined z
 * @param worst index (in the input) of the point with the largest |z|, -1 if none
 * @param max   that largest |z|
 * @param z     the Bonferroni-corrected deviate of the verdict (two-sided, floored at 0)
 */
public record ScanAgreement(double chi2, int n, int worst, double max, double z) {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** The agreement of points with normal-equivalent deviations {@code zs} (NaN: no error, skipped). */
    public static ScanAgreement of(double[] zs) {
        double chi2 = 0;
        int n = 0;
        int worst = -1;
        double max = 0;
        for (int i = 0; i < zs.length; i++) {
            if (Double.isNaN(zs[i])) {
                continue;
            }
            chi2 += zs[i] * zs[i];
            n++;
            if (worst < 0 || Math.abs(zs[i]) > max) {
                worst = i;
                max = Math.abs(zs[i]);
            }
        }
        return new ScanAgreement(chi2, n, worst, max, n == 0 ? Double.NaN : bonferroni(max, n));
    }

    /**
     * The two-sided normal deviate of p = min(1, n 2 P(Z &gt; max)): z with P(Z &gt; z) = n P(Z &gt;
     * max), floored at 0 (p/2 &gt;= 1/2); z = max for n = 1.
     */
    static double bonferroni(double max, int n) {
        if (Double.isInfinite(max)) {
            return max;
        }
        final double q = NORMAL.cumulativeProbability(-max);
        // ln P(Z > max): erfc while it is a normal double, else the asymptotic form; beyond
        // max ~ 1e154 even that overflows, and the correction is negligible there
        final double lnQ = q >= Double.MIN_NORMAL ? Math.log(q)
                : -0.5 * max * max - Math.log(max * Math.sqrt(2 * Math.PI));
        if (!Double.isFinite(lnQ)) {
            return max;
        }
        final double lnTail = Math.log(n) + lnQ;
        if (lnTail >= Math.log(0.5)) {
            return 0.0;
        }
        return lnTail > Math.log(1e-10) ? -NORMAL.inverseCumulativeProbability(Math.exp(lnTail))
                : SeriesStats.normalDeviateOfLogTail(lnTail);
    }

    /** "max |z| = 2.4 at {label}; chi2 = 19.9 for 18 points". */
    public String measured(String label) {
        return Fmt.f("max |z| = %s at %s; chi2 = %s for %d points", Fmt.sig(max, 2), label, Fmt.sig(chi2, 3), n);
    }
}
