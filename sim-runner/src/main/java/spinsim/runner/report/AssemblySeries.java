package spinsim.runner.report;

import java.util.List;
import spinsim.core.observe.AssemblyFrame;
import spinsim.core.observe.AssemblyPartition;
import spinsim.core.observe.AssemblyTracker;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.AssemblyObservation;
import spinsim.runner.run.RunResult;

/**
 * Per-replica time series of a two-assembly run, as fractions of the electrons: each assembly's
 * electrons and both together (coherent: see {@code AssemblyTracker}), |S|, the electrons
 * converted out of the TIA as the cascade counts them (electrons - |S|: once the populations are
 * parallel the cascade's TIA is |S| and its TIS the rest), the in-plane angles of the two
 * assemblies and of S from TIA1's initial direction (toward TIA2's), the angle between the two
 * assemblies and the RMS angular width of all coherent spins around their common centre.
 *
 * <p>Why the converted electrons are not counted from the partition: the coherent populations of
 * the particles are only identifiable while their directions repeat; once they scatter with TIS
 * spins, or the bisector tree has split them into directions held by one or two states each, they
 * count as diffuse although they still carry the TIA. |S| has no such limit.
 *
 * @param frame the run's frame: angles in the plane of the two initial directions, from TIA1's
 */
record AssemblySeries(double[] t, double[][] f1, double[][] f2, double[][] coherent, double[][] converted,
        double[][] psi1Deg, double[][] psi2Deg, double[][] psiSDeg, double[][] betweenDeg, double[][] widthDeg, double[][] spin,
        double n1, double n2, double electrons, double thetaRad, AssemblyFrame frame) {

    static AssemblySeries of(RunResult r) {
        int reps = r.replicas().size();
        int n = r.records();
        AssemblyObservation obs = r.spec().assemblies();
        AssemblyFrame frame = obs.frame();
        double[][] f1 = new double[reps][n];
        double[][] f2 = new double[reps][n];
        double[][] coh = new double[reps][n];
        double[][] conv = new double[reps][n];
        double[][] p1 = new double[reps][n];
        double[][] p2 = new double[reps][n];
        double[][] ps = new double[reps][n];
        double[][] bt = new double[reps][n];
        double[][] sp = new double[reps][n];
        double[][] wd = new double[reps][n];
        double electrons = RunSeries.total(r.replicas().get(0).get(0)).electrons();
        for (int i = 0; i < reps; i++) {
            List<Snapshot> l = r.replicas().get(i);
            for (int k = 0; k < n; k++) {
                Snapshot s = l.get(k);
                AssemblyPartition a = s.assemblies();
                CellTally tally = RunSeries.total(s);
                double el = tally.electrons();
                f1[i][k] = a.first().electrons() / el;
                f2[i][k] = a.second().electrons() / el;
                coh[i][k] = (double) a.coherent() / el;
                p1[i][k] = a.first().electrons() > 0 ? frame.inPlaneDeg(a.first().direction()) : Double.NaN;
                p2[i][k] = a.second().electrons() > 0 ? frame.inPlaneDeg(a.second().direction()) : Double.NaN;
                ps[i][k] = frame.inPlaneDeg(new double[] {tally.sx, tally.sy, tally.sz});
                bt[i][k] = Math.toDegrees(a.angleBetweenRad());
                sp[i][k] = Math.sqrt(tally.sx * tally.sx + tally.sy * tally.sy + tally.sz * tally.sz) / el;
                conv[i][k] = 1 - sp[i][k];
                wd[i][k] = Math.toDegrees(width(a));
            }
        }
        // the configured counts (exact apportionment), also when both start in one group (theta = 0)
        long[] counts = r.spec().mixture().apportion(RunSeries.total(r.replicas().get(0).get(0)).nSpin);
        return new AssemblySeries(RunSeries.times(r), f1, f2, coh, conv, p1, p2, ps, bt, wd, sp, counts[0], counts[1], electrons,
                AssemblyTracker.angle(obs.first(), obs.second()), frame);
    }

    /**
     * RMS angle (rad) of the coherent spins around their common centre: each assembly's own spread
     * combined with its centre's angle to the common centre; NaN without coherent spins.
     */
    static double width(AssemblyPartition a) {
        double n1 = a.first().electrons();
        double n2 = a.second().electrons();
        if (n1 + n2 == 0) {
            return Double.NaN;
        }
        double[] s1 = a.first().spin();
        double[] s2 = a.second().spin();
        double[] c = {s1[0] + s2[0], s1[1] + s2[1], s1[2] + s2[2]};
        double a1 = n1 > 0 ? AssemblyTracker.angle(a.first().direction(), c) : 0;
        double a2 = n2 > 0 ? AssemblyTracker.angle(a.second().direction(), c) : 0;
        double v1 = a.first().spreadRad() * a.first().spreadRad() + a1 * a1;
        double v2 = a.second().spreadRad() * a.second().spreadRad() + a2 * a2;
        return Math.sqrt((n1 * v1 + n2 * v2) / (n1 + n2));
    }

    int last() {
        return t.length - 1;
    }
}
