package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import spinsim.core.TestSupport;
import spinsim.core.reference.NaiveReference;
import spinsim.core.reference.SplitMix64Draws;
import spinsim.core.state.StateStore;

/**
 * The fast sweep kernel {@link BatchedKernels} against the naive reference
 * ({@link NaiveReference}: objects per state, a list shuffle, a switch per pair):
 * <ul>
 *   <li>bit for bit, when the reference replays the kernel's draw protocol
 *       ({@link SplitMix64Draws}): every rule, odd and even blocks of every size mod 4, contiguous
 *       ranges and blocks of chunks scattered over a larger store, several steps in a row;</li>
 *   <li>statistically, when the reference draws from {@link java.util.Random} and moves electrons
 *       on hops as the model says: the mean of n_SPIN, sum s_z^2 and S_z after each of several
 *       sweeps agree within 5 standard errors of the difference.</li>
 * </ul>
 */
class BatchedKernelsTest {

    static Stream<Arguments> bitIdentityCases() {
        List<Arguments> out = new ArrayList<>();
        for (String rule : ScatteringRules.names()) {
            for (int n : new int[] {2, 3, 4, 5, 6, 7, 8, 9, 64, 101, 1000, 1001, 1002, 1003, 4096}) {
                for (boolean listed : new boolean[] {false, true}) {
                    out.add(Arguments.of(rule, n, listed));
                }
            }
        }
        return out.stream();
    }

