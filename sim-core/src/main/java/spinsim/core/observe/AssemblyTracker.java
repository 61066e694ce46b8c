package spinsim.core.observe;

import spinsim.core.state.StateStore;

/**
 * Follows two coherent spin populations (the TIA1 and TIA2 assemblies of paper Section 8, Eq.
 * 59-63, Fig. 9-11) through a particle run, record by record, and separates them from the diffuse
 * (TIS-like) spins.
 *
 * <h2>Why shared directions identify a coherent population</h2>
 * Under the {@code paper} rule two SPIN states that scatter without annihilating both take the
 * bisector (s1 + s2)/|s1 + s2|. Both kernels that apply it ({@code RuleKernels.spinSpinWithUniform}
 * and the batched {@code BatchedKernels.spinSpinPairs}) compute it with the same expressions: the
 * float components widened to double, b = s1 + s2, 1/sqrt(b.b), each component of b times that,
 * rounded to float, and the same three floats written to both states. IEEE addition and
 * multiplication are commutative and Java evaluates doubles strictly (no fused multiply-add, no
 * extended precision), so the result is a function of the unordered pair of float triples: the
 * same inputs give bit-identical outputs in either order, in either kernel, on any thread. Hence:
 * <ul>
 *   <li>spins of a population that started along one direction, and the bisectors they form with
 *       each other or with another coherent population, share bit-identical directions: a few
 *       large groups of equal floats (one group per distinct combination history);</li>
 *   <li>spins born from FULL + EMPTY pairs have directions drawn uniformly and rounded to
 *       floats (there are ~2^50 float unit vectors: among 10^6 random directions a coinciding
 *       pair has probability ~1e-4 and a triple practically none), and a bisector with such a
 *       spin inherits its uniqueness: these are singletons.</li>
 * </ul>
 * One caveat, from the kernels too: the bisector of two identical floats s is float(s/|s|), which
 * may differ from s by one unit in the last place when |s| is not exactly 1 in double, and such
 * neighbours breed more neighbours; so directions are compared after rounding to
 * {@link DirectionGroups#RESOLUTION} (see there: with exact equality a coherent population
 * fragments below the minimum group size within ~15-20 t_sc).
 * Field precession and injection map equal directions to equal ones (deterministic per state);
 * spin relaxation redraws a direction, so a flipped spin becomes diffuse. Under the
 * {@code paper-planar} rule the same holds (the bisector of two xz-plane vectors is their mean
 * polar angle); under {@code spin-conserving} the two survivors take different directions, so
 * coherent groups dissolve and the partition is not meaningful there.
 *
 * <h2>Method, per record</h2>
 * <ol>
 *   <li>group the SPIN states by direction, rounded to 1.5e-5 ({@link DirectionGroups});</li>
 *   <li>groups of at least {@code min_group} states are coherent (default
 *       {@link #defaultMinGroup}: max(3, 1e-4 n_SPIN), well above the chance coincidences and
 *       small enough to keep the rare survivors of a shrinking population); the rest is diffuse;</li>
 *   <li>the coherent groups are split in two by weighted 2-means on the sphere
 *       ({@link SphericalTwoMeans}, weights = group sizes), seeded with the previous record's
 *       centres (at the first record: the two configured initial directions), so each assembly is
 *       followed continuously and keeps its label;</li>
 *   <li>per assembly: electrons, centre (normalised weighted mean), spread (weighted RMS angle to
 *       the centre), groups; and the angle between the centres.</li>
 * </ol>
 * When one assembly is empty (all coherent groups are nearer to one centre, or there are none on
 * one side), the partition is {@linkplain AssemblyPartition#merged() merged}: angle 0, the empty
 * assembly reported at the other's direction, and the empty one's tracking centre kept, so that a
 * population that reappears there (e.g. injected spins) is picked up again.
 *
 * <p>Not thread-safe; one tracker follows one replica. {@link #observe} must run while the store
 * is quiescent (between steps). It keeps its scratch arrays between records.
 */
public final class AssemblyTracker {
    /** Centres closer than this (radians) are one: the second assembly is folded into the first. */
    public static final double MERGED_RAD = 1e-9;

    private final DirectionGroups groups = new DirectionGroups();
    private final int minGroup;
    private final double[] c1;
    private final double[] c2;
    private double[] gx = new double[16];
    private double[] gy = new double[16];
    private double[] gz = new double[16];
    private double[] gw = new double[16];
    private int[] label = new int[16];

    /**
     * @param first    initial direction of assembly 1 (any finite non-zero vector)
     * @param second   initial direction of assembly 2
     * @param minGroup smallest coherent group; 0 for {@link #defaultMinGroup} at every record
     */
    public AssemblyTracker(double[] first, double[] second, int minGroup) {
        if (minGroup < 0) {
            throw new IllegalArgumentException("min_group must be >= 0 (0: automatic), got " + minGroup);
        }
        this.c1 = unit(first, "first initial direction");
        this.c2 = unit(second, "second initial direction");
        this.minGroup = minGroup;
    }

    /** max(3, ceil(1e-4 n_SPIN)). */
    public static int defaultMinGroup(long nSpin) {
        return (int) Math.max(3, Math.ceil(1e-4 * nSpin));
    }

