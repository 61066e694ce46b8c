package spinsim.core.initial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.engine.RandomStreams;
import spinsim.core.observe.CellTally;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.SphereSampling;
import spinsim.core.state.StateStore;

/**
 * The chain profile: the SPIN states of cell c are redrawn isotropically with probability
 * q_c = depolarize (1 + sin(2 pi c / C)) / 2, then rotated by c x twist about the axis.
 *
 * <p>Setup: 12 cells of 20000 states (12000 SPIN, all along +z, 4000 FULL, 4000 EMPTY), axis
 * (1, 2, 2)/3 (a.z = 2/3, so +z has a perpendicular part sin(theta) = sqrt(5)/3 that the rotation
 * turns), twist 0.7 rad (c x twist wraps past 2 pi), depolarize 0.8 (q_c from 0 at c = 9 to 0.8 at
 * c = 3). Tolerances: every statistical assertion is at 5 standard errors given by the stated
 * formula for n independent spins (a spin survives with probability 1 - q and then lies exactly
 * along u_c = R_c z; otherwise it is uniform on the sphere), plus a floor for float rounding where
 * an SE is 0 (cells with q = 0). ~70 comparisons at 5 SE: false-failure probability ~4e-5 for an
 * arbitrary seed; the seeds are fixed. Power: the same checks applied to a mutated local copy of
 * apply (rotation sense reversed, cos instead of sin in q_c) must fail; the unmutated copy is
 * checked bit-identical to {@link ChainProfile#apply}.
 */
class ChainProfileTest {
    private static final long SEED = 0xC4A1_0001L;
    private static final double K = 5.0;
    private static final int CELLS = 12;
    private static final int PER_CELL = 20_000;
    private static final double TWIST = 0.7;
    private static final double[] AXIS_IN = {1, 2, 2};
    private static final double DEPOLARIZE = 0.8;

    private static CellLayout layout() {
        return CellLayout.uniform(CELLS, PER_CELL);
    }

