package spinsim.runner.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.runner.config.RunSpec;
import spinsim.runner.output.Json;
import spinsim.runner.output.Num;
import spinsim.runner.output.Plots;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;
import spinsim.runner.run.SteadyState;

/**
 * The files of a sweep directory:
 * <ul>
 *   <li>{@code sweep.csv}: one row per point: the swept values, then for every observable its
 *       steady value and SE ({@code <name>,<name>_se}), then for the plotted observable its
 *       relaxation time with error, the start of the steady window and whether it was steady, then
 *       the steady spin-budget rates along observe.axis ({@code rate_<stage>,rate_<stage>_se}).</li>
 *   <li>{@code <observable>.png}: the steady value of the plotted observable against the first
 *       parameter, with one-SE error bars (log x when the values are positive and span more than a
 *       decade).</li>
 *   <li>{@code timeseries.csv}: the plotted observable against time at every point (mean and SE
 *       across replicas), to see each approach to the steady state.</li>
 *   <li>{@code sweep.json}: the config, whether the sweep was interrupted and which points are
 *       missing then ({@code interrupted}, {@code missing_points}: 0-based indices as in sweep.csv's
 *       {@code point} column), the parameters, each point's resolved config and the steady-state
 *       detection of the plotted observable in words. Nothing machine-dependent, so the same sweep
 *       gives the same bytes on any number of threads.</li>
 * </ul>
 * An interrupted sweep writes its finished points only, in every file.
 */
public final class SweepOutput {
    private SweepOutput() {
    }

    /**
     * Writes the sweep's files into {@code dir}; {@code missing} lists the points of an interrupted
     * sweep that did not finish (empty otherwise): sweep.json marks the sweep interrupted and names
     * them, and every file holds the finished points only.
     */
    public static List<String> write(Path dir, String config, List<SweepParam> params, String observable,
            List<SweepTable.Row> rows, List<Integer> missing) throws IOException {
        List<String> files = new ArrayList<>();
        writeCsv(dir.resolve("sweep.csv"), params, observable, rows);
        files.add("sweep.csv");
        String png = observable + ".png";
        Plots.writePng(chart(params, observable, rows), dir.resolve(png));
        files.add(png);
        writeTimeseries(dir.resolve("timeseries.csv"), observable, rows);
        files.add("timeseries.csv");
        Json.write(dir.resolve("sweep.json"), json(config, params, observable, rows, missing));
        files.add("sweep.json");
        return files;
    }

