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
import spinsim.core.engine.SimulationSetup;
import spinsim.core.pairing.BlockedMatching;
import spinsim.core.pairing.SweepMatching;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Pairing alone, one thread, pairs/s in the secondary result {@code <method>:pairs}:
 * <ul>
 *   <li>{@code exact}: the exact global matching of a cell, {@link SweepMatching#arrange} (half a
 *       Fisher-Yates shuffle of the store: n/2 random swaps of 13-byte states);</li>
 *   <li>{@code fusedMatchOnly}: the matching and pair sorting passes of the fused kernel
 *       ({@link BatchedKernels#matchOnly}) over blocks of 2^16 states (the whole cell when it is
 *       smaller);</li>
 *   <li>{@code blockedLayout}: the per-step work of {@link BlockedMatching} outside the kernel:
 *       drawing a step's shift and rotations and writing every block's list of chunk starts.</li>
 * </ul>
 * {@code size}: 2^14 (cache), 2^24 (218 MB, DRAM); with {@code -p size=268435456 -jvmArgsAppend "-Xmx10g -XX:+UseTransparentHugePages --add-modules=jdk.incubator.vector"}
 * the 2^28 case (3.5 GB).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PairingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseTransparentHugePages", "--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class PairingBenchmark {
    @Param({"16384", "16777216"})
    public int size;

    StateStore store;
    BlockedMatching blocked;
    long step;

    @Setup(Level.Trial)
    public void setUp() {
        store = Ensembles.halfFilled(CellLayout.uniform(1, size));
        blocked = size > SimulationSetup.DEFAULT_BLOCK_SIZE
                ? new BlockedMatching(0, size, SimulationSetup.DEFAULT_BLOCK_SIZE) : null;
    }

    @Benchmark
    public void exact(PairCounter counter) {
        SweepMatching.arrange(store, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SHUFFLE, step++, 0));
        counter.pairs += size / 2;
    }

    @Benchmark
    public int fusedMatchOnly(PairCounter counter) {
        int block = Math.min(size, SimulationSetup.DEFAULT_BLOCK_SIZE);
        int found = 0;
        for (int from = 0; from < size; from += block) {
            found += BatchedKernels.matchOnly(store, from, from + block,
                    RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, from));
        }
        step++;
        counter.pairs += size / 2;
        return found;
    }

    @Benchmark
    public int blockedLayout(PairCounter counter) {
        if (blocked == null) {
            return 0;
        }
        blocked.prepare(RandomStreams.of(Ensembles.SEED, RandomStreams.MIX, step++, 0));
        int[] starts = BatchedKernels.scratch().ensure(blocked.maxBlockStates(), blocked.maxBlockChunks());
        int n = 0;
        for (int b = 0; b < blocked.blocks(); b++) {
            n += blocked.fill(b, starts);
        }
        counter.pairs += size / 2;
        return n;
    }
}
