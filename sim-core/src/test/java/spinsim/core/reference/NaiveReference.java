package spinsim.core.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import spinsim.core.state.StateStore;

/**
 * The naive reference of the sweep (MODEL.md sections 2-3), written for clarity and nothing else:
 * one object per state, a {@code List} shuffled by {@code Collections.swap}, a {@code switch} on
 * the two kinds of every pair, {@link java.util.Random} by default. It is the correctness oracle
 * of the fast kernel {@link spinsim.core.rule.BatchedKernels} and the baseline of the speed-up
 * ratio that the benchmarks print.
 *
 * <p>One step of a cell: a uniform random perfect matching by half a Fisher-Yates shuffle (the
 * state at list position i takes a partner uniform among the positions after it; with an odd
 * count one uniformly chosen state is first moved to the end and sits out), then the events. All
 * pairs of a sweep are disjoint, so their events commute; they are applied SPIN + SPIN pairs
 * first, then FULL + EMPTY pairs, each in matching order, hops last. That order is the fast
 * kernel's, so that a {@link Draws} source that replays the kernel's draw protocol
 * ({@link SplitMix64Draws}) gives bit-identical results; with {@code java.util.Random} the order
 * is irrelevant to the statistics.
 *
 * <p>States hold floats, the storage precision of {@link StateStore}; the arithmetic is the
 * rule's, in double, rounded to float once per outcome. Hops exchange the contents of the two
 * states (the model's "the electron moves to the other state"); the fast kernel skips them, which
 * no observable of a sweep can see, so the bit-for-bit comparison turns them off.
 *
 * <p>Used by the sim-core tests and, through the sim-core test jar, by the benchmarks and by
 * {@code spinsim bench} (the test jar holds this package only).
 */
public final class NaiveReference {
    /** Occupation of a state. */
    public enum Kind {
        EMPTY, FULL, SPIN
    }

    /** One electron state: its home position in the store, its kind and its Bloch vector. */
    public static final class State {
        public final int home;
        public Kind kind;
        public float x;
        public float y;
        public float z;

        public State(int home, Kind kind, float x, float y, float z) {
            this.home = home;
            this.kind = kind;
            this.x = x;
            this.y = y;
            this.z = z;
        }
    }

    /** The random draws of a step. */
    public interface Draws {
        /** Uniform in [0, bound) for a matching partner. */
        int bounded(int bound);

        /** Uniform in [0, bound) for the state that sits out of an odd cell. */
        int boundedFresh(int bound);

        /** Uniform in [0, 1). */
        double uniform();

        /** The matching of the step is drawn. */
        default void endOfMatching() {
        }

        /** One Marsaglia candidate (u, v), each uniform on [-1, 1): by default 2 uniform() - 1 twice. */
        default double[] candidate() {
            double u = 2.0 * uniform() - 1.0;
            double v = 2.0 * uniform() - 1.0;
            return new double[] {u, v};
        }
    }

    /** Draws from {@link Random}: nextInt(bound) and nextDouble(). */
    public static Draws draws(Random rng) {
        return new Draws() {
            @Override
            public int bounded(int bound) {
                return rng.nextInt(bound);
            }

            @Override
            public int boundedFresh(int bound) {
                return rng.nextInt(bound);
            }

            @Override
            public double uniform() {
                return rng.nextDouble();
            }
        };
    }

    private static final double ANTIPARALLEL_EPS2 = 1e-12;
    private final String rule;
    private final boolean hops;

    /**
     * @param rule {@code paper}, {@code paper-planar} or {@code spin-conserving}
     * @param hops whether SPIN + EMPTY and FULL + SPIN exchange contents (the model) or not
     */
    public NaiveReference(String rule, boolean hops) {
        if (!List.of("paper", "paper-planar", "spin-conserving").contains(rule)) {
            throw new IllegalArgumentException("unknown rule " + rule);
        }
        this.rule = rule;
        this.hops = hops;
    }

    /** One sweep step of the cell whose states are {@code cell} (in position order). */
    public void sweep(List<State> cell, Draws d) {
        List<State> list = new ArrayList<>(cell);
        int n = list.size();
        if (n < 2) {
            return;
        }
        int nEven = n;
        if (n % 2 == 1) {
            Collections.swap(list, d.boundedFresh(n), n - 1);
            nEven = n - 1;
        }
        for (int i = 0; i < nEven; i += 2) {
            int bound = nEven - i - 1;
            int j = i + 1 + (bound == 1 ? 0 : d.bounded(bound));
            Collections.swap(list, i + 1, j);
        }
        d.endOfMatching();
        List<State[]> spinSpin = new ArrayList<>();
        List<State[]> fullEmpty = new ArrayList<>();
        List<State[]> hop = new ArrayList<>();
        for (int i = 0; i < nEven; i += 2) {
            State a = list.get(i);
            State b = list.get(i + 1);
            switch (a.kind) {
                case SPIN:
                    if (b.kind == Kind.SPIN) {
                        spinSpin.add(new State[] {a, b});
                    } else {
                        hop.add(new State[] {a, b});
                    }
                    break;
                case FULL:
                    if (b.kind == Kind.EMPTY) {
                        fullEmpty.add(new State[] {a, b});
                    } else if (b.kind == Kind.SPIN) {
                        hop.add(new State[] {a, b});
                    }
                    break;
                case EMPTY:
                    if (b.kind == Kind.FULL) {
                        fullEmpty.add(new State[] {a, b});
                    } else if (b.kind == Kind.SPIN) {
                        hop.add(new State[] {a, b});
                    }
                    break;
                default:
                    throw new AssertionError(a.kind);
            }
        }
        for (State[] p : spinSpin) {
            spinSpin(p[0], p[1], d.uniform());
        }
        for (State[] p : fullEmpty) {
            create(p[0], p[1], d);
        }
        if (hops) {
            for (State[] p : hop) {
                exchange(p[0], p[1]);
            }
        }
    }

