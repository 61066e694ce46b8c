package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import spinsim.core.observe.Snapshot;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;

/**
 * The run's plots (PNG, via {@link Plots}): {@code counts.png} (n_spin, n_tia, n_tis against
 * time), {@code polarization.png} (n_tia / n_spin and s_axis / n_spin against time) and
 * {@code histogram.png} (the final distribution against the TIA axis beside the "delta +
 * isotropic" expectation). Error bars are one SE across replicas.
 */
public final class RunPlots implements Output {
    public static final String COUNTS = "counts.png";
    public static final String POLARIZATION = "polarization.png";
    public static final String HISTOGRAM = "histogram.png";

    @Override
    public List<String> files() {
        return List.of(COUNTS, POLARIZATION, HISTOGRAM);
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        RunResult r = run.result();
        String name = run.spec().name();
        String reps = r.replicas().size() == 1 ? "1 replica" : r.replicas().size() + " replicas, ± 1 SE";
        double[] t = RunStatistics.times(r);
        Plots.lineChart(dir.resolve(COUNTS), name + ": SPIN states, TIA and TIS (" + reps + ")", "t (t_sc)",
                "states", series(r, t, "n_spin", "n_SPIN"), series(r, t, "n_tia", "n_TIA = |S|"),
                series(r, t, "n_tis", "n_TIS = n_SPIN - |S|"));

        double[] ratio = new double[t.length];
        double[] ratioSe = new double[t.length];
        Observables.Column axis = Observables.column("s_axis");
        Observables.Column nSpin = Observables.column("n_spin");
        for (int k = 0; k < t.length; k++) {
            Snapshot[] at = r.at(k);
            double[] v = new double[at.length];
            for (int i = 0; i < at.length; i++) {
                v[i] = axis.value().applyAsDouble(at[i]) / nSpin.value().applyAsDouble(at[i]);
            }
            SeriesStats.Estimate e = SeriesStats.meanSe(v, "replicas");
            ratio[k] = e.mean();
            ratioSe[k] = e.se();
        }
        double[] a = run.spec().axis();
        Plots.lineChart(dir.resolve(POLARIZATION), name + ": polarization (" + reps + ")", "t (t_sc)",
                "fraction of n_SPIN", series(r, t, "polarization", "x = n_TIA / n_SPIN"),
                Plots.Series.points("s_axis / n_SPIN, axis (" + Num.plain(a[0]) + ", " + Num.plain(a[1]) + ", "
                        + Num.plain(a[2]) + ")", t, ratio, ratioSe));

        double[][] rows = HistogramCsv.table(r);
        double[] cos = new double[rows.length];
        double[] count = new double[rows.length];
        double[] se = new double[rows.length];
        double[] expected = new double[rows.length];
        for (int b = 0; b < rows.length; b++) {
            cos[b] = rows[b][0];
            count[b] = rows[b][1];
            se[b] = rows[b][2];
            expected[b] = rows[b][5];
        }
        double tEnd = t[t.length - 1];
        Plots.lineChart(dir.resolve(HISTOGRAM), name + ": SPIN directions against the TIA axis at t = "
                        + Num.plain(tEnd) + " t_sc (" + reps + ")", "cos(angle to the TIA axis)",
                "SPIN states per bin", Plots.Series.steps("delta (TIA) + isotropic (TIS) expectation", cos, expected),
                Plots.Series.points("Monte Carlo", cos, count, se));
    }

    private static Plots.Series series(RunResult r, double[] t, String column, String label) {
        Observables.Column c = Observables.column(column);
        return Plots.Series.withErrors(label, t, RunStatistics.means(r, c), RunStatistics.errors(r, c));
    }
}
