package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The Vector API form of the precession loops ({@link VectorPrecession}) against the scalar loop:
 * the same floats bit for bit, for damped and undamped steps, ranges that start and end off the
 * vector width, a random mix of kinds, and states along +-h, whose c = s.h lies beyond +-1 in
 * double and is clamped (counted; the clamp moves their results by an ulp of double at most, so
 * the comparison shows that they agree, not that the clamp is there). The loops are warmed up
 * first, so that the compiled vector code is compared, not only the API's Java fallback. A
 * reordering of the double operations would mostly not show (its 1-ulp differences vanish in the
 * rounding to float): that the order is the scalar one is read in the code, not tested here.
 */
class VectorPrecessionTest {
    /**
     * A generic axis chosen so that a state set along it (normalised, rounded to float, read back
     * and renormalised as the loops do) has c = s.h beyond 1 in double: about 6 % of random axes
     * do, and along such an axis every state set to +h or -h reaches the clamp.
     */
    private static final double[] H = clampingAxis();

    private static double[] clampingAxis() {
        SplittableRandom r = new SplittableRandom(5);
        while (true) {
            double x = r.nextGaussian();
            double y = r.nextGaussian();
            double z = r.nextGaussian();
            double n = Math.sqrt(x * x + y * y + z * z);
            double[] h = {x / n, y / n, z / n};
            StateStore one = new StateStore(1);
            one.setSpin(0, h[0], h[1], h[2]);
            if (cosine(one, 0, h) > 1.0) {
                return h;
            }
        }
    }

    /** c = s.h of state i as the loops compute it (renormalised in double). */
    private static double cosine(StateStore s, int i, double[] h) {
        double x = s.sx[i];
        double y = s.sy[i];
        double z = s.sz[i];
        double inv = 1.0 / Math.sqrt(x * x + y * y + z * z);
        x *= inv;
        y *= inv;
        z *= inv;
        return x * h[0] + y * h[1] + z * h[2];
    }

    @AfterEach
    void restore() {
        if (BatchedKernels.vectorFillAvailable()) {
            BatchedKernels.setVectorFill(BatchedKernels.DEFAULT_VECTOR_FILL);
        }
    }

    /** Random kinds (SPIN with probability 1/2), random directions, some along and against h. */
    private static StateStore store(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StateStore s = new StateStore(n);
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            if (u < 0.25) {
                s.setFull(i);
            } else if (u < 0.5) {
                s.setEmpty(i);
            } else if (i % 3 == 0) {
                // h or -h rounded to float, some with a perturbation below float precision: the
                // renormalised c = s.h then rounds beyond +-1 for some of them, and is clamped
                double e = i % 9 == 0 ? 0 : 1e-9;
                double sign = i % 2 == 0 ? 1 : -1;
                s.setSpin(i, sign * H[0] + e * r.nextGaussian(), sign * H[1] + e * r.nextGaussian(),
                        sign * H[2] + e * r.nextGaussian());
            } else {
                double x = r.nextGaussian();
                double y = r.nextGaussian();
                double z = r.nextGaussian();
                s.setSpin(i, x, y, z);
            }
        }
        return s;
    }

    private static void assertSame(StateStore a, StateStore b) {
        assertArrayEquals(a.kind, b.kind);
        for (int i = 0; i < a.size(); i++) {
            if (Float.floatToRawIntBits(a.sx[i]) != Float.floatToRawIntBits(b.sx[i])
                    || Float.floatToRawIntBits(a.sy[i]) != Float.floatToRawIntBits(b.sy[i])
                    || Float.floatToRawIntBits(a.sz[i]) != Float.floatToRawIntBits(b.sz[i])) {
                throw new AssertionError("state " + i + " (" + a.kindOf(i) + ") differs: vector (" + a.sx[i] + ", "
                        + a.sy[i] + ", " + a.sz[i] + "), scalar (" + b.sx[i] + ", " + b.sy[i] + ", " + b.sz[i] + ")");
            }
        }
    }

    /** SPIN states whose c = s.h lies beyond +-1: the clamp acts on them. */
    private static int clamped(StateStore s) {
        int count = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                double c = cosine(s, i, H);
                count += c > 1.0 || c < -1.0 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void vectorLoopsGiveTheScalarFloats() {
        Assumptions.assumeTrue(BatchedKernels.vectorFillAvailable(), "the Vector API module is not in this JVM");
        // warm-up: enough calls for C2 to compile both vector loops (standalone, with the same data
        // size, their allocation fell to nothing by the 20th call: compiled, no fallback)
        StateStore warm = store(1 << 16, 3);
        BatchedKernels.setVectorFill(true);
        for (int w = 0; w < 60; w++) {
            PrecessionKernels.step(warm, 0, warm.size(), H[0], H[1], H[2], 0.7, 2.3, 0.37);
            PrecessionKernels.step(warm, 0, warm.size(), H[0], H[1], H[2], Double.POSITIVE_INFINITY, 2.3, 0.37);
        }
        assertTrue(clamped(store(1003, 11)) > 0, "the data must reach the clamp");
        int n = 1003;
        int[][] ranges = {{0, n}, {3, 998}, {5, 12}, {17, 18}, {640, 651}};
        double[] tLambdas = {Double.POSITIVE_INFINITY, 0.7, 30};
        for (int[] range : ranges) {
            for (double tLambda : tLambdas) {
                StateStore vector = store(n, 11 + range[0]);
                StateStore scalar = vector.copy();
                for (int step = 0; step < 5; step++) {
                    BatchedKernels.setVectorFill(true);
                    PrecessionKernels.step(vector, range[0], range[1], H[0], H[1], H[2], tLambda, 2.3, 0.37);
                    BatchedKernels.setVectorFill(false);
                    PrecessionKernels.step(scalar, range[0], range[1], H[0], H[1], H[2], tLambda, 2.3, 0.37);
                }
                assertSame(vector, scalar);
            }
        }
    }

    /** The comparison above must be able to fail: one ulp in one component of one state is seen. */
    @Test
    void theComparisonSeesOneUlp() {
        StateStore a = store(64, 5);
        StateStore b = a.copy();
        assertSame(a, b);
        int i = 0;
        while (a.kind[i] != Kind.SPIN_CODE) {
            i++;
        }
        b.sy[i] = Math.nextUp(b.sy[i]);
        StateStore changed = b;
        assertThrows(AssertionError.class, () -> assertSame(a, changed));
    }
}
