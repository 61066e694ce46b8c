package spinsim.core.rule;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the incubating Vector API pays in the sweep kernel and where it does not, measured pass
 * by pass on the same data (the record behind {@link VectorFill} and docs/performance.md):
 * <ul>
 *   <li>{@code fillScalar} / {@code fillVector}: the working-list fill, {@code w[l] = l << 2 |
 *       kind}, by the scalar loop and by {@link VectorFill} (ns per state = 1e9 / score);</li>
 *   <li>{@code candidatesScalar} / {@code candidatesVector}: the Marsaglia candidates of the
 *       FULL + EMPTY pass (one SplitMix64 output per candidate, accepted when u^2 + v^2 &lt; 1,
 *       compacted), by the kernel's scalar loop and with the SplitMix64 outputs computed four
 *       lanes at a time (state + k x gamma in lane k: bit-identical draws, checked in the set-up).
 *       AVX2 has no 64-bit lane multiply, so the vector form pays for an emulated one; ns per
 *       accepted candidate = 1e9 / score.</li>
 * </ul>
 * Lives in the rule package for {@link VectorFill}'s package-private access; not engine code.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar VectorApiBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class VectorApiBenchmark {
    /** Candidates accepted per invocation of the candidate benchmarks. */
    static final int ACCEPTED = 256;
    private static final VectorSpecies<Long> LANES = LongVector.SPECIES_256;
    /** Lane k holds (k + 1) x gamma: the SplitMix64 states of the next four outputs, less the base. */
    private static final LongVector STEPS = LongVector.zero(LANES).addIndex(1).add(1L).mul(BatchedKernels.GOLDEN_GAMMA);

    /** States of the block to fill (the fill benchmarks' operations per invocation: use 2^14). */
    @Param({"16384"})
    public int size;

    byte[] kinds;
    int[] work;
    final double[] uv = new double[2 * ACCEPTED];
    final long[] lanes = new long[LANES.length()];
    long state = 0x5eedL;

    @Setup
    public void setUp() {
        if (size != 1 << 14) {
            throw new IllegalArgumentException("the fill benchmarks count 2^14 states per invocation, got " + size);
        }
        SplittableRandom rng = new SplittableRandom(11);
        kinds = new byte[size];
        for (int i = 0; i < size; i++) {
            kinds[i] = (byte) rng.nextInt(3);
        }
        work = new int[size];
        // the two candidate loops draw the same numbers
        double[] a = new double[2 * ACCEPTED];
        long s1 = candidatesScalar(a, 42L);
        long s2 = candidatesVector(uv, lanes, 42L);
        if (s1 != s2 || !java.util.Arrays.equals(a, uv)) {
            throw new IllegalStateException("the lane-parallel SplitMix64 does not replay the scalar draws");
        }
    }

    @Benchmark
    @OperationsPerInvocation(1 << 14)
    public int[] fillScalar() {
        final byte[] k = kinds;
        final int[] w = work;
        for (int l = 0; l < size; l++) {
            w[l] = (l << 2) | k[l];
        }
        return w;
    }

    @Benchmark
    @OperationsPerInvocation(1 << 14)
    public int[] fillVector() {
        VectorFill.fill(kinds, work, 0, size, 0);
        return work;
    }

    @Benchmark
    @OperationsPerInvocation(ACCEPTED)
    public long candidatesScalar() {
        state = candidatesScalar(uv, state);
        return state;
    }

    @Benchmark
    @OperationsPerInvocation(ACCEPTED)
    public long candidatesVector() {
        state = candidatesVector(uv, lanes, state);
        return state;
    }

    /** The kernel's candidate loop (BatchedKernels.createPairs): returns the generator state. */
    static long candidatesScalar(double[] uv, long st) {
        int acc = 0;
        while (acc < ACCEPTED) {
            st += BatchedKernels.GOLDEN_GAMMA;
            acc = offer(uv, acc, BatchedKernels.mix64(st));
        }
        return st;
    }

    /**
     * Candidate (u, v) from one output stored at slot {@code acc}; returns acc + 1 when it lies in
     * the unit disc (kept), else acc (overwritten by the next one), as the kernel does.
     */
    private static int offer(double[] uv, int acc, long r64) {
        final double u = (int) (r64 >>> 32) * BatchedKernels.CANDIDATE_UNIT;
        final double v = (int) r64 * BatchedKernels.CANDIDATE_UNIT;
        uv[2 * acc] = u;
        uv[2 * acc + 1] = v;
        return acc + (int) (Double.doubleToRawLongBits(u * u + v * v - 1.0) >>> 63);
    }

    /** The same draws, SplitMix64's outputs four lanes at a time, consumed in order. */
    static long candidatesVector(double[] uv, long[] lanes, long st) {
        int acc = 0;
        while (acc < ACCEPTED) {
            LongVector z = STEPS.add(st);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xbf58476d1ce4e5b9L);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94d049bb133111ebL);
            z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31)).intoArray(lanes, 0);
            for (int t = 0; t < lanes.length && acc < ACCEPTED; t++) {
                st += BatchedKernels.GOLDEN_GAMMA;
                acc = offer(uv, acc, lanes[t]);
            }
        }
        return st;
    }
}
