package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The registry of a run directory's outputs, in the order they are written and listed. */
public final class Outputs {
    public static final List<Output> ALL = List.of(
            new ResolvedConfigYaml(),
            new SummaryJson(),
            new TimeseriesCsv(),
            new AssemblyCsv(),
            new CellsCsv(),
            new HistogramCsv(),
            new PerformanceJson(),
            new RunPlots(),
            new EnergyOutput());

    private Outputs() {
    }

    /** Writes every output of {@link #ALL} into {@code dir}; returns the file names written. */
    public static List<String> writeAll(RunRecord run, Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        for (Output o : ALL) {
            o.write(run, dir);
            files.addAll(o.files(run));
        }
        return files;
    }
}
