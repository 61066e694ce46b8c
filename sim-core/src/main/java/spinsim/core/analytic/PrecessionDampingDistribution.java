package spinsim.core.analytic;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The angular distribution rho(theta, t) of spins under precession damping alone (no scattering),
 * from an isotropic start: paper Section 5, Eq. 35-39 and Fig. 6 (validation row V9).
 *
 * <p>All times are in units of the damping time: tau = t / t_lambda. Normalisation as the paper's:
 * rho(theta, t) d theta is the probability of a spin angle in (theta, theta + d theta), so
 * int_0^pi rho d theta = 1 and rho(theta, 0) = sin(theta)/2 (Eq. 39).
 *
 * <h2>The equation (Eq. 38, reconstructed)</h2>
 * Each spin's angle follows V(theta) = d theta/dt = -sin(theta)/t_lambda (Eq. 33). Conserving the
 * number of spins between the moved interval ends (Eq. 35-37) gives
 * <pre>
 *   rho(theta0 - sin(theta0) dt/t_lambda, t + dt) = rho(theta0, t) / (1 - (dt/t_lambda) cos(theta0))   (Eq. 38)
 * </pre>
 * whose dt -> 0 limit is the continuity equation
 * d rho/dt = (1/t_lambda) d(rho sin theta)/d theta, or along a characteristic
 * d theta/dt = -sin(theta)/t_lambda, d ln(rho)/dt = cos(theta)/t_lambda.
 *
 * <h2>Closed form</h2>
 * The characteristics are explicit (A2.8): tan(theta/2) = tan(theta0/2) e^{-tau}, i.e. in
 * c = cos(theta), c = tanh(atanh(c0) + tau). An isotropic start has c0 uniform on [-1, 1], so with
 * T = tanh(tau) and c0(c) = (c - T)/(1 - T c),
 * <pre>
 *   density of c:        f(c, tau)     = (1/2) dc0/dc = (1 - T^2) / (2 (1 - T c)^2)
 *   CDF of c:            F(c, tau)     = (1 + c0(c))/2 = (1 - T)(1 + c) / (2 (1 - T c))
 *   density of theta:    rho(theta, t) = rho0(theta0) d theta0/d theta = f(cos theta) sin theta
 *                                      = (1 - T^2) sin(theta) / (2 (1 - T cos theta)^2)
 *   mean:                E[cos theta]  = coth(tau) - tau / sinh^2(tau) = 2 tau/3 - 4 tau^3/45 + ...
 * </pre>
 * Besides the closed form this class integrates Eq. 38 numerically two ways, so the closed form is
 * checked rather than trusted: {@link #densityByCharacteristics} integrates the characteristic
 * ODE backward from (theta, t) with an adaptive Dormand-Prince 8(5,3) integrator, and
 * {@link #paperScheme} steps the printed Eq. 38 forward on a moving grid with a fixed step, as the
 * paper did for Fig. 6 (first order in the step).
 */
public final class PrecessionDampingDistribution {
    /** Below this tau the series of the moments are used (cancellation in the closed forms). */
    private static final double SMALL_TAU = 1e-3;

    private PrecessionDampingDistribution() {
    }

    private static void checkTau(double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau = t/t_lambda must be finite and >= 0, got " + tau);
        }
    }

    /** rho(theta, t) of Eq. 38-39 in closed form; theta in [0, pi], tau = t/t_lambda. */
    public static double density(double theta, double tau) {
        checkTau(tau);
        double t = Math.tanh(tau);
        double d = 1.0 - t * Math.cos(theta);
        return (1.0 - t) * (1.0 + t) * Math.sin(theta) / (2.0 * d * d);
    }

    /** Density f(c) of c = cos(theta) on [-1, 1]; rho(theta) = f(cos theta) sin theta. */
    public static double densityCos(double c, double tau) {
        checkTau(tau);
        double t = Math.tanh(tau);
        double d = 1.0 - t * c;
        return (1.0 - t) * (1.0 + t) / (2.0 * d * d);
    }

    /** P(cos theta <= c) at tau = t/t_lambda, for the Kolmogorov-Smirnov test of V9. */
    public static double cdfCos(double c, double tau) {
        checkTau(tau);
        if (c <= -1.0) {
            return 0.0;
        }
        if (c >= 1.0) {
            return 1.0;
        }
        double t = Math.tanh(tau);
        return (1.0 - t) * (1.0 + c) / (2.0 * (1.0 - t * c));
    }

    /** The c with {@link #cdfCos}(c) = p: c = (2p - 1 + T) / (1 - T + 2 p T). */
    public static double inverseCdfCos(double p, double tau) {
        checkTau(tau);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        double t = Math.tanh(tau);
        return (2.0 * p - 1.0 + t) / (1.0 - t + 2.0 * p * t);
    }

    /** The initial angle theta0 whose spin is at theta after tau (inverse of A2.8). */
    public static double initialAngle(double theta, double tau) {
        checkTau(tau);
        return 2.0 * Math.atan(Math.exp(tau) * Math.tan(0.5 * theta));
    }

    /** The angle after tau of a spin that started at theta0 (A2.8). */
    public static double angleAfter(double theta0, double tau) {
        checkTau(tau);
        return 2.0 * Math.atan(Math.exp(-tau) * Math.tan(0.5 * theta0));
    }

    /**
     * E[cos theta](tau) = coth(tau) - tau/sinh^2(tau): the spin projection on the axis per spin
     * after tau of damping from an isotropic start. Its slope at 0 is 2/3 = E[sin^2 theta] of an
     * isotropic population.
     */
    public static double meanCos(double tau) {
        checkTau(tau);
        if (tau < SMALL_TAU) {
            double t2 = tau * tau;
            return tau * (2.0 / 3.0 + t2 * (-4.0 / 45.0 + t2 * 4.0 / 315.0));
        }
        double t = Math.tanh(tau);
        return 1.0 / t - tau * (1.0 - t) * (1.0 + t) / (t * t);
    }

    /** E[cos^2 theta](tau) = (2 - T^2)/T^2 - 2 tau (1 - T^2)/T^3, T = tanh(tau); 1/3 at tau = 0. */
    public static double meanCos2(double tau) {
        checkTau(tau);
        if (tau < SMALL_TAU) {
            return 1.0 / 3.0 + 4.0 / 15.0 * tau * tau;
        }
        double t = Math.tanh(tau);
        return (2.0 - t * t) / (t * t) - 2.0 * tau * (1.0 - t) * (1.0 + t) / (t * t * t);
    }

    /**
     * The distribution of cos(theta) at tau as a Commons Math distribution (for
     * {@code KolmogorovSmirnovTest}). It has no generator: {@code sample()} is unsupported.
     */
    public static AbstractRealDistribution cosDistribution(double tau) {
        checkTau(tau);
        return new CosTheta(tau);
    }

    /**
     * rho(theta, t) by integrating Eq. 38's characteristics numerically, independently of the
     * closed form: from (theta, tau) backward to 0 along d theta/ds = -sin(theta),
     * d L/ds = cos(theta) (s in units of t_lambda), then rho = rho0(theta0) exp(-L(0)) with
     * rho0 = sin/2 (Eq. 39). Adaptive Dormand-Prince 8(5,3), tolerances 1e-12.
     */
    public static double densityByCharacteristics(double theta, double tau) {
        double[] y = characteristicToStart(theta, tau);
        return 0.5 * Math.sin(y[0]) * Math.exp(-y[1]);
    }

    /** P(cos theta <= cos(theta)) at tau from the numerically integrated characteristic: (1 + cos theta0)/2. */
    public static double cdfCosByCharacteristics(double c, double tau) {
        if (c <= -1.0) {
            return 0.0;
        }
        if (c >= 1.0) {
            return 1.0;
        }
        double[] y = characteristicToStart(Math.acos(c), tau);
        return 0.5 * (1.0 + Math.cos(y[0]));
    }

    private static double[] characteristicToStart(double theta, double tau) {
        checkTau(tau);
        if (!(theta >= 0 && theta <= Math.PI)) {
            throw new IllegalArgumentException("theta must be in [0, pi], got " + theta);
        }
        double[] y = {theta, 0.0};
        if (tau == 0.0) {
            return y;
        }
        FirstOrderDifferentialEquations characteristic = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double s, double[] v, double[] dv) {
                dv[0] = -Math.sin(v[0]);
                dv[1] = Math.cos(v[0]);
            }
        };
        DormandPrince853Integrator ode = new DormandPrince853Integrator(1e-12, Math.max(tau, 1e-3), 1e-12, 1e-12);
        ode.integrate(characteristic, tau, y.clone(), 0.0, y);
        return y;
    }

    /** Eq. 38 stepped forward on a moving grid: angles and densities after the last step. */
    public record Grid(double[] theta, double[] rho) {
        /** rho at {@code angle} by linear interpolation between grid points (0 outside the grid's span near 0 and pi). */
        public double at(double angle) {
            int n = theta.length;
            if (angle <= theta[0]) {
                return rho[0] * (angle / theta[0]); // rho vanishes at theta = 0
            }
            if (angle >= theta[n - 1]) {
                return rho[n - 1] * ((Math.PI - angle) / (Math.PI - theta[n - 1]));
            }
            int lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (theta[mid] <= angle) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double w = (angle - theta[lo]) / (theta[hi] - theta[lo]);
            return rho[lo] + w * (rho[hi] - rho[lo]);
        }
    }

    /**
     * The paper's own scheme for Fig. 6: {@code points} grid angles theta0_i = (i + 1/2) pi / points
     * with rho = sin(theta0)/2 (Eq. 39), each moved by {@code steps} explicit steps of Eq. 38 with
     * h = tau/steps: theta <- theta - h sin(theta), rho <- rho / (1 - h cos(theta)) (theta the
     * angle before the step). First order in h; needs h < 1.
     */
    public static Grid paperScheme(int points, double tau, int steps) {
        checkTau(tau);
        if (points < 2 || steps < 1) {
            throw new IllegalArgumentException("need points >= 2 and steps >= 1, got " + points + ", " + steps);
        }
        double h = tau / steps;
        if (!(h < 1)) {
            throw new IllegalArgumentException("Eq. 38 needs dt/t_lambda < 1, got " + h);
        }
        double[] th = new double[points];
        double[] rho = new double[points];
        for (int i = 0; i < points; i++) {
            th[i] = (i + 0.5) * Math.PI / points;
            rho[i] = 0.5 * Math.sin(th[i]);
        }
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < points; i++) {
                double a = th[i];
                rho[i] /= 1.0 - h * Math.cos(a);
                th[i] = a - h * Math.sin(a);
            }
        }
        return new Grid(th, rho);
    }

    /** cos(theta) at tau as a Commons Math distribution (closed form; no generator). */
    private static final class CosTheta extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final double tau;

        CosTheta(double tau) {
            super(null);
            this.tau = tau;
        }

        @Override
        public double density(double x) {
            return x < -1 || x > 1 ? 0.0 : densityCos(x, tau);
        }

        @Override
        public double cumulativeProbability(double x) {
            return cdfCos(x, tau);
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            return inverseCdfCos(p, tau);
        }

        @Override
        public double getNumericalMean() {
            return meanCos(tau);
        }

        @Override
        public double getNumericalVariance() {
            double m = meanCos(tau);
            return meanCos2(tau) - m * m;
        }

        @Override
        public double getSupportLowerBound() {
            return -1;
        }

        @Override
        public double getSupportUpperBound() {
            return 1;
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }

        @Override
        public double sample() {
            throw new UnsupportedOperationException("no generator: sample spins with the engine, not the reference");
        }
    }
}
