package spinsim.core.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import spinsim.core.observe.AngularHistogram;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.core.observe.Tally;
import spinsim.core.pairing.BlockedMatching;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.pairing.PoissonPairing;
import spinsim.core.pairing.SweepMatching;
import spinsim.core.process.CellTransport;
import spinsim.core.process.Process;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The step loop. One step reads like a recipe:
 * <ol>
 *   <li>pairing stage for cells larger than a block: exact matching by {@link SweepMatching}
 *       (sweep), or Poisson pairing of the whole cell (poisson), one task per cell;</li>
 *   <li>blocked stage (pairing blocked, cells larger than a block): one task per block of this
 *       step's {@link BlockedMatching} cut of each such cell, matched and scattered in one fused
 *       pass;</li>
 *   <li>block stage, one task per block: scatter (sweep or blocked: a block that is a whole cell
 *       matches and scatters in one fused pass; sweep: a block of a large cell scatters its
 *       adjacent pairs), then every local process in order;</li>
 *   <li>transport stage: each {@link CellTransport} process (diffusion between cells) over the
 *       whole store, on the calling thread, in list order (they come after the local ones).</li>
 * </ol>
 * Blocks never cross cells and are cut once at setup. Generators come from (seed, stream, step,
 * block or cell), so results do not depend on the thread count.
 *
 * <p>The constructor brings the initial population into the rule's state space
 * ({@link spinsim.core.rule.ScatteringRule#canonicalize}); so does every step after the processes.
 */
public final class Simulation {
    private final SimulationSetup setup;
    private final StateStore store;
    private final WorkerPool pool;
    private final CellLayout layout;
    private final int ruleKernel;
    /** The block-local processes: the first of the setup's list (list index = stream id). */
    private final Process[] processes;
    /** The transport processes, which end the list. */
    private final CellTransport[] transports;
    private final int[] blockFrom;
    private final int[] blockTo;
    private final int[] blockCell;
    private final boolean[] cellNeedsGlobalStage;
    private final int[] globalStageCells;
    /** Per cell: its blocked matching (pairing blocked, cell larger than a block), else null. */
    private final BlockedMatching[] blocked;
    private final int[] blockedCells;
    private final int[] taskCell;
    private final int[] taskBlock;
    private final Histogram stepNanos = new Histogram(3_600_000_000_000L, 3);
    private long step;

    public Simulation(SimulationSetup setup, StateStore store, WorkerPool pool) {
        this.setup = setup;
        this.store = store;
        this.pool = pool;
        this.layout = setup.layout();
        if (store.size() != layout.totalStates()) {
            throw new IllegalArgumentException("store has " + store.size() + " states, layout " + layout.totalStates());
        }
        this.ruleKernel = setup.rule().kernel();
        List<Process> all = setup.processes();
        int nTransport = 0;
        for (int p = 0; p < all.size(); p++) {
            if (all.get(p) instanceof CellTransport t) {
                t.checkLayout(layout);
                nTransport++;
            } else if (nTransport > 0) {
                throw new IllegalArgumentException("process " + all.get(p).name() + " comes after a transport "
                        + "process; transport between cells (diffusion) must come last");
            }
        }
        // transports come last (checked above), so list index p is local process p, then transport
        // p - processes.length: each draws from stream PROCESS_BASE + its list index
        this.processes = all.subList(0, all.size() - nTransport).toArray(new Process[0]);
        this.transports = all.subList(all.size() - nTransport, all.size()).toArray(new CellTransport[0]);
        int bs = setup.blockSize();
        int nBlocks = 0;
        for (int c = 0; c < layout.cells(); c++) {
            nBlocks += (layout.size(c) + bs - 1) / bs;
        }
        blockFrom = new int[nBlocks];
        blockTo = new int[nBlocks];
        blockCell = new int[nBlocks];
        cellNeedsGlobalStage = new boolean[layout.cells()];
        blocked = new BlockedMatching[layout.cells()];
        int b = 0;
        int global = 0;
        int nBlocked = 0;
        int maxTasks = 0;
        for (int c = 0; c < layout.cells(); c++) {
            boolean large = layout.size(c) > bs;
            if (large && setup.pairing() == PairingScheme.BLOCKED) {
                blocked[c] = new BlockedMatching(layout.start(c), layout.end(c), bs);
                nBlocked++;
                maxTasks += blocked[c].blocks();
            }
            cellNeedsGlobalStage[c] = setup.pairing() == PairingScheme.POISSON
                    || large && setup.pairing() == PairingScheme.SWEEP;
            if (cellNeedsGlobalStage[c]) {
                global++;
            }
            for (int from = layout.start(c); from < layout.end(c); from += bs) {
                blockFrom[b] = from;
                blockTo[b] = Math.min(from + bs, layout.end(c));
                blockCell[b] = c;
                b++;
            }
        }
        globalStageCells = new int[global];
        blockedCells = new int[nBlocked];
        for (int c = 0, g = 0, q = 0; c < layout.cells(); c++) {
            if (cellNeedsGlobalStage[c]) {
                globalStageCells[g++] = c;
            }
            if (blocked[c] != null) {
                blockedCells[q++] = c;
            }
        }
        taskCell = new int[maxTasks];
        taskBlock = new int[maxTasks];
        setup.rule().canonicalize(store, 0, store.size());
    }

    public SimulationSetup setup() {
        return setup;
    }

    public StateStore store() {
        return store;
    }

    /** Steps taken so far. */
    public long stepIndex() {
        return step;
    }

    /** Time so far in t_sc. */
    public double time() {
        return step * setup.dt();
    }

    public int blocks() {
        return blockFrom.length;
    }

    /** Bytes of pairing buffers this simulation holds: {@link SimulationSetup#pairingBufferBytes}. */
    public long pairingBufferBytes() {
        return setup.pairingBufferBytes(pool.threads());
    }

    /** Wall time per step in ns, for the run's performance summary. */
    public Histogram stepNanos() {
        return stepNanos;
    }

    /** Advances one step of length dt. */
    public void step() {
        final long t0 = System.nanoTime();
        final long s = step;
        final long seed = setup.seed();
        final double dt = setup.dt();
        final boolean poisson = setup.pairing() == PairingScheme.POISSON;
        if (blockedCells.length > 0) {
            blockedStage(s, seed);
        }
        if (globalStageCells.length > 0) {
            pool.forEach(globalStageCells.length, g -> {
                int c = globalStageCells[g];
                SplittableRandom rng = RandomStreams.of(seed, RandomStreams.SHUFFLE, s, c);
                if (poisson) {
                    PoissonPairing.scatterCell(ruleKernel, store, layout.start(c), layout.end(c), dt, rng);
                } else {
                    SweepMatching.arrange(store, layout.start(c), layout.end(c), rng);
                }
            });
        }
        pool.forEach(blockFrom.length, b -> {
            int from = blockFrom[b];
            int to = blockTo[b];
            if (!poisson && blocked[blockCell[b]] == null) {
                SplittableRandom rng = RandomStreams.of(seed, RandomStreams.SCATTER, s, b);
                if (cellNeedsGlobalStage[blockCell[b]]) {
                    setup.rule().scatterAdjacent(store, from, to, rng);
                } else {
                    setup.rule().matchAndScatter(store, from, to, rng);
                }
            }
            for (int p = 0; p < processes.length; p++) {
                processes[p].apply(store, from, to, dt,
                        RandomStreams.of(seed, RandomStreams.PROCESS_BASE + p, s, b));
            }
            if (processes.length > 0) {
                // a process may move spins out of the rule's state space (the planar rule's half-plane)
                setup.rule().canonicalize(store, from, to);
            }
        });
        for (int t = 0; t < transports.length; t++) {
            transports[t].applyToCells(store, layout, dt,
                    RandomStreams.of(seed, RandomStreams.PROCESS_BASE + processes.length + t, s, 0));
        }
        step++;
        stepNanos.recordValue(Math.max(1, System.nanoTime() - t0));
    }

    /**
     * Blocked matching of the large cells: this step's blocks of each (shift and rotations from
     * (seed, MIX, step, cell)), then every block of every cell on the pool, each with its generator
     * from (seed, BLOCK_SCATTER, step, cell << 32 | block).
     */
    private void blockedStage(long s, long seed) {
        int tasks = 0;
        for (int c : blockedCells) {
            BlockedMatching bm = blocked[c];
            bm.prepare(RandomStreams.of(seed, RandomStreams.MIX, s, c));
            for (int k = 0; k < bm.blocks(); k++) {
                taskCell[tasks] = c;
                taskBlock[tasks] = k;
                tasks++;
            }
        }
        pool.forEach(tasks, t -> {
            int c = taskCell[t];
            int k = taskBlock[t];
            BlockedMatching bm = blocked[c];
            BatchedKernels.Scratch sc = BatchedKernels.scratch();
            int n = bm.fill(k, sc.ensure(bm.maxBlockStates(), bm.maxBlockChunks()));
            setup.rule().matchAndScatter(store, sc, n, bm.chunkShift(),
                    RandomStreams.of(seed, RandomStreams.BLOCK_SCATTER, s, ((long) c << 32) | k));
        });
    }

    /** Per-cell and total tallies, reduced in block order. */
    public Tally tally() {
        CellTally[] perBlock = new CellTally[blockFrom.length];
        pool.forEach(blockFrom.length, b -> {
            CellTally t = new CellTally();
            t.accumulate(store, blockFrom[b], blockTo[b]);
            perBlock[b] = t;
        });
        CellTally[] cells = new CellTally[layout.cells()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new CellTally();
        }
        for (int b = 0; b < perBlock.length; b++) {
            cells[blockCell[b]].add(perBlock[b]);
        }
        return Tally.of(cells);
    }

    /**
     * Tallies plus the angular histograms (cos of the angle) against the ensemble's TIA axis and
     * against the fixed unit {@code axis}.
     */
    public Snapshot observe(int replica, int bins, double[] axis) {
        Tally tally = tally();
        double[] tia = tally.total().tiaDirection();
        long[][] hTia = new long[blockFrom.length][];
        long[][] hAxis = new long[blockFrom.length][];
        pool.forEach(blockFrom.length, b -> {
            hTia[b] = new long[bins];
            hAxis[b] = new long[bins];
            AngularHistogram.accumulate(store, blockFrom[b], blockTo[b], tia[0], tia[1], tia[2], hTia[b]);
            AngularHistogram.accumulate(store, blockFrom[b], blockTo[b], axis[0], axis[1], axis[2], hAxis[b]);
        });
        return new Snapshot(replica, step, time(), tally, sum(hTia, bins), axis.clone(), sum(hAxis, bins),
                injectedElectrons(), null);
    }

    /**
     * Net electrons the processes have put into the store so far (their
     * {@link Process#electronChange()} summed; 0 without injection). Integer counts, so the same
     * for any thread count.
     */
    public long injectedElectrons() {
        long n = 0;
        for (Process p : processes) {
            n += p.electronChange();
        }
        return n;
    }

    private static long[] sum(long[][] parts, int bins) {
        long[] s = new long[bins];
        for (long[] p : parts) {
            for (int i = 0; i < bins; i++) {
                s[i] += p[i];
            }
        }
        return s;
    }

    /** The processes in splitting order. */
    public List<Process> processes() {
        return setup.processes();
    }
}