    private void spinSpin(State a, State b, double u) {
        double ex = (double) a.x - b.x;
        double ey = (double) a.y - b.y;
        double ez = (double) a.z - b.z;
        // sin^2(phi/2) = |s1 - s2|^2 / 4 for unit vectors; the spin-conserving rule halves it
        double p = (rule.equals("spin-conserving") ? 0.125 : 0.25) * (ex * ex + ey * ey + ez * ez);
        double bx = (double) a.x + b.x;
        double by = (double) a.y + b.y;
        double bz = (double) a.z + b.z;
        double b2 = bx * bx + by * by + bz * bz;
        boolean antiparallel = b2 < ANTIPARALLEL_EPS2 && !rule.equals("spin-conserving");
        if (u < p || antiparallel) {
            boolean aFull = u < 0.5 * p;
            a.kind = aFull ? Kind.FULL : Kind.EMPTY;
            b.kind = aFull ? Kind.EMPTY : Kind.FULL;
            a.x = a.y = a.z = 0f;
            b.x = b.y = b.z = 0f;
            return;
        }
        if (!rule.equals("spin-conserving")) {
            double inv = 1.0 / Math.sqrt(b2);
            a.x = b.x = (float) (bx * inv);
            a.y = b.y = (float) (by * inv);
            a.z = b.z = (float) (bz * inv);
            return;
        }
        // survivors at angle alpha either side of the bisector, cos(alpha) = cos(phi/2) / (1 - p)
        double d2 = ex * ex + ey * ey + ez * ez;
        if (d2 < ANTIPARALLEL_EPS2 || b2 < ANTIPARALLEL_EPS2) {
            return;
        }
        double dot = (double) a.x * b.x + (double) a.y * b.y + (double) a.z * b.z;
        double cosHalf = Math.sqrt(Math.max(0.0, 0.5 * (1.0 + dot)));
        double cosA = Math.min(1.0, cosHalf / (1.0 - p));
        double sinA = Math.sqrt(Math.max(0.0, 1.0 - cosA * cosA));
        double ib = cosA / Math.sqrt(b2);
        double id = sinA / Math.sqrt(d2);
        a.x = (float) (bx * ib + ex * id);
        a.y = (float) (by * ib + ey * id);
        a.z = (float) (bz * ib + ez * id);
        b.x = (float) (bx * ib - ex * id);
        b.y = (float) (by * ib - ey * id);
        b.z = (float) (bz * ib - ez * id);
    }

    private void create(State a, State b, Draws d) {
        a.kind = Kind.SPIN;
        b.kind = Kind.SPIN;
        if (rule.equals("paper-planar")) {
            double c = 2.0 * d.uniform() - 1.0;
            float sn = (float) Math.sqrt(1.0 - c * c);
            a.x = sn;
            a.y = 0f;
            a.z = (float) c;
            b.x = sn;
            b.y = 0f;
            b.z = (float) -c;
            return;
        }
        double u;
        double v;
        double r;
        do {
            double[] c = d.candidate();
            u = c[0];
            v = c[1];
            r = u * u + v * v;
        } while (r >= 1.0);
        double f = 2.0 * Math.sqrt(1.0 - r);
        a.x = (float) (u * f);
        a.y = (float) (v * f);
        a.z = (float) (1.0 - 2.0 * r);
        b.x = -a.x;
        b.y = -a.y;
        b.z = -a.z;
    }

    private static void exchange(State a, State b) {
        Kind k = a.kind;
        a.kind = b.kind;
        b.kind = k;
        float t = a.x;
        a.x = b.x;
        b.x = t;
        t = a.y;
        a.y = b.y;
        b.y = t;
        t = a.z;
        a.z = b.z;
        b.z = t;
    }

    /** The states at {@code positions} of the store, as objects, in that order. */
    public static List<State> fromStore(StateStore s, int[] positions, int n) {
        List<State> out = new ArrayList<>(n);
        for (int q = 0; q < n; q++) {
            int i = positions[q];
            out.add(new State(i, Kind.values()[s.kind[i]], s.sx[i], s.sy[i], s.sz[i]));
        }
        return out;
    }

    /** The states of {@code [from, to)}, as objects, in position order. */
    public static List<State> fromStore(StateStore s, int from, int to) {
        int[] pos = new int[to - from];
        for (int q = 0; q < pos.length; q++) {
            pos[q] = from + q;
        }
        return fromStore(s, pos, pos.length);
    }

    /** Writes every state back to its home position. */
    public static void toStore(List<State> states, StateStore s) {
        for (State st : states) {
            s.kind[st.home] = (byte) st.kind.ordinal();
            s.sx[st.home] = st.x;
            s.sy[st.home] = st.y;
            s.sz[st.home] = st.z;
        }
    }
}
