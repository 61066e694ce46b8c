package spinsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import spinsim.core.engine.RandomStreams;
import spinsim.core.rule.BKF;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/** Temporary: kernel variants. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class VariantBenchmark {
    @Param({"16384"})
    public int size;
    StateStore store;
    long step;

    @Setup(Level.Trial)
    public void setUp() {
        store = Ensembles.halfFilled(CellLayout.uniform(1, size));
        for (int w = 0; w < 20; w++) {
            BatchedKernels.matchAndScatter(0, store, 0, size, RandomStreams.of(1, 1, step++, 0));
        }
    }

    @Benchmark
    @OperationsPerInvocation(1 << 20)
    public void current() {
        for (int r = 0; r < (1 << 21) / size; r++) {
            BatchedKernels.matchAndScatter(0, store, 0, size, RandomStreams.of(1, 1, step++, 0));
        }
    }

    @Benchmark
    @OperationsPerInvocation(1 << 20)
    public void floatSS() {
        for (int r = 0; r < (1 << 21) / size; r++) {
            BKF.matchAndScatter(0, store, 0, size, RandomStreams.of(1, 1, step++, 0));
        }
    }
}
