package spinsim.runner.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import spinsim.core.observe.AngularHistogram;
import spinsim.core.observe.Snapshot;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;

/**
 * {@code histogram.csv}: the final angular distributions of the SPIN directions, per bin of
 * cos(theta) in [-1, 1]: the count against the ensemble's TIA axis and against the fixed
 * observe.axis (mean across replicas ± SE), and the "one delta (TIA) + one isotropic sphere (TIS)"
 * expectation of {@link AngularHistogram#deltaPlusIsotropic} for the mean n_spin and n_tia.
 */
public final class HistogramCsv implements Output {
    public static final String FILE = "histogram.csv";

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    /** The final histograms, per bin: {cos centre, tia mean, tia se, axis mean, axis se, expectation}. */
    public static double[][] table(RunResult r) {
        int last = r.records() - 1;
        Snapshot[] at = r.at(last);
        int bins = at[0].histogramTia().length;
        double nSpin = SeriesStats.acrossReplicas(r, last, Observables.column("n_spin")).mean();
        double nTia = SeriesStats.acrossReplicas(r, last, Observables.column("n_tia")).mean();
        double[] expected = AngularHistogram.deltaPlusIsotropic(nSpin, nTia, bins);
        double[][] rows = new double[bins][];
        for (int b = 0; b < bins; b++) {
            double[] tia = new double[at.length];
            double[] axis = new double[at.length];
            for (int i = 0; i < at.length; i++) {
                tia[i] = at[i].histogramTia()[b];
                axis[i] = at[i].histogramAxis()[b];
            }
            SeriesStats.Estimate t = SeriesStats.meanSe(tia, "replicas");
            SeriesStats.Estimate a = SeriesStats.meanSe(axis, "replicas");
            rows[b] = new double[] {AngularHistogram.binCentre(b, bins), t.mean(), t.se(), a.mean(), a.se(), expected[b]};
        }
        return rows;
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("bin,cos_theta,count_tia_axis,count_tia_axis_se,count_fixed_axis,count_fixed_axis_se,"
                    + "delta_plus_isotropic\n");
            double[][] rows = table(run.result());
            for (int b = 0; b < rows.length; b++) {
                double[] row = rows[b];
                w.write(b + "," + Num.exact(row[0]) + "," + Num.exact(row[1]) + "," + Num.exactOrEmpty(row[2]) + ","
                        + Num.exact(row[3]) + "," + Num.exactOrEmpty(row[4]) + "," + Num.exact(row[5]) + "\n");
            }
        }
    }
}
