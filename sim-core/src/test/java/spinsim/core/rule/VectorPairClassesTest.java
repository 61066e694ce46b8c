package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.state.Kind;

/**
 * The Vector API classification of matched pairs ({@link VectorPairClasses}) against the
 * definition, pair by pair: SPIN + SPIN, and FULL + EMPTY in either order. The kernel tests compare
 * whole stores (vector against scalar in {@link VectorFillTest}, against the naive reference in
 * {@link BatchedKernelsTest}); this one names the pair and the class that differ, and runs the
 * method often enough for C2 to compile its vector instructions first.
 */
class VectorPairClassesTest {

    @Test
    void compiledClassesAreThoseOfTheKinds() {
        assumeTrue(BatchedKernels.vectorFillAvailable(), "no 256-bit vectors on this host");
        final int words = 6;
        SplittableRandom rng = new SplittableRandom(0xC1A55L);
        int[] w = randomList(words, rng);
        long[] ss = new long[words];
        long[] fe = new long[words];
        for (int r = 0; r < 100_000; r++) {
            VectorPairClasses.classify(w, 1 + (r % words), ss, fe);
        }
        for (int round = 0; round < 200; round++) {
            w = randomList(words, rng);
            VectorPairClasses.classify(w, words, ss, fe);
            for (int m = 0; m < 64 * words; m++) {
                int ka = w[2 * m] & 3;
                int kb = w[2 * m + 1] & 3;
                boolean spinSpin = ka == Kind.SPIN_CODE && kb == Kind.SPIN_CODE;
                boolean fullEmpty = ka == Kind.FULL_CODE && kb == Kind.EMPTY_CODE
                        || ka == Kind.EMPTY_CODE && kb == Kind.FULL_CODE;
                String pair = "pair " + m + " (kinds " + ka + ", " + kb + "), round " + round;
                assertEquals(spinSpin, (ss[m >>> 6] >>> (m & 63) & 1) == 1, "SPIN + SPIN bit, " + pair);
                assertEquals(fullEmpty, (fe[m >>> 6] >>> (m & 63) & 1) == 1, "FULL + EMPTY bit, " + pair);
            }
        }
    }

    /** A working list of 64 pairs per word: any local index up to 2^29, any of the three kinds. */
    private static int[] randomList(int words, SplittableRandom rng) {
        int[] w = new int[128 * words];
        for (int i = 0; i < w.length; i++) {
            w[i] = (rng.nextInt(1 << 29) << 2) | rng.nextInt(3);
        }
        return w;
    }
}
