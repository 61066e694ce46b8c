package spinsim.runner.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import spinsim.runner.run.AssemblyRow;

/**
 * {@code assemblies.csv} (runs with {@code observe.assemblies} only): the two-assembly partition
 * of paper Section 8 ({@link spinsim.core.observe.AssemblyTracker}), one row per record and
 * replica ({@link AssemblyRow}). Per replica, not averaged: an assembly's label is followed within
 * a replica, and the spread between replicas is the error the report needs. Angles in degrees in
 * the frame of the two initial directions; the same config and seed give the same bytes on any
 * thread count.
 */
public final class AssemblyCsv implements Output {
    public static final String FILE = "assemblies.csv";

    static final String HEADER = "step,time,replica,"
            + side("a1") + "," + side("a2")
            + ",angle_between_deg,merged,coherent,diffuse,coherent_groups,min_group"
            + ",S_x,S_y,S_z,S_abs,n_spin,n_tis,tia_rotation_deg,electrons,injected_electrons";

    private static String side(String a) {
        return a + "_electrons," + a + "_fraction," + a + "_polar_deg," + a + "_azimuth_deg," + a + "_inplane_deg,"
                + a + "_spread_deg," + a + "_groups";
    }

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public List<String> files(RunRecord run) {
        return run.result().observesAssemblies() ? files() : List.of();
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        if (!run.result().observesAssemblies()) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (AssemblyRow r : AssemblyRow.all(run.result())) {
                line.setLength(0);
                line.append(r.step()).append(',').append(Num.exact(r.time())).append(',').append(r.replica());
                side(line, r.first());
                side(line, r.second());
                double[] s = r.spin();
                line.append(',').append(Num.exact(r.angleBetweenDeg())).append(',').append(r.merged() ? 1 : 0)
                        .append(',').append(r.coherent()).append(',').append(r.diffuse())
                        .append(',').append(r.coherentGroups()).append(',').append(r.minGroup())
                        .append(',').append(Num.exact(s[0])).append(',').append(Num.exact(s[1]))
                        .append(',').append(Num.exact(s[2])).append(',').append(Num.exact(r.spinLength()))
                        .append(',').append(r.nSpin()).append(',').append(Num.exact(r.nTis()))
                        .append(',').append(Num.exact(r.tiaRotationDeg())).append(',').append(r.electrons())
                        .append(',').append(r.injectedElectrons()).append('\n');
                w.write(line.toString());
            }
        }
    }

    private static void side(StringBuilder line, AssemblyRow.Side a) {
        line.append(',').append(a.electrons()).append(',').append(Num.exact(a.fraction()))
                .append(',').append(Num.exact(a.polarDeg())).append(',').append(Num.exact(a.azimuthDeg()))
                .append(',').append(Num.exact(a.inPlaneDeg())).append(',').append(Num.exact(a.spreadDeg()))
                .append(',').append(a.groups());
    }
}
