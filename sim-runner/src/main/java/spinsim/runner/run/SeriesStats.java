package spinsim.runner.run;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;
import spinsim.core.observe.Snapshot;

/**
 * Mean and standard error of an observable across replicas, per record, and a batch-means error
 * for single-replica runs.
 */
public final class SeriesStats {
    /** A value with its standard error (NaN when it cannot be estimated). */
    public record Estimate(double mean, double se, int n, String method) {
        /**
         * The disagreement with {@code reference} in standard deviations: Student's t =
         * (mean - reference)/se on n - 1 degrees of freedom, as the normal deviate with the same
         * tail probability ({@link #normalEquivalent}), since se is itself estimated from the n
         * values.
         */
        public double sigmasFrom(double reference) {
            return normalEquivalent((mean - reference) / se, n - 1);
        }
    }

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * The normal deviate z with the same tail probability as Student's t on {@code dof} degrees of
     * freedom: P(Z &gt; |z|) = P(T &gt; |t|), with the sign of t. A mean of n values over its
     * sample-variance SE is such a t (dof = n - 1, for normal values); held against |z| &lt;= 3
     * as if it were normal, four replicas would call a true reference "disagreeing" 5.8 % of the
     * time instead of 0.27 % (eight: 2.0 %). t = 3 is z = 1.90 for 3 dof, 2.33 for 7, 2.61 for 15; t and z
     * agree as dof grows. NaN for a NaN t or dof &lt; 1.
     */
    public static double normalEquivalent(double t, int dof) {
        if (Double.isNaN(t) || dof < 1) {
            return Double.NaN;
        }
        if (t == 0 || Double.isInfinite(t)) {
            return t;
        }
        final double tail = new TDistribution(null, dof).cumulativeProbability(-Math.abs(t));
        if (tail > SMALL_TAIL) {
            return Math.copySign(-NORMAL.inverseCumulativeProbability(tail), t);
        }
        // commons-math's normal quantile is erfInv(2p - 1), which rounds to -infinity below
        // p ~ 1e-16; so small tails are inverted from their logarithm. Where the t tail itself
        // underflows, the density times its Mills-ratio analogue: P ~ f(t) (dof + t^2) / (dof |t|),
        // with ln f(t) = ln C - (dof + 1)/2 ln(1 + t^2/dof), C the density's constant; this is
        // the t tail's leading term for t^2 >> dof and the normal's f(t)/t for dof >> t^2 (the
        // tail underflows at t ~ 46 from dof ~ 2000 on, where the leading term alone fails)
        // (in logs, as t^2 may overflow: ln(1 + t^2/dof) = 2 ln|t| - ln dof + ln(1 + dof/t^2))
        final double lnAbsT = Math.log(Math.abs(t));
        final double lnOnePlus = 2 * lnAbsT - Math.log(dof) + Math.log1p(dof / (t * t));
        final double lnTail = tail > 0 ? Math.log(tail)
                : Gamma.logGamma((dof + 1) / 2.0) - Gamma.logGamma(dof / 2.0) - 0.5 * Math.log(dof * Math.PI)
                        - (dof - 1) / 2.0 * lnOnePlus - lnAbsT;
        return Math.copySign(normalDeviateOfLogTail(lnTail), t);
    }

    /** Below this tail probability the normal quantile is found from the tail's logarithm. */
    private static final double SMALL_TAIL = 1e-10;

    /**
     * The z with ln P(Z &gt; z) = lnTail (lnTail &lt; ln 1e-10): the asymptotic form
     * ln P = -z^2/2 - ln(z sqrt(2 pi)) by fixed-point iteration, then Newton steps on the exact
     * tail (erfc, accurate down to ~1e-300, z &lt; ~37) where it is representable. Public for the
     * report's corrections of such tails (a Bonferroni factor on a tail that underflows).
     */
    public static double normalDeviateOfLogTail(double lnTail) {
        final double sqrt2pi = Math.sqrt(2 * Math.PI);
        double z = Math.sqrt(-2 * lnTail);
        for (int i = 0; i < 8; i++) {
            z = Math.sqrt(-2 * lnTail - 2 * Math.log(z * sqrt2pi));
        }
        for (int i = 0; i < 6; i++) {
            final double q = NORMAL.cumulativeProbability(-z);
            if (!(q >= Double.MIN_NORMAL)) {
                // a subnormal tail has too few digits for a Newton step
                break;
            }
            // d ln Q / dz = -phi(z) / Q(z)
            z += (Math.log(q) - lnTail) * q / (Math.exp(-0.5 * z * z) / sqrt2pi);
        }
        return z;
    }

    private SeriesStats() {
    }

    /** Mean over replicas at record k, SE = sample sd / sqrt(R) (NaN for one replica). */
    public static Estimate acrossReplicas(RunResult r, int k, Observables.Column c) {
        Snapshot[] at = r.at(k);
        double[] v = new double[at.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.value().applyAsDouble(at[i]);
        }
        return meanSe(v, "replicas");
    }

    public static Estimate meanSe(double[] v, String method) {
        int n = v.length;
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= n;
        if (n < 2) {
            return new Estimate(m, Double.NaN, n, method);
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return new Estimate(m, Math.sqrt(ss / (n - 1) / n), n, method);
    }

    /**
     * Batch means over records [from, to) of one replica: the window is cut into {@code batches}
     * equal batches, whose means are treated as independent (valid when a batch is much longer
     * than the correlation time).
     */
    public static Estimate batchMeans(RunResult r, int replica, int from, int to, int batches, Observables.Column c) {
        int len = (to - from) / batches;
        if (len < 1) {
            return new Estimate(Double.NaN, Double.NaN, 0, "batch means (window too short)");
        }
        double[] means = new double[batches];
        for (int b = 0; b < batches; b++) {
            double s = 0;
            for (int k = from + b * len; k < from + (b + 1) * len; k++) {
                s += c.value().applyAsDouble(r.replicas().get(replica).get(k));
            }
            means[b] = s / len;
        }
        return meanSe(means, "batch means (" + batches + " batches of " + len + " records)");
    }
}
