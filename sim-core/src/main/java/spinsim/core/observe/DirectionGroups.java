package spinsim.core.observe;

import java.util.Arrays;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Groups the SPIN states of a range by direction: two states are in one group when their three
 * components, rounded to multiples of {@link #RESOLUTION}, are equal. Groups are numbered in the
 * order of their first state, so the grouping of a store does not depend on how it was computed.
 * See {@link AssemblyTracker} for why shared directions identify coherent populations.
 *
 * <p>Why not exact float equality: the bisector of two identical spins is renormalised, which can
 * move it by one unit in the last place, and the bisectors of such neighbours make more
 * neighbours; with exact equality a coherent population splits, generation by generation, into
 * ever smaller groups a few 1e-8 rad apart, until all of them fall below the minimum group size
 * (found in a 99/1 run at 30 deg: the "coherent" part vanished by t = 20 t_sc while |S| stayed at
 * 0.997 n_SPIN). Rounding to 2^-16 (1.5e-5, some 250 float ulps) absorbs that drift; a group that
 * straddles a rounding boundary splits in two, which the two-means step puts back on one side.
 * Directions closer than the resolution (6e-4 deg, far below the 0.1 deg of the paper's claims)
 * count as one.
 *
 * <p>An open-addressing hash table over int arrays (no object per state or group): 16 to 24
 * bytes per SPIN state (a table of 2 to 4 ints per state, two ints per possible group), kept
 * between calls and grown when needed, so a tracker that observes the same store every record
 * allocates only when the SPIN count grows. One thread; the store must not change meanwhile.
 */
public final class DirectionGroups {
    /** Slot -&gt; group number + 1 (0: free). Its length is a power of two, at least twice the SPIN count. */
    private int[] table = new int[16];
    /** Group -&gt; its first state. */
    private int[] first = new int[8];
    /** Group -&gt; its rounded direction. */
    private int[] qx = new int[8];
    private int[] qy = new int[8];
    private int[] qz = new int[8];
    /** Group -&gt; its number of states. */
    private int[] count = new int[8];
    private int groups;
    private long spins;
    private StateStore store;

    /** Groups the SPIN states of {@code [from, to)}, replacing the previous grouping. */
    public void collect(StateStore s, int from, int to) {
        final byte[] k = s.kind;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (k[i] == Kind.SPIN_CODE) {
                n++;
            }
        }
        int cap = Integer.highestOneBit(Math.max(8, n)) << 2; // load factor at most 1/2
        if (table.length < cap || table.length > 4 * cap) {
            table = new int[cap];
        } else {
            Arrays.fill(table, 0);
        }
        if (first.length < n) {
            first = new int[n];
            count = new int[n];
            qx = new int[n];
            qy = new int[n];
            qz = new int[n];
        }
        final int mask = table.length - 1;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        int g = 0;
        for (int i = from; i < to; i++) {
            if (k[i] != Kind.SPIN_CODE) {
                continue;
            }
            final int xi = quantize(x[i]);
            final int yi = quantize(y[i]);
            final int zi = quantize(z[i]);
            int slot = hash(xi, yi, zi) & mask;
            while (true) {
                final int e = table[slot];
                if (e == 0) {
                    table[slot] = g + 1;
                    first[g] = i;
                    count[g] = 1;
                    qx[g] = xi;
                    qy[g] = yi;
                    qz[g] = zi;
                    g++;
                    break;
                }
                final int f = e - 1;
                if (qx[f] == xi && qy[f] == yi && qz[f] == zi) {
                    count[e - 1]++;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        groups = g;
        spins = n;
        store = s;
    }

    /** The grouping resolution of a direction component. */
    public static final double RESOLUTION = 0x1p-16;

    /** A component rounded to a multiple of {@link #RESOLUTION} (-0.0 and 0.0 alike). */
    static int quantize(float c) {
        return (int) Math.round(c * (1 / RESOLUTION));
    }

    private static int hash(int x, int y, int z) {
        long h = ((long) x << 32) ^ (y & 0xFFFFFFFFL);
        h = mix(h ^ mix(z * 0x9E3779B97F4A7C15L));
        return (int) (h ^ (h >>> 32));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Distinct directions found. */
    public int groups() {
        return groups;
    }

    /** SPIN states grouped. */
    public long spins() {
        return spins;
    }

    /** States of group {@code g}. */
    public int count(int g) {
        return count[check(g)];
    }

    /** The first state of group {@code g} (every member has its direction within the resolution). */
    public int first(int g) {
        return first[check(g)];
    }

    /** Direction component x of group {@code g} (as stored: a float). */
    public float x(int g) {
        return store.sx[first(g)];
    }

    public float y(int g) {
        return store.sy[first(g)];
    }

    public float z(int g) {
        return store.sz[first(g)];
    }

    private int check(int g) {
        if (g < 0 || g >= groups) {
            throw new IndexOutOfBoundsException("group " + g + " of " + groups);
        }
        return g;
    }
}
