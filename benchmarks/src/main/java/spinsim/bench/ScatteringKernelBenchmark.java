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
import spinsim.core.rule.RuleKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The scattering kernel of {@link RuleKernels} alone, one thread, as throughput in pairs per
 * second (JMH's ops/s is pairs/s: 1 / score is the time per pair).
 *
 * <p>Run (from the repository root):
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar ScatteringKernelBenchmark
 * java -jar benchmarks/target/benchmarks.jar ScatteringKernelBenchmark -p size=16384 -wi 2 -i 3 -w 1 -r 1 -f 1
 * java -jar benchmarks/target/benchmarks.jar 'ScatteringKernelBenchmark.fused' -p rule=paper
 * </pre>
 *
 * <p>Two benchmark methods, the two modes:
 * <ul>
 *   <li>{@code fused}: {@link RuleKernels#matchAndScatter} over the whole ensemble as one cell,
 *       i.e. an exact uniform random matching fused with the scattering (what the engine does for
 *       a cell that fits a block). One invocation is 2^23 pairs: 2^24 / size sweeps, each with a
 *       fresh generator {@code RandomStreams.of(seed, SCATTER, step, 0)}, step + 1 per sweep.</li>
 *   <li>{@code adjacent}: {@link RuleKernels#scatterAdjacent} only, pairing excluded (what a block
 *       of a large cell does after the global matching). One invocation scatters the adjacent pairs
 *       of the next slice of 2^14 states (2^13 pairs) with a fresh generator, step + 1 per
 *       invocation; slices walk through the ensemble in order. When a pass is complete, the
 *       ensemble is re-matched by the engine's exact {@link SweepMatching#arrange} in an
 *       invocation-level set-up, outside the measured time, so the pairs keep the steady mix of a
 *       random matching instead of scattering the same partners again and again.</li>
 * </ul>
 * The number of pairs per invocation is fixed per method so that {@code @OperationsPerInvocation}
 * is the true pair count for every {@code size} that divides 2^24.
 *
 * <p>Parameters: {@code size} 2^14 (16384, cache-resident: 213 KB at 13 bytes/state) and 2^24
 * (16777216, 218 MB, DRAM-bound); {@code rule} {@code paper} or {@code spin-conserving}. The
 * ensemble is at half filling (electrons = states), spin fraction 0.5, isotropic spins, and is
 * run for {@value Ensembles#WARMUP_SWEEPS} fused sweeps in the trial set-up so the kind mix is the
 * steady one (it is printed in the log).
 *
 * <p>Optional very large ensemble (2^28 states, 3.5 GB of state, plus ~3.2 GB of transient
 * direction buffer while populating; not in the default set, ~20 s per fused sweep; not yet run):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'ScatteringKernelBenchmark.adjacent' -p size=268435456 -jvmArgsAppend -Xmx10g
 * java -jar benchmarks/target/benchmarks.jar 'ScatteringKernelBenchmark.fused' -p size=268435456 -opi 134217728 -jvmArgsAppend -Xmx10g
 * </pre>
 * ({@code -opi 134217728}: a fused invocation is then one sweep of 2^27 pairs.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ScatteringKernelBenchmark {
    /** Pairs per invocation of {@link #fused}: one sweep of 2^24 states. */
    static final int FUSED_PAIRS = 1 << 23;
    /** States per invocation of {@link #adjacent}. */
    static final int SLICE_STATES = 1 << 14;
    /** Pairs per invocation of {@link #adjacent}. */
    static final int SLICE_PAIRS = SLICE_STATES / 2;

    /** Ensemble size in states. */
    @Param({"16384", "16777216"})
    public int size;

    /** The registered rule name. */
    @Param({"paper", "spin-conserving"})
    public String rule;

    StateStore store;
    int kernel;
    int sweepsPerInvocation;
    long step;

    @Setup(Level.Trial)
    public void setUp() {
        if (size < SLICE_STATES || size % SLICE_STATES != 0) {
            throw new IllegalArgumentException("size must be a multiple of " + SLICE_STATES + ", got " + size);
        }
        // a size above 2^24 does one sweep per fused invocation (pass -opi size/2 for a true pair rate)
        sweepsPerInvocation = Math.max(1, (2 * FUSED_PAIRS) / size);
        if (size < 2 * FUSED_PAIRS && (2 * FUSED_PAIRS) % size != 0) {
            throw new IllegalArgumentException("size must divide 2^24, got " + size);
        }
        kernel = ScatteringRules.byName(rule).kernel();
        store = Ensembles.halfFilled(CellLayout.uniform(1, size));
        ScatteringRules.byName(rule).canonicalize(store, 0, size);
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++) {
            sweep();
        }
        System.out.println(System.lineSeparator() + "[" + rule + ", " + size + " states, after " + Ensembles.WARMUP_SWEEPS + " sweeps] "
                + Ensembles.kindMix(store));
    }

    private void sweep() {
        SplittableRandom rng = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step++, 0);
        RuleKernels.matchAndScatter(kernel, store, 0, size, rng);
    }

    /** Exact random matching fused with scattering, whole ensemble as one cell. */
    @Benchmark
    @OperationsPerInvocation(FUSED_PAIRS)
    public void fused() {
        for (int r = 0; r < sweepsPerInvocation; r++) {
            sweep();
        }
    }

    /** Scattering of the adjacent pairs of one slice; the matching is done outside the measurement. */
    @Benchmark
    @OperationsPerInvocation(SLICE_PAIRS)
    public void adjacent(Slice slice) {
        SplittableRandom rng = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step++, 0);
        RuleKernels.scatterAdjacent(kernel, store, slice.from, slice.from + SLICE_STATES, rng);
    }

    /** The slice of the next {@link #adjacent} invocation; re-matches the ensemble after each pass. */
    @State(Scope.Thread)
    public static class Slice {
        int from;
        private int next = -1;
        private long pass;

        @Setup(Level.Invocation)
        public void advance(ScatteringKernelBenchmark b) {
            if (next < 0 || next >= b.size) {
                SweepMatching.arrange(b.store, 0, b.size,
                        RandomStreams.of(Ensembles.SEED, RandomStreams.SHUFFLE, pass++, 0));
                next = 0;
            }
            from = next;
            next += SLICE_STATES;
        }
    }
}
