package spinsim.core.rule;

import java.util.SplittableRandom;
import spinsim.core.state.Kind;
import spinsim.core.state.SphereSampling;
import spinsim.core.state.StateStore;

/**
 * The scattering kernels of every rule: static loops over index ranges of the struct-of-arrays
 * store, with the rule picked by an int that is constant over a loop (C2 hoists or predicts the
 * switch; no virtual call per pair).
 *
 * <p>Outcome table shared by all rules (MODEL.md section 2): SPIN + EMPTY and FULL + SPIN hop
 * (the contents of the two states are exchanged, direction kept); FULL + FULL and EMPTY + EMPTY
 * are unchanged. Rules differ in SPIN + SPIN and in FULL + EMPTY, see {@link #spinSpin} and
 * {@link #create}.
 *
 * <p>Random draws per pair: one double for SPIN + SPIN (the same draw also tosses the coin of which
 * state becomes FULL), ~2.55 pairs of doubles for FULL + EMPTY (Marsaglia), none otherwise.
 * Conserves, per pair: electrons (2 n_FULL + n_SPIN) and n_FULL - n_EMPTY.
 */
public final class RuleKernels {
    public static final int PAPER = 0;
    public static final int PAPER_PLANAR = 1;
    public static final int SPIN_CONSERVING = 2;

    /** Below this |s1 + s2|^2 the bisector is round-off: the pair is antiparallel (MODEL.md). */
    static final double ANTIPARALLEL_EPS2 = 1e-12;

    private static final int SS = Kind.SPIN_CODE * 3 + Kind.SPIN_CODE;
    private static final int FE = Kind.FULL_CODE * 3 + Kind.EMPTY_CODE;
    private static final int EF = Kind.EMPTY_CODE * 3 + Kind.FULL_CODE;
    private static final int SE = Kind.SPIN_CODE * 3 + Kind.EMPTY_CODE;
    private static final int ES = Kind.EMPTY_CODE * 3 + Kind.SPIN_CODE;
    private static final int FS = Kind.FULL_CODE * 3 + Kind.SPIN_CODE;
    private static final int SF = Kind.SPIN_CODE * 3 + Kind.FULL_CODE;

    private RuleKernels() {
    }

    /** Scatters the single pair (i, j) under {@code rule}. */
    public static void pair(int rule, StateStore s, int i, int j, SplittableRandom rng) {
        pair(rule, s.kind, s.sx, s.sy, s.sz, i, j, rng);
    }

