package spinsim.runner.run;

import java.util.ArrayList;
import java.util.List;
import spinsim.core.observe.Assembly;
import spinsim.core.observe.AssemblyFrame;
import spinsim.core.observe.AssemblyPartition;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;

/**
 * One record of one replica of a two-assembly run, in the numbers of paper Section 8 (Fig. 9-11):
 * what {@code assemblies.csv} writes, one row per record and replica, for the report to use
 * without re-reading the file. Angles are in the run's {@link AssemblyFrame} (z = the first
 * initial direction, the second initial direction in the xz half-plane x &gt; 0).
 *
 * @param first, second   the two assemblies (TIA1, TIA2)
 * @param angleBetweenDeg angle between their centres (0 when merged, NaN with no coherent spin)
 * @param merged          one assembly is empty ({@link AssemblyPartition#merged()})
 * @param coherent        SPIN states in the two assemblies
 * @param diffuse         the other SPIN states (TIS-like)
 * @param coherentGroups  groups of equal directions with at least {@code minGroup} states
 * @param minGroup        the threshold used at this record
 * @param spin            the tally's total spin vector S
 * @param nSpin           SPIN states
 * @param nTis            n_SPIN - |S| (MODEL.md section 5)
 * @param tiaRotationDeg  angle of S from S at t = 0 of this replica (NaN if S was 0)
 * @param electrons       2 n_FULL + n_SPIN at this record
 * @param injectedElectrons net electrons put in by injection since t = 0
 */
public record AssemblyRow(int replica, long step, double time, Side first, Side second, double angleBetweenDeg,
        boolean merged, long coherent, long diffuse, int coherentGroups, int minGroup, double[] spin, long nSpin,
        double nTis, double tiaRotationDeg, long electrons, long injectedElectrons) {

    /**
     * One assembly at one record.
     *
     * @param electrons  SPIN states (electrons) in it
     * @param fraction   electrons / all electrons at this record (the paper's occupation
     *                   probability: TIA1 + TIA2 + TIS = 1, the TIS then counting the electrons
     *                   of FULL states too)
     * @param polarDeg   angle of its centre from the first initial direction (Fig. 9 inset)
     * @param azimuthDeg azimuth of its centre about the first initial direction, 0 on the side of
     *                   the second ({@link AssemblyFrame#azimuthDeg})
     * @param inPlaneDeg signed angle in the plane of the initial directions, from the first toward
     *                   the second ({@link AssemblyFrame#inPlaneDeg})
     * @param spreadDeg  weighted RMS angle of its spins to its centre
     * @param groups     distinct directions (rounded to 1.5e-5) in it
     */
    public record Side(long electrons, double fraction, double polarDeg, double azimuthDeg, double inPlaneDeg,
            double spreadDeg, int groups) {
        static Side of(Assembly a, long allElectrons, AssemblyFrame frame) {
            double[] d = a.direction();
            return new Side(a.electrons(), allElectrons == 0 ? Double.NaN : (double) a.electrons() / allElectrons,
                    frame.polarDeg(d), frame.azimuthDeg(d), frame.inPlaneDeg(d), a.spreadDeg(), a.groups());
        }
    }

    public AssemblyRow {
        spin = spin.clone();
    }

    @Override
    public double[] spin() {
        return spin.clone();
    }

    /** |S| = n_TIA. */
    public double spinLength() {
        return Math.sqrt(spin[0] * spin[0] + spin[1] * spin[1] + spin[2] * spin[2]);
    }

    /** The row of record k of replica r; IllegalStateException when the run did not observe assemblies. */
    public static AssemblyRow of(RunResult run, int replica, int k) {
        if (!run.observesAssemblies()) {
            throw new IllegalStateException("run '" + run.spec().name() + "' did not observe assemblies "
                    + "(observe.assemblies)");
        }
        AssemblyFrame frame = run.spec().assemblies().frame();
        Snapshot s = run.replicas().get(replica).get(k);
        Snapshot s0 = run.replicas().get(replica).get(0);
        AssemblyPartition p = s.assemblies();
        CellTally t = s.tally().total();
        CellTally t0 = s0.tally().total();
        double[] spin = {t.sx, t.sy, t.sz};
        double[] spin0 = {t0.sx, t0.sy, t0.sz};
        double rotation = t0.nTia() == 0 || t.nTia() == 0 ? Double.NaN : AssemblyFrame.angleDeg(spin, spin0);
        long electrons = t.electrons();
        return new AssemblyRow(replica, s.step(), s.time(), Side.of(p.first(), electrons, frame),
                Side.of(p.second(), electrons, frame), p.angleBetweenDeg(), p.merged(), p.coherent(), p.diffuse(),
                p.coherentGroups(), p.minGroup(), spin, t.nSpin, t.nTis(), rotation, electrons, s.injectedElectrons());
    }

    /** Every row of the run: record by record, replicas in order within a record. */
    public static List<AssemblyRow> all(RunResult run) {
        List<AssemblyRow> rows = new ArrayList<>();
        for (int k = 0; k < run.records(); k++) {
            for (int r = 0; r < run.replicas().size(); r++) {
                rows.add(of(run, r, k));
            }
        }
        return rows;
    }

    /** Every row of one replica, record by record. */
    public static List<AssemblyRow> ofReplica(RunResult run, int replica) {
        List<AssemblyRow> rows = new ArrayList<>();
        for (int k = 0; k < run.records(); k++) {
            rows.add(of(run, replica, k));
        }
        return rows;
    }
}
