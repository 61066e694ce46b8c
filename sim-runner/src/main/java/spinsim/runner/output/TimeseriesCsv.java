package spinsim.runner.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;

/**
 * {@code timeseries.csv}: one row per record, {@code step,time} then for every observable of
 * {@link Observables#columnsFor} (with {@code injected_electrons} last when the run injects) its
 * mean across replicas and the SE of that mean
 * ({@code <name>,<name>_se}; the SE is empty with one replica). Numbers are written with
 * {@link Double#toString}, which round-trips and ignores the locale, so the same config and seed
 * give the same bytes whatever the thread count.
 */
public final class TimeseriesCsv implements Output {
    public static final String FILE = "timeseries.csv";

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        RunResult r = run.result();
        List<Observables.Column> columns = Observables.columnsFor(r.spec());
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("step,time");
            for (Observables.Column c : columns) {
                line.append(',').append(c.name()).append(',').append(c.name()).append("_se");
            }
            w.write(line.append('\n').toString());
            for (int k = 0; k < r.records(); k++) {
                var first = r.replicas().get(0).get(k);
                line.setLength(0);
                line.append(first.step()).append(',').append(Num.exact(first.time()));
                for (Observables.Column c : columns) {
                    SeriesStats.Estimate e = SeriesStats.acrossReplicas(r, k, c);
                    line.append(',').append(Num.exact(e.mean())).append(',').append(Num.exactOrEmpty(e.se()));
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
