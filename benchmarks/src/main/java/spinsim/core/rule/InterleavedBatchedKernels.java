package spinsim.core.rule;

import java.util.SplittableRandom;
import spinsim.core.rule.BatchedKernels.Scratch;
import spinsim.core.state.Kind;

/**
 * <b>Benchmark experiment, not engine code:</b> {@link BatchedKernels} (as of this commit) on an
 * interleaved layout, one {@code float[]} of x, y, z per state (12 bytes, the kind byte apart:
 * still 13 bytes per state) instead of three component arrays, to measure what the layout alone
 * is worth: a SPIN + SPIN pair then touches ~2 lines of components instead of 6. Same draws and
 * arithmetic, so from the same start and seed the results are bit for bit the engine kernel's
 * ({@code spinsim.bench.InterleavedAB} checks it). Paper rule only.
 *
 * Contiguous blocks only; the matching pass is the engine's own ({@code BatchedKernels.match}, on
 * its scratch), only the passes that read or write components are rewritten here.
 */
public final class InterleavedBatchedKernels {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final long GOLDEN_GAMMA = BatchedKernels.GOLDEN_GAMMA;
    private static final double CANDIDATE_UNIT = BatchedKernels.CANDIDATE_UNIT;
    private static final int MARSAGLIA_BATCH = BatchedKernels.MARSAGLIA_BATCH;
    private static final int WHOLE = BatchedKernels.WHOLE;

    private InterleavedBatchedKernels() {
    }

    /** A store in the interleaved layout: kinds, and x, y, z of state i at 3i, 3i + 1, 3i + 2. */
    public static final class Layout {
        public final byte[] kind;
        public final float[] xyz;

        public Layout(int size) {
            kind = new byte[size];
            xyz = new float[3 * size];
        }

        public int size() {
            return kind.length;
        }
    }

    /** {@link BatchedKernels#matchAndScatter(int, spinsim.core.state.StateStore, int, int, SplittableRandom)} on the interleaved layout. */
    public static void matchAndScatter(int rule, Layout s, int from, int to, SplittableRandom rng) {
        if (rule != RuleKernels.PAPER) {
            throw new UnsupportedOperationException("the interleaved experiment runs the paper rule only");
        }
        final int n = to - from;
        if (n < 2) {
            return;
        }
        final Scratch sc = BatchedKernels.scratch();
        sc.ensureWork(n);
        sc.starts[0] = from;
        fill(s, sc, n, WHOLE);
        long st = BatchedKernels.match(sc, n, rng.nextLong(), !BatchedKernels.vectorFill());
        st = spinSpinPairs(rule, s, sc, WHOLE, st);
        createPairs(rule, s, sc, WHOLE, st);
    }

    /** Pass 1: the working list (local index << 2 | kind), after touching the block's lines. */
    private static void fill(Layout s, Scratch sc, int n, int cs) {
        final byte[] k = s.kind;
        final int[] w = sc.work;
        final int[] starts = sc.starts;
        final float[] xyz = s.xyz;
        final int c = cs == WHOLE ? n : 1 << cs;
        // touch one float of every cache line of the block's spin components, in a loop of
        // independent loads: their lines arrive with many misses in flight, instead of one by one
        // in the scattering passes (a software prefetch; ~free when the block is already cached)
        int touch = 0;
        for (int l0 = 0, g = 0; s.size() > BatchedKernels.TOUCH_ABOVE_STATES && l0 < n; l0 += c, g++) {
            final int p0 = starts[g];
            final int len = Math.min(c, n - l0);
            final int f1 = 3 * (p0 + len);
            for (int q = 3 * p0; q < f1; q += 16) {
                touch += Float.floatToRawIntBits(xyz[q]);
            }
            touch += Float.floatToRawIntBits(xyz[f1 - 1]);
            // and the kinds' lines, which the list below reads in order
            for (int q = 0; q < len; q += 64) {
                touch += k[p0 + q];
            }
            touch += k[p0 + len - 1];
        }
        sc.touched = touch;
        // the working list, in position order
        final boolean vector = BatchedKernels.vectorFill();
        for (int l0 = 0, g = 0; l0 < n; l0 += c, g++) {
            final int end = Math.min(n, l0 + c);
            final int shift = starts[g] - l0;
            if (vector) {
                VectorFill.fill(k, w, l0, end, shift);
            } else {
                for (int l = l0; l < end; l++) {
                    w[l] = (l << 2) | k[shift + l];
                }
            }
        }
    }

