package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The spin-conserving variant: FULL + EMPTY with p = (1 - cos phi)/4, otherwise both spins at angle
 * alpha either side of the bisector with cos(alpha) = cos(phi/2)/(1 - p), so that the expected
 * spin of the pair after the event is exactly s1 + s2. The paper's rule, by contrast, gives
 * cos(phi/2)(s1 + s2) on average.
 */
class SpinConservingRuleTest {
    private static final int POINTS = 13; // phi = 0, 15, ..., 180 deg
    private static final int N = 20_000;
    private static final double ALPHA = 1e-4;

    /** Monte Carlo of one grid point: the fixed input pair and the statistics of the outcome. */
    private record Point(double phi, double[] s1, double[] s2, double[] mean, double[] se, long annihilated,
            double meanAlong, double seAlong) {
        double[] target() {
            return TestSupport.add(s1, s2);
        }
    }

    /**
     * N events of the pair (s1, s2) at angle phi (one random orientation per grid point, fixed over
     * its N trials so that per-component means can be compared). Collects the mean and standard
     * error of each component of s1' + s2' (zero vectors when annihilated) and checks every single
     * outcome: FULL + EMPTY with zero vectors, or two unit SPIN states.
     */
    private static Point[] runGrid(String ruleName, long seed) {
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        SplittableRandom geometry = new SplittableRandom(seed);
        SplittableRandom draws = new SplittableRandom(~seed);
        StateStore s = new StateStore(2);
        Point[] out = new Point[POINTS];
        for (int k = 0; k < POINTS; k++) {
            double phi = Math.toRadians(15.0 * k);
            double[] a = TestSupport.randomUnit(geometry);
            double[] b = TestSupport.atAngle(a, phi, geometry);
            s.setSpin(0, a[0], a[1], a[2]);
            s.setSpin(1, b[0], b[1], b[2]);
            // compare against the stored (float) inputs, not the double construction
            double[] s1 = TestSupport.vec(s, 0);
            double[] s2 = TestSupport.vec(s, 1);
            double[] sum = new double[3];
            double[] sum2 = new double[3];
            // projection of s1' + s2' on the axis of s1 + s2 (meaningless only at phi = 180 deg)
            double[] axis = TestSupport.normalize(TestSupport.add(s1, s2));
            double sumP = 0;
            double sumP2 = 0;
            long ann = 0;
            for (int t = 0; t < N; t++) {
                s.setSpin(0, a[0], a[1], a[2]);
                s.setSpin(1, b[0], b[1], b[2]);
                rule.scatter(s, 0, 1, draws);
                Kind k0 = s.kindOf(0);
                Kind k1 = s.kindOf(1);
                if (k0 == Kind.SPIN && k1 == Kind.SPIN) {
                    assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, 0)), 1e-6, ruleName + " survivor 0 length");
                    assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, 1)), 1e-6, ruleName + " survivor 1 length");
                } else if (k0 == Kind.FULL && k1 == Kind.EMPTY || k0 == Kind.EMPTY && k1 == Kind.FULL) {
                    ann++;
                } else {
                    fail(ruleName + ": impossible outcome " + k0 + " + " + k1);
                }
                double[] after = TestSupport.add(TestSupport.vec(s, 0), TestSupport.vec(s, 1));
                for (int c = 0; c < 3; c++) {
                    sum[c] += after[c];
                    sum2[c] += after[c] * after[c];
                }
                double proj = TestSupport.dot(after, axis);
                sumP += proj;
                sumP2 += proj * proj;
            }
            double[] mean = new double[3];
            double[] se = new double[3];
            for (int c = 0; c < 3; c++) {
                mean[c] = sum[c] / N;
                double var = Math.max(0.0, (sum2[c] - N * mean[c] * mean[c]) / (N - 1));
                se[c] = Math.sqrt(var / N);
            }
            double meanP = sumP / N;
            double seP = Math.sqrt(Math.max(0.0, (sumP2 - N * meanP * meanP) / (N - 1)) / N);
            out[k] = new Point(phi, s1, s2, mean, se, ann, meanP, seP);
        }
        return out;
    }

    private static double chiSquare(Point[] pts, java.util.function.DoubleUnaryOperator prob, int[] dofOut) {
        double chi2 = 0;
        int dof = 0;
        for (Point p : pts) {
            double q = prob.applyAsDouble(p.phi());
            if (q <= 1e-12 || q >= 1 - 1e-12) {
                continue;
            }
            double e = N * q;
            chi2 += (p.annihilated() - e) * (p.annihilated() - e) / (e * (1 - q));
            dof++;
        }
        dofOut[0] = dof;
        return chi2;
    }

    @Test
    void expectedPairSpinIsConserved() {
        for (Point p : runGrid("spin-conserving", 0x5C0A5E01L)) {
            double[] target = p.target();
            for (int c = 0; c < 3; c++) {
                // + 1e-6: at phi = 0 and 180 deg the outcome has no variance (float round-off only)
                double tol = 5 * p.se()[c] + 1e-6;
                assertTrue(Math.abs(p.mean()[c] - target[c]) < tol, String.format(
                        "phi = %.0f deg, component %d: mean of s1'+s2' = %.5f, s1+s2 = %.5f, tolerance 5 SE + 1e-6 = %.5f",
                        Math.toDegrees(p.phi()), c, p.mean()[c], target[c], tol));
            }
            if (p.phi() < Math.PI - 1e-9) {
                double tol = 5 * p.seAlong() + 1e-6;
                assertTrue(Math.abs(p.meanAlong() - TestSupport.norm(target)) < tol, String.format(
                        "phi = %.0f deg: mean of (s1'+s2') along s1+s2 = %.5f, |s1+s2| = %.5f, tolerance %.5f",
                        Math.toDegrees(p.phi()), p.meanAlong(), TestSupport.norm(target), tol));
            }
        }
    }

    @Test
    void annihilationFrequencyIsQuarterOneMinusCos() {
        Point[] pts = runGrid("spin-conserving", 0x5C0A5E02L);
        assertEquals(0, pts[0].annihilated(), "phi = 0 never annihilates");
        int[] dof = new int[1];
        double chi2 = chiSquare(pts, phi -> 0.25 * (1 - Math.cos(phi)), dof);
        assertEquals(12, dof[0], "grid points with 0 < p < 1 (phi = 180 deg has p = 1/2)");
        // dof 12, false-failure probability 1e-4: critical value 39.13
        double crit = TestSupport.chiSquareCritical(dof[0], ALPHA);
        long[] counts = java.util.Arrays.stream(pts).mapToLong(Point::annihilated).toArray();
        assertTrue(chi2 < crit, String.format("chi-square against (1 - cos phi)/4 = %.2f, dof %d, critical %.2f; counts %s",
                chi2, dof[0], crit, java.util.Arrays.toString(counts)));
        // power: the paper's (1 - cos phi)/2 on the same counts is rejected overwhelmingly
        double alt = chiSquare(pts, phi -> 0.5 * (1 - Math.cos(phi)), dof);
        double critAlt = TestSupport.chiSquareCritical(dof[0], ALPHA);
        assertTrue(alt > 100 * critAlt, String.format("chi-square against the paper's probability only %.1f (critical %.2f)",
                alt, critAlt));
    }

    @Test
    void survivorsSumToPairSpinOverOneMinusP() {
        // deterministic part of the conservation proof: the surviving pair carries (s1 + s2)/(1 - p)
        ScatteringRule rule = ScatteringRules.byName("spin-conserving");
        SplittableRandom geometry = new SplittableRandom(0x5C0A5E03L);
        SplittableRandom draws = new SplittableRandom(0x5C0A5E04L);
        StateStore s = new StateStore(2);
        int survivors = 0;
        for (int t = 0; t < 20_000; t++) {
            double[] a = TestSupport.randomUnit(geometry);
            double[] b = TestSupport.randomUnit(geometry);
            s.setSpin(0, a[0], a[1], a[2]);
            s.setSpin(1, b[0], b[1], b[2]);
            double[] s1 = TestSupport.vec(s, 0);
            double[] s2 = TestSupport.vec(s, 1);
            double p = 0.25 * (1 - TestSupport.dot(s1, s2));
            rule.scatter(s, 0, 1, draws);
            if (s.kindOf(0) != Kind.SPIN) {
                continue;
            }
            survivors++;
            double[] n1 = TestSupport.vec(s, 0);
            double[] n2 = TestSupport.vec(s, 1);
            double[] sum = TestSupport.add(n1, n2);
            double[] expect = TestSupport.add(s1, s2);
            for (int c = 0; c < 3; c++) {
                assertEquals(expect[c] / (1 - p), sum[c], 1e-5, "trial " + t + " component " + c);
            }
            // both survivors in the plane of s1 and s2
            double[] normal = TestSupport.cross(s1, s2);
            double nn = TestSupport.norm(normal);
            if (nn > 1e-3) {
                assertEquals(0.0, TestSupport.dot(n1, normal) / nn, 1e-5, "survivor 0 out of plane, trial " + t);
                assertEquals(0.0, TestSupport.dot(n2, normal) / nn, 1e-5, "survivor 1 out of plane, trial " + t);
            }
        }
        assertTrue(survivors > 10_000, "survivors " + survivors);
    }

    @Test
    void paperRuleDoesNotConserveSpin() {
        for (Point p : runGrid("paper", 0x5C0A5E05L)) {
            double[] target = p.target();
            double shrink = Math.cos(p.phi() / 2);
            for (int c = 0; c < 3; c++) {
                double expect = shrink * target[c];
                double tol = 5 * p.se()[c] + 1e-6;
                assertTrue(Math.abs(p.mean()[c] - expect) < tol, String.format(
                        "paper, phi = %.0f deg, component %d: mean of s1'+s2' = %.5f, cos(phi/2)(s1+s2) = %.5f, tol %.5f",
                        Math.toDegrees(p.phi()), c, p.mean()[c], expect, tol));
            }
            if (Math.round(Math.toDegrees(p.phi())) == 120) {
                // along the bisector: the mean falls short of |s1 + s2| = 1 by 1/2
                double meanAlong = p.meanAlong();
                double seAlong = p.seAlong();
                double deficit = TestSupport.norm(target) - meanAlong;
                assertTrue(deficit > 10 * seAlong, String.format(
                        "paper at 120 deg: |s1+s2| - <(s1'+s2').axis> = %.4f, only %.1f SE (SE %.4f)",
                        deficit, deficit / seAlong, seAlong));
            }
        }
    }
}
