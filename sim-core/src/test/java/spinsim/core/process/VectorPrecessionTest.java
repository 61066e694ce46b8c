package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * vector width, a random mix of kinds, and directions within float rounding of h and -h, where
 * c = s.h may round beyond +-1 and be clamped. Bit-identity is the claim, so the comparison is exact.
 */
class VectorPrecessionTest {
    private static final double[] H = {1.0 / 3, 2.0 / 3, -2.0 / 3};

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
                // within float rounding of h or -h: c = s.h may round beyond +-1 and be clamped
                double e = 1e-8;
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

    @Test
    void vectorLoopsGiveTheScalarFloats() {
        Assumptions.assumeTrue(BatchedKernels.vectorFillAvailable(), "the Vector API module is not in this JVM");
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

    /** The comparison above must be able to fail: a step of a different length moves the SPIN states. */
    @Test
    void theComparisonSeesADifferentStep() {
        Assumptions.assumeTrue(BatchedKernels.vectorFillAvailable(), "the Vector API module is not in this JVM");
        StateStore a = store(64, 5);
        StateStore b = a.copy();
        BatchedKernels.setVectorFill(true);
        PrecessionKernels.step(a, 0, 64, H[0], H[1], H[2], 30, 2.3, 0.37);
        PrecessionKernels.step(b, 0, 64, H[0], H[1], H[2], 30, 2.3, 0.371);
        boolean differs = false;
        for (int i = 0; i < 64; i++) {
            differs |= a.kind[i] == Kind.SPIN_CODE && a.sx[i] != b.sx[i];
            // EMPTY and FULL states keep their zero vectors under the vector loop's blend
            assertTrue(a.kind[i] == Kind.SPIN_CODE || (a.sx[i] == 0f && a.sy[i] == 0f && a.sz[i] == 0f));
        }
        assertTrue(differs);
    }
}