    /** The SPIN + SPIN pairs, in list order; returns the generator state. */
    private static long spinSpinPairs(int rule, Layout s, Scratch sc, int cs, long st) {
        final int[] starts = sc.starts;
        final int cm = (1 << cs) - 1;
        final int[] w = sc.work;
        final long[] ssb = sc.ssBits;
        if (rule != RuleKernels.PAPER) {
            throw new UnsupportedOperationException("the interleaved experiment runs the paper rule only");
        }
        final byte[] k = s.kind;
        final float[] xyz = s.xyz;
        final int nss = sc.nss;
        if (nss == 0) {
            return st;
        }
        // read one pair ahead, as the engine's kernel does
        int wd = 0;
        long bits = ssb[0];
        while (bits == 0) {
            bits = ssb[++wd];
        }
        int q = ((wd << 6) + Long.numberOfTrailingZeros(bits)) << 1;
        bits &= bits - 1;
        int la = w[q] >>> 2;
        int lb = w[q + 1] >>> 2;
        int a = starts[la >>> cs] + (la & cm);
        int b = starts[lb >>> cs] + (lb & cm);
        float xa = xyz[3 * a];
        float ya = xyz[3 * a + 1];
        float za = xyz[3 * a + 2];
        float xb = xyz[3 * b];
        float yb = xyz[3 * b + 1];
        float zb = xyz[3 * b + 2];
        for (int t = 1; t < nss; t++) {
            while (bits == 0) {
                bits = ssb[++wd];
            }
            q = ((wd << 6) + Long.numberOfTrailingZeros(bits)) << 1;
            bits &= bits - 1;
            la = w[q] >>> 2;
            lb = w[q + 1] >>> 2;
            final int na = starts[la >>> cs] + (la & cm);
            final int nb = starts[lb >>> cs] + (lb & cm);
            final float nxa = xyz[3 * na];
            final float nya = xyz[3 * na + 1];
            final float nza = xyz[3 * na + 2];
            final float nxb = xyz[3 * nb];
            final float nyb = xyz[3 * nb + 1];
            final float nzb = xyz[3 * nb + 2];
            st += GOLDEN_GAMMA;
            spinSpin(k, xyz, a, b, xa, ya, za, xb, yb, zb, (mix64(st) >>> 11) * DOUBLE_UNIT);
            a = na;
            b = nb;
            xa = nxa;
            ya = nya;
            za = nza;
            xb = nxb;
            yb = nyb;
            zb = nzb;
        }
        st += GOLDEN_GAMMA;
        spinSpin(k, xyz, a, b, xa, ya, za, xb, yb, zb, (mix64(st) >>> 11) * DOUBLE_UNIT);
        return st;
    }

