package spinsim.core.analytic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * The paper's deterministic cascade of two interacting TIA assemblies (Section 8, Eq. 59-61,
 * Fig. 9-11; validation rows V13-V15), as a reference to hold beside the particle Monte Carlo.
 *
 * <h2>The cascade step</h2>
 * Two TIA assemblies (all spins of one assembly parallel) hold n1 and n2 electrons at angle Delta;
 * n_TIS electrons are isotropic and take no part. In one step ("one scattering event of Fig. 3")
 * every electron of the smaller assembly, m = min(n1, n2), scatters with one electron of the
 * larger. A pair at angle Delta ends as two spins along the bisector with probability
 * cos^2(Delta/2) and as FULL + EMPTY (lost to TIS) with probability sin^2(Delta/2) (MODEL.md
 * section 2), so
 * <pre>
 *   n_small' = 2 m cos^2(Delta/2)   direction: the bisector (turns by Delta/2 toward the larger)
 *   n_large' = n_large - m          direction unchanged
 *   n_TIS'   = n_TIS + 2 m sin^2(Delta/2)
 *   Delta'   = Delta / 2
 * </pre>
 * and n1 + n2 + n_TIS is kept by every step. On a tie n1 = n2 the whole of both assemblies meets:
 * TIA2 (taken as the smaller) holds the merged 2 m cos^2(Delta/2) at the bisector, TIA1 is emptied
 * and its direction set to the bisector too, and the cascade ends with one assembly.
 * All bisectors lie in the plane of the two initial directions, so a direction is an in-plane
 * angle psi from TIA1's initial direction toward TIA2's (TIA1 starts at 0, TIA2 at theta);
 * {@link #direction} turns it back into a 3D vector.
 *
 * <h2>Eq. 59 and Eq. 60 as printed</h2>
 * Eq. 59 is the first step with n1 &gt; n2 (the extracted "n_TIA1,1 = n_TIA1 - n_TIA1" is n1 - n2).
 * Eq. 60 is the second step when n2,1 &gt; n1,1: n1,2 = 2 n1,1 cos^2(theta/4), n2,2 = n2,1 - n1,1,
 * and prints n_TIS = 2 n_TIA2 sin^2(theta/2) + 2 n_TIA2,0 sin^2(theta/4). The rule above gives
 * + 2 n_TIA1,1 sin^2(theta/4) for the second term: the electrons lost in step 2 come from the
 * smaller assembly, which after step 1 is TIA1. The printed term (reading n_TIA2,0 as the initial
 * n2) breaks the conservation of electrons, so it is most likely a typo; the rule is implemented
 * and {@link #eq60TisReadings} gives both numbers.
 *
 * <h2>Time (Eq. 61)</h2>
 * The extracted text reads p_scat = p_scat0 n_TIA1 n_TIA2 / (n_TIA1 + n_TIA2 + n_TIS), the
 * denominator not squared (Eq. 60's exponents survive the extraction as stray "2"s, Eq. 61 shows
 * none). With counts normalised so that n1 + n2 + n_TIS = 1 the squared and unsquared readings
 * coincide; in counts only the unsquared one is the expected number of TIA1-TIA2 pairs per unit
 * time, and that is how this class maps steps to time. In one t_sc of a sweep every state is in
 * one pair, so a cell of N states holds n1 n2 / N TIA1-TIA2 pairs per t_sc on average
 * (n1 n2 / (N - 1) exactly for a random perfect matching; the large-N form is used). In the
 * paper's all-SPIN picture N = n1 + n2 + n_TIS, which is Eq. 61 with p_scat0 = 1 per t_sc. A step
 * needs m = n_small such pairs, so step k lasts
 * <pre>
 *   dt_k = m / (n_small n_large / N) = N / n_large,k   (in t_sc, n_large before the step)
 * </pre>
 * N is a parameter so that cells that also hold FULL and EMPTY states can be mapped.
 *
 * <h2>Small injection (Eq. 62-63, Fig. 11)</h2>
 * For n1 = 1, n2 = epsilon, n_TIS = 0 the torque coefficient is A = alpha / (epsilon sin phi),
 * alpha the final rotation (radians) of the combined direction, and the conversion coefficient
 * B = n_TIS,final / (epsilon (1 - cos phi)). A is dimensionless with alpha in radians; the paper's
 * "A ~ 57 at small angles" reads as degrees per unit n2/n1, i.e. A = 1 rad.
 * As epsilon -&gt; 0 the cascade has a closed series ({@link #injectionLimit}). While TIA2 is the
 * smaller it alone turns, so before step j (j = 1, 2, ...) the angle is D_j = phi / 2^(j-1) and
 * n2 = epsilon w_j with w_j = 2^(j-1) prod_{i&lt;j} cos^2(phi/2^i) = sin^2 phi / (2^(j-1) sin^2 D_j).
 * Once n2 ~ n1 the angle is O(epsilon phi) and the rest of the cascade changes nothing at first
 * order. Summing the losses 2 epsilon w_j sin^2(D_j/2), and the change of the total spin
 * S' = S - m (1 - cos(Delta/2)) (s_small + s_large) of each step,
 * <pre>
 *   n_TIS / epsilon = 2 sin^2(phi/2) + sin^2 phi sum_{j&gt;=2} 1 / (2^j cos^2(phi/2^j))
 *   A_0(phi) = cos(phi/2) - sin phi sum_{j&gt;=2} (1 - cos(D_j/2)) / (2^(j-1) sin D_j)
 * </pre>
 * For phi -&gt; 0: sum_j 2^-j = 1 gives n_TIS / epsilon -&gt; phi^2, so B -&gt; 2
 * (B_0 = 2 - 3 phi^2/14 + O(phi^4)); and n1 psi1 + n2 psi2 is kept to first order in the angle,
 * so the final direction is the weighted mean epsilon phi / (1 + epsilon) and A -&gt; 1 (A_0 = 1 - phi^2/6 + O(phi^4)).
 */
public final class TwoAssemblyCascade {
    /** The angle between the assemblies below which {@link #outcome} calls the cascade finished. */
    public static final double FINAL_ANGLE = 1e-10;
    private static final int OUTCOME_MAX_STEPS = 200;

    private TwoAssemblyCascade() {
    }

    /**
     * The state after k cascade steps: time in t_sc since the start, the electrons in each
     * assembly and their in-plane directions psi (radians from TIA1's initial direction toward
     * TIA2's).
     */
    public record Step(int k, double time, double n1, double n2, double nTis, double psi1, double psi2) {
        /** The angle between the two assemblies. */
        public double angleBetween() {
            return Math.abs(psi2 - psi1);
        }

        /** |n1 s1 + n2 s2|: the spin of both TIA assemblies together. */
        public double spinMagnitude() {
            return Math.hypot(n1 * Math.cos(psi1) + n2 * Math.cos(psi2), n1 * Math.sin(psi1) + n2 * Math.sin(psi2));
        }

        /** psi_S, the in-plane direction of n1 s1 + n2 s2. */
        public double spinDirection() {
            return Math.atan2(n1 * Math.sin(psi1) + n2 * Math.sin(psi2), n1 * Math.cos(psi1) + n2 * Math.cos(psi2));
        }

        /** n1 + n2 + n_TIS, kept by every step. */
        public double total() {
            return n1 + n2 + nTis;
        }

        /** n_TIS / (n1 + n2 + n_TIS): the fraction converted, for a start without TIS electrons. */
        public double tisFraction() {
            return nTis / total();
        }
    }

    /**
     * The final state of a cascade: the rotation of the combined TIA direction from TIA1's initial
     * direction (the angle of Fig. 10, radians), n_TIS / total (the converted fraction for a
     * start without TIS), n1 + n2, and the first step (and its end time in t_sc) at which the
     * angle between the assemblies is below the threshold or one assembly is empty.
     */
    public record Outcome(double rotation, double tisFraction, double tiaFinal, int stepsToThreshold,
            double timeToThreshold) {
    }

    /** Coefficients A (torque, Eq. 62) and B (TIS conversion, Eq. 63). */
    public record Injection(double a, double b) {
    }

    /** {@link #injectionCoefficients} at epsilon and at epsilon / 2, to show convergence. */
    public record Convergence(Injection atEpsilon, Injection atHalfEpsilon) {
        /** The largest change of A or B when epsilon is halved. */
        public double change() {
            return Math.max(Math.abs(atEpsilon.a() - atHalfEpsilon.a()), Math.abs(atEpsilon.b() - atHalfEpsilon.b()));
        }
    }

    /** The two readings of Eq. 60's n_TIS after step 2 for the same start. */
    public record Eq60Tis(double rule, double printed) {
    }

    /**
     * The cascade from n1 at psi = 0 and n2 at psi = theta with n_TIS isotropic electrons, in a cell
     * of statesN states. Step 0 is the start; it stops after the first step whose angle is below
     * stopAngleRad, or that leaves an assembly empty, or after maxSteps steps.
     */
    public static List<Step> run(double n1, double n2, double nTis, double thetaRad, double statesN,
            double stopAngleRad, int maxSteps) {
        checkCount(n1, "n1");
        checkCount(n2, "n2");
        checkCount(nTis, "nTis");
        if (!(thetaRad >= 0 && thetaRad <= Math.PI)) {
            throw new IllegalArgumentException("theta must be in [0, pi], got " + thetaRad);
        }
        if (!(statesN > 0) || Double.isInfinite(statesN)) {
            throw new IllegalArgumentException("statesN must be finite and > 0, got " + statesN);
        }
        if (!(stopAngleRad >= 0) || maxSteps < 0) {
            throw new IllegalArgumentException("stopAngle must be >= 0 and maxSteps >= 0, got " + stopAngleRad
                    + ", " + maxSteps);
        }
        List<Step> steps = new ArrayList<>();
        Step s = new Step(0, 0.0, n1, n2, nTis, 0.0, thetaRad);
        steps.add(s);
        while (s.k() < maxSteps && s.angleBetween() >= stopAngleRad && s.n1() > 0 && s.n2() > 0) {
            s = next(s, statesN);
            steps.add(s);
        }
        return List.copyOf(steps);
    }

    /** {@link #run} with the paper's all-SPIN cell, N = n1 + n2 + n_TIS. */
    public static List<Step> run(double n1, double n2, double nTis, double thetaRad, double stopAngleRad,
            int maxSteps) {
        return run(n1, n2, nTis, thetaRad, n1 + n2 + nTis, stopAngleRad, maxSteps);
    }

    /** One cascade step from s (both assemblies non-empty), lasting statesN / n_large t_sc. */
    public static Step next(Step s, double statesN) {
        boolean firstSmaller = s.n1() < s.n2();
        double m = firstSmaller ? s.n1() : s.n2();
        double large = firstSmaller ? s.n2() : s.n1();
        double psiSmall = firstSmaller ? s.psi1() : s.psi2();
        double psiLarge = firstSmaller ? s.psi2() : s.psi1();
        double half = 0.5 * s.angleBetween();
        double cos = Math.cos(half);
        double sin = Math.sin(half);
        double small2 = 2 * m * cos * cos;
        double large2 = large - m;
        double psiSmall2 = psiLarge + 0.5 * (psiSmall - psiLarge);
        double psiLarge2 = large2 > 0 ? psiLarge : psiSmall2;
        double nTis2 = s.nTis() + 2 * m * sin * sin;
        double time2 = s.time() + statesN / large;
        return firstSmaller
                ? new Step(s.k() + 1, time2, small2, large2, nTis2, psiSmall2, psiLarge2)
                : new Step(s.k() + 1, time2, large2, small2, nTis2, psiLarge2, psiSmall2);
    }

    /**
     * Runs the cascade until the angle is below {@link #FINAL_ANGLE} (or an assembly empties) and
     * reports the {@link Outcome}, with the first step below thresholdRad.
     */
    public static Outcome outcome(double n1, double n2, double nTis, double thetaRad, double statesN,
            double thresholdRad) {
        if (!(thresholdRad > 0)) {
            throw new IllegalArgumentException("threshold must be > 0, got " + thresholdRad);
        }
        List<Step> steps = run(n1, n2, nTis, thetaRad, statesN, Math.min(FINAL_ANGLE, thresholdRad),
                OUTCOME_MAX_STEPS);
        Step done = steps.get(steps.size() - 1);
        for (Step s : steps) {
            if (s.angleBetween() < thresholdRad || s.n1() <= 0 || s.n2() <= 0) {
                done = s;
                break;
            }
        }
        Step last = steps.get(steps.size() - 1);
        return new Outcome(last.spinDirection(), last.tisFraction(), last.n1() + last.n2(), done.k(), done.time());
    }

    /** A and B for n1 = 1, n2 = epsilon, n_TIS = 0 at initial angle phi in (0, pi). */
    public static Injection injectionCoefficients(double phiRad, double epsilon) {
        if (!(phiRad > 0 && phiRad < Math.PI) || !(epsilon > 0)) {
            throw new IllegalArgumentException("need 0 < phi < pi and epsilon > 0, got " + phiRad + ", " + epsilon);
        }
        Outcome o = outcome(1.0, epsilon, 0.0, phiRad, 1.0 + epsilon, FINAL_ANGLE);
        double nTis = o.tisFraction() * (1.0 + epsilon);
        return new Injection(o.rotation() / (epsilon * Math.sin(phiRad)), nTis / (epsilon * (1 - Math.cos(phiRad))));
    }

    /** A and B at epsilon and at epsilon / 2. */
    public static Convergence injectionConvergence(double phiRad, double epsilon) {
        return new Convergence(injectionCoefficients(phiRad, epsilon), injectionCoefficients(phiRad, 0.5 * epsilon));
    }

    /** A and B in the limit epsilon -&gt; 0, from the series in the class comment (summed to round-off). */
    public static Injection injectionLimit(double phiRad) {
        if (!(phiRad > 0 && phiRad < Math.PI)) {
            throw new IllegalArgumentException("need 0 < phi < pi, got " + phiRad);
        }
        double sinPhi = Math.sin(phiRad);
        double half = Math.sin(0.5 * phiRad);
        double tis = 2 * half * half;
        double a = Math.cos(0.5 * phiRad);
        double pow = 2.0;
        for (int j = 2; j < 200; j++) {
            double d = phiRad / pow;
            double c = Math.cos(0.5 * d);
            double tisTerm = sinPhi * sinPhi / (2 * pow * c * c);
            double aTerm = sinPhi * (1 - c) / (pow * Math.sin(d));
            tis += tisTerm;
            a -= aTerm;
            if (tisTerm < 1e-18 * tis && aTerm < 1e-18) {
                break;
            }
            pow *= 2;
        }
        return new Injection(a, tis / (1 - Math.cos(phiRad)));
    }

    /**
     * n_TIS after step 2 when n2,1 &gt; n1,1 (Eq. 60): by the rule,
     * 2 n2 sin^2(theta/2) + 2 n1,1 sin^2(theta/4), and as printed, with n_TIA2,0 read as the
     * initial n2, 2 n2 sin^2(theta/2) + 2 n2 sin^2(theta/4).
     */
    public static Eq60Tis eq60TisReadings(double n1, double n2, double thetaRad) {
        double step1 = 2 * n2 * Math.pow(Math.sin(thetaRad / 2), 2);
        double s4 = Math.pow(Math.sin(thetaRad / 4), 2);
        double n11 = n1 - n2;
        return new Eq60Tis(step1 + 2 * n11 * s4, step1 + 2 * n2 * s4);
    }

    /**
     * The initial angle at which n1 + n2 after the cascade equals the initial n1 (n_TIS = 0 at the
     * start): the TIA count grows for smaller angles and falls for larger (Fig. 10's 67 deg claim).
     */
    public static double breakEvenAngle(double n1, double n2) {
        BrentSolver solver = new BrentSolver(1e-13);
        return solver.solve(200, theta -> outcome(n1, n2, 0.0, theta, n1 + n2, FINAL_ANGLE).tiaFinal() - n1,
                1e-6, Math.PI);
    }

    /** The initial angle at which the final rotation of the combined TIA direction is largest (n_TIS = 0). */
    public static double maxRotationAngle(double n1, double n2) {
        BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-14);
        return optimizer.optimize(new MaxEval(500), GoalType.MAXIMIZE, new SearchInterval(0.0, Math.PI),
                new UnivariateObjectiveFunction(theta -> outcome(n1, n2, 0.0, theta, n1 + n2, FINAL_ANGLE)
                        .rotation())).getPoint();
    }

    /**
     * The 3D unit vector at in-plane angle psi, for initial unit directions s1 (psi = 0) and s2
     * (psi = theta, not parallel or antiparallel to s1).
     */
    public static double[] direction(double[] s1, double[] s2, double psi) {
        double c = s1[0] * s2[0] + s1[1] * s2[1] + s1[2] * s2[2];
        double[] e2 = {s2[0] - c * s1[0], s2[1] - c * s1[1], s2[2] - c * s1[2]};
        double norm = Math.sqrt(e2[0] * e2[0] + e2[1] * e2[1] + e2[2] * e2[2]);
        if (!(norm > 1e-12)) {
            throw new IllegalArgumentException("s1 and s2 span no plane");
        }
        double cp = Math.cos(psi);
        double sp = Math.sin(psi) / norm;
        return new double[] {cp * s1[0] + sp * e2[0], cp * s1[1] + sp * e2[1], cp * s1[2] + sp * e2[2]};
    }

    private static void checkCount(double n, String name) {
        if (!(n >= 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + n);
        }
    }
}
