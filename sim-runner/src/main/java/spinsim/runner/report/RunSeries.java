package spinsim.runner.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.run.RunResult;

/** Per-replica time series of a run, and their mean ± SE across replicas. */
final class RunSeries {
    private RunSeries() {
    }

    static CellTally total(Snapshot s) {
        return s.tally().total();
    }

    /** Record times (t_sc) of the first replica (all replicas share them). */
    static double[] times(RunResult r) {
        int n = r.records();
        double[] t = new double[n];
        List<Snapshot> l = r.replicas().get(0);
        for (int k = 0; k < n; k++) {
            t[k] = l.get(k).time();
        }
        return t;
    }

    /** values[replica][record] of f. */
    static double[][] perReplica(RunResult r, ToDoubleFunction<Snapshot> f) {
        int n = r.records();
        double[][] v = new double[r.replicas().size()][n];
        for (int i = 0; i < v.length; i++) {
            List<Snapshot> l = r.replicas().get(i);
            for (int k = 0; k < n; k++) {
                v[i][k] = f.applyAsDouble(l.get(k));
            }
        }
        return v;
    }

    /** Column k of values[replica][record]. */
    static double[] column(double[][] v, int k) {
        double[] c = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i][k];
        }
        return c;
    }

    static Stats.MeanSe at(double[][] v, int k) {
        return Stats.meanSe(column(v, k));
    }

    static double[] mean(double[][] v) {
        int n = v[0].length;
        double[] m = new double[n];
        for (int k = 0; k < n; k++) {
            m[k] = at(v, k).mean();
        }
        return m;
    }

    static double[] se(double[][] v) {
        int n = v[0].length;
        double[] m = new double[n];
        for (int k = 0; k < n; k++) {
            double s = at(v, k).se();
            m[k] = Double.isNaN(s) ? 0 : s;
        }
        return m;
    }

    /** Index of the record whose time is closest to t. */
    static int indexAt(double[] times, double t) {
        int best = 0;
        for (int k = 1; k < times.length; k++) {
            if (Math.abs(times[k] - t) < Math.abs(times[best] - t)) {
                best = k;
            }
        }
        return best;
    }

    /** Element-wise a / b. */
    static double[][] ratio(double[][] a, double[][] b) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = new double[a[i].length];
            for (int k = 0; k < a[i].length; k++) {
                r[i][k] = a[i][k] / b[i][k];
            }
        }
        return r;
    }

    /** Element-wise a / (b at record 0) per replica. */
    static double[][] relativeToStart(double[][] a, double[][] b) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = new double[a[i].length];
            for (int k = 0; k < a[i].length; k++) {
                r[i][k] = a[i][k] / b[i][0];
            }
        }
        return r;
    }

    /**
     * First time the series falls to {@code level} or below, linearly interpolated between records;
     * NaN when it never does.
     */
    static double firstCrossingDown(double[] t, double[] y, double level) {
        if (y[0] <= level) {
            return t[0];
        }
        for (int k = 1; k < y.length; k++) {
            if (y[k] <= level) {
                double f = (y[k - 1] - level) / (y[k - 1] - y[k]);
                return t[k - 1] + f * (t[k] - t[k - 1]);
            }
        }
        return Double.NaN;
    }
}
