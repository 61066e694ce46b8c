package spinsim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Field precession and damping (Eq. 33-34, A2.4, A2.8) checked against a slow trigonometric
 * reference written here: theta(t) = 2 atan(tan(theta0/2) exp(-t/t_lambda)) and azimuth
 * phi0 + omega_L t (right-handed about h), in an orthonormal frame (e1, e2, h).
 *
 * <p>Float storage sets the tolerances: one rounding of a unit vector's components to float moves
 * it by at most ~6e-8 (half an ulp of numbers in [0.5, 1)), and independent roundings over N steps
 * add up like a random walk, ~1e-8 sqrt(N) per component in practice.
 */
class FieldPrecessionTest {
    private static final long SEED = 0xF1E1_D000L;
    /** A generic axis (not along x, y or z): (1, 2, -2)/3. */
    private static final double[] H = {1.0 / 3, 2.0 / 3, -2.0 / 3};

    /** {e1, e2, h}: a right-handed orthonormal frame with e1 x e2 = h. */
    static double[][] frame(double[] h) {
        double[] t = Math.abs(h[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = TestSupport.normalize(TestSupport.cross(t, h));
        double[] e2 = TestSupport.cross(h, e1);
        return new double[][] {e1, e2, h};
    }

    /** The unit vector at polar angle theta from h and azimuth phi in the frame. */
    static double[] direction(double[][] f, double theta, double phi) {
        double st = Math.sin(theta);
        double a = st * Math.cos(phi);
        double b = st * Math.sin(phi);
        double c = Math.cos(theta);
        return new double[] {
            a * f[0][0] + b * f[1][0] + c * f[2][0],
            a * f[0][1] + b * f[1][1] + c * f[2][1],
            a * f[0][2] + b * f[1][2] + c * f[2][2]};
    }

    /** Random SPIN states with every 5th state FULL and every 7th EMPTY. */
    static StateStore randomStore(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StateStore s = new StateStore(n);
        for (int i = 0; i < n; i++) {
            if (i % 5 == 0) {
                s.setFull(i);
            } else if (i % 7 == 0) {
                s.setEmpty(i);
            } else {
                double[] v = TestSupport.randomUnit(rng);
                s.setSpin(i, v[0], v[1], v[2]);
            }
        }
        return s;
    }

    private static double maxComponentDifference(StateStore a, StateStore b) {
        double m = 0;
        for (int i = 0; i < a.size(); i++) {
            m = Math.max(m, Math.abs(a.sx[i] - b.sx[i]));
            m = Math.max(m, Math.abs(a.sy[i] - b.sy[i]));
            m = Math.max(m, Math.abs(a.sz[i] - b.sz[i]));
        }
        return m;
    }

    @Test
    void singleSpinFollowsTheExactSolutionForAnySplitting() {
        final double tLambda = 1.7;
        final double omega = 2.3;
        final double t = 2.4;
        final double phi0 = 0.4;
        double[][] f = frame(H);
        FieldPrecession field = new FieldPrecession(new double[] {3, 6, -6}, tLambda, omega);
        for (double theta0 : new double[] {0.001, 0.3, 1.2, Math.PI / 2, 2.5, 3.1}) {
            double thetaT = 2.0 * Math.atan(Math.tan(theta0 / 2) * Math.exp(-t / tLambda));
            double[] expected = direction(f, thetaT, phi0 + omega * t);
            for (int steps : new int[] {1, 2, 3, 8, 24, 240}) {
                StateStore s = new StateStore(1);
                double[] v0 = direction(f, theta0, phi0);
                s.setSpin(0, v0[0], v0[1], v0[2]);
                for (int k = 0; k < steps; k++) {
                    field.apply(s, 0, 1, t / steps, null);
                }
                // 240 float roundings: a random walk of ~1e-8 sqrt(240) ~ 2e-7, bounded at 2e-6
                double[] got = TestSupport.vec(s, 0);
                for (int d = 0; d < 3; d++) {
                    assertEquals(expected[d], got[d], 2e-6, String.format(
                            "theta0 = %.3f, %d steps of %.4f: component %d (expected theta(t) = %.6f)",
                            theta0, steps, t / steps, d, thetaT));
                }
            }
        }
    }

    @Test
    void oneStepOfTwoDtEqualsTwoStepsOfDtToFloatPrecision() {
        StateStore a = randomStore(20_000, SEED);
        StateStore b = a.copy();
        FieldPrecession field = new FieldPrecession(H, 2.5, 0.9);
        field.apply(a, 0, a.size(), 0.8, null);
        field.apply(b, 0, b.size(), 0.4, null);
        field.apply(b, 0, b.size(), 0.4, null);
        double diff = maxComponentDifference(a, b);
        // the two routes differ by one extra float rounding: at most ~1 ulp (1.2e-7) of a unit component
        assertTrue(diff <= 1.2e-7, "max component difference " + diff + " > 1.2e-7 (one float ulp of 1)");
    }

    @Test
    void precessionAndDampingKeepUnitVectorsAndKindsOverManySteps() {
        StateStore s = randomStore(2_000, SEED + 1);
        StateStore before = s.copy();
        FieldPrecession field = new FieldPrecession(H, 300.0, 0.7);
        for (int k = 0; k < 10_000; k++) {
            field.apply(s, 0, s.size(), 0.5, null);
        }
        double worst = 0;
        for (int i = 0; i < s.size(); i++) {
            assertEquals(before.kind[i], s.kind[i], "kind of state " + i);
            if (s.kind[i] == Kind.SPIN_CODE) {
                worst = Math.max(worst, Math.abs(TestSupport.norm(TestSupport.vec(s, i)) - 1.0));
            } else {
                assertEquals(0.0, TestSupport.norm(TestSupport.vec(s, i)), 0.0, "vector of non-SPIN state " + i);
            }
        }
        assertTrue(worst < 1e-6, "after 10^4 steps max | |s| - 1 | = " + worst + " >= 1e-6");
        // and damping did act: t = 5000 = 16.7 t_lambda, so every spin is within a few degrees of h
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                double c = TestSupport.dot(TestSupport.vec(s, i), H);
                assertTrue(c > 0.99, "state " + i + " not turned toward h: cos = " + c);
            }
        }
    }