    /**
     * Scatters the adjacent pairs (from, from+1), (from+2, from+3), ... of {@code [from, to)};
     * a last unpaired state (odd length) sits the step out.
     */
    public static void scatterAdjacent(int rule, StateStore s, int from, int to, SplittableRandom rng) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final int end = to - ((to - from) & 1);
        for (int i = from; i < end; i += 2) {
            pair(rule, k, x, y, z, i, i + 1, rng);
        }
    }

    /**
     * Draws a uniform random perfect matching of {@code [from, to)} and scatters every pair, in one
     * pass: the partner of position i is swapped into position i+1 from a uniform position of the
     * not yet matched rest. With an odd count, one uniformly chosen state sits the step out.
     */
    public static void matchAndScatter(int rule, StateStore s, int from, int to, SplittableRandom rng) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        int end = to;
        if (((end - from) & 1) != 0) {
            swap(k, x, y, z, from + rng.nextInt(end - from), end - 1);
            end--;
        }
        for (int i = from; i < end; i += 2) {
            int rest = end - i - 1;
            int j = i + 1 + rng.nextInt(rest);
            swap(k, x, y, z, i + 1, j);
            pair(rule, k, x, y, z, i, i + 1, rng);
        }
    }

    static void pair(int rule, byte[] k, float[] x, float[] y, float[] z, int i, int j, SplittableRandom rng) {
        switch (k[i] * 3 + k[j]) {
            case SS:
                spinSpin(rule, k, x, y, z, i, j, rng);
                break;
            case FE:
            case EF:
                create(rule, k, x, y, z, i, j, rng);
                break;
            case SE:
            case ES:
            case FS:
            case SF:
                // the electron hops into the free place: the two states exchange contents
                swap(k, x, y, z, i, j);
                break;
            default:
                // FULL + FULL, EMPTY + EMPTY: no free place to scatter into
                break;
        }
    }

    private static void spinSpin(int rule, byte[] k, float[] x, float[] y, float[] z, int i, int j,
            SplittableRandom rng) {
        spinSpinWithUniform(rule, k, x, y, z, i, j, rng.nextDouble());
    }

    /** SPIN + SPIN with the uniform draw {@code u} in [0, 1) given (the one draw of the event). */
    static void spinSpinWithUniform(int rule, byte[] k, float[] x, float[] y, float[] z, int i, int j, double u) {
        final double xi = x[i];
        final double yi = y[i];
        final double zi = z[i];
        final double xj = x[j];
        final double yj = y[j];
        final double zj = z[j];
        final double dot = xi * xj + yi * yj + zi * zj;
        // sin^2(phi/2) = (1 - s1.s2)/2 (Eq. 4); the spin-conserving variant uses the singlet
        // weight of the product state, half of it. Evaluated as |s1 - s2|^2/4 (equal for unit
        // vectors) so that bitwise-parallel spins get exactly 0: (1 - s1.s2)/2 on float vectors of
        // norm just below 1 gave parallel pairs a spurious p of up to ~5e-8.
        final double ex = xi - xj;
        final double ey = yi - yj;
        final double ez = zi - zj;
        final double diff2 = ex * ex + ey * ey + ez * ez;
        final double pAnnihilate = rule == SPIN_CONSERVING ? 0.125 * diff2 : 0.25 * diff2;
        final double bx = xi + xj;
        final double by = yi + yj;
        final double bz = zi + zj;
        final double b2 = bx * bx + by * by + bz * bz;
        if (u < pAnnihilate || b2 < ANTIPARALLEL_EPS2 && rule != SPIN_CONSERVING) {
            // u is uniform on [0, pAnnihilate) here, so u < pAnnihilate/2 is a fair coin
            boolean iFull = u < 0.5 * pAnnihilate;
            k[i] = iFull ? Kind.FULL_CODE : Kind.EMPTY_CODE;
            k[j] = iFull ? Kind.EMPTY_CODE : Kind.FULL_CODE;
            x[i] = 0f;
            y[i] = 0f;
            z[i] = 0f;
            x[j] = 0f;
            y[j] = 0f;
            z[j] = 0f;
            return;
        }
        if (rule != SPIN_CONSERVING) {
            // both spins along the bisector (Eq. 5, Section 8)
            final double inv = 1.0 / Math.sqrt(b2);
            final float nx = (float) (bx * inv);
            final float ny = (float) (by * inv);
            final float nz = (float) (bz * inv);
            x[i] = nx;
            y[i] = ny;
            z[i] = nz;
            x[j] = nx;
            y[j] = ny;
            z[j] = nz;
            return;
        }
        spinConservingSurvivors(x, y, z, i, j, dot, pAnnihilate, bx, by, bz, b2, ex, ey, ez);
    }

    /**
     * Survivors of the spin-conserving variant: both spins in the plane of s1 and s2, at angle
     * alpha either side of the bisector, with cos(alpha) = cos(phi/2) / (1 - p). Their sum is then
     * (s1 + s2)/(1 - p), so the expected sum over both outcomes is exactly s1 + s2.
     * cos(alpha) <= 1 holds because cos(phi/2) <= (1 + cos^2(phi/2))/2.
     */
    private static void spinConservingSurvivors(float[] x, float[] y, float[] z, int i, int j,
            double dot, double p, double bx, double by, double bz, double b2, double dx, double dy, double dz) {
        final double d2 = dx * dx + dy * dy + dz * dz;
        if (d2 < ANTIPARALLEL_EPS2 || b2 < ANTIPARALLEL_EPS2) {
            // parallel (alpha = 0) or antiparallel (alpha = pi/2): the spins stay as they are
            return;
        }
        final double cosHalf = Math.sqrt(Math.max(0.0, 0.5 * (1.0 + dot)));
        final double cosA = Math.min(1.0, cosHalf / (1.0 - p));
        final double sinA = Math.sqrt(Math.max(0.0, 1.0 - cosA * cosA));
        final double ib = cosA / Math.sqrt(b2);
        final double id = sinA / Math.sqrt(d2);
        final double ax = bx * ib;
        final double ay = by * ib;
        final double az = bz * ib;
        final double ux = dx * id;
        final double uy = dy * id;
        final double uz = dz * id;
        x[i] = (float) (ax + ux);
        y[i] = (float) (ay + uy);
        z[i] = (float) (az + uz);
        x[j] = (float) (ax - ux);
        y[j] = (float) (ay - uy);
        z[j] = (float) (az - uz);
    }

    /** FULL + EMPTY: an electron leaves the full state; two SPIN states result. */
    private static void create(int rule, byte[] k, float[] x, float[] y, float[] z, int i, int j,
            SplittableRandom rng) {
        k[i] = Kind.SPIN_CODE;
        k[j] = Kind.SPIN_CODE;
        if (rule == PAPER_PLANAR) {
            // theta with density sin(theta)/2, i.e. cos(theta) uniform; partner at pi - theta
            final double c = 2.0 * rng.nextDouble() - 1.0;
            final float sn = (float) Math.sqrt(1.0 - c * c);
            x[i] = sn;
            y[i] = 0f;
            z[i] = (float) c;
            x[j] = sn;
            y[j] = 0f;
            z[j] = (float) -c;
            return;
        }
        // antiparallel, direction uniform on the sphere (Marsaglia); negation is exact in float
        SphereSampling.uniformInto(rng, x, y, z, i);
        x[j] = -x[i];
        y[j] = -y[i];
        z[j] = -z[i];
    }

    static void swap(byte[] k, float[] x, float[] y, float[] z, int i, int j) {
        StateStore.swap(k, x, y, z, i, j);
    }
}
