package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * What {@link spinsim.core.observe.AssemblyTracker} relies on: under the paper rule the surviving
 * pair's common direction is a function of the unordered pair of float directions, bit for bit:
 * the same in either order, in the scalar and in the batched kernel, so the spins of a coherent
 * population keep bit-identical directions.
 */
class BisectorIdentityTest {
    /** Survives (u above any annihilation probability below 1) and returns the bits of both outputs. */
    private static int[] survive(float[] a, float[] b) {
        byte[] k = {Kind.SPIN_CODE, Kind.SPIN_CODE};
        float[] x = {a[0], b[0]};
        float[] y = {a[1], b[1]};
        float[] z = {a[2], b[2]};
        RuleKernels.spinSpinWithUniform(RuleKernels.PAPER, k, x, y, z, 0, 1, Math.nextDown(1.0));
        assertEquals(Kind.SPIN_CODE, k[0]);
        assertEquals(Kind.SPIN_CODE, k[1]);
        return new int[] {Float.floatToRawIntBits(x[0]), Float.floatToRawIntBits(y[0]), Float.floatToRawIntBits(z[0]),
            Float.floatToRawIntBits(x[1]), Float.floatToRawIntBits(y[1]), Float.floatToRawIntBits(z[1])};
    }

    private static float[] randomFloatUnit(SplittableRandom rng) {
        StateStore s = new StateStore(1);
        double[] d = TestSupport.randomUnit(rng);
        s.setSpin(0, d[0], d[1], d[2]);
        return new float[] {s.sx[0], s.sy[0], s.sz[0]};
    }

    @Test
    void bisectorIsSymmetricInThePairOrderAndEqualForBothStates() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int trial = 0; trial < 100_000; trial++) {
            float[] a = randomFloatUnit(rng);
            float[] b = randomFloatUnit(rng);
            if (a[0] * b[0] + a[1] * b[1] + a[2] * b[2] < -0.999f) {
                continue; // antiparallel to round-off: annihilates whatever u
            }
            int[] ab = survive(a, b);
            int[] ba = survive(b, a);
            for (int c = 0; c < 3; c++) {
                assertEquals(ab[c], ab[c + 3], "both states get the same direction");
                assertEquals(ab[c], ba[c], "order of the pair does not matter");
            }
        }
    }

    /**
     * A block of two directions only, scattered by the batched kernel: every survivor is one of
     * the scalar kernel's outputs for (a, a), (b, b), (a, b), or an untouched a or b.
     */
    @Test
    void batchedKernelMakesTheScalarKernelsBisectorsBitForBit() {
        SplittableRandom rng = new SplittableRandom(5);
        float[] a = randomFloatUnit(rng);
        float[] b = randomFloatUnit(rng);
        Set<List<Integer>> allowed = new HashSet<>();
        for (float[][] pair : new float[][][] {{a, a}, {b, b}, {a, b}}) {
            int[] r = survive(pair[0], pair[1]);
            allowed.add(List.of(r[0], r[1], r[2]));
        }
        allowed.add(List.of(Float.floatToRawIntBits(a[0]), Float.floatToRawIntBits(a[1]), Float.floatToRawIntBits(a[2])));
        allowed.add(List.of(Float.floatToRawIntBits(b[0]), Float.floatToRawIntBits(b[1]), Float.floatToRawIntBits(b[2])));
        int n = 20_001;
        StateStore s = new StateStore(n);
        for (int i = 0; i < n; i++) {
            float[] d = i % 3 == 0 ? b : a;
            s.kind[i] = Kind.SPIN_CODE;
            s.sx[i] = d[0];
            s.sy[i] = d[1];
            s.sz[i] = d[2];
        }
        BatchedKernels.matchAndScatter(RuleKernels.PAPER, s, 0, n, new SplittableRandom(9));
        int spins = 0;
        for (int i = 0; i < n; i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                spins++;
                List<Integer> bits = List.of(Float.floatToRawIntBits(s.sx[i]), Float.floatToRawIntBits(s.sy[i]),
                        Float.floatToRawIntBits(s.sz[i]));
                assertTrue(allowed.contains(bits), "state " + i + " has a direction no scalar bisector makes");
            }
        }
        assertTrue(spins > n / 2);
    }
}
