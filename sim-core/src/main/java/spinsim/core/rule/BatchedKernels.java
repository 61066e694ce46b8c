package spinsim.core.rule;

import java.util.SplittableRandom;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The fast sweep kernel: a uniform random perfect matching of a block of states fused with the
 * scattering of every pair, with the states left where they are (the block is a contiguous range
 * or a list of positions, so it may be any set of chunks of a cell, see
 * {@link spinsim.core.pairing.BlockedMatching}).
 *
 * <p>One call makes a few passes over per-thread {@link Scratch} buffers, none with a
 * data-dependent branch in its common path:
 * <ol>
 *   <li><b>fill</b>: a working list of (local index &lt;&lt; 2 | kind), one int per state, read
 *       in position order (eight at a time with the Vector API where it is enabled,
 *       {@link VectorFill}: the same ints); in a store too large for the caches
 *       ({@link #TOUCH_ABOVE_STATES}) after touching one word of every cache line of the block's
 *       four arrays in a loop of independent loads (a software prefetch for a block fetched from
 *       DRAM);</li>
 *   <li><b>match</b>: half a Fisher-Yates shuffle of that list (the state at list position i
 *       takes a partner uniform among positions i+1 .. n-1), the partner index drawn by Lemire's
 *       multiply-shift with exact rejection, two partners per 64-bit draw;</li>
 *   <li><b>classes</b>: each pair is sorted by its kinds, branch-free, into two bit maps (one
 *       bit per pair, 64 pairs a word): SPIN + SPIN, and FULL + EMPTY. With the Vector API, in a
 *       pass of its own after the matching, four pairs per vector ({@link VectorPairClasses});
 *       without it, inside the matching loop as each pair is drawn: the four kinds of a draw's
 *       two pairs index a 256-entry table of their classes, whose nibbles gather in a register
 *       and are split into the two maps once per 16 draws. The maps are the same either way
 *       (the vector pass gained ~9 % at 2^14 in {@code KernelAB}: the in-loop sorting cost
 *       ~1.25 ns per pair, the pass ~0.6). Every other pair is left alone: FULL + FULL and
 *       EMPTY + EMPTY do nothing, and a hop (SPIN + EMPTY, FULL + SPIN) only exchanges the
 *       contents of two states of the same block, which changes no observable and no later draw
 *       of a sweep (see below);</li>
 *   <li><b>SPIN + SPIN</b>, over the set bits of its map (trailing-zero count): annihilation with
 *       probability sin^2(phi/2) evaluated as |s1 - s2|^2/4, else both along the bisector; the
 *       outcome is selected with bit masks, not a branch. Software-pipelined: the next pair's
 *       components are loaded before this pair's arithmetic, so their (random) loads overlap it
 *       (8 % at 2^14);</li>
 *   <li><b>FULL + EMPTY</b>, over the set bits of its map: an antiparallel pair along a uniform
 *       direction (Marsaglia, its candidates drawn in batches and the accepted ones compacted
 *       without a branch; both coordinates of a candidate come from one 64-bit draw).</li>
 * </ol>
 * (Measured alternatives: sorting the pairs into index lists in a scalar pass of their own
 * costs ~2 ns per pair; bit maps cost ~1.25 ns in the matching loop, ~3 ns in a scalar pass of
 * their own (a standalone test), ~0.6 ns in the vector pass; appending to index lists from
 * inside the matching loop is slower still, since the list index then depends on the partner's random
 * load. The table lookup replaced two shift-and-mask bit selections per pair and gained 5-8 %
 * overall. Splitting SPIN + SPIN into gather, a straight arithmetic loop over scratch arrays and
 * scatter was 16-22 % slower: the arithmetic is hidden under the random accesses in the fused
 * loop, and C2 (JDK 17) did not vectorize the arithmetic loop anyway; see docs/performance.md.)
 * The arithmetic of each outcome is the one of {@link RuleKernels} (same double expressions, same
 * rounding to float), so given the same uniforms the results are bit-identical to the rule's; the
 * tests replay the draw protocol below through a naive reference and compare bit for bit.
 *
 * <p><b>Draw protocol</b> (what a replaying reference must do). The block's generator is
 * SplitMix64 (the algorithm of {@link SplittableRandom}) seeded with one {@code nextLong()} of the
 * {@code rng} passed in, held in a local variable. A bounded int in [0, n) from a 32-bit value t
 * is floor(t n / 2^32), unless the low 32 bits of t n are below 2^32 mod n, in which case t is
 * replaced by the high half of a fresh 64-bit output (exactly uniform; Lemire 2019). Order: for
 * an odd block, the state that sits out (high half of a fresh output, moved to the end of the
 * list); then the partners in list order, two per 64-bit output (high half for pair 2m, low half
 * for pair 2m+1); a last lone pair takes no draw; then one double (top 53 bits x 2^-53) per
 * SPIN + SPIN pair in list order; then the FULL + EMPTY pairs in list order, each with its
 * Marsaglia candidates until u^2 + v^2 &lt; 1, one 64-bit output per candidate: u is its high and
 * v its low 32 bits, each read as a signed int times 2^-31 (uniform on [-1, 1) in steps of
 * 2^-31, far finer than the float result; the planar rule: one double per pair).
 *
 * <p><b>Why skipping hops keeps the statistics exact.</b> The reference kernel exchanges the
 * contents of states i and j on a hop. Within a step neither position is used again; the
 * observables are sums over the cell; the next step's matching of a cell is uniform whatever the
 * positions (exact), or depends on a position only through its chunk (blocked), which i and j
 * share only by chance, and no chunk is preferred, since which blocks chunks form is redrawn
 * every step; processes act on each state independently with exchangeable draws. So the law of
 * every observable is unchanged. Poisson pairing, where a state may scatter again in the same
 * step, keeps the swapping kernel {@link RuleKernels#pair}.
 *
 * <p>Draws per pair (half-filled steady state, SPIN 1/2, FULL 1/4, EMPTY 1/4): 1/2 for the
 * matching, 1/4 for SPIN + SPIN, 1/8 x 4/pi for creation: about 0.91. Memory: the block's
 * {@link Scratch}, ~4.1 bytes per state of the block ({@link Scratch#bytesFor}), per thread.
 * Conserves, per pair: electrons and n_FULL - n_EMPTY.
 */
public final class BatchedKernels {
    /** SplitMix64's increment (the golden gamma of {@link SplittableRandom}). */
    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    /** A Marsaglia candidate coordinate is a signed 32-bit int times this: uniform on [-1, 1). */
    static final double CANDIDATE_UNIT = 0x1.0p-31;
    private static final long LOW32 = 0xFFFFFFFFL;
    /** Bit c is set when a pair with kind code c = 4 k_a + k_b is SPIN + SPIN (c = 10). */
    private static final int SS_CODES = 1 << (Kind.SPIN_CODE * 4 + Kind.SPIN_CODE);
    /** Bit c is set when a pair with kind code c is FULL + EMPTY or EMPTY + FULL (c = 4, 1). */
    private static final int FE_CODES = (1 << (Kind.FULL_CODE * 4 + Kind.EMPTY_CODE))
            | (1 << (Kind.EMPTY_CODE * 4 + Kind.FULL_CODE));

    /**
     * The classes of the two pairs of one draw, by their four kinds k_a | k_b << 2 | k_c << 4 |
     * k_d << 6 (pairs (a, b) and (c, d)): bit 0 and 1 say that the first and the second pair is
     * SPIN + SPIN, bits 2 and 3 that it is FULL + EMPTY.
     */
    private static final byte[] PAIR_CLASSES = new byte[256];

    static {
        for (int kinds = 0; kinds < 256; kinds++) {
            final int c1 = ((kinds & 3) << 2) | ((kinds >>> 2) & 3);
            final int c2 = (((kinds >>> 4) & 3) << 2) | ((kinds >>> 6) & 3);
            PAIR_CLASSES[kinds] = (byte) (((SS_CODES >>> c1) & 1) | ((SS_CODES >>> c2) & 1) << 1
                    | ((FE_CODES >>> c1) & 1) << 2 | ((FE_CODES >>> c2) & 1) << 3);
        }
    }

    /**
     * Bits 4d and 4d + 1 of x, for d = 0 .. 15, packed into bits 2d and 2d + 1 of the result
     * (the low two bits of each nibble, in order).
     */
    private static long evenBitPairs(long x) {
        x &= 0x3333333333333333L;
        x = (x | (x >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x >>> 4)) & 0x00FF00FF00FF00FFL;
        x = (x | (x >>> 8)) & 0x0000FFFF0000FFFFL;
        return (x | (x >>> 16)) & 0xFFFFFFFFL;
    }

    /** The kind code 4 k_a + k_b of the pair of working-list entries a, b (bit c of SS_CODES, FE_CODES). */
    private static int pairCode(int a, int b) {
        return ((a & 3) << 2) | (b & 3);
    }

    /** FULL + EMPTY pairs whose directions are drawn in one batch. */
    static final int MARSAGLIA_BATCH = 256;
    /** Largest block: local indices take 30 bits of the working list, beside 2 bits of kind. */
    public static final int MAX_BLOCK = 1 << 29;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private BatchedKernels() {
    }

    /**
     * Per-thread buffers of one block: where its states are, its working list and its lists of
     * pairs to scatter. Grown on demand, never shrunk; a worker thread keeps one for its life.
     */
    public static final class Scratch {
        /**
         * Starts of the block's chunks (filled by the caller of the chunked form): local index l
         * is the state at {@code starts[l >>> chunkShift] + (l & (2^chunkShift - 1))}.
         */
        public int[] starts = new int[1];
        /** Working list: (local index << 2) | kind, shuffled by the matching. */
        int[] work = new int[0];
        /** Bit m is set when the pair m = (w[2m], w[2m + 1]) is SPIN + SPIN. */
        long[] ssBits = new long[0];
        /** Bit m is set when the pair m is FULL + EMPTY or EMPTY + FULL. */
        long[] feBits = new long[0];
        /** Words of the bit maps in use. */
        int words;
        /** Kept so that the touching loads of a chunked block are not optimised away. */
        int touched;
        /** Counts of the last matching: SPIN + SPIN pairs, FULL + EMPTY pairs. */
        int nss;
        int nfe;
        /** Accepted Marsaglia candidates (u, v) of one batch. */
        final double[] uv = new double[2 * MARSAGLIA_BATCH];

        /** Makes room for a block of {@code n} states in {@code chunks} chunks; returns {@link #starts}. */
        public int[] ensure(int n, int chunks) {
            if (starts.length < chunks) {
                starts = new int[chunks];
            }
            ensureWork(n);
            return starts;
        }

        void ensureWork(int n) {
            if (work.length < n) {
                work = new int[n];
                ssBits = new long[(n / 2 + 63) / 64];
                feBits = new long[(n / 2 + 63) / 64];
            }
        }

        /** Bytes of a scratch beside its per-state buffers (the Marsaglia batch). */
        public static final long FIXED_BYTES = 16L * MARSAGLIA_BATCH;

        /**
         * Bytes of the per-block buffers of a scratch sized for blocks of {@code n} states in
         * {@code chunks} chunks: the working list (4 bytes per state), the two bit maps (1/64
         * byte per state each) and the chunk starts; {@link #FIXED_BYTES} comes on top.
         */
        public static long bytesFor(int n, int chunks) {
            return 4L * n + 2L * 8L * ((n / 2 + 63) / 64) + 4L * chunks;
        }

        /** Bytes held. */
        public long bytes() {
            return 4L * starts.length + 4L * work.length + 8L * ssBits.length + 8L * feBits.length
                    + 8L * uv.length;
        }
    }

    /** This thread's scratch. */
    public static Scratch scratch() {
        return SCRATCH.get();
    }

    /**
     * Uniform random matching of the contiguous range {@code [from, to)} fused with scattering.
     * With an odd count, one uniformly chosen state sits the step out (it stays where it is).
     */
    public static void matchAndScatter(int rule, StateStore s, int from, int to, SplittableRandom rng) {
        final Scratch sc = scratch();
        sc.ensureWork(to - from);
        sc.starts[0] = from;
        run(rule, s, sc, to - from, WHOLE, rng);
    }

    /**
     * Uniform random matching of the {@code n} states of a chunked block fused with scattering:
     * local index l is the state at {@code sc.starts[l >>> chunkShift] + (l & (2^chunkShift - 1))},
     * i.e. ceil(n / 2^chunkShift) chunks of 2^chunkShift states at the given starts, all full but
     * the last. The chunks must not overlap.
     */
    public static void matchAndScatter(int rule, StateStore s, Scratch sc, int n, int chunkShift,
            SplittableRandom rng) {
        if (chunkShift < 1 || chunkShift > WHOLE) {
            throw new IllegalArgumentException("chunk shift must be in [1, " + WHOLE + "], got " + chunkShift);
        }
        sc.ensureWork(n);
        run(rule, s, sc, n, chunkShift, rng);
    }

    /**
     * The fill pass touches a block's lines first (a software prefetch) only in a store of more
     * than this many states: 2^21 states are 27 MB of store, 35 MB with a working list for them,
     * more than this host's 32 MB L3, so its blocks come from DRAM; see {@link #fill}.
     */
    static final int TOUCH_ABOVE_STATES = 1 << 21;

    /** The chunk shift of a contiguous block: one chunk holds any block. */
    static final int WHOLE = 30;

    private static void run(int rule, StateStore s, Scratch sc, int n, int cs, SplittableRandom rng) {
        if (rule < RuleKernels.PAPER || rule > RuleKernels.SPIN_CONSERVING) {
            throw new IllegalArgumentException("unknown rule kernel " + rule);
        }
        if (n < 2) {
            return;
        }
        if (n > MAX_BLOCK) {
            throw new IllegalArgumentException("a block holds at most " + MAX_BLOCK + " states, got " + n);
        }
        long st = matchAndClassify(s, sc, n, cs, rng.nextLong());
        st = spinSpinPairs(rule, s, sc, cs, st);
        createPairs(rule, s, sc, cs, st);
    }

    /**
     * The matching passes alone over the contiguous range {@code [from, to)}: fill, then the
     * matching with its pairs sorted by kinds, without scattering (for the benchmarks of pairing
     * alone). Returns the number of SPIN + SPIN and FULL + EMPTY pairs found.
     */
    public static int matchOnly(StateStore s, int from, int to, SplittableRandom rng) {
        final Scratch sc = scratch();
        sc.ensureWork(to - from);
        if (to - from < 2) {
            return 0;
        }
        sc.starts[0] = from;
        matchAndClassify(s, sc, to - from, WHOLE, rng.nextLong());
        return sc.nss + sc.nfe;
    }

    /**
     * Passes 1 (fill), 2 (matching) and the pairs' classes of a block of n &gt;= 2 states, with
     * the generator state {@code st}; leaves the bit maps and counts in {@code sc} and returns the
     * generator state.
     */
    private static long matchAndClassify(StateStore s, Scratch sc, int n, int cs, long st) {
        fill(s, sc, n, cs);
        return match(sc, n, st, !vectorFill);
    }

    /**
     * The pair classes of a list matched without them ({@link #match} with
     * {@code classifyInLoop} false): whole words of 64 pairs four pairs per vector ({@link VectorPairClasses}), the
     * last partial word pair by pair; the same bit maps and counts as the matching's own. Called
     * from the end of {@link #match}, see there why.
     */
    private static void classifyAfter(Scratch sc, int n) {
        final int pairs = n >>> 1;
        final int full = pairs >>> 6;
        final long[] ssb = sc.ssBits;
        final long[] feb = sc.feBits;
        VectorPairClasses.classify(sc.work, full, ssb, feb);
        if ((pairs & 63) != 0) {
            final int[] w = sc.work;
            long sb = 0;
            long fb = 0;
            for (int m = full << 6; m < pairs; m++) {
                final int code = pairCode(w[2 * m], w[2 * m + 1]);
                sb |= (long) ((SS_CODES >>> code) & 1) << m;
                fb |= (long) ((FE_CODES >>> code) & 1) << m;
            }
            ssb[full] = sb;
            feb[full] = fb;
        }
        int nss = 0;
        int nfe = 0;
        for (int wd = 0; wd < sc.words; wd++) {
            nss += Long.bitCount(ssb[wd]);
            nfe += Long.bitCount(feb[wd]);
        }
        sc.nss = nss;
        sc.nfe = nfe;
    }

    /**
     * Pass 1: the working list (local index << 2 | kind), in a store too large for the caches
     * after touching the block's lines.
     */
    private static void fill(StateStore s, Scratch sc, int n, int cs) {
        final byte[] k = s.kind;
        final int[] w = sc.work;
        final int[] starts = sc.starts;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final int c = cs == WHOLE ? n : 1 << cs;
        // touch one float of every cache line of the block's spin components, in a loop of
        // independent loads: their lines arrive with many misses in flight, instead of one by one
        // in the scattering passes (a software prefetch, introduced for the blocked matching's
        // chunked blocks of DRAM-sized cells, which keep it). Not in a store that fits the
        // caches: there it cost ~8 % at 2^16 (852 KB, more than the 512 KB L2; our reading: the
        // touched lines are evicted again before the scattering reaches them) and gained nothing
        // measurable for contiguous cells of 2^22 and 2^24 states either
        int touch = 0;
        if (s.size() > TOUCH_ABOVE_STATES) {
            for (int l0 = 0, g = 0; l0 < n; l0 += c, g++) {
                final int p0 = starts[g];
                final int len = Math.min(c, n - l0);
                for (int q = 0; q < len; q += 16) {
                    touch += Float.floatToRawIntBits(x[p0 + q]) ^ Float.floatToRawIntBits(y[p0 + q])
                            ^ Float.floatToRawIntBits(z[p0 + q]);
                }
                touch += Float.floatToRawIntBits(x[p0 + len - 1]) ^ Float.floatToRawIntBits(y[p0 + len - 1])
                        ^ Float.floatToRawIntBits(z[p0 + len - 1]);
                // and the kinds' lines, which the list below reads in order
                for (int q = 0; q < len; q += 64) {
                    touch += k[p0 + q];
                }
                touch += k[p0 + len - 1];
            }
        }
        sc.touched = touch;
        // the working list, in position order
        final boolean vector = vectorFill;
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

    /**
     * Whether the incubating Vector API can be used: its module is in the boot layer (the JVM was
     * started with {@code --add-modules jdk.incubator.vector}), the host has 256-bit vectors (on
     * narrower hardware the API runs a slow Java fallback) and {@link VectorFill} links and
     * agrees with the scalar loop on a probe.
     */
    private static final boolean VECTOR_AVAILABLE = probeVectorFill();
    /**
     * The fill pass and the pairs' classes use the Vector API ({@link VectorFill},
     * {@link VectorPairClasses}), and so does field precession
     * ({@code spinsim.core.process.VectorPrecession}, which reads this switch): on by default where
     * available, off with {@code -Dspinsim.vector=false}. Either way the working list, the bit
     * maps and the precessed spins are the same, bit for bit. (The name is older than the second
     * pass.)
     */
    private static boolean vectorFill = VECTOR_AVAILABLE
            && !"false".equalsIgnoreCase(System.getProperty("spinsim.vector"));

    /** The fill the engine starts with: {@link #vectorFill()} before any {@link #setVectorFill}. */
    public static final boolean DEFAULT_VECTOR_FILL = vectorFill;

    private static boolean probeVectorFill() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            if (!VectorFill.hardwareSupported()) {
                return false;
            }
            final byte[] k = new byte[37];
            for (int i = 0; i < k.length; i++) {
                k[i] = (byte) (i % 3);
            }
            final int[] w = new int[k.length - 3];
            VectorFill.fill(k, w, 0, w.length, 3);
            for (int l = 0; l < w.length; l++) {
                if (w[l] != ((l << 2) | k[3 + l])) {
                    return false;
                }
            }
            // one word of pairs, all nine kind codes of a pair: SPIN + SPIN is (2, 2), FULL + EMPTY (1, 0) and (0, 1)
            final int[] pairs = new int[128];
            for (int m = 0; m < 64; m++) {
                pairs[2 * m] = (m << 2) | (m % 3);
                pairs[2 * m + 1] = (m << 3) | (m / 3 % 3);
            }
            final long[] ss = new long[1];
            final long[] fe = new long[1];
            VectorPairClasses.classify(pairs, 1, ss, fe);
            for (int m = 0; m < 64; m++) {
                final int code = ((m % 3) << 2) | (m / 3 % 3);
                if ((ss[0] >>> m & 1) != ((SS_CODES >>> code) & 1) || (fe[0] >>> m & 1) != ((FE_CODES >>> code) & 1)) {
                    return false;
                }
            }
            return true;
        } catch (LinkageError | RuntimeException e) {
            // an API this code was not compiled against, or one that misbehaves: the scalar loop
            // does the same work, and the engine must not fail to load over an optional speed-up
            return false;
        }
    }

    /** True when the Vector API passes (the fill and the pairs' classes) can be used in this JVM. */
    public static boolean vectorFillAvailable() {
        return VECTOR_AVAILABLE;
    }

    /** True when the fill and the pairs' classes use the Vector API. */
    public static boolean vectorFill() {
        return vectorFill;
    }

    /**
     * Switches the Vector API passes (the fill and the pairs' classes) on or off (benchmarks and
     * tests compare the two in one JVM; results are bit-identical). Not for use while kernels run on other threads.
     *
     * @throws IllegalStateException to switch it on where it is not {@linkplain #vectorFillAvailable() available}
     */
    public static void setVectorFill(boolean on) {
        if (on && !VECTOR_AVAILABLE) {
            throw new IllegalStateException("the Vector API is not available: start the JVM with "
                    + "--add-modules jdk.incubator.vector (the spinsim launcher adds it unless SPINSIM_VECTOR=0)");
        }
        vectorFill = on;
    }

    /**
     * Pass 2: the matching, a half Fisher-Yates shuffle of w[0 .. n). With {@code classifyInLoop},
     * each pair is sorted by its kinds as soon as it is drawn: pair m = (w[2m], w[2m + 1]) sets
     * bit m of the SPIN + SPIN or of the FULL + EMPTY bit map, without a branch (the bits gather
     * in registers, 64 pairs to a word); without it the maps are made after the matching by
     * {@link #classifyAfter}, with the Vector API (so only where it is
     * {@linkplain #vectorFillAvailable() available}). Either way the maps and counts are set.
     * Returns the generator state.
     *
     * <p>The vector pass is called from here, not by the caller, for the JIT's sake: this method
     * is too large for C2 to inline (over FreqInlineSize, 325 bytes of bytecode), so it is always
     * a compilation root, and the Vector API calls sit a few levels below it. From the chain of
     * small methods above (a simulation step, the rule, {@code run}) they were inlined more than
     * MaxInlineLevel (15) deep once C2 compiled the step as a whole; a Vector API operation that
     * is not inlined runs the API's Java fallback, which allocates per operation: whole steps
     * ran 5-10x slower that way, while the kernel benchmarks, which call the kernel directly, did
     * not show it. ({@link VectorFill} is safe for the same reason: {@link #fill} is too large
     * to inline.) Package-private: the benchmarks' layout experiment
     * ({@code InterleavedBatchedKernels}) reuses it.
     */
    static long match(Scratch sc, int n, long st, boolean classifyInLoop) {
        final int[] w = sc.work;
        final long[] ssb = sc.ssBits;
        final long[] feb = sc.feBits;
        int nEven = n;
        if ((n & 1) != 0) {
            // the state that sits out is moved to the end of the list
            st += GOLDEN_GAMMA;
            long m = (mix64(st) >>> 32) * n;
            if ((m & LOW32) < n) {
                final long threshold = (1L << 32) % n;
                while ((m & LOW32) < threshold) {
                    st += GOLDEN_GAMMA;
                    m = (mix64(st) >>> 32) * n;
                }
            }
            final int r = (int) (m >>> 32);
            final int t = w[r];
            w[r] = w[n - 1];
            w[n - 1] = t;
            nEven = n - 1;
        }
        final int words = ((nEven >>> 1) + 63) >>> 6;
        int nss = 0;
        int nfe = 0;
        int i = 0;
        // half a Fisher-Yates shuffle, two pairs per 64-bit draw (high half, then low half), one
        // word of bits (64 pairs, 32 draws) per pass of the outer loop, in two halves of 16 draws:
        // each draw's two pairs give one nibble of PAIR_CLASSES (looked up by their four kinds),
        // gathered in a register and sorted into the two maps' halves once per 16 draws
        for (int word = 0; i + 3 < nEven; word++) {
            long sb = 0;
            long fb = 0;
            for (int h = 0; h < 64 && i + 3 < nEven; h += 32) {
                final int iEnd = Math.min(nEven - 3, i + 64);
                long acc = 0;
                for (int sh = 0; i < iEnd; i += 4, sh += 4) {
                    st += GOLDEN_GAMMA;
                    final long r64 = mix64(st);
                    long bound = nEven - i - 1;
                    long m = (r64 >>> 32) * bound;
                    if ((m & LOW32) < bound) {
                        // Lemire's rejection: rare (probability < bound / 2^32); redraws take
                        // fresh outputs
                        final long threshold = (1L << 32) % bound;
                        while ((m & LOW32) < threshold) {
                            st += GOLDEN_GAMMA;
                            m = (mix64(st) >>> 32) * bound;
                        }
                    }
                    int j = i + 1 + (int) (m >>> 32);
                    final int b1 = w[j];
                    w[j] = w[i + 1];
                    w[i + 1] = b1;
                    bound -= 2;
                    m = (r64 & LOW32) * bound;
                    if ((m & LOW32) < bound) {
                        final long threshold = (1L << 32) % bound;
                        while ((m & LOW32) < threshold) {
                            st += GOLDEN_GAMMA;
                            m = (mix64(st) >>> 32) * bound;
                        }
                    }
                    j = i + 3 + (int) (m >>> 32);
                    final int b2 = w[j];
                    w[j] = w[i + 3];
                    w[i + 3] = b2;
                    if (classifyInLoop) {
                        final int kinds = (w[i] & 3) | ((b1 & 3) << 2) | ((w[i + 2] & 3) << 4)
                                | ((b2 & 3) << 6);
                        acc |= (long) PAIR_CLASSES[kinds] << sh;
                    }
                }
                if (classifyInLoop) {
                    sb |= evenBitPairs(acc) << h;
                    fb |= evenBitPairs(acc >>> 2) << h;
                }
            }
            if (classifyInLoop) {
                ssb[word] = sb;
                feb[word] = fb;
                nss += Long.bitCount(sb);
                nfe += Long.bitCount(fb);
            }
        }
        sc.words = words;
        if (!classifyInLoop) {
            classifyAfter(sc, n);
            return st;
        }
        if (i < nEven) {
            // a last single pair (nEven = 2 mod 4) has no choice left: no draw
            final int code = pairCode(w[i], w[i + 1]);
            final int mm = i >>> 1;
            final long sb = (long) ((SS_CODES >>> code) & 1) << mm;
            final long fb = (long) ((FE_CODES >>> code) & 1) << mm;
            if ((mm & 63) == 0) {
                ssb[mm >>> 6] = sb;
                feb[mm >>> 6] = fb;
            } else {
                ssb[mm >>> 6] |= sb;
                feb[mm >>> 6] |= fb;
            }
            nss += Long.bitCount(sb);
            nfe += Long.bitCount(fb);
        }
        sc.nss = nss;
        sc.nfe = nfe;
        return st;
    }

    /** The SPIN + SPIN pairs, in list order; returns the generator state. */
    private static long spinSpinPairs(int rule, StateStore s, Scratch sc, int cs, long st) {
        final int[] starts = sc.starts;
        final int cm = (1 << cs) - 1;
        final int[] w = sc.work;
        final long[] ssb = sc.ssBits;
        final int words = sc.words;
        if (rule == RuleKernels.SPIN_CONSERVING) {
            for (int wd = 0; wd < words; wd++) {
                for (long bits = ssb[wd]; bits != 0; bits &= bits - 1) {
                    final int q = ((wd << 6) + Long.numberOfTrailingZeros(bits)) << 1;
                    final int la = w[q] >>> 2;
                    final int lb = w[q + 1] >>> 2;
                    st += GOLDEN_GAMMA;
                    RuleKernels.spinSpinWithUniform(rule, s.kind, s.sx, s.sy, s.sz,
                            starts[la >>> cs] + (la & cm), starts[lb >>> cs] + (lb & cm),
                            (mix64(st) >>> 11) * DOUBLE_UNIT);
                }
            }
            return st;
        }
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final int nss = sc.nss;
        if (nss == 0) {
            return st;
        }
        // software-pipelined: the next pair's positions and components are loaded before this
        // pair's arithmetic and stores (the two pairs share no state), so the loads of one pair
        // are in flight while the previous one computes
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
        float xa = x[a];
        float ya = y[a];
        float za = z[a];
        float xb = x[b];
        float yb = y[b];
        float zb = z[b];
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
            final float nxa = x[na];
            final float nya = y[na];
            final float nza = z[na];
            final float nxb = x[nb];
            final float nyb = y[nb];
            final float nzb = z[nb];
            st += GOLDEN_GAMMA;
            spinSpin(k, x, y, z, a, b, xa, ya, za, xb, yb, zb, (mix64(st) >>> 11) * DOUBLE_UNIT);
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
        spinSpin(k, x, y, z, a, b, xa, ya, za, xb, yb, zb, (mix64(st) >>> 11) * DOUBLE_UNIT);
        return st;
    }

    /**
     * One SPIN + SPIN pair of the paper's rules, (a, b) holding the given components, with the
     * uniform u: annihilation when u &lt; |s_a - s_b|^2 / 4 (or when antiparallel to round-off),
     * else both along the bisector; selected with bit masks, not a branch.
     */
    private static void spinSpin(byte[] k, float[] x, float[] y, float[] z, int a, int b,
            double xi, double yi, double zi, double xj, double yj, double zj, double u) {
        final double ex = xi - xj;
        final double ey = yi - yj;
        final double ez = zi - zj;
        final double p = 0.25 * (ex * ex + ey * ey + ez * ez);
        final double bx = xi + xj;
        final double by = yi + yj;
        final double bz = zi + zj;
        final double b2 = bx * bx + by * by + bz * bz;
        // 1 when u < p or the pair is antiparallel to round-off (sign bits of the differences)
        final int ann = (int) ((Double.doubleToRawLongBits(u - p)
                | Double.doubleToRawLongBits(b2 - RuleKernels.ANTIPARALLEL_EPS2)) >>> 63);
        // which state becomes FULL: u is uniform on [0, p) when annihilating, so u < p/2 is a fair coin
        final int coin = (int) (Double.doubleToRawLongBits(u - 0.5 * p) >>> 63);
        final int keep = ann ^ 1;
        final int mask = -keep;
        // bisector (Eq. 5); for an annihilated pair the value (maybe NaN if b2 = 0) is masked to +0
        final double inv = 1.0 / Math.sqrt(b2);
        final float nx = Float.intBitsToFloat(Float.floatToRawIntBits((float) (bx * inv)) & mask);
        final float ny = Float.intBitsToFloat(Float.floatToRawIntBits((float) (by * inv)) & mask);
        final float nz = Float.intBitsToFloat(Float.floatToRawIntBits((float) (bz * inv)) & mask);
        x[a] = nx;
        y[a] = ny;
        z[a] = nz;
        x[b] = nx;
        y[b] = ny;
        z[b] = nz;
        // SPIN (2) if kept, else FULL (1) / EMPTY (0) by the coin
        k[a] = (byte) ((keep << 1) | (ann & coin));
        k[b] = (byte) ((keep << 1) | (ann & coin ^ ann));
    }

    /** The FULL + EMPTY pairs, in list order. */
    private static void createPairs(int rule, StateStore s, Scratch sc, int cs, long st) {
        final int[] starts = sc.starts;
        final int cm = (1 << cs) - 1;
        final int[] w = sc.work;
        final long[] feb = sc.feBits;
        final int nfe = sc.nfe;
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        if (rule == RuleKernels.PAPER_PLANAR) {
            for (int wd = 0; wd < sc.words; wd++) {
              for (long bits = feb[wd]; bits != 0; bits &= bits - 1) {
                final int q = ((wd << 6) + Long.numberOfTrailingZeros(bits)) << 1;
                final int la = w[q] >>> 2;
                final int lb = w[q + 1] >>> 2;
                final int a = starts[la >>> cs] + (la & cm);
                final int b = starts[lb >>> cs] + (lb & cm);
                // theta with density sin(theta)/2, i.e. cos(theta) uniform; partner at pi - theta
                st += GOLDEN_GAMMA;
                final double c = 2.0 * ((mix64(st) >>> 11) * DOUBLE_UNIT) - 1.0;
                final float sn = (float) Math.sqrt(1.0 - c * c);
                k[a] = Kind.SPIN_CODE;
                k[b] = Kind.SPIN_CODE;
                x[a] = sn;
                y[a] = 0f;
                z[a] = (float) c;
                x[b] = sn;
                y[b] = 0f;
                z[b] = (float) -c;
              }
            }
            return;
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
                x[a] = ux;
                y[a] = uy;
                z[a] = uz;
                x[b] = -ux;
                y[b] = -uy;
                z[b] = -uz;
            }
            left -= want;
        }
    }

    /** SplitMix64's output function (Stafford variant 13), as in {@link SplittableRandom}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