    static void writeCsv(Path file, List<SweepParam> params, String observable, List<SweepTable.Row> rows)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("point");
            for (SweepParam p : params) {
                h.append(',').append(p.path());
            }
            for (Observables.Column c : Observables.COLUMNS) {
                h.append(',').append(c.name()).append(',').append(c.name()).append("_se");
            }
            h.append(",relax_time,relax_time_se,steady_from,steady");
            List<String> rates = rows.isEmpty() ? List.of() : rows.get(0).rateNames();
            for (String r : rates) {
                h.append(",rate_").append(r).append(",rate_").append(r).append("_se");
            }
            w.write(h.append('\n').toString());
            for (SweepTable.Row row : rows) {
                StringBuilder l = new StringBuilder().append(row.point().point().index());
                for (String label : row.point().point().labels()) {
                    l.append(',').append(csv(label));
                }
                for (Observables.Column c : Observables.COLUMNS) {
                    SteadyState.Result s = row.of(c.name());
                    l.append(',').append(s == null ? "" : Num.exact(s.value())).append(',')
                            .append(s == null ? "" : Num.exactOrEmpty(s.se()));
                }
                SteadyState.Result m = row.of(observable);
                l.append(',').append(Num.exactOrEmpty(m.tau())).append(',').append(Num.exactOrEmpty(m.tauSe()))
                        .append(',').append(Num.exact(m.startTime())).append(',').append(m.steady());
                for (int s = 0; s < rates.size(); s++) {
                    l.append(',').append(s < row.rates().length ? Num.exact(row.rates()[s]) : "").append(',')
                            .append(s < row.rateSe().length ? Num.exactOrEmpty(row.rateSe()[s]) : "");
                }
                w.write(l.append('\n').toString());
            }
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static XYChart chart(List<SweepParam> params, String observable, List<SweepTable.Row> rows) {
        SweepParam first = params.get(0);
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        boolean numeric = true;
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i).point().point().x();
            numeric &= Double.isFinite(x[i]);
            SteadyState.Result s = rows.get(i).of(observable);
            y[i] = s.value();
            e[i] = s.se();
        }
        if (!numeric) {
            // the point's own index, as in sweep.csv, also when an interrupted sweep left gaps
            for (int i = 0; i < n; i++) {
                x[i] = rows.get(i).point().point().index();
            }
        }
        String xLabel = numeric ? first.path() : first.path() + " (point index: " + String.join(", ", labels(rows)) + ")";
        String desc = "";
        for (Observables.Column c : Observables.COLUMNS) {
            if (c.name().equals(observable)) {
                desc = c.description();
            }
        }
        XYChart c = Plots.chart("steady " + observable + " against " + first.shortName(), xLabel,
                observable + " (" + desc + "), steady value ± SE",
                Plots.Series.withErrors(observable + " (steady)", x, y, e));
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (numeric && lo > 0 && hi / lo > 20) {
            c.getStyler().setXAxisLogarithmic(true);
        }
        return c;
    }

    private static List<String> labels(List<SweepTable.Row> rows) {
        List<String> l = new ArrayList<>();
        for (SweepTable.Row r : rows) {
            l.add(String.join("/", r.point().point().labels()));
        }
        return l;
    }

    static void writeTimeseries(Path file, String observable, List<SweepTable.Row> rows) throws IOException {
        Observables.Column col = Observables.column(observable);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("point,time," + observable + "," + observable + "_se\n");
            for (SweepTable.Row row : rows) {
                RunResult r = row.point().result();
                for (int k = 0; k < r.records(); k++) {
                    SeriesStats.Estimate e = SeriesStats.acrossReplicas(r, k, col);
                    w.write(row.point().point().index() + "," + Num.exact(r.replicas().get(0).get(k).time()) + ","
                            + Num.exact(e.mean()) + "," + Num.exactOrEmpty(e.se()) + "\n");
                }
            }
        }
    }

    static Map<String, Object> json(String config, List<SweepParam> params, String observable, List<SweepTable.Row> rows,
            List<Integer> missing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("interrupted", !missing.isEmpty());
        m.put("missing_points", missing);
        List<Object> ps = new ArrayList<>();
        for (SweepParam p : params) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", p.path());
            List<String> v = new ArrayList<>();
            for (int i = 0; i < p.values().size(); i++) {
                v.add(p.label(i));
            }
            one.put("values", v);
            ps.add(one);
        }
        m.put("parameters", ps);
        m.put("observable", observable);
        m.put("steady_state_method", "SteadyState: MSER-5 window start, exponential fit for the relaxation time "
                + "(jackknife error over replicas), steady value = window mean, SE across replicas");
        List<Object> points = new ArrayList<>();
        for (SweepTable.Row row : rows) {
            RunSpec s = row.point().point().spec();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("point", row.point().point().index());
            p.put("values", row.point().point().labels());
            p.put("seed", s.seed());
            p.put("rule", s.rule());
            p.put("pairing", s.pairing().configName());
            p.put("dt", s.dt());
            p.put("splitting_order", row.point().result().stageOrder());
            SteadyState.Result r = row.of(observable);
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("steady", r.steady());
            st.put("value", Num.json(r.value()));
            st.put("se", Num.json(r.se()));
            st.put("relaxation_time", Num.json(r.tau()));
            st.put("relaxation_time_se", Num.json(r.tauSe()));
            st.put("window_from", Num.json(r.startTime()));
            st.put("note", r.note());
            p.put(observable, st);
            p.put("resolved_config", s.resolved());
            points.add(p);
        }
        m.put("points", points);
        return m;
    }

    /** Ascending point indices as ranges: "3, 7-9, 12". */
    public static String ranges(List<Integer> sorted) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size();) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? sorted.get(i).toString() : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
