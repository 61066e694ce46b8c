package spinsim.core.analytic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.analytic.TwoAssemblyCascade.Eq60Tis;
import spinsim.core.analytic.TwoAssemblyCascade.Injection;
import spinsim.core.analytic.TwoAssemblyCascade.Outcome;
import spinsim.core.analytic.TwoAssemblyCascade.Step;

/**
 * The cascade of Eq. 59-61 against hand calculations, its conservation law and its algebra, and
 * the small-injection coefficients of Eq. 62-63 against their phi -&gt; 0 limits.
 */
class TwoAssemblyCascadeTest {
    private static final double DEG = Math.PI / 180;

    private static double sq(double x) {
        return x * x;
    }

    @Test
    void firstStepIsEq59() {
        double theta = 145 * DEG;
        Step s = TwoAssemblyCascade.run(0.8, 0.2, 0.0, theta, 0.0, 1).get(1);
        assertEquals(0.8 - 0.2, s.n1(), 1e-15);
        assertEquals(2 * 0.2 * sq(Math.cos(theta / 2)), s.n2(), 1e-15);
        assertEquals(2 * 0.2 * sq(Math.sin(theta / 2)), s.nTis(), 1e-15);
        assertEquals(0.0, s.psi1(), 0.0, "the larger assembly does not turn");
        assertEquals(theta / 2, s.psi2(), 1e-15);
        // literally by hand at 120 deg: cos^2(60 deg) = 1/4, sin^2(60 deg) = 3/4
        Step h = TwoAssemblyCascade.run(0.8, 0.2, 0.0, 120 * DEG, 0.0, 1).get(1);
        assertEquals(0.6, h.n1(), 1e-15);
        assertEquals(0.1, h.n2(), 1e-15);
        assertEquals(0.3, h.nTis(), 1e-15);
        assertEquals(Math.PI / 3, h.psi2(), 1e-15);
        // at 90 deg: cos^2(45 deg) = 1/2
        Step q = TwoAssemblyCascade.run(0.8, 0.2, 0.0, 90 * DEG, 0.0, 1).get(1);
        assertArrayEquals(new double[] {0.6, 0.2, 0.2}, new double[] {q.n1(), q.n2(), q.nTis()}, 1e-15);
    }

    @Test
    void secondStepIsEq60WithTheRulesTisTerm() {
        double theta = 60 * DEG;
        List<Step> run = TwoAssemblyCascade.run(0.6, 0.4, 0.0, theta, 0.0, 2);
        Step s1 = run.get(1);
        Step s2 = run.get(2);
        assertTrue(s1.n2() > s1.n1(), "Eq. 60 is the case n2,1 > n1,1");
        assertEquals(2 * s1.n1() * sq(Math.cos(theta / 4)), s2.n1(), 1e-15);
        assertEquals(s1.n2() - s1.n1(), s2.n2(), 1e-15);
        double ruleTis = 2 * 0.4 * sq(Math.sin(theta / 2)) + 2 * s1.n1() * sq(Math.sin(theta / 4));
        assertEquals(ruleTis, s2.nTis(), 1e-15);
        assertEquals(theta / 4, s2.psi1(), 1e-15, "now TIA1 is the smaller and turns to the bisector");
        assertEquals(theta / 2, s2.psi2(), 1e-15);

        Eq60Tis readings = TwoAssemblyCascade.eq60TisReadings(0.6, 0.4, theta);
        assertEquals(s2.nTis(), readings.rule(), 1e-15);
        double printedTotal = s2.n1() + s2.n2() + readings.printed();
        System.out.printf("Eq. 60 n_TIS at 60/40, 60 deg: rule %.6f, printed %.6f (total electrons %.6f, not 1)%n",
                readings.rule(), readings.printed(), printedTotal);
        assertNotEquals(1.0, printedTotal, 1e-3, "the printed term does not conserve electrons");

        // literally by hand at 90 deg: step 1 gives 0.2, 0.4, 0.4; cos^2(22.5 deg) = (1 + sqrt(1/2))/2
        Step h = TwoAssemblyCascade.run(0.6, 0.4, 0.0, 90 * DEG, 0.0, 2).get(2);
        double r = Math.sqrt(0.5);
        assertEquals(0.2 * (1 + r), h.n1(), 1e-15);
        assertEquals(0.2, h.n2(), 1e-15);
        assertEquals(0.4 + 0.2 * (1 - r), h.nTis(), 1e-15);
    }

