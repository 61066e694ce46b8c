package spinsim.bench;

import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import spinsim.core.engine.RandomStreams;
import spinsim.core.pairing.SweepMatching;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.RuleKernels;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.rule.TableBatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The scattering kernels alone, one thread, one well-mixed cell in cache, as throughput in pairs
 * per second (JMH's ops/s is pairs/s: ns/pair = 1e9 / score).
 *
 * <p>Run (from the repository root):
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar ScatteringKernelBenchmark
 * java -jar benchmarks/target/benchmarks.jar 'ScatteringKernelBenchmark.fused$' -p rule=paper -f 3
 * </pre>
 *
 * <p>Methods:
 * <ul>
 *   <li>{@code fused}: the engine's sweep of a cell that fits a block, {@link BatchedKernels}
 *       (exact uniform random matching fused with the scattering, pairing cost included);</li>
 *   <li>{@code fusedPrevious}: the same sweep by the kernel this one replaced,
 *       {@link RuleKernels#matchAndScatter} (swap-based matching, a switch per pair), for the
 *       ratio;</li>
 *   <li>{@code fusedBaseline}, {@code matchOnlyBaseline}: {@code fused} and {@code matchOnly} by
 *       the kernel as the second issue 6 tuning pass left it ({@link TableBatchedKernels}, a frozen
 *       copy; until commit 27b8af5 these ran the pre-tuning {@code PreviousBatchedKernels}); for a
 *       robust before/after ratio on a shared host prefer {@link KernelAB}, which alternates the two
 *       in one JVM;</li>
 *   <li>{@code matchOnly}: the pairing passes of {@code fused} alone ({@link BatchedKernels#matchOnly});
 *       fused minus matchOnly is the scattering;</li>
 *   <li>{@code adjacent}: scattering alone with the per-pair kernel, {@link RuleKernels#scatterAdjacent}
 *       on adjacent pairs; the cell is re-matched exactly ({@link SweepMatching#arrange}) outside
 *       the measured time before each pass, so the pairs keep the steady mix. Read its secondary
 *       result {@code adjacent:pairs}.</li>
 * </ul>
 * Each invocation of the others is 2^20 pairs (2^21 / size sweeps), so
 * {@code @OperationsPerInvocation} is the pair count for every size dividing 2^21. Every sweep gets
 * a fresh generator {@code RandomStreams.of(seed, SCATTER, step, 0)}. The naive reference is in
 * {@link NaiveReferenceBenchmark}.
 *
 * <p>Parameters: {@code size} 2^14 (213 KB of state, L2) and 2^16 (852 KB, L2 + L3); {@code rule}
 * paper or spin-conserving. The ensemble is half filled (electrons = states), spin fraction 0.5,
 * isotropic, run for {@value Ensembles#WARMUP_SWEEPS} sweeps in the trial set-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ScatteringKernelBenchmark {
    /** Pairs per invocation. */
    static final int PAIRS = 1 << 20;

    /** Ensemble size in states. */
    @Param({"16384", "65536"})
    public int size;

    /**
     * The kernel's fill pass: {@code vector} (the Vector API, {@code VectorFill}) or {@code scalar};
     * the results are bit-identical.
     */
    @Param({"vector", "scalar"})
    public String fill;

    /** The registered rule name. */
    @Param({"paper", "spin-conserving"})
    public String rule;

    StateStore store;
    ScatteringRule scatteringRule;
    int kernel;
    int sweepsPerInvocation;
    long step;
    long pass;

    @Setup(Level.Trial)
    public void setUp() {
        if (size < 2 || (2 * PAIRS) % size != 0) {
            throw new IllegalArgumentException("size must divide 2^21, got " + size);
        }
        BatchedKernels.setVectorFill(switch (fill) {
            case "vector" -> true;
            case "scalar" -> false;
            default -> throw new IllegalArgumentException("fill must be vector or scalar, got " + fill);
        });
        sweepsPerInvocation = (2 * PAIRS) / size;
        scatteringRule = ScatteringRules.byName(rule);
        kernel = scatteringRule.kernel();
        store = Ensembles.halfFilled(CellLayout.uniform(1, size));
        scatteringRule.canonicalize(store, 0, size);
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++) {
            fusedSweep();
        }
        System.out.println(System.lineSeparator() + "[" + rule + ", " + size + " states, after "
                + Ensembles.WARMUP_SWEEPS + " sweeps] " + Ensembles.kindMix(store));
    }

    private SplittableRandom next() {
        return RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step++, 0);
    }

    private void fusedSweep() {
        scatteringRule.matchAndScatter(store, 0, size, next());
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void fused() {
        for (int r = 0; r < sweepsPerInvocation; r++) {
            fusedSweep();
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void fusedPrevious() {
        for (int r = 0; r < sweepsPerInvocation; r++) {
            RuleKernels.matchAndScatter(kernel, store, 0, size, next());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void fusedBaseline() {
        for (int r = 0; r < sweepsPerInvocation; r++) {
            TableBatchedKernels.matchAndScatter(kernel, store, 0, size, next());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int matchOnlyBaseline() {
        int found = 0;
        for (int r = 0; r < sweepsPerInvocation; r++) {
            found += TableBatchedKernels.matchOnly(store, 0, size, next());
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int matchOnly() {
        int found = 0;
        for (int r = 0; r < sweepsPerInvocation; r++) {
            found += BatchedKernels.matchOnly(store, 0, size, next());
        }
        return found;
    }

    /** Re-matches the cell exactly before each invocation of {@link #adjacent}, outside the timing. */
    @State(Scope.Thread)
    public static class Rematch {
        @Setup(Level.Invocation)
        public void rematch(ScatteringKernelBenchmark b) {
            SweepMatching.arrange(b.store, 0, b.size, RandomStreams.of(Ensembles.SEED, RandomStreams.SHUFFLE, b.pass++, 0));
        }
    }

    /**
     * One pass of the per-pair kernel over the adjacent pairs of the exactly re-matched cell; the
     * pair rate is the secondary result {@code adjacent:pairs} (ops/s = pairs/s; the primary score
     * counts passes).
     */
    @Benchmark
    public void adjacent(Rematch rematch, PairCounter counter) {
        RuleKernels.scatterAdjacent(kernel, store, 0, size, next());
        counter.pairs += size / 2;
    }
}