    /**
     * With t_lambda infinite, s.h is constant and the perpendicular part turns by omega t
     * (Rodrigues' rotation about h, in double here). 1000 steps of float storage: a random walk of
     * ~1e-8 per step gives sd ~4e-7, and the maximum over ~1400 spins stays below ~4 sd; bounds
     * 2.5e-6 on each spin, and 1e-7 on the population mean of the change in s.h (no systematic drift).
     */
    @Test
    void purePrecessionConservesTheAxialComponentAndRotatesThePerpendicularPart() {
        for (double[] axis : new double[][] {H, {0, 0, 1}}) {
            StateStore s = randomStore(2_000, SEED + 2);
            StateStore before = s.copy();
            final double omega = 0.37;
            final double dt = 0.5;
            final int steps = 1_000;
            FieldPrecession field = new FieldPrecession(axis, Double.POSITIVE_INFINITY, omega);
            for (int k = 0; k < steps; k++) {
                field.apply(s, 0, s.size(), dt, null);
                if (k == 9) {
                    for (int i = 0; i < s.size(); i++) {
                        double dc = TestSupport.dot(TestSupport.vec(s, i), axis)
                                - TestSupport.dot(TestSupport.vec(before, i), axis);
                        assertTrue(Math.abs(dc) < 2e-7, "after 10 steps s.h of state " + i + " moved by " + dc);
                    }
                }
            }
            double phi = omega * dt * steps;
            double sumDc = 0;
            int nSpin = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.kind[i] != Kind.SPIN_CODE) {
                    continue;
                }
                double[] v0 = TestSupport.vec(before, i);
                double c0 = TestSupport.dot(v0, axis);
                double dc = TestSupport.dot(TestSupport.vec(s, i), axis) - c0;
                sumDc += dc;
                nSpin++;
                assertTrue(Math.abs(dc) < 2.5e-6, "s.h of state " + i + " moved by " + dc);
                // Rodrigues: v = cos(phi) v0 + sin(phi) h x v0 + (1 - cos(phi)) (h.v0) h
                double[] hxv = TestSupport.cross(axis, v0);
                for (int d = 0; d < 3; d++) {
                    double expected = Math.cos(phi) * v0[d] + Math.sin(phi) * hxv[d]
                            + (1 - Math.cos(phi)) * c0 * axis[d];
                    double got = d == 0 ? s.sx[i] : d == 1 ? s.sy[i] : s.sz[i];
                    assertEquals(expected, got, 2.5e-6, "state " + i + " component " + d + " after rotation by " + phi);
                }
            }
            double meanDc = sumDc / nSpin;
            assertTrue(Math.abs(meanDc) < 1e-7, "systematic drift of s.h: mean change " + meanDc);
        }
    }

    @Test
    void senseOfRotationIsRightHandedAboutTheAxis() {
        // x about +z by a quarter turn goes to +y (ds/dt = omega h x s)
        StateStore s = new StateStore(1);
        s.setSpin(0, 1, 0, 0);
        new FieldPrecession(new double[] {0, 0, 1}, Double.POSITIVE_INFINITY, Math.PI / 2).apply(s, 0, 1, 1.0, null);
        assertEquals(0.0, s.sx[0], 1e-7);
        assertEquals(1.0, s.sy[0], 1e-7);
        assertEquals(0.0, s.sz[0], 0.0);
    }

    @Test
    void antiparallelSpinIsAFixedPointAndItsNeighbourhoodIsUnstable() {
        StateStore s = new StateStore(2);
        s.setSpin(0, -H[0], -H[1], -H[2]);
        double[][] f = frame(H);
        double[] near = direction(f, Math.PI - 1e-3, 0.0);
        s.setSpin(1, near[0], near[1], near[2]);
        FieldPrecession field = new FieldPrecession(H, 1.0, 0.5);
        for (int k = 0; k < 10; k++) {
            field.apply(s, 0, 2, 0.5, null);
        }
        assertEquals(-1.0, TestSupport.dot(TestSupport.vec(s, 0), H), 1e-7, "theta = pi must stay");
        // tan(theta/2) scales by exp(-5): pi - theta grows from 1e-3 by about e^5 ~ 148
        double theta = Math.acos(TestSupport.dot(TestSupport.vec(s, 1), H));
        double expected = 2 * Math.atan(Math.tan((Math.PI - 1e-3) / 2) * Math.exp(-5.0));
        assertEquals(expected, theta, 1e-5, "a spin near -h must leave it by A2.8");
    }

    @Test
    void deterministicWithoutDrawsAndTouchesOnlyTheRangeAndSpinStates() {
        StateStore a = randomStore(3_000, SEED + 3);
        StateStore b = a.copy();
        StateStore before = a.copy();
        FieldPrecession field = new FieldPrecession(H, 4.0, 1.1);
        SplittableRandom r1 = new SplittableRandom(1);
        SplittableRandom r2 = new SplittableRandom(2);
        field.apply(a, 500, 2_500, 0.7, r1);
        field.apply(b, 500, 2_500, 0.7, r2);
        assertTrue(a.sameContents(b), "different generators gave different results: the process must draw nothing");
        assertEquals(new SplittableRandom(1).nextLong(), r1.nextLong(), "the generator was consumed");
        for (int i = 0; i < a.size(); i++) {
            boolean inside = i >= 500 && i < 2_500 && a.kind[i] == Kind.SPIN_CODE;
            if (!inside) {
                assertEquals(before.sx[i], a.sx[i], 0.0, "state " + i + " changed");
                assertEquals(before.sy[i], a.sy[i], 0.0, "state " + i + " changed");
                assertEquals(before.sz[i], a.sz[i], 0.0, "state " + i + " changed");
            }
            assertEquals(before.kind[i], a.kind[i], "kind of state " + i);
        }
        field.apply(a, 0, a.size(), 0.0, null);
        assertTrue(a.sameContents(b), "dt = 0 changed the store");
    }

    /**
     * B = 0.5 T, g = 2, lambda = 1e30 1/(J s), t_sc = 1e-13 s, by hand:
     * g mu_B B = 2 x 9.2740100783e-24 x 0.5 = 9.2740100783e-24 J; lambda g mu_B B = 9.2740100783e6 /s;
     * t_lambda = 2 / 9.2740100783e6 s = 2.1565644e-7 s = 2.1565644e6 t_sc (Eq. 34).
     * omega_L = g mu_B B / hbar = e B / m_e for g = 2 = 1.602176634e-19 x 0.5 / 9.1093837015e-31
     * = 8.7941001e10 rad/s = 8.7941001e-3 rad per t_sc (the same CODATA set to 1e-10).
     */
    @Test
    void physicalUnitsFactoryGivesTheHandComputedRates() {
        FieldPrecession f = FieldPrecession.fromPhysicalUnits(new double[] {0, 0, 2}, 0.5, 2.0, 1e30, 1e-13);
        assertEquals(2.1565644e6, f.tLambda(), 2.1565644e6 * 1e-7, "t_lambda in t_sc");
        double omegaFromEOverM = 1.602176634e-19 * 0.5 / 9.1093837015e-31 * 1e-13;
        assertEquals(8.7941001e-3, f.omegaL(), 8.7941001e-3 * 1e-7, "omega_L in rad per t_sc");
        assertEquals(omegaFromEOverM, f.omegaL(), omegaFromEOverM * 1e-9, "omega_L against e B / m_e");
        assertEquals(0.0, f.axis()[0], 0.0);
        assertEquals(1.0, f.axis()[2], 0.0);
        // the damping constant alpha = lambda hbar / 2 = 1 / (omega_L t_lambda)
        PrecessionParameters p = PrecessionParameters.fromPhysical(0.5, 2.0, 1e30, 1e-13);
        assertEquals(1e30 * PrecessionParameters.HBAR / 2, p.dampingConstant(), 1e-12);
        PrecessionParameters q = PrecessionParameters.fromDampingConstant(0.5, 2.0, 0.01, 1e-13);
        assertEquals(100.0, q.tLambda() * q.omegaL(), 1e-9, "alpha = 0.01 -> omega_L t_lambda = 100");
        // no field or no damping parameter: no damping
        assertTrue(PrecessionParameters.fromPhysical(0.0, 2.0, 1e30, 1e-13).undamped());
        assertTrue(PrecessionParameters.fromPhysical(1.0, 2.0, 0.0, 1e-13).undamped());
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(new double[] {0, 0, 0}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(new double[] {0, Double.NaN, 1}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(new double[] {0, 1}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(H, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(H, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(H, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPrecession(H, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> FieldPrecession.fromPhysicalUnits(H, -1, 2, 1, 1e-13));
        assertThrows(IllegalArgumentException.class, () -> FieldPrecession.fromPhysicalUnits(H, 1, 0, 1, 1e-13));
        assertThrows(IllegalArgumentException.class, () -> FieldPrecession.fromPhysicalUnits(H, 1, 2, -1, 1e-13));
        assertThrows(IllegalArgumentException.class, () -> FieldPrecession.fromPhysicalUnits(H, 1, 2, 1, 0));
        assertEquals("field-precession", new FieldPrecession(H, 1, 1).name());
    }
}