    @Test
    void everyStepConservesElectronsHalvesTheAngleAndTurnsOnlyTheSmaller() {
        double[][] starts = {{0.8, 0.2, 0.0, 145}, {0.98, 0.02, 0.0, 145}, {0.6, 0.4, 0.0, 60},
            {3.0, 7.0, 2.5, 170}, {0.99, 0.01, 0.0, 67}, {1.0, 1e-6, 0.0, 30}};
        for (double[] st : starts) {
            double total = st[0] + st[1] + st[2];
            List<Step> run = TwoAssemblyCascade.run(st[0], st[1], st[2], st[3] * DEG, 2 * total, 0.0, 40);
            assertEquals(41, run.size());
            for (int k = 1; k < run.size(); k++) {
                Step a = run.get(k - 1);
                Step b = run.get(k);
                assertEquals(k, b.k());
                assertEquals(total, b.total(), 1e-12 * total, "conservation at step " + k);
                // psi is absolute (~1 rad), so the angle carries its round-off, ~1e-16 absolute
                assertEquals(a.angleBetween() / 2, b.angleBetween(), 2e-15, "angle halves at step " + k);
                boolean firstSmaller = a.n1() < a.n2();
                double m = Math.min(a.n1(), a.n2());
                double turnedPsi = firstSmaller ? b.psi1() : b.psi2();
                double keptPsi = firstSmaller ? b.psi2() : b.psi1();
                double turnedN = firstSmaller ? b.n1() : b.n2();
                double keptN = firstSmaller ? b.n2() : b.n1();
                assertEquals(firstSmaller ? a.psi2() : a.psi1(), keptPsi, 0.0, "the larger does not turn");
                assertEquals((a.psi1() + a.psi2()) / 2, turnedPsi, 1e-15, "the smaller goes to the bisector");
                assertEquals(Math.max(a.n1(), a.n2()) - m, keptN, 1e-15);
                assertEquals(2 * m * sq(Math.cos(a.angleBetween() / 2)), turnedN, 1e-15);
                assertEquals(a.time() + 2 * total / Math.max(a.n1(), a.n2()), b.time(), 1e-12 * b.time());
            }
        }
    }

    @Test
    void equalAssembliesMergeInOneStep() {
        List<Step> run = TwoAssemblyCascade.run(0.5, 0.5, 0.0, 90 * DEG, 0.0, 10);
        assertEquals(2, run.size(), "one assembly is left after one step");
        Step s = run.get(1);
        assertEquals(0.0, s.n1(), 0.0);
        assertEquals(0.5, s.n2(), 1e-15);
        assertEquals(0.5, s.nTis(), 1e-15);
        assertEquals(0.0, s.angleBetween(), 0.0);
        assertEquals(Math.PI / 4, s.spinDirection(), 1e-15);
        assertEquals(0.5, s.spinMagnitude(), 1e-15);
    }

    /** 0.8/0.2 at 90 deg: step 1 takes N/0.8, step 2 N/0.6 (n1 = 0.6 > 0.2), step 3 N/0.4 (0.4 > 0.341). */
    @Test
    void timeIsStatesOverTheLargerAssemblyPerStep() {
        List<Step> run = TwoAssemblyCascade.run(0.8, 0.2, 0.0, 90 * DEG, 0.0, 3);
        assertEquals(0.4, run.get(2).n1(), 1e-15);
        assertEquals(65.0 / 12, run.get(3).time(), 1e-14, "1.25 + 5/3 + 2.5");
        List<Step> withHoles = TwoAssemblyCascade.run(0.8, 0.2, 0.0, 90 * DEG, 3.0, 0.0, 3);
        assertEquals(3 * 65.0 / 12, withHoles.get(3).time(), 1e-14, "N = 3 states per electron triples the time");
    }

