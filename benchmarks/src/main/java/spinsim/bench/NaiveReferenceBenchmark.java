package spinsim.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import spinsim.core.reference.NaiveReference;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The naive reference of the sim-core tests ({@link NaiveReference}: one object per state, a list
 * shuffle, a switch per pair, java.util.Random, hops exchange contents) on the same ensemble as
 * {@code ScatteringKernelBenchmark} (2^14 states, paper rule, steady state): the baseline of the
 * speed-up ratios. Score in pairs/s (one sweep, 2^13 pairs, per invocation).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NaiveReferenceBenchmark
 * java -jar benchmarks/target/benchmarks.jar 'NaiveReferenceBenchmark|ScatteringKernelBenchmark.fused$' -p size=16384 -p rule=paper
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class NaiveReferenceBenchmark {
    static final int STATES = 1 << 14;

    List<NaiveReference.State> states;
    NaiveReference reference;
    NaiveReference.Draws draws;

    @Setup(Level.Trial)
    public void setUp() {
        StateStore s = Ensembles.halfFilled(CellLayout.uniform(1, STATES));
        states = NaiveReference.fromStore(s, 0, STATES);
        reference = new NaiveReference("paper", true);
        draws = NaiveReference.draws(new Random(Ensembles.SEED));
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++) {
            reference.sweep(states, draws);
        }
    }

    @Benchmark
    @OperationsPerInvocation(STATES / 2)
    public void sweep() {
        reference.sweep(states, draws);
    }
}
