package spinsim.runner.report;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import spinsim.core.observe.AssemblyFrame;
import spinsim.core.observe.AssemblyTracker;

/**
 * The estimators of Eq. 62-63 from one replica's records under a small continuous injection along
 * s2 into a gas polarized along e1 (the TIA's direction at t = 0).
 *
 * <p>Eq. 62 says the TIA direction turns toward s2 at d(alpha)/dt = A (dn_inj/dt) sin(phi) / n_TIA,
 * so A is the slope of alpha(t) against X_A(t) = integral of sin(phi) dn_inj / n_TIA; Eq. 63 says
 * the electrons outside the TIA grow at B (dn_inj/dt) (1 - cos phi), so B is the slope of
 * (electrons - |S|) against X_B(t) = integral of (1 - cos phi) dn_inj. phi is the angle between
 * the current TIA (S/|S|) and s2, and n_TIA = |S|: both are taken at the middle of each record
 * interval, because the TIA turns (slightly) during the run. Slopes are ordinary least squares over
 * the records from {@code fromTime} on, after the transient in which the first injected spins have
 * not yet been absorbed (their (1 - cos phi) each already counts outside |S| before any scattering).
 *
 * <p>The paper rule also converts TIA into TIS on its own, by the TIA + TIS scatterings (V5: about
 * |S| n_TIS / (5 n_states) per t_sc), and the injection keeps making TIS, so that loss grows with
 * time and would be read as part of B (how much depends on the window, not on the injection rate).
 * B is therefore fitted with a second regressor, X_L(t) = integral of |S| n_TIS / n_states dt
 * (n_TIS = n_SPIN - |S|), whose coefficient kappa is the rule's own loss constant; Eq. 63's B is
 * the part proportional to the injection. {@link Coefficients#bRaw} is the one-regressor slope.
 *
 * <p>With alpha in radians, A is dimensionless: the rotation (rad) per injected electron per TIA
 * electron per unit sin(phi). B is dimensionless: converted electrons per injected electron per
 * unit (1 - cos phi).
 */
final class TorqueFit {
    /**
     * A (radians per unit n_inj / n_TIA), B (the injection's conversion, the rule's own loss fitted
     * apart), kappa (that loss constant) and bRaw (B with the loss left in) of one replica.
     */
    record Coefficients(double a, double b, double kappa, double bRaw) {
    }

    private TorqueFit() {
    }

    /**
     * @param t         record times (t_sc)
     * @param s         total spin per record, s[k] = {Sx, Sy, Sz}
     * @param electrons electrons per record
     * @param injected  cumulative injected electrons per record
     * @param nSpin     SPIN states per record
     * @param states    states of the cell
     * @param s2        the injection direction (unit)
     * @param fromTime  first time of the fit window
     */
    static Coefficients fit(double[] t, double[][] s, double[] electrons, double[] injected, double[] nSpin, double states,
            double[] s2, double fromTime) {
        int n = t.length;
        // the plane of the TIA at t = 0 and s2: alpha is the in-plane turn from the first toward the second
        AssemblyFrame frame = new AssemblyFrame(s[0], s2);
        double[] alpha = new double[n];
        double[] xa = new double[n];
        double[] outside = new double[n];
        double[] xb = new double[n];
        double[] xl = new double[n];
        for (int k = 0; k < n; k++) {
            alpha[k] = Math.toRadians(frame.inPlaneDeg(s[k]));
            outside[k] = electrons[k] - norm(s[k]);
            if (k > 0) {
                double[] mid = {0.5 * (s[k][0] + s[k - 1][0]), 0.5 * (s[k][1] + s[k - 1][1]), 0.5 * (s[k][2] + s[k - 1][2])};
                double phi = AssemblyTracker.angle(mid, s2);
                double d = injected[k] - injected[k - 1];
                xa[k] = xa[k - 1] + d * Math.sin(phi) / norm(mid);
                xb[k] = xb[k - 1] + d * (1 - Math.cos(phi));
                double l0 = norm(s[k - 1]) * (nSpin[k - 1] - norm(s[k - 1]));
                double l1 = norm(s[k]) * (nSpin[k] - norm(s[k]));
                xl[k] = xl[k - 1] + 0.5 * (l0 + l1) / states * (t[k] - t[k - 1]);
            }
        }
        double[] two = slopes(t, xb, xl, outside, fromTime);
        return new Coefficients(slope(t, xa, alpha, fromTime), two[0], two[1], slope(t, xb, outside, fromTime));
    }

    /** Least-squares slope of y against x over the records with t >= fromTime. */
    static double slope(double[] t, double[] x, double[] y, double fromTime) {
        SimpleRegression r = new SimpleRegression();
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                r.addData(x[k], y[k]);
            }
        }
        return r.getSlope();
    }

    /** Least-squares coefficients of y on x1 and x2 (with an intercept) over the records with t >= fromTime. */
    static double[] slopes(double[] t, double[] x1, double[] x2, double[] y, double fromTime) {
        int m = 0;
        for (double tk : t) {
            if (tk >= fromTime) {
                m++;
            }
        }
        if (m < 4) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[][] xs = new double[m][];
        double[] ys = new double[m];
        for (int k = 0, j = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                xs[j] = new double[] {x1[k], x2[k]};
                ys[j++] = y[k];
            }
        }
        OLSMultipleLinearRegression r = new OLSMultipleLinearRegression();
        r.newSampleData(ys, xs);
        double[] beta = r.estimateRegressionParameters();
        return new double[] {beta[1], beta[2]};
    }

    private static double norm(double[] a) {
        return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    }
}