    /**
     * Fig. 9 cases. The angle halves exactly, so the steps to 0.1 deg are floor(log2(1450)) + 1 = 11
     * for any split; the paper's "10-15 scatterings" is printed, not asserted.
     */
    @Test
    void fig9CasesReachAnAngleOfATenthOfADegreeInElevenSteps() {
        for (double n2 : new double[] {0.2, 0.02}) {
            double n1 = 1 - n2;
            Outcome o = TwoAssemblyCascade.outcome(n1, n2, 0.0, 145 * DEG, 1.0, 0.1 * DEG);
            int expected = (int) Math.floor(Math.log(1450) / Math.log(2)) + 1;
            assertEquals(expected, o.stepsToThreshold());
            List<Step> run = TwoAssemblyCascade.run(n1, n2, 0.0, 145 * DEG, 0.1 * DEG, 100);
            assertEquals(expected, run.size() - 1);
            assertEquals(run.get(expected).time(), o.timeToThreshold(), 0.0);
            assertEquals(1.0 - o.tisFraction(), o.tiaFinal(), 1e-12);
            System.out.printf("%.0f/%.0f at 145 deg: %d steps, %.3f t_sc to < 0.1 deg; converted %.4f; "
                    + "rotation %.3f deg%n", 100 * n1, 100 * n2, o.stepsToThreshold(), o.timeToThreshold(),
                    o.tisFraction(), o.rotation() / DEG);
            for (Step s : run) {
                System.out.printf("  k=%2d t=%8.3f n1=%.5f n2=%.5f nTIS=%.5f psi1=%8.4f psi2=%8.4f psiS=%8.4f%n",
                        s.k(), s.time(), s.n1(), s.n2(), s.nTis(), s.psi1() / DEG, s.psi2() / DEG,
                        s.spinDirection() / DEG);
            }
        }
    }

    /** Small angles: the final direction is the weighted mean, A -&gt; 1/(1 + epsilon) at finite epsilon. */
    @Test
    void torqueCoefficientIsTheWeightedMeanAtSmallAngles() {
        for (double eps : new double[] {1e-2, 1e-3}) {
            Injection c = TwoAssemblyCascade.injectionCoefficients(1e-4, eps);
            assertEquals(1 / (1 + eps), c.a(), 1e-7, "epsilon = " + eps);
        }
    }

    /**
     * The epsilon -&gt; 0 series against its expansions A_0 = 1 - phi^2/6 and
     * B_0 = 2 - 3 phi^2/14 (both to O(phi^4)), and its ends at phi -&gt; pi (A_0 -&gt; 0, B_0 -&gt; 1).
     */
    @Test
    void injectionLimitTendsToOneAndTwoAtSmallAngles() {
        for (double phi : new double[] {0.1, 0.03, 0.01}) {
            Injection l = TwoAssemblyCascade.injectionLimit(phi);
            assertEquals(1 - phi * phi / 6, l.a(), 0.1 * sq(phi * phi), "A at phi = " + phi);
            assertEquals(2 - 3 * phi * phi / 14, l.b(), sq(phi * phi), "B at phi = " + phi);
        }
        Injection nearPi = TwoAssemblyCascade.injectionLimit(Math.PI - 1e-6);
        assertEquals(0.0, nearPi.a(), 1e-5);
        assertEquals(1.0, nearPi.b(), 1e-5);
    }

