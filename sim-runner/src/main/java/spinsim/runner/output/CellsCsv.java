package spinsim.runner.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import spinsim.core.observe.CellTally;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats;

/**
 * {@code cells.csv}, for runs whose cells are positions of a chain (a {@code diffusion} process or
 * an {@code ensemble.chain} profile) and at most {@link #MAX_CELLS} of them: one row per record
 * and cell with the mean ± SE over replicas of n_SPIN, the electrons, the spin vector S_c, and
 * n_TIA,c = |S_c|, plus the polar and azimuthal angle (degrees) of the replicas' mean S_c. The
 * ensemble totals of {@code timeseries.csv} add the cells' vectors, which for a helix along the
 * chain mostly cancel; this file is where a chain run's profile is.
 */
public final class CellsCsv implements Output {
    public static final String FILE = "cells.csv";
    /** Larger chains are not written cell by cell (rows = records x cells). */
    public static final int MAX_CELLS = 4096;

    static final String HEADER = "step,time,cell,n_spin,n_spin_se,electrons,electrons_se,S_x,S_x_se,S_y,S_y_se,"
            + "S_z,S_z_se,n_tia,n_tia_se,tia_polar_deg,tia_azimuth_deg";

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    /** Whether a run writes the file. */
    public static boolean applies(RunSpec s) {
        boolean chain = s.chain() != null || ProcessSpec.anyMovesBetweenCells(s.processes());
        return chain && !s.energyResolved() && s.cells() > 1 && s.cells() <= MAX_CELLS;
    }

    @Override
    public List<String> files(RunRecord run) {
        return applies(run.spec()) ? files() : List.of();
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        if (!applies(run.spec())) {
            return;
        }
        RunResult r = run.result();
        int reps = r.replicas().size();
        int cells = run.spec().cells();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder();
            double[][] v = new double[6][reps];
            for (int k = 0; k < r.records(); k++) {
                var first = r.replicas().get(0).get(k);
                for (int c = 0; c < cells; c++) {
                    for (int i = 0; i < reps; i++) {
                        CellTally t = r.replicas().get(i).get(k).tally().cells()[c];
                        v[0][i] = t.nSpin;
                        v[1][i] = t.electrons();
                        v[2][i] = t.sx;
                        v[3][i] = t.sy;
                        v[4][i] = t.sz;
                        v[5][i] = t.nTia();
                    }
                    line.setLength(0);
                    line.append(first.step()).append(',').append(Num.exact(first.time())).append(',').append(c);
                    double[] mean = new double[6];
                    for (int q = 0; q < 6; q++) {
                        SeriesStats.Estimate e = SeriesStats.meanSe(v[q], "replicas");
                        mean[q] = e.mean();
                        line.append(',').append(Num.exact(e.mean())).append(',').append(Num.exactOrEmpty(e.se()));
                    }
                    double len = Math.sqrt(mean[2] * mean[2] + mean[3] * mean[3] + mean[4] * mean[4]);
                    double polar = len > 0 ? Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, mean[4] / len)))) : Double.NaN;
                    double azimuth = len > 0 ? Math.toDegrees(Math.atan2(mean[3], mean[2])) : Double.NaN;
                    line.append(',').append(Num.exactOrEmpty(polar)).append(',').append(Num.exactOrEmpty(azimuth))
                            .append('\n');
                    w.write(line.toString());
                }
            }
        }
    }
}