    /** Every cell: 12000 SPIN along +z, 4000 FULL, 4000 EMPTY, shuffled, by the Populator. */
    private static StateStore polarized(CellLayout layout, SpinComponent component) {
        Composition[] comps = new Composition[layout.cells()];
        for (int c = 0; c < comps.length; c++) {
            comps[c] = Composition.of(layout.size(c), layout.size(c), 0.6);
        }
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, SpinMixture.of(component), SEED);
        return s;
    }

    private static StateStore polarized(CellLayout layout) {
        return polarized(layout, new SpinComponent.Fixed(new double[] {0, 0, 1}));
    }

    /** q_c from the specification, written independently of the class. */
    private static double q(int c, double depolarize) {
        return depolarize * (1 + Math.sin(2 * Math.PI * c / CELLS)) / 2;
    }

    /**
     * v rotated by angle about the unit axis a: the part along a is kept, the perpendicular part p
     * turns in its plane to p cos + (a x p) sin (right-handed: about a = z, x turns towards y).
     */
    static double[] rotate(double[] v, double[] a, double angle) {
        double along = TestSupport.dot(a, v);
        double[] p = {v[0] - along * a[0], v[1] - along * a[1], v[2] - along * a[2]};
        double[] ap = TestSupport.cross(a, p);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {along * a[0] + c * p[0] + s * ap[0], along * a[1] + c * p[1] + s * ap[1],
            along * a[2] + c * p[2] + s * ap[2]};
    }

    private static double[] unitAxis() {
        return TestSupport.normalize(AXIS_IN);
    }

    // ------------------------------------------------------------------ the statistics

    /** Largest |z| of each check over the cells of one profiled store (see {@link #analyse}). */
    record Scores(double survivors, double projection, double magnitude, double angle, double alongAxis,
            double redrawnMean, double redrawnSquares) {
    }

    /**
     * Given a store of +z spins profiled with (TWIST, axis, depolarize), per cell c with n SPIN
     * states, u_c = R_c z (computed by {@link #rotate}), q = q_c:
     * <ul>
     *   <li>survivors (spins within 1e-5 of u_c; a redrawn direction lands there with probability
     *       ~1e-11): Binomial(n, 1 - q), SE sqrt(n q (1 - q));</li>
     *   <li>projection S.u_c: mean n (1 - q), variance n (q (1 - q) + q/3) (a spin contributes 1
     *       with probability 1 - q, else a value uniform on [-1, 1]);</li>
     *   <li>|S_c|: n (1 - q) + q / (3 (1 - q)) (the perpendicular noise, E|S_perp|^2 = 2 n q / 3,
     *       adds |S_perp|^2 / (2 |S|) to first order), same SE as the projection; i.e.
     *       |S_c| / n_SPIN = 1 - q_c;</li>
     *   <li>angle about the axis from cell 0's to cell c's perpendicular part of S: c twist (mod
     *       2 pi); delta method: the tangential noise has variance n q / 3 against a perpendicular
     *       part n (1 - q) sin(theta), so SE_c = sqrt(n q / 3) / (n (1 - q) sin theta), and the
     *       SE of the difference is sqrt(SE_c^2 + SE_0^2) (noise / signal < 0.03 here);</li>
     *   <li>a.S_c: n (1 - q)(a.z), variance per spin (1 - q)(a.z)^2 + q/3 - ((1 - q) a.z)^2;</li>
     *   <li>the redrawn spins of all cells (non-survivors, m of them) are isotropic: each mean
     *       component 0 with SE sqrt(1/(3 m)), each mean square 1/3 with SE sqrt(4/(45 m)).</li>
     * </ul>
     * Float floors where an SE is 0 (q = 0): 1e-6 n states for sums, 1e-5 rad for angles.
     */
    static Scores analyse(StateStore s, CellLayout layout, double twist, double[] axis, double depolarize) {
        double az = axis[2];
        double sinTheta = Math.sqrt(1 - az * az);
        double[][] perp = new double[CELLS][];
        double[] angleSe = new double[CELLS];
        double survivors = 0;
        double projection = 0;
        double magnitude = 0;
        double along = 0;
        double[] rMean = new double[3];
        double[] rSq = new double[3];
        long redrawn = 0;
        for (int c = 0; c < CELLS; c++) {
            double[] u = rotate(new double[] {0, 0, 1}, axis, c * twist);
            double qc = q(c, depolarize);
            CellTally t = new CellTally();
            t.accumulate(s, layout.start(c), layout.end(c));
            double n = t.nSpin;
            long surv = 0;
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (s.kind[i] != Kind.SPIN_CODE) {
                    continue;
                }
                double[] v = TestSupport.vec(s, i);
                if (Math.abs(v[0] - u[0]) < 1e-5 && Math.abs(v[1] - u[1]) < 1e-5 && Math.abs(v[2] - u[2]) < 1e-5) {
                    surv++;
                } else {
                    redrawn++;
                    for (int d = 0; d < 3; d++) {
                        rMean[d] += v[d];
                        rSq[d] += v[d] * v[d];
                    }
                }
            }
            double floor = 1e-6 * n;
            double seBin = Math.sqrt(n * qc * (1 - qc));
            survivors = Math.max(survivors, Math.abs(surv - n * (1 - qc)) / (seBin + floor));
            double[] sv = {t.sx, t.sy, t.sz};
            double seProj = Math.sqrt(n * (qc * (1 - qc) + qc / 3));
            double mean = n * (1 - qc);
            projection = Math.max(projection, Math.abs(TestSupport.dot(sv, u) - mean) / (seProj + floor));
            double bias = qc / (3 * (1 - qc));
            magnitude = Math.max(magnitude, Math.abs(t.nTia() - mean - bias) / (seProj + floor));
            double aDotZ = az;
            double varAlong = (1 - qc) * aDotZ * aDotZ + qc / 3 - Math.pow((1 - qc) * aDotZ, 2);
            along = Math.max(along, Math.abs(TestSupport.dot(sv, axis) - mean * aDotZ)
                    / (Math.sqrt(n * varAlong) + floor));
            double a = TestSupport.dot(sv, axis);
            perp[c] = new double[] {sv[0] - a * axis[0], sv[1] - a * axis[1], sv[2] - a * axis[2]};
            angleSe[c] = Math.sqrt(n * qc / 3) / (n * (1 - qc) * sinTheta);
        }
        double angle = 0;
        for (int c = 1; c < CELLS; c++) {
            double measured = Math.atan2(TestSupport.dot(axis, TestSupport.cross(perp[0], perp[c])),
                    TestSupport.dot(perp[0], perp[c]));
            double diff = Math.IEEEremainder(measured - c * twist, 2 * Math.PI);
            double se = Math.sqrt(angleSe[c] * angleSe[c] + angleSe[0] * angleSe[0]) + 1e-5;
            angle = Math.max(angle, Math.abs(diff) / se);
        }
        double redrawnMean = 0;
        double redrawnSquares = 0;
        for (int d = 0; d < 3; d++) {
            redrawnMean = Math.max(redrawnMean, Math.abs(rMean[d] / redrawn) / Math.sqrt(1.0 / (3 * redrawn)));
            redrawnSquares = Math.max(redrawnSquares,
                    Math.abs(rSq[d] / redrawn - 1.0 / 3) / Math.sqrt(4.0 / (45 * redrawn)));
        }
        return new Scores(survivors, projection, magnitude, angle, along, redrawnMean, redrawnSquares);
    }

    private static void assertAllWithin(Scores z, String what) {
        assertTrue(z.survivors() < K, what + ": surviving count off Binomial(n, 1 - q_c), max |z| = " + z.survivors());
        assertTrue(z.projection() < K, what + ": S.u_c off n (1 - q_c), max |z| = " + z.projection());
        assertTrue(z.magnitude() < K, what + ": |S_c| off n (1 - q_c), max |z| = " + z.magnitude());
        assertTrue(z.angle() < K, what + ": angle of S_c about the axis off c twist, max |z| = " + z.angle());
        assertTrue(z.alongAxis() < K, what + ": a.S_c off n (1 - q_c) a.z, max |z| = " + z.alongAxis());
        assertTrue(z.redrawnMean() < K, what + ": redrawn spins not centred, max |z| = " + z.redrawnMean());
        assertTrue(z.redrawnSquares() < K, what + ": redrawn spins' <s_a^2> off 1/3, max |z| = " + z.redrawnSquares());
    }

    // ------------------------------------------------------------------ tests

    @Test
    void keepsKindsElectronsAndSpinCountsAndLeavesUnitSpins() {
        CellLayout layout = layout();
        StateStore s = polarized(layout);
        StateStore before = s.copy();
        new ChainProfile(TWIST, AXIS_IN, DEPOLARIZE).apply(s, layout, SEED);
        assertArrayEqualsBytes(before.kind, s.kind);
        for (int c = 0; c < CELLS; c++) {
            CellTally a = new CellTally();
            a.accumulate(before, layout.start(c), layout.end(c));
            CellTally b = new CellTally();
            b.accumulate(s, layout.start(c), layout.end(c));
            assertEquals(12_000, b.nSpin, "cell " + c + " n_SPIN");
            assertEquals(a.nSpin, b.nSpin, "cell " + c + " n_SPIN");
            assertEquals(a.electrons(), b.electrons(), "cell " + c + " electrons");
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, i)), 1e-6, "|s| of state " + i);
            } else {
                assertEquals(0.0, TestSupport.norm(TestSupport.vec(s, i)), 0.0, "vector of FULL/EMPTY state " + i);
            }
        }
    }

    private static void assertArrayEqualsBytes(byte[] a, byte[] b) {
        assertArrayEquals(a, b, "kinds changed");
    }

    /**
     * The profile's statistics (see {@link #analyse}): survivors Binomial(n, 1 - q_c), |S_c| and
     * S.u_c = n (1 - q_c), the cell spin turned by c twist about the axis relative to cell 0, a.S_c
     * = n (1 - q_c) a.z, redrawn spins isotropic: all within 5 SE.
     */
    @Test
    void cellSpinScalesBy1MinusQAndTurnsByTwistPerCell() {
        CellLayout layout = layout();
        StateStore s = polarized(layout);
        ChainProfile profile = new ChainProfile(TWIST, AXIS_IN, DEPOLARIZE);
        profile.apply(s, layout, SEED);
        assertAllWithin(analyse(s, layout, TWIST, unitAxis(), DEPOLARIZE), "profile");
        for (int c = 0; c < CELLS; c++) {
            assertEquals(q(c, DEPOLARIZE), profile.redrawProbability(c, CELLS), 1e-15, "q of cell " + c);
        }
    }

    /**
     * Without depolarization every spin of cell c is exactly R_c z (1e-6, float rounding) and keeps
     * its component along the axis; on an isotropic population each spin is the test's own rotation
     * of its old direction, with a.s and |s| kept. The sense is right-handed: +x about +z by
     * pi/2 is +y.
     */
    @Test
    void rotationAboutTheAxisIsExactAndKeepsTheAxialComponent() {
        CellLayout layout = CellLayout.uniform(CELLS, 500);
        double[] axis = unitAxis();
        StateStore z = polarized(layout);
        new ChainProfile(TWIST, AXIS_IN, 0.0).apply(z, layout, SEED);
        StateStore iso = polarized(layout, new SpinComponent.Isotropic());
        StateStore isoBefore = iso.copy();
        new ChainProfile(TWIST, AXIS_IN, 0.0).apply(iso, layout, SEED);
        for (int c = 0; c < CELLS; c++) {
            double[] u = rotate(new double[] {0, 0, 1}, axis, c * TWIST);
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (z.kind[i] == Kind.SPIN_CODE) {
                    assertArrayEquals(u, TestSupport.vec(z, i), 1e-6, "cell " + c + ", state " + i);
                    assertEquals(axis[2], TestSupport.dot(axis, TestSupport.vec(z, i)), 1e-6, "a.s, state " + i);
                }
                if (iso.kind[i] == Kind.SPIN_CODE) {
                    double[] old = TestSupport.vec(isoBefore, i);
                    double[] now = TestSupport.vec(iso, i);
                    assertArrayEquals(rotate(old, axis, c * TWIST), now, 1e-6, "cell " + c + ", state " + i);
                    assertEquals(TestSupport.dot(axis, old), TestSupport.dot(axis, now), 1e-6, "a.s, state " + i);
                }
            }
        }
        // the sense of rotation: two cells, twist pi/2 about +z turns +x into +y in cell 1
        CellLayout two = CellLayout.uniform(2, 1);
        StateStore x = new StateStore(2);
        x.setSpin(0, 1, 0, 0);
        x.setSpin(1, 1, 0, 0);
        new ChainProfile(Math.PI / 2, new double[] {0, 0, 5}, 0.0).apply(x, two, SEED);
        assertArrayEquals(new double[] {1, 0, 0}, TestSupport.vec(x, 0), 1e-7);
        assertArrayEquals(new double[] {0, 1, 0}, TestSupport.vec(x, 1), 1e-7);
        // spins along the axis do not move at all
        StateStore along = polarized(layout);
        new ChainProfile(TWIST, new double[] {0, 0, 2}, 0.0).apply(along, layout, SEED);
        assertTrue(polarized(layout).sameContents(along), "spins along the axis moved");
    }

    @Test
    void deterministicForASeed() {
        CellLayout layout = CellLayout.uniform(CELLS, 2_000);
        ChainProfile p = new ChainProfile(TWIST, AXIS_IN, DEPOLARIZE);
        StateStore a = polarized(layout);
        StateStore b = polarized(layout);
        StateStore c = polarized(layout);
        p.apply(a, layout, SEED);
        p.apply(b, layout, SEED);
        p.apply(c, layout, SEED + 1);
        assertTrue(a.sameContents(b), "same seed, different profiles");
        assertFalse(a.sameContents(c), "different seeds, same profile");
    }

    // ------------------------------------------------------------------ power

    enum Mutation {
        NONE,
        /** Rotation by -c twist. */
        REVERSED_SENSE,
        /** q_c = depolarize (1 + cos(2 pi c / C)) / 2: the modulation shifted a quarter period. */
        COS_PROFILE
    }

    /** A copy of {@link ChainProfile#apply} with one deliberate mutation (or none). */
    static void mutantApply(Mutation m, double twist, double[] axisIn, double depolarize, StateStore s,
            CellLayout layout, long seed) {
        final double[] axis = TestSupport.normalize(axisIn);
        final int cells = layout.cells();
        for (int c = 0; c < cells; c++) {
            SplittableRandom rng = RandomStreams.of(seed, RandomStreams.INITIAL, 1, c);
            final double phase = 2 * Math.PI * c / cells;
            final double q = depolarize * 0.5 * (1 + (m == Mutation.COS_PROFILE ? Math.cos(phase) : Math.sin(phase)));
            final double angle = (m == Mutation.REVERSED_SENSE ? -1 : 1) * c * twist;
            final double cos = Math.cos(angle);
            final double sin = Math.sin(angle);
            final double ax = axis[0];
            final double ay = axis[1];
            final double az = axis[2];
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (s.kind[i] != Kind.SPIN_CODE) {
                    continue;
                }
                double x = s.sx[i];
                double y = s.sy[i];
                double z = s.sz[i];
                if (q > 0 && rng.nextDouble() < q) {
                    double[] u = SphereSampling.uniform(rng);
                    x = u[0];
                    y = u[1];
                    z = u[2];
                }
                final double dot = ax * x + ay * y + az * z;
                s.setSpin(i, x * cos + (ay * z - az * y) * sin + ax * dot * (1 - cos),
                        y * cos + (az * x - ax * z) * sin + ay * dot * (1 - cos),
                        z * cos + (ax * y - ay * x) * sin + az * dot * (1 - cos));
            }
        }
    }

    /**
     * The checks have power: the unmutated copy reproduces ChainProfile bit for bit, a reversed
     * rotation sense fails the angle check and a quarter-period shift of q_c fails the surviving
     * count and |S_c| checks, each by more than 5 SE.
     */
    @Test
    void checksRejectAReversedTwistAndAShiftedModulation() {
        CellLayout layout = layout();
        StateStore real = polarized(layout);
        new ChainProfile(TWIST, AXIS_IN, DEPOLARIZE).apply(real, layout, SEED);
        StateStore copy = polarized(layout);
        mutantApply(Mutation.NONE, TWIST, AXIS_IN, DEPOLARIZE, copy, layout, SEED);
        assertTrue(real.sameContents(copy), "the local copy differs from ChainProfile.apply");

        StateStore reversed = polarized(layout);
        mutantApply(Mutation.REVERSED_SENSE, TWIST, AXIS_IN, DEPOLARIZE, reversed, layout, SEED);
        Scores r = analyse(reversed, layout, TWIST, unitAxis(), DEPOLARIZE);
        assertTrue(r.angle() > K, "a reversed twist passes the angle check: max |z| = " + r.angle());

        StateStore shifted = polarized(layout);
        mutantApply(Mutation.COS_PROFILE, TWIST, AXIS_IN, DEPOLARIZE, shifted, layout, SEED);
        Scores q = analyse(shifted, layout, TWIST, unitAxis(), DEPOLARIZE);
        assertTrue(q.survivors() > K, "a shifted q_c passes the surviving-count check: " + q.survivors());
        assertTrue(q.magnitude() > K, "a shifted q_c passes the |S_c| check: " + q.magnitude());
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void rejectsInvalidArgumentsAndNormalizesTheAxis() {
        double[] z = {0, 0, 1};
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(Double.NaN, z, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(Double.POSITIVE_INFINITY, z, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(Double.NEGATIVE_INFINITY, z, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, z, -0.01));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, z, 1.01));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, z, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, new double[] {0, 0, 0}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, new double[] {Double.NaN, 0, 1}, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new ChainProfile(0.1, new double[] {Double.POSITIVE_INFINITY, 0, 0}, 0.5));
        // a missing or short axis is refused too
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, null, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ChainProfile(0.1, new double[] {1, 0}, 0.5));
        // the edges of the ranges are allowed
        new ChainProfile(0, z, 0);
        new ChainProfile(-3, z, 1);
        double[] in = {0, 3, 4};
        ChainProfile p = new ChainProfile(1, in, 1);
        assertArrayEquals(new double[] {0, 0.6, 0.8}, p.axis(), 1e-15);
        in[0] = 7;
        p.axis()[1] = 9;
        assertArrayEquals(new double[] {0, 0.6, 0.8}, p.axis(), 1e-15, "the axis is not a defensive copy");
        assertEquals(0.5, p.redrawProbability(0, 4), 1e-15);
        assertEquals(1.0, p.redrawProbability(1, 4), 1e-15);
        assertEquals(0.0, p.redrawProbability(3, 4), 1e-15);
    }
}