    /**
     * A store of {@code size} states: kinds with probabilities SPIN 0.5, FULL 0.25, EMPTY 0.25,
     * isotropic spins, plus exactly parallel and exactly antiparallel copies of earlier spins so
     * that the round-off branches of the rule are reached.
     */
    static StateStore randomStore(int size, SplittableRandom rng) {
        StateStore s = new StateStore(size);
        for (int i = 0; i < size; i++) {
            double u = rng.nextDouble();
            if (u < 0.5) {
                double[] v = TestSupport.randomUnit(rng);
                s.setSpin(i, v[0], v[1], v[2]);
                if (i > 0 && s.kind[i - 1] == spinsim.core.state.Kind.SPIN_CODE && u < 0.1) {
                    float sign = u < 0.05 ? 1f : -1f;
                    s.sx[i] = sign * s.sx[i - 1];
                    s.sy[i] = sign * s.sy[i - 1];
                    s.sz[i] = sign * s.sz[i - 1];
                }
            } else if (u < 0.75) {
                s.setFull(i);
            } else {
                s.setEmpty(i);
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{0}, {1} states, listed {2}")
    @MethodSource("bitIdentityCases")
    void bitIdenticalToTheNaiveReferenceReplayingTheDraws(String ruleName, int n, boolean listed) {
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        SplittableRandom setup = new SplittableRandom(0xB17L * n + ruleName.hashCode() + (listed ? 1 : 0));
        int size = listed ? 3 * n + 64 : n + 7;
        int from = listed ? 0 : 3;
        StateStore fast = randomStore(size, setup);
        rule.canonicalize(fast, 0, size);
        // the block: a contiguous range, or chunks of 2^cs states at scattered places of the store
        // (in the order of a shuffle of the store's chunk slots), the last chunk short
        int[] positions = new int[n];
        int cs = 1 + setup.nextInt(4);
        int c = 1 << cs;
        int chunks = (n + c - 1) / c;
        int[] starts = new int[chunks];
        if (listed) {
            int slots = size / c;
            int[] slot = new int[slots];
            for (int i = 0; i < slots; i++) {
                slot[i] = i;
            }
            for (int i = 0; i < chunks; i++) {
                int j = i + setup.nextInt(slots - i);
                int t = slot[i];
                slot[i] = slot[j];
                slot[j] = t;
                starts[i] = slot[i] * c;
            }
            for (int l = 0; l < n; l++) {
                positions[l] = starts[l >>> cs] + (l & (c - 1));
            }
        } else {
            for (int i = 0; i < n; i++) {
                positions[i] = from + i;
            }
        }
        StateStore ref = fast.copy();
        StateStore before = fast.copy();
        NaiveReference reference = new NaiveReference(ruleName, false);
        BatchedKernels.Scratch sc = new BatchedKernels.Scratch();
        for (int step = 0; step < 3; step++) {
            long seed = setup.nextLong();
            if (listed) {
                System.arraycopy(starts, 0, sc.ensure(n, chunks), 0, chunks);
                rule.matchAndScatter(fast, sc, n, cs, new SplittableRandom(seed));
            } else {
                rule.matchAndScatter(fast, from, from + n, new SplittableRandom(seed));
            }
            List<NaiveReference.State> states = NaiveReference.fromStore(ref, positions, n);
            reference.sweep(states, new SplitMix64Draws(new SplittableRandom(seed)));
            NaiveReference.toStore(states, ref);
            for (int i = 0; i < size; i++) {
                String where = ruleName + ", n " + n + (listed ? " listed" : "") + ", step " + step + ", state " + i;
                assertEquals(ref.kind[i], fast.kind[i], "kind, " + where);
                assertEquals(Float.floatToRawIntBits(ref.sx[i]), Float.floatToRawIntBits(fast.sx[i]), "s_x bits, " + where);
                assertEquals(Float.floatToRawIntBits(ref.sy[i]), Float.floatToRawIntBits(fast.sy[i]), "s_y bits, " + where);
                assertEquals(Float.floatToRawIntBits(ref.sz[i]), Float.floatToRawIntBits(fast.sz[i]), "s_z bits, " + where);
            }
        }
        if (n >= 64) {
            assertTrue(!before.sameContents(fast), "nothing happened");
        }
    }

    /**
     * The fill pass touches a block's lines before the matching only in a store of more than
     * {@link BatchedKernels#TOUCH_ABOVE_STATES} states, far more than the cases above hold. A
     * block of chunks spread over such a store, its last chunk short and one chunk at the
     * store's very end, must still leave every state as the replaying reference does, bit for bit.
     */
    @Test
    void bitIdenticalInAStoreLargeEnoughForTheTouchPass() {
        final int cs = 6;
        final int c = 1 << cs;
        final int size = BatchedKernels.TOUCH_ABOVE_STATES + 5 * c;
        final int n = 40 * c + 13;
        final int chunks = (n + c - 1) / c;
        SplittableRandom setup = new SplittableRandom(0x70C4L);
        StateStore fast = randomStore(size, setup);
        ScatteringRule rule = ScatteringRules.byName("paper");
        rule.canonicalize(fast, 0, size);
        StateStore ref = fast.copy();
        // distinct chunk slots: the store's last full one, then random others
        final int slots = size / c;
        int[] starts = new int[chunks];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        starts[0] = (slots - 1) * c;
        used.add(slots - 1);
        for (int i = 1; i < chunks; i++) {
            int slot;
            do {
                slot = setup.nextInt(slots - 1);
            } while (!used.add(slot));
            starts[i] = slot * c;
        }
        int[] positions = new int[n];
        for (int l = 0; l < n; l++) {
            positions[l] = starts[l >>> cs] + (l & (c - 1));
        }
        long seed = setup.nextLong();
        BatchedKernels.Scratch sc = new BatchedKernels.Scratch();
        System.arraycopy(starts, 0, sc.ensure(n, chunks), 0, chunks);
        rule.matchAndScatter(fast, sc, n, cs, new SplittableRandom(seed));
        List<NaiveReference.State> states = NaiveReference.fromStore(ref, positions, n);
        new NaiveReference("paper", false).sweep(states, new SplitMix64Draws(new SplittableRandom(seed)));
        NaiveReference.toStore(states, ref);
        if (!ref.sameContents(fast)) {
            for (int i = 0; i < size; i++) {
                assertEquals(ref.kind[i], fast.kind[i], "kind, state " + i);
                assertEquals(Float.floatToRawIntBits(ref.sx[i]), Float.floatToRawIntBits(fast.sx[i]), "s_x bits, state " + i);
                assertEquals(Float.floatToRawIntBits(ref.sy[i]), Float.floatToRawIntBits(fast.sy[i]), "s_y bits, state " + i);
                assertEquals(Float.floatToRawIntBits(ref.sz[i]), Float.floatToRawIntBits(fast.sz[i]), "s_z bits, state " + i);
            }
        }
        // the block was scattered, so the comparison above compared something
        assertTrue(sc.nss > 0 && sc.nfe > 0, "no SPIN + SPIN or no FULL + EMPTY pair in the block");
    }

    /**
     * Lemire's rejection is rare (a 32-bit value is redrawn with probability below bound / 2^32),
     * so the small blocks above almost never take the redraw paths of the matching. A block of
     * 2^20 + 1 states expects ~n^2 / 2^35 = 32 redraws in the matching loop; the odd one out's
     * draw is redrawn with probability (2^32 mod n) / 2^32 = 2.4e-4 only, so the seed is searched
     * (with the reference's own draws) until that draw is redrawn too. The reference counts the
     * redraws, and the kernel must agree with it bit for bit.
     */
    @Test
    void bitIdenticalThroughLemiresRedraws() {
        final int n = (1 << 20) + 1;
        SplittableRandom setup = new SplittableRandom(0x1E31AEL);
        StateStore fast = randomStore(n, setup);
        ScatteringRule rule = ScatteringRules.byName("paper");
        rule.canonicalize(fast, 0, n);
        StateStore ref = fast.copy();
        long seed = setup.nextLong();
        int tries = 1;
        while (!oddOneOutRedrawn(seed, n)) {
            assertTrue(tries++ < 200_000, "no seed redraws the odd one out (expected ~4000 tries)");
            seed = setup.nextLong();
        }
        rule.matchAndScatter(fast, 0, n, new SplittableRandom(seed));
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        List<NaiveReference.State> states = NaiveReference.fromStore(ref, positions, n);
        SplitMix64Draws draws = new SplitMix64Draws(new SplittableRandom(seed));
        new NaiveReference("paper", false).sweep(states, draws);
        NaiveReference.toStore(states, ref);
        // the odd one out's redraw and at least one in the matching loop
        assertTrue(draws.rejections() >= 2, "only " + draws.rejections() + " redraw(s): the test does not test the loop's");
        for (int i = 0; i < n; i++) {
            assertEquals(ref.kind[i], fast.kind[i], "kind, state " + i);
            assertEquals(Float.floatToRawIntBits(ref.sx[i]), Float.floatToRawIntBits(fast.sx[i]), "s_x bits, state " + i);
            assertEquals(Float.floatToRawIntBits(ref.sy[i]), Float.floatToRawIntBits(fast.sy[i]), "s_y bits, state " + i);
            assertEquals(Float.floatToRawIntBits(ref.sz[i]), Float.floatToRawIntBits(fast.sz[i]), "s_z bits, state " + i);
        }
    }

    /** Whether the first draw of a matching of n states (the odd one out's) is redrawn under this seed. */
    private static boolean oddOneOutRedrawn(long seed, int n) {
        SplitMix64Draws probe = new SplitMix64Draws(new SplittableRandom(seed));
        probe.boundedFresh(n);
        return probe.rejections() > 0;
    }

    /** Per-sweep means of one kernel over replicas: n_SPIN, sum of s_z^2 over SPIN, S_z. */
    private static final class Curves {
        final double[][] sum;
        final double[][] sum2;
        int replicas;

        Curves(int steps) {
            sum = new double[3][steps];
            sum2 = new double[3][steps];
        }

        void add(int step, StateStore s) {
            double nSpin = 0;
            double szz = 0;
            double sz = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.kind[i] == spinsim.core.state.Kind.SPIN_CODE) {
                    nSpin++;
                    szz += (double) s.sz[i] * s.sz[i];
                    sz += s.sz[i];
                }
            }
            double[] v = {nSpin, szz, sz};
            for (int o = 0; o < 3; o++) {
                sum[o][step] += v[o];
                sum2[o][step] += v[o] * v[o];
            }
        }

        double mean(int o, int t) {
            return sum[o][t] / replicas;
        }

        double se(int o, int t) {
            double m = mean(o, t);
            return Math.sqrt(Math.max(0, sum2[o][t] / replicas - m * m) / (replicas - 1));
        }
    }

    /**
     * From the same initial cell (a V3-like up/down gas plus a fixed +x component, half filled),
     * the fast kernel and the naive reference with java.util.Random and real hops give the same
     * mean n_SPIN, sum s_z^2 and S_z after each of 6 sweeps, within 5 standard errors of the
     * difference of the two means (36 comparisons; the chance of a false failure is below 1e-5).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void sameStatisticsAsTheNaiveReferenceWithJavaUtilRandom(String ruleName) {
        final int n = 600;
        final int replicas = 400;
        final int steps = 6;
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        StateStore initial = new StateStore(n);
        for (int i = 0; i < n; i++) {
            if (i < 150) {
                initial.setSpin(i, 0, 0, i % 2 == 0 ? 1 : -1);
            } else if (i < 250) {
                initial.setSpin(i, 1, 0, 0.2);
            } else if (i < 425) {
                initial.setFull(i);
            } else {
                initial.setEmpty(i);
            }
        }
        rule.canonicalize(initial, 0, n);
        Curves fast = new Curves(steps);
        Curves naive = new Curves(steps);
        SplittableRandom seeds = new SplittableRandom(0x5747L + ruleName.hashCode());
        NaiveReference reference = new NaiveReference(ruleName, true);
        for (int r = 0; r < replicas; r++) {
            StateStore a = initial.copy();
            StateStore b = initial.copy();
            Random javaRandom = new Random(seeds.nextLong());
            NaiveReference.Draws draws = NaiveReference.draws(javaRandom);
            List<NaiveReference.State> states = NaiveReference.fromStore(b, 0, n);
            for (int t = 0; t < steps; t++) {
                rule.matchAndScatter(a, 0, n, new SplittableRandom(seeds.nextLong()));
                reference.sweep(states, draws);
                fast.add(t, a);
                NaiveReference.toStore(states, b);
                naive.add(t, b);
            }
            fast.replicas++;
            naive.replicas++;
        }
        String[] names = {"n_SPIN", "sum s_z^2", "S_z"};
        for (int o = 0; o < 3; o++) {
            for (int t = 0; t < steps; t++) {
                double d = fast.mean(o, t) - naive.mean(o, t);
                double se = Math.hypot(fast.se(o, t), naive.se(o, t));
                assertTrue(Math.abs(d) < 5 * se + 1e-9, String.format(
                        "%s, %s after sweep %d: fast %.3f +- %.3f, naive %.3f +- %.3f, difference %.2f SE (limit 5)",
                        ruleName, names[o], t + 1, fast.mean(o, t), fast.se(o, t), naive.mean(o, t), naive.se(o, t),
                        d / se));
            }
        }
    }

    static Stream<String> rules() {
        return ScatteringRules.names().stream();
    }
}
