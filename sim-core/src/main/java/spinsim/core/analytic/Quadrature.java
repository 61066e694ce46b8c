package spinsim.core.analytic;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * The one numerical integrator of the analytic references: iterative Gauss-Legendre (8 points
 * per sub-interval, sub-intervals doubled until two stages agree to 1e-12 relative or 1e-14
 * absolute). Every integrand here is smooth (analytic) on a finite interval, where Gauss-Legendre
 * converges geometrically.
 */
final class Quadrature {
    private static final int POINTS = 8;
    private static final double RELATIVE = 1e-12;
    private static final double ABSOLUTE = 1e-14;
    private static final int MAX_EVALUATIONS = 50_000_000;

    private Quadrature() {
    }

    static double integrate(UnivariateFunction f, double a, double b) {
        // a fresh integrator per call: Commons Math integrators keep per-call state (not reentrant),
        // and the double integral of Eq. 14 nests one integration inside another
        return new IterativeLegendreGaussIntegrator(POINTS, RELATIVE, ABSOLUTE).integrate(MAX_EVALUATIONS, f, a, b);
    }
}
