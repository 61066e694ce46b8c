package spinsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
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
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * A whole {@link Simulation#step()} of one well-mixed cell: paper rule, no processes, default
 * block size (2^16 states), pairing cost included. Pairs per second in the secondary result
 * {@code step:pairs} (wall time, whatever the thread count; the primary score is steps/s).
 *
 * <p>Run (from the repository root):
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar SimulationStepBenchmark
 * java -jar benchmarks/target/benchmarks.jar SimulationStepBenchmark -p size=268435456 -p pairing=blocked \
 *     -jvmArgsAppend "-Xmx10g -XX:+UseParallelGC -XX:NewRatio=7 -XX:+UseTransparentHugePages --add-modules=jdk.incubator.vector"
 * </pre>
 *
 * <p>Parameters: {@code size} 2^16 (one block: the cell is matched exactly and scattered in one
 * fused pass; both pairings are then the same) and 2^24 (256 blocks, 218 MB: DRAM); 2^28 (3.5 GB)
 * on request as above. {@code pairing}: {@code blocked} (block-local matching, blocks redrawn
 * every step) or {@code sweep} (the exact global matching, {@code SweepMatching.arrange}, one
 * sequential task per cell, then adjacent-pair scattering on the pool). {@code threads} 1, 2. The
 * ensemble is half filled, spin fraction 0.5, isotropic, stepped {@value Ensembles#WARMUP_SWEEPS}
 * times in the trial set-up (2 times from 2^26 states on). The JVM runs with transparent huge pages (random access over a large
 * heap then costs fewer TLB misses), the Vector API module ({@code fill}) and the launcher's
 * collector, ParallelGC: under G1 (JMH's default) a 2^24-state step ran 13-16 % slower, as G1
 * starts each large array at a region boundary, so the spin arrays' components share their
 * offset modulo 4 KB, which {@code StateStore}'s stagger cannot change (docs/performance.md). A
 * -jvmArgsAppend on the command line replaces these options, so repeat them there.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:NewRatio=7", "-XX:+UseTransparentHugePages",
    "--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class SimulationStepBenchmark {
    /** Total states. */
    @Param({"65536", "16777216"})
    public int size;

    /** Threads of the {@link WorkerPool} (the benchmark thread is one of them). */
    @Param({"1", "2"})
    public int threads;

    /**
     * The kernel's fill pass: {@code vector} (the Vector API, {@code VectorFill}) or {@code scalar};
     * the results are bit-identical.
     */
    @Param({"vector", "scalar"})
    public String fill;

    /** {@code blocked} or {@code sweep}. */
    @Param({"blocked", "sweep"})
    public String pairing;

    private WorkerPool pool;
    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        BatchedKernels.setVectorFill(switch (fill) {
            case "vector" -> true;
            case "scalar" -> false;
            default -> throw new IllegalArgumentException("fill must be vector or scalar, got " + fill);
        });
        CellLayout layout = CellLayout.uniform(1, size);
        StateStore store = Ensembles.halfFilled(layout);
        SimulationSetup setup = SimulationSetup.of(layout, ScatteringRules.byName(PaperRule.NAME),
                PairingScheme.byName(pairing), 1.0, List.of(), Ensembles.SEED);
        pool = new WorkerPool(threads);
        sim = new Simulation(setup, store, pool);
        // the initial kind mix is already the steady one (SPIN 1/2, FULL 1/4, EMPTY 1/4): a few
        // steps suffice for the largest ensembles, where a step takes seconds
        int warm = size >= (1 << 26) ? 2 : Ensembles.WARMUP_SWEEPS;
        for (int w = 0; w < warm; w++) {
            sim.step();
        }
        System.out.println(System.lineSeparator() + "[paper, " + size + " states, " + pairing + ", " + threads
                + " thread(s), after " + warm + " steps] " + Ensembles.kindMix(store));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    @Benchmark
    public long step(PairCounter counter) {
        sim.step();
        counter.pairs += size / 2;
        return sim.stepIndex();
    }
}
