package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spinsim.core.state.StateStore;

/**
 * The Vector API fill of {@link BatchedKernels} ({@link VectorFill}) against the scalar loop: the
 * same working list int for int, hence the same stores bit for bit after whole kernel calls. The
 * build runs the tests with {@code --add-modules jdk.incubator.vector}, so the vector path is the
 * one the other kernel tests (bit identity with the naive reference) exercise, and this test
 * exercises the scalar one against it.
 */
class VectorFillTest {

    @AfterEach
    void restoreDefault() {
        BatchedKernels.setVectorFill(BatchedKernels.DEFAULT_VECTOR_FILL);
    }

    @Test
    void theTestJvmHasTheVectorApi() {
        // guards the build's argLine: without the module the vector path would silently go untested
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the tests must run with --add-modules jdk.incubator.vector");
        // available exactly where the host has 256-bit vectors (AVX2 here and on CI), and then on by default
        assertEquals(VectorFill.hardwareSupported(), BatchedKernels.vectorFillAvailable());
        assertEquals(BatchedKernels.vectorFillAvailable(), BatchedKernels.vectorFill());
    }

    @Test
    void fillWritesTheScalarLoopsInts() {
        SplittableRandom rng = new SplittableRandom(7);
        byte[] k = new byte[300];
        // every byte value, not only the three kind codes: the widening must sign-extend as Java does
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) rng.nextInt(256);
        }
        // every length mod 8 (the vector tail), offsets into the list and the kinds
        for (int from = 0; from < 10; from++) {
            for (int len = 0; len < 40; len++) {
                int shift = rng.nextInt(200) - Math.min(from, 5);
                assertSameInts(k, from, len, shift);
            }
        }
    }

    @Test
    void compiledFillWritesTheScalarLoopsInts() {
        // enough calls for C2 to compile the intrinsified vector code (the probe and the test
        // above run it in the interpreter or C1 only), then compare again
        SplittableRandom rng = new SplittableRandom(8);
        byte[] k = new byte[4096];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) rng.nextInt(256);
        }
        int[] w = new int[2048];
        for (int r = 0; r < 200_000; r++) {
            VectorFill.fill(k, w, 0, 64 + (r & 63), r & 1023);
        }
        for (int r = 0; r < 20_000; r++) {
            int from = rng.nextInt(100);
            assertSameInts(k, from, rng.nextInt(1500), rng.nextInt(2000) - from);
        }
    }

    /** VectorFill over [from, from + len) with the given shift, against the scalar loop; untouched ints stay -1. */
    private static void assertSameInts(byte[] k, int from, int len, int shift) {
        int[] expected = new int[from + len + 3];
        java.util.Arrays.fill(expected, -1);
        int[] actual = expected.clone();
        for (int l = from; l < from + len; l++) {
            expected[l] = (l << 2) | k[shift + l];
        }
        VectorFill.fill(k, actual, from, from + len, shift);
        assertArrayEquals(expected, actual, "from " + from + ", length " + len + ", shift " + shift);
    }

    @ParameterizedTest(name = "{0} states")
    @ValueSource(ints = {2, 3, 7, 8, 9, 63, 1001, 4096, 65537})
    void kernelCallsGiveBitIdenticalStores(int n) {
        assumeTrue(BatchedKernels.vectorFillAvailable(), "no 256-bit vectors on this host");
        int kernel = ScatteringRules.byName("paper").kernel();
        StateStore vector = BatchedKernelsTest.randomStore(n, new SplittableRandom(n));
        StateStore scalar = vector.copy();
        for (int step = 0; step < 5; step++) {
            BatchedKernels.setVectorFill(true);
            BatchedKernels.matchAndScatter(kernel, vector, 0, n, new SplittableRandom(31L * step + n));
            BatchedKernels.setVectorFill(false);
            BatchedKernels.matchAndScatter(kernel, scalar, 0, n, new SplittableRandom(31L * step + n));
        }
        assertTrue(vector.sameContents(scalar));
    }

    @Test
    void chunkedBlocksGiveBitIdenticalStores() {
        assumeTrue(BatchedKernels.vectorFillAvailable(), "no 256-bit vectors on this host");
        // a block of 13 chunks of 2^6 states (the last one short) at shuffled places of a larger store
        int kernel = ScatteringRules.byName("paper").kernel();
        int shift = 6;
        int n = 12 * 64 + 37;
        int[] starts = new int[13];
        for (int c = 0; c < starts.length; c++) {
            starts[c] = ((c * 5) % 13) * 80 + 11;
        }
        StateStore vector = BatchedKernelsTest.randomStore(13 * 80 + 100, new SplittableRandom(3));
        StateStore scalar = vector.copy();
        for (int step = 0; step < 5; step++) {
            for (boolean on : new boolean[] {true, false}) {
                BatchedKernels.setVectorFill(on);
                BatchedKernels.Scratch sc = BatchedKernels.scratch();
                System.arraycopy(starts, 0, sc.ensure(n, starts.length), 0, starts.length);
                BatchedKernels.matchAndScatter(kernel, on ? vector : scalar, sc, n, shift, new SplittableRandom(step));
            }
        }
        assertTrue(vector.sameContents(scalar));
    }

}