    /** One SPIN + SPIN pair, as the engine kernel's {@code spinSpin}, on the interleaved layout. */
    private static void spinSpin(byte[] k, float[] xyz, int a, int b,
            double xi, double yi, double zi, double xj, double yj, double zj, double u) {
        final double ex = xi - xj;
        final double ey = yi - yj;
        final double ez = zi - zj;
        final double p = 0.25 * (ex * ex + ey * ey + ez * ez);
        final double bx = xi + xj;
        final double by = yi + yj;
        final double bz = zi + zj;
        final double b2 = bx * bx + by * by + bz * bz;
        final int ann = (int) ((Double.doubleToRawLongBits(u - p)
                | Double.doubleToRawLongBits(b2 - RuleKernels.ANTIPARALLEL_EPS2)) >>> 63);
        final int coin = (int) (Double.doubleToRawLongBits(u - 0.5 * p) >>> 63);
        final int keep = ann ^ 1;
        final int mask = -keep;
        final double inv = 1.0 / Math.sqrt(b2);
        final float nx = Float.intBitsToFloat(Float.floatToRawIntBits((float) (bx * inv)) & mask);
        final float ny = Float.intBitsToFloat(Float.floatToRawIntBits((float) (by * inv)) & mask);
        final float nz = Float.intBitsToFloat(Float.floatToRawIntBits((float) (bz * inv)) & mask);
        final int a3 = 3 * a;
        final int b3 = 3 * b;
        xyz[a3] = nx;
        xyz[a3 + 1] = ny;
        xyz[a3 + 2] = nz;
        xyz[b3] = nx;
        xyz[b3 + 1] = ny;
        xyz[b3 + 2] = nz;
        k[a] = (byte) ((keep << 1) | (ann & coin));
        k[b] = (byte) ((keep << 1) | (ann & coin ^ ann));
    }

    /** The FULL + EMPTY pairs, in list order. */
    private static void createPairs(int rule, Layout s, Scratch sc, int cs, long st) {
        final int[] starts = sc.starts;
        final int cm = (1 << cs) - 1;
        final int[] w = sc.work;
        final long[] feb = sc.feBits;
        final int nfe = sc.nfe;
        final byte[] k = s.kind;
        final float[] xyz = s.xyz;
        if (rule != RuleKernels.PAPER) {
            throw new UnsupportedOperationException("the interleaved experiment runs the paper rule only");
        }
        // Marsaglia in batches: candidates (u, v) are drawn in sequence, both from one 64-bit
        // output (u from its high, v from its low 32 bits, each a signed int times 2^-31, so
        // uniform on [-1, 1) in steps of 2^-31, far finer than the float result), and the
        // accepted ones are compacted into a buffer without a branch, then used by the pairs in
        // order, which is draw for draw what a per-pair rejection loop does
        final double[] uv = sc.uv;
        // a cursor over the set bits: word wd, bits of it not yet used
        int wd = -1;
        long bits = 0;
        for (int left = nfe; left > 0;) {
            final int want = Math.min(left, MARSAGLIA_BATCH);
            int acc = 0;
            while (acc < want) {
                st += GOLDEN_GAMMA;
                final long r64 = mix64(st);
                final double u = (int) (r64 >>> 32) * CANDIDATE_UNIT;
                final double v = (int) r64 * CANDIDATE_UNIT;
                uv[2 * acc] = u;
                uv[2 * acc + 1] = v;
                // accepted when u^2 + v^2 < 1 (sign bit of the difference)
                acc += (int) (Double.doubleToRawLongBits(u * u + v * v - 1.0) >>> 63);
            }
            for (int t = 0; t < want; t++) {
                while (bits == 0) {
                    bits = feb[++wd];
                }
                final int q = ((wd << 6) + Long.numberOfTrailingZeros(bits)) << 1;
                bits &= bits - 1;
                final int la = w[q] >>> 2;
                final int lb = w[q + 1] >>> 2;
                final int a = starts[la >>> cs] + (la & cm);
                final int b = starts[lb >>> cs] + (lb & cm);
                final double u = uv[2 * t];
                final double v = uv[2 * t + 1];
                final double r = u * u + v * v;
                final double f = 2.0 * Math.sqrt(1.0 - r);
                final float ux = (float) (u * f);
                final float uy = (float) (v * f);
                final float uz = (float) (1.0 - 2.0 * r);
                k[a] = Kind.SPIN_CODE;
                k[b] = Kind.SPIN_CODE;
                final int a3 = 3 * a;
                final int b3 = 3 * b;
                xyz[a3] = ux;
                xyz[a3 + 1] = uy;
                xyz[a3 + 2] = uz;
                xyz[b3] = -ux;
                xyz[b3 + 1] = -uy;
                xyz[b3 + 2] = -uz;
            }
            left -= want;
        }
    }

    private static long mix64(long z) {
        return BatchedKernels.mix64(z);
    }
}
