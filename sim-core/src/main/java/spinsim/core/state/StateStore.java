package spinsim.core.state;

/**
 * All electron states of a simulation, struct-of-arrays.
 *
 * <p>Per state: {@code kind[i]} (a {@link Kind} code) and, for SPIN states, the unit Bloch vector
 * {@code (sx[i], sy[i], sz[i])}. For EMPTY and FULL states the vector is kept at zero, so a plain
 * sum of the arrays is the total spin vector S. Floats (not doubles) because a pair update is
 * memory-bound at scale and float precision (~1e-7) is far below any statistical error here; the
 * kernels renormalise after each arithmetic update so unit length does not drift.
 *
 * <p>{@value #BYTES_PER_STATE} bytes per state.
 */
public final class StateStore {
    /** Bytes of storage per state: one kind byte and three floats. */
    public static final int BYTES_PER_STATE = 1 + 3 * Float.BYTES;

    public final byte[] kind;
    public final float[] sx;
    public final float[] sy;
    public final float[] sz;
    private final int size;

    /**
     * Bytes by which the spin arrays' starts are staggered modulo 4 KB when the JVM places them
     * one after the other ({@link #StateStore(int, boolean)}).
     */
    static final int STAGGER_BYTES = 1360;
    /** Array header bytes on a 64-bit JVM with compressed class pointers. */
    private static final int ARRAY_HEADER_BYTES = 16;

    /** A store of {@code size} states, all EMPTY, with the spin arrays staggered (see below). */
    public StateStore(int size) {
        this(size, true);
    }

    /**
     * A store of {@code size} states, all EMPTY.
     *
     * <p>With {@code stagger}, {@code sx} and {@code sy} get up to 1023 unused floats at their end,
     * chosen so that where the JVM allocates the arrays back to back (ParallelGC's old generation,
     * the launcher's collector, and any TLAB) {@code sx[i]}, {@code sy[i]} and {@code sz[i]} lie
     * {@value #STAGGER_BYTES} and 2 x {@value #STAGGER_BYTES} bytes apart modulo 4 KB, i.e. in
     * different L1 sets. Unstaggered, arrays of 2^26 or 2^28 floats land exactly 2^28 + 16 or
     * 2^30 + 16 bytes apart: the three components of a state then share an L1 set and (on this
     * AMD host) the L1's linear-address micro-tag, and the fused kernel ran ~1.5x slower, in cache
     * as from DRAM (docs/performance.md, "DRAM-sized cells"). Nothing reads the arrays' lengths:
     * the store's size is {@link #size()}. {@code stagger = false} is for benchmarks only.
     */
    public StateStore(int size, boolean stagger) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
        this.size = size;
        final int pad = stagger ? staggerPad(size) : 0;
        this.kind = new byte[size];
        this.sx = new float[size + pad];
        this.sy = new float[size + pad];
        this.sz = new float[size];
    }

    /**
     * Unused floats after {@code sx} and {@code sy} of a staggered store: next array's data start
     * = this one's + header + 4 (size + pad) = + {@value #STAGGER_BYTES} modulo 4 KB.
     */
    static int staggerPad(int size) {
        return Math.floorMod(STAGGER_BYTES - ARRAY_HEADER_BYTES - 4 * size, 4096) / 4;
    }

    public int size() {
        return size;
    }

    public Kind kindOf(int i) {
        return Kind.of(kind[i]);
    }

    public void setEmpty(int i) {
        kind[i] = Kind.EMPTY_CODE;
        sx[i] = 0f;
        sy[i] = 0f;
        sz[i] = 0f;
    }

    public void setFull(int i) {
        kind[i] = Kind.FULL_CODE;
        sx[i] = 0f;
        sy[i] = 0f;
        sz[i] = 0f;
    }

    /** Makes state i a SPIN state along (x, y, z), normalised here. */
    public void setSpin(int i, double x, double y, double z) {
        double inv = 1.0 / Math.sqrt(x * x + y * y + z * z);
        kind[i] = Kind.SPIN_CODE;
        sx[i] = (float) (x * inv);
        sy[i] = (float) (y * inv);
        sz[i] = (float) (z * inv);
    }

    /** Exchanges the contents of states i and j (used by pairing: a permutation of contents). */
    public void swap(int i, int j) {
        swap(kind, sx, sy, sz, i, j);
    }

    /** Exchanges the contents of states i and j of the given arrays (the kernels hold them in locals). */
    public static void swap(byte[] k, float[] x, float[] y, float[] z, int i, int j) {
        final byte kk = k[i];
        k[i] = k[j];
        k[j] = kk;
        float t = x[i];
        x[i] = x[j];
        x[j] = t;
        t = y[i];
        y[i] = y[j];
        y[j] = t;
        t = z[i];
        z[i] = z[j];
        z[j] = t;
    }

    /** Electrons held in {@code [from, to)}: 2 n_FULL + n_SPIN. */
    public long electrons(int from, int to) {
        long e = 0;
        for (int i = from; i < to; i++) {
            byte k = kind[i];
            e += k == Kind.FULL_CODE ? 2 : k == Kind.SPIN_CODE ? 1 : 0;
        }
        return e;
    }

    /** A deep copy (for checkpoints and tests). */
    public StateStore copy() {
        StateStore c = new StateStore(size);
        System.arraycopy(kind, 0, c.kind, 0, size);
        System.arraycopy(sx, 0, c.sx, 0, size);
        System.arraycopy(sy, 0, c.sy, 0, size);
        System.arraycopy(sz, 0, c.sz, 0, size);
        return c;
    }

    /** True when both stores hold bit-identical contents. */
    public boolean sameContents(StateStore o) {
        return java.util.Arrays.equals(kind, o.kind)
                && java.util.Arrays.equals(sx, o.sx)
                && java.util.Arrays.equals(sy, o.sy)
                && java.util.Arrays.equals(sz, o.sz);
    }
}
