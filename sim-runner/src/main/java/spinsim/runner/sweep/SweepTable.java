package spinsim.runner.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spinsim.core.observe.Snapshot;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SpinBudget;
import spinsim.runner.run.SteadyState;

/**
 * The analysis of a sweep: for every point and every observable, the steady state detected by
 * {@link SteadyState} (value ± SE, relaxation time ± error, whether it was reached), and, when the
 * spin budget was recorded, the steady rate of change of S along observe.axis by each stage, over
 * the steady window of the chosen observable.
 */
public final class SweepTable {
    /** Records a point needs for its steady-state analysis ({@link Sweep#points} refuses fewer). */
    public static final int MIN_RECORDS = 4;
    /**
     * One point's numbers.
     *
     * @param steady    steady state of every observable, by column name
     * @param rateNames stage names of the rates ("field-precession", ..., "scattering", "total")
     * @param rates     per stage: mean rate (per t_sc) across replicas
     * @param rateSe    its SE (NaN with one replica)
     */
    public record Row(Sweep.Point point, Map<String, SteadyState.Result> steady, List<String> rateNames, double[] rates,
            double[] rateSe) {
        public SteadyState.Result of(String observable) {
            return steady.get(observable);
        }
    }

    private SweepTable() {
    }

    /** Times of the records of a run (replica 0; all replicas share them). */
    public static double[] times(RunResult r) {
        double[] t = new double[r.records()];
        for (int k = 0; k < t.length; k++) {
            t[k] = r.replicas().get(0).get(k).time();
        }
        return t;
    }

    /** values[replica][record] of an observable. */
    public static double[][] values(RunResult r, Observables.Column c) {
        int n = r.records();
        double[][] v = new double[r.replicas().size()][n];
        for (int i = 0; i < v.length; i++) {
            List<Snapshot> l = r.replicas().get(i);
            for (int k = 0; k < n; k++) {
                v[i][k] = c.value().applyAsDouble(l.get(k));
            }
        }
        return v;
    }

    public static List<Row> analyse(List<Sweep.Point> points, String observable) {
        List<Row> rows = new ArrayList<>();
        for (Sweep.Point p : points) {
            RunResult r = p.result();
            double[] t = times(r);
            Map<String, SteadyState.Result> steady = new LinkedHashMap<>();
            for (Observables.Column c : Observables.COLUMNS) {
                steady.put(c.name(), t.length >= MIN_RECORDS ? SteadyState.detect(t, values(r, c)) : null);
            }
            List<String> names = List.of();
            double[] mean = new double[0];
            double[] se = new double[0];
            SteadyState.Result main = steady.get(observable);
            if (p.budget() != null && main != null && main.start() < t.length - 1) {
                SpinBudget.Series b = p.budget();
                double[][] per = b.rates(r, main.start(), t.length - 1, r.spec().axis());
                names = b.rateNames();
                mean = new double[names.size()];
                se = new double[names.size()];
                for (int s = 0; s < names.size(); s++) {
                    double[] col = new double[per.length];
                    for (int i = 0; i < per.length; i++) {
                        col[i] = per[i][s];
                    }
                    double[] ms = meanSe(col);
                    mean[s] = ms[0];
                    se[s] = ms[1];
                }
            }
            rows.add(new Row(p, steady, names, mean, se));
        }
        return rows;
    }

    /** {mean, SE = sd / sqrt(n)} (SE NaN for n < 2). */
    public static double[] meanSe(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        if (v.length < 2) {
            return new double[] {m, Double.NaN};
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(ss / (v.length - 1) / v.length)};
    }
}
