package spinsim.runner.run;

import spinsim.core.observe.Snapshot;

/**
 * Mean and standard error of an observable across replicas, per record, and a batch-means error
 * for single-replica runs.
 */
public final class SeriesStats {
    /** A value with its standard error (NaN when it cannot be estimated). */
    public record Estimate(double mean, double se, int n, String method) {
        public double sigmasFrom(double reference) {
            return (mean - reference) / se;
        }
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
