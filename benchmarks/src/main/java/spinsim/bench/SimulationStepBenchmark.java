package spinsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * A whole {@link Simulation#step()}: sweep pairing, paper rule, no processes, default block size
 * (2^16 states), as throughput in pairs per second (states / 2 pairs per step; 1 / score is the
 * wall time per pair, whatever the thread count).
 *
 * <p>Run (from the repository root):
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar SimulationStepBenchmark
 * java -jar benchmarks/target/benchmarks.jar SimulationStepBenchmark -p size=65536 -wi 2 -i 3 -w 1 -r 1 -f 1
 * java -jar benchmarks/target/benchmarks.jar SimulationStepBenchmark -p size=4194304 -p cells=64
 * </pre>
 *
 * <p>Parameters: {@code size} (total states) 2^16 (one block: the cell is matched and scattered in
 * one fused pass, so 2 threads have nothing to share) and 2^22 (one cell of 64 blocks: the exact
 * global matching {@code SweepMatching.arrange} runs sequentially over the whole cell, then the 64
 * blocks scatter their adjacent pairs on the pool); {@code threads} 1 and 2 ({@link WorkerPool});
 * {@code cells} 1 by default; {@code -p cells=64} at 2^22 gives 64 cells of one block each, the
 * blocked fused path, for comparison. The ensemble is half filled, spin fraction 0.5, isotropic,
 * and is stepped {@value Ensembles#WARMUP_SWEEPS} times in the trial set-up.
 *
 * <p>One invocation is 2^21 pairs: 2^22 / size steps, so {@code @OperationsPerInvocation} is the
 * true pair count for every size that divides 2^22 (for a larger size pass {@code -opi size/2}:
 * one step per invocation).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class SimulationStepBenchmark {
    /** Pairs per invocation: one step of 2^22 states. */
    static final int PAIRS = 1 << 21;

    /** Total states. */
    @Param({"65536", "4194304"})
    public int size;

    /** Threads of the {@link WorkerPool} (the benchmark thread is one of them). */
    @Param({"1", "2"})
    public int threads;

    /** Equal cells the states are cut into. */
    @Param({"1"})
    public int cells;

    private WorkerPool pool;
    private Simulation sim;
    private int stepsPerInvocation;

    @Setup(Level.Trial)
    public void setUp() {
        if (size % cells != 0 || (size / cells) % 2 != 0) {
            throw new IllegalArgumentException("cells must cut size into even cells: size " + size + ", cells " + cells);
        }
        if (size < 2 * PAIRS && (2 * PAIRS) % size != 0) {
            throw new IllegalArgumentException("size must divide 2^22, got " + size);
        }
        stepsPerInvocation = Math.max(1, (2 * PAIRS) / size);
        CellLayout layout = CellLayout.uniform(cells, size / cells);
        StateStore store = Ensembles.halfFilled(layout);
        SimulationSetup setup = SimulationSetup.of(layout, ScatteringRules.byName(PaperRule.NAME),
                PairingScheme.SWEEP, 1.0, List.of(), Ensembles.SEED);
        pool = new WorkerPool(threads);
        sim = new Simulation(setup, store, pool);
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++) {
            sim.step();
        }
        System.out.println(System.lineSeparator() + "[paper, " + size + " states, " + cells + " cell(s), " + sim.blocks() + " block(s), after "
                + Ensembles.WARMUP_SWEEPS + " steps] " + Ensembles.kindMix(store));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long step() {
        for (int s = 0; s < stepsPerInvocation; s++) {
            sim.step();
        }
        return sim.stepIndex();
    }
}
