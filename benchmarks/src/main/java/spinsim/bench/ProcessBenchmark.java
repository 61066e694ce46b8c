package spinsim.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import spinsim.core.engine.RandomStreams;
import spinsim.core.process.CellDiffusion;
import spinsim.core.process.FieldPrecession;
import spinsim.core.process.SpinRelaxation;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The processes alone, one thread, over blocks of 2^16 states as the engine applies them, as
 * states per second in the secondary result {@code <method>:states} (ns per state per step =
 * 1e9 / rate). Ensemble: half filled, spin fraction 0.5, isotropic (half the states are SPIN; the
 * rate counts all states, SPIN or not, as the loops visit them all).
 * <ul>
 *   <li>{@code fieldPrecession}: field along (1, 2, -2)/3, t_lambda = 20 t_sc, omega_L = 0.9 /t_sc,
 *       dt = 1 (exact A2.8 damping plus rotation per SPIN state; no draws);</li>
 *   <li>{@code spinRelaxation}: tau_spin = 10 t_sc, dt = 1 (one draw per SPIN state, a new
 *       direction for ~9.5 % of them);</li>
 *   <li>{@code diffusion}: the store as a ring of cells of 4096 states, rate 0.1 per t_sc to each
 *       neighbour, dt = 1: 0.1 exchange events per state per step, each two random states of two
 *       neighbouring cells swapped (one thread, as the engine applies it).</li>
 * </ul>
 * {@code size}: 2^16 (cache) and 2^24 (DRAM); {@code vector}: with or without the Vector API loops.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ProcessBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseTransparentHugePages", "--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ProcessBenchmark {
    static final int BLOCK = 1 << 16;

    @Param({"65536", "16777216"})
    public int size;

    /**
     * The engine's Vector API passes ({@code BatchedKernels.setVectorFill}): {@code vector} or
     * {@code scalar}. Field precession has a Vector API loop ({@code VectorPrecession}), spin
     * relaxation does not (its draws are sequential); results are bit-identical either way.
     */
    @Param({"vector", "scalar"})
    public String vector;

    StateStore store;
    FieldPrecession field;
    SpinRelaxation relaxation;
    CellDiffusion diffusion;
    CellLayout chain;
    long step;

    @Setup(Level.Trial)
    public void setUp() {
        BatchedKernels.setVectorFill(switch (vector) {
            case "vector" -> true;
            case "scalar" -> false;
            default -> throw new IllegalArgumentException("vector must be vector or scalar, got " + vector);
        });
        store = Ensembles.halfFilled(CellLayout.uniform(1, size));
        field = new FieldPrecession(new double[] {1, 2, -2}, 20.0, 0.9);
        relaxation = new SpinRelaxation(10.0);
        diffusion = new CellDiffusion(0.1, CellDiffusion.Boundary.PERIODIC);
        chain = CellLayout.uniform(size / CHAIN_CELL, CHAIN_CELL);
    }

    static final int CHAIN_CELL = 1 << 12;

    @Benchmark
    public void diffusion(StateCounter counter) {
        diffusion.applyToCells(store, chain, 1.0,
                RandomStreams.of(Ensembles.SEED, RandomStreams.PROCESS_BASE, step++, 0));
        counter.states += size;
    }

    @Benchmark
    public void fieldPrecession(StateCounter counter) {
        for (int from = 0; from < size; from += BLOCK) {
            field.apply(store, from, Math.min(size, from + BLOCK), 1.0, null);
        }
        counter.states += size;
    }

    @Benchmark
    public void spinRelaxation(StateCounter counter) {
        for (int from = 0, b = 0; from < size; from += BLOCK, b++) {
            relaxation.apply(store, from, Math.min(size, from + BLOCK), 1.0,
                    RandomStreams.of(Ensembles.SEED, RandomStreams.PROCESS_BASE, step, b));
        }
        step++;
        counter.states += size;
    }
}
