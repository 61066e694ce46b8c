package spinsim.runner.output;

import java.util.Locale;
import spinsim.core.observe.Snapshot;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * The estimates the outputs report, computed one way for all of them: per record, the mean across
 * replicas and its standard error; the initial and final value of an observable with its error and
 * how that error was obtained.
 */
public final class RunStatistics {
    /** About this many batches in the single-replica batch-means estimate (one record each if the window is shorter). */
    static final int MAX_BATCHES = 10;

    private RunStatistics() {
    }

    /** Times (t_sc) of the records. */
    public static double[] times(RunResult r) {
        double[] t = new double[r.records()];
        for (int k = 0; k < t.length; k++) {
            t[k] = r.replicas().get(0).get(k).time();
        }
        return t;
    }

    /** Per record: the mean of {@code c} across replicas. */
    public static double[] means(RunResult r, Observables.Column c) {
        double[] m = new double[r.records()];
        for (int k = 0; k < m.length; k++) {
            m[k] = SeriesStats.acrossReplicas(r, k, c).mean();
        }
        return m;
    }

    /** Per record: the SE of the mean of {@code c} across replicas (NaN for one replica). */
    public static double[] errors(RunResult r, Observables.Column c) {
        double[] e = new double[r.records()];
        for (int k = 0; k < e.length; k++) {
            e[k] = SeriesStats.acrossReplicas(r, k, c).se();
        }
        return e;
    }

    /** The value at the first record, with its SE across replicas. */
    public static Estimate initial(RunResult r, Observables.Column c) {
        return withMethod(SeriesStats.acrossReplicas(r, 0, c), r);
    }

    /**
     * The value at the last record with its SE across replicas; with a single replica, the mean
     * over the last half of the records with a batch-means SE (the method string says which).
     */
    public static Estimate last(RunResult r, Observables.Column c) {
        int records = r.records();
        if (r.replicas().size() > 1) {
            return withMethod(SeriesStats.acrossReplicas(r, records - 1, c), r);
        }
        int to = records;
        int window = to - records / 2;
        int len = Math.max(1, window / MAX_BATCHES);
        int batches = window / len;
        if (batches < 2) {
            Estimate e = SeriesStats.acrossReplicas(r, records - 1, c);
            return new Estimate(e.mean(), Double.NaN, 1,
                    "single replica, last record; too few records for a batch-means error");
        }
        int from = to - batches * len;
        Estimate e = SeriesStats.batchMeans(r, 0, from, to, batches, c);
        double t0 = r.replicas().get(0).get(from).time();
        double t1 = r.replicas().get(0).get(to - 1).time();
        return new Estimate(e.mean(), e.se(), e.n(), String.format(Locale.ROOT,
                "single replica: mean over the last half of the records (t = %s to %s t_sc), SE by batch means "
                        + "(%d batches of %d records; assumes a batch is longer than the correlation time)",
                Num.plain(t0), Num.plain(t1), batches, len));
    }

    private static Estimate withMethod(Estimate e, RunResult r) {
        int n = r.replicas().size();
        String method = n > 1
                ? "mean over " + n + " replicas, SE = sample sd / sqrt(" + n + ")"
                : "single replica: no SE";
        return new Estimate(e.mean(), e.se(), e.n(), method);
    }

    /** The snapshot of replica 0 at the last record. */
    static Snapshot lastOf(RunResult r, int replica) {
        return r.replicas().get(replica).get(r.records() - 1);
    }
}