    /** The group size from which a group is coherent, at a record with {@code nSpin} SPIN states. */
    public int minGroupFor(long nSpin) {
        return minGroup > 0 ? minGroup : defaultMinGroup(nSpin);
    }

    /** The current tracking centre of assembly k (1 or 2): the seed of the next record. */
    public double[] centre(int k) {
        if (k != 1 && k != 2) {
            throw new IllegalArgumentException("assembly 1 or 2, got " + k);
        }
        return (k == 1 ? c1 : c2).clone();
    }

    /** Partition of the whole store. */
    public AssemblyPartition observe(StateStore s) {
        return observe(s, 0, s.size());
    }

    /** Partition of the SPIN states of {@code [from, to)}; moves the tracking centres on. */
    public AssemblyPartition observe(StateStore s, int from, int to) {
        groups.collect(s, from, to);
        final long nSpin = groups.spins();
        final int mg = minGroupFor(nSpin);
        final int all = groups.groups();
        int m = 0;
        for (int g = 0; g < all; g++) {
            if (groups.count(g) >= mg) {
                m++;
            }
        }
        ensure(m);
        m = 0;
        long diffuse = 0;
        double dx = 0;
        double dy = 0;
        double dz = 0;
        for (int g = 0; g < all; g++) {
            int c = groups.count(g);
            if (c >= mg) {
                gx[m] = groups.x(g);
                gy[m] = groups.y(g);
                gz[m] = groups.z(g);
                gw[m] = c;
                m++;
            } else {
                diffuse += c;
                dx += c * (double) groups.x(g);
                dy += c * (double) groups.y(g);
                dz += c * (double) groups.z(g);
            }
        }
        double[] a = c1.clone();
        double[] b = c2.clone();
        if (m > 0) {
            SphericalTwoMeans.cluster(gx, gy, gz, gw, m, a, b, label);
        }
        Assembly one = build(0, m, a);
        Assembly two = build(1, m, b);
        if (!one.isEmpty() && !two.isEmpty() && angle(one.direction(), two.direction()) < MERGED_RAD) {
            // coincident centres: one population
            for (int i = 0; i < m; i++) {
                label[i] = 0;
            }
            one = build(0, m, a);
            two = build(1, m, b);
        }
        double between;
        boolean merged;
        if (!one.isEmpty() && !two.isEmpty()) {
            between = angle(one.direction(), two.direction());
            merged = false;
        } else if (one.isEmpty() && two.isEmpty()) {
            between = Double.NaN;
            merged = true;
        } else {
            between = 0;
            merged = true;
        }
        // the tracking centres move with the non-empty assemblies; an empty one keeps its centre
        if (!one.isEmpty()) {
            System.arraycopy(one.direction(), 0, c1, 0, 3);
        }
        if (!two.isEmpty()) {
            System.arraycopy(two.direction(), 0, c2, 0, 3);
        }
        // an empty assembly is reported where the other one is (angle 0), or at its centre if both are empty
        if (one.isEmpty()) {
            one = Assembly.empty(two.isEmpty() ? c1 : two.direction());
        }
        if (two.isEmpty()) {
            two = Assembly.empty(one.electrons() == 0 ? c2 : one.direction());
        }
        return new AssemblyPartition(nSpin, mg, one, two, diffuse, new double[] {dx, dy, dz}, m, all, between,
                merged);
    }

    /** The assembly of the points labelled {@code l}; empty (at {@code centre}) when there are none. */
    private Assembly build(int l, int m, double[] centre) {
        long e = 0;
        int n = 0;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < m; i++) {
            if (label[i] == l) {
                e += (long) gw[i];
                n++;
                sx += gw[i] * gx[i];
                sy += gw[i] * gy[i];
                sz += gw[i] * gz[i];
            }
        }
        double len = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (e == 0 || !(len > 0)) {
            return e == 0 ? Assembly.empty(centre) : new Assembly(e, n, new double[] {sx, sy, sz}, centre, Double.NaN);
        }
        double[] d = {sx / len, sy / len, sz / len};
        double ss = 0;
        for (int i = 0; i < m; i++) {
            if (label[i] == l) {
                double t = angle(gx[i], gy[i], gz[i], d[0], d[1], d[2]);
                ss += gw[i] * t * t;
            }
        }
        return new Assembly(e, n, new double[] {sx, sy, sz}, d, Math.sqrt(ss / e));
    }

    private void ensure(int m) {
        if (gx.length < m) {
            int n = Math.max(m, 2 * gx.length);
            gx = new double[n];
            gy = new double[n];
            gz = new double[n];
            gw = new double[n];
            label = new int[n];
        }
    }

    /** The angle between two vectors, accurate near 0 and pi (atan2 of |a x b| and a.b). */
    public static double angle(double[] a, double[] b) {
        return angle(a[0], a[1], a[2], b[0], b[1], b[2]);
    }

    private static double angle(double ax, double ay, double az, double bx, double by, double bz) {
        double cx = ay * bz - az * by;
        double cy = az * bx - ax * bz;
        double cz = ax * by - ay * bx;
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
    }

    private static double[] unit(double[] v, String what) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException(what + " must have 3 components");
        }
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException(what + " must be a finite non-zero vector");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
