package spinsim.runner.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Recorder;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.observe.AssemblyTracker;
import spinsim.core.observe.Snapshot;
import spinsim.core.state.StateStore;
import spinsim.runner.config.RunSpec;

/**
 * Runs the replicas of a {@link RunSpec} one after another, each over all worker threads.
 * Replica r uses seed {@link RandomStreams#replicaSeed}(seed, r). Snapshots are taken at step 0,
 * every {@code observe.every} steps and at the last step, and leave the step loop through a
 * {@link Recorder} queue, so a slow listener (a file writer) does not stall the steps. With
 * {@code observe.assemblies}, each replica has its own {@link AssemblyTracker} and every snapshot
 * carries its partition.
 */
public final class RunExecutor {
    /** Hears about progress and snapshots; called on the recorder thread for snapshots. */
    public interface Listener {
        default void onSnapshot(Snapshot s) throws Exception {
        }

        /** Called on the simulation thread after each step. */
        default void onStep(int replica, long step, long steps) {
        }
    }

    private RunExecutor() {
    }

    public static RunResult execute(RunSpec spec, int threads, Listener listener) {
        return execute(spec, threads, listener, new AtomicBoolean());
    }

    /** As {@link #execute(RunSpec, int, Listener)}; stops cleanly after the current step when {@code stop} is set. */
    public static RunResult execute(RunSpec spec, int threads, Listener listener, AtomicBoolean stop) {
        long t0 = System.nanoTime();
        Composition[] perCell = spec.compositions();
        spinsim.core.state.CellLayout layout = spec.layout();
        Histogram stepNanos = new Histogram(3_600_000_000_000L, 3);
        List<List<Snapshot>> replicas = new ArrayList<>();
        long steps = spec.steps();
        List<String> order = List.of();
        boolean interrupted = false;
        try (WorkerPool pool = new WorkerPool(threads)) {
            for (int r = 0; r < spec.replicas() && !interrupted; r++) {
                if (stop.get()) {
                    // before populating a store that would not be stepped
                    interrupted = true;
                    break;
                }
                long seed = RandomStreams.replicaSeed(spec.seed(), r);
                StateStore store = new StateStore((int) spec.totalStates());
                Populator.populate(store, layout, perCell, spec.mixture(), seed);
                if (spec.chain() != null) {
                    spec.chain().apply(store, layout, seed);
                }
                Simulation sim = new Simulation(spec.setup(seed), store, pool);
                order = sim.setup().stageOrder();
                List<Snapshot> mine = Collections.synchronizedList(new ArrayList<>());
                try (Recorder rec = new Recorder(s -> {
                    mine.add(s);
                    listener.onSnapshot(s);
                }, 256)) {
                    final int replica = r;
                    AssemblyTracker tracker = spec.assemblies() == null ? null : spec.assemblies().tracker();
                    rec.offer(observe(sim, spec, replica, tracker));
                    for (long s = 1; s <= steps; s++) {
                        if (stop.get()) {
                            interrupted = true;
                            break;
                        }
                        sim.step();
                        if (s % spec.recordEvery() == 0 || s == steps) {
                            rec.offer(observe(sim, spec, replica, tracker));
                        }
                        listener.onStep(replica, s, steps);
                    }
                }
                stepNanos.add(sim.stepNanos());
                if (!interrupted) {
                    replicas.add(new ArrayList<>(mine));
                }
            }
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        // the JVM's memory peaks so far, read when the steps end and before any output is written
        // (writing the plots raises both, and a figure read later would not be the run's)
        return new RunResult(spec, replicas, perCell, order, stepNanos, wall, threads, interrupted,
                MemoryPeaks.heapPeakBytes(), MemoryPeaks.rssPeakBytes());
    }

    /**
     * The snapshot of a record, with the two-assembly partition when observe.assemblies is on
     * (computed here, on the stepping thread between steps, while the store is quiescent).
     */
    private static Snapshot observe(Simulation sim, RunSpec spec, int replica, AssemblyTracker tracker) {
        Snapshot s = sim.observe(replica, spec.histogramBins(), spec.axis());
        return tracker == null ? s : s.withAssemblies(tracker.observe(sim.store()));
    }
}