    @Test
    void injectionCoefficientsConvergeToTheLimitInEpsilon() {
        for (double deg : new double[] {5, 30, 60, 67, 90, 120, 150}) {
            double phi = deg * DEG;
            Injection limit = TwoAssemblyCascade.injectionLimit(phi);
            TwoAssemblyCascade.Convergence c = TwoAssemblyCascade.injectionConvergence(phi, 1e-4);
            Injection fine = c.atHalfEpsilon();
            double err = Math.max(Math.abs(fine.a() - limit.a()), Math.abs(fine.b() - limit.b()));
            assertTrue(err < 1e-3, "phi = " + deg + ": distance to the limit " + err);
            assertTrue(c.change() < 1e-3, "phi = " + deg + ": change on halving epsilon " + c.change());
            Injection coarse = TwoAssemblyCascade.injectionCoefficients(phi, 1e-2);
            double errCoarse = Math.max(Math.abs(coarse.a() - limit.a()), Math.abs(coarse.b() - limit.b()));
            assertTrue(err < errCoarse, "phi = " + deg + ": closer to the limit at smaller epsilon");
            System.out.printf("phi = %5.1f deg: A = %.5f (%.2f deg), B = %.5f at epsilon 1e-4; A %.5f, B %.5f at 1e-2;"
                    + " limit A %.5f, B %.5f%n", deg, c.atEpsilon().a(), c.atEpsilon().a() / DEG, c.atEpsilon().b(),
                    coarse.a(), coarse.b(), limit.a(), limit.b());
        }
    }

    /** Fig. 10 (99/1): where the TIA count stops growing and where the rotation is largest. */
    @Test
    void fig10BreakEvenAndLargestRotation() {
        double n1 = 0.99;
        double n2 = 0.01;
        double breakEven = TwoAssemblyCascade.breakEvenAngle(n1, n2);
        double below = TwoAssemblyCascade.outcome(n1, n2, 0, breakEven - 0.01, 1, 1e-3).tiaFinal();
        double above = TwoAssemblyCascade.outcome(n1, n2, 0, breakEven + 0.01, 1, 1e-3).tiaFinal();
        assertTrue(below > n1 && above < n1, "n1 + n2 grows below the break-even angle and falls above it");
        // the epsilon -> 0 limit of the same condition: B_0 (1 - cos phi) = 1
        double limitBreakEven = new org.apache.commons.math3.analysis.solvers.BrentSolver(1e-12).solve(100,
                p -> TwoAssemblyCascade.injectionLimit(p).b() * (1 - Math.cos(p)) - 1, 0.1, 3.0);
        assertEquals(limitBreakEven, breakEven, 2 * DEG);

        double best = TwoAssemblyCascade.maxRotationAngle(n1, n2);
        double rot = TwoAssemblyCascade.outcome(n1, n2, 0, best, 1, 1e-3).rotation();
        for (double d : new double[] {-0.02, 0.02}) {
            assertTrue(rot >= TwoAssemblyCascade.outcome(n1, n2, 0, best + d, 1, 1e-3).rotation());
        }
        Outcome at180 = TwoAssemblyCascade.outcome(n1, n2, 0, Math.PI, 1, 1e-3);
        assertEquals(2 * n2, at180.tisFraction(), 1e-15, "antiparallel: every TIA2 electron takes one TIA1 along");
        System.out.printf("99/1: polarization break-even at %.2f deg (epsilon -> 0: %.2f deg); largest rotation "
                + "%.4f deg at %.2f deg; converted at 120 deg %.4f%n", breakEven / DEG, limitBreakEven / DEG, rot / DEG,
                best / DEG, TwoAssemblyCascade.outcome(n1, n2, 0, 120 * DEG, 1, 1e-3).tisFraction());
    }

    @Test
    void directionsMapBackToTheInitialVectors() {
        double[] s1 = {0, 0, 1};
        double[] s2 = {Math.sin(1.0) * Math.cos(0.3), Math.sin(1.0) * Math.sin(0.3), Math.cos(1.0)};
        assertArrayEquals(s1, TwoAssemblyCascade.direction(s1, s2, 0.0), 1e-15);
        assertArrayEquals(s2, TwoAssemblyCascade.direction(s1, s2, 1.0), 1e-15);
        double[] b = TwoAssemblyCascade.direction(s1, s2, 0.5);
        double[] sum = {s1[0] + s2[0], s1[1] + s2[1], s1[2] + s2[2]};
        double norm = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
        assertArrayEquals(new double[] {sum[0] / norm, sum[1] / norm, sum[2] / norm}, b, 1e-15, "the bisector");
    }
}
