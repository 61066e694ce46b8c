package spinsim.runner.run;

import java.util.List;
import org.HdrHistogram.Histogram;
import spinsim.core.initial.Composition;
import spinsim.core.observe.AssemblyPartition;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.RunSpec;

/**
 * What a run produced, in memory: every replica's snapshots (same steps in every replica),
 * the exact initial composition of each cell, the splitting order, and the machine-dependent
 * measurements (wall time, step times, threads) kept apart from the physics.
 */
public record RunResult(RunSpec spec, List<List<Snapshot>> replicas, Composition[] initialPerCell,
        List<String> stageOrder, Histogram stepNanos, double wallSeconds, int threads, boolean interrupted,
        long heapPeakBytes, long rssPeakBytes) {

    /** Snapshots of every replica at record index k. */
    public Snapshot[] at(int k) {
        Snapshot[] s = new Snapshot[replicas.size()];
        for (int r = 0; r < s.length; r++) {
            s[r] = replicas.get(r).get(k);
        }
        return s;
    }

    /**
     * Net electrons put in by injection from t = 0 to record k of replica r (negative when the
     * source is full; 0 without injection). Exact: initial electrons + this = electrons at record k.
     */
    public long injectedElectrons(int replica, int k) {
        return replicas.get(replica).get(k).injectedElectrons();
    }

    /** Whether the run observed the two-assembly partition (observe.assemblies). */
    public boolean observesAssemblies() {
        return spec.assemblies() != null;
    }

    /**
     * The two-assembly partition at record k of replica r, or null when the run did not observe it.
     * See {@link AssemblyRow} for the derived quantities (angles in the run's frame, fractions, TIA
     * rotation) as written to assemblies.csv.
     */
    public AssemblyPartition assemblies(int replica, int k) {
        return replicas.get(replica).get(k).assemblies();
    }

    /** True when every requested replica ran to its last step (not interrupted). */
    public boolean complete() {
        return !interrupted && replicas.size() == spec.replicas();
    }

    /** Records per replica (the shortest replica, if a run was interrupted). */
    public int records() {
        int n = Integer.MAX_VALUE;
        for (List<Snapshot> l : replicas) {
            n = Math.min(n, l.size());
        }
        return replicas.isEmpty() ? 0 : n;
    }
}
