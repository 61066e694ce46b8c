package spinsim.runner.report;

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
        double[] e1 = unit(s[0]);
        double c12 = dot(s2, e1);
        double[] perp = unit(new double[] {s2[0] - c12 * e1[0], s2[1] - c12 * e1[1], s2[2] - c12 * e1[2]});
        double[] alpha = new double[n];
        double[] xa = new double[n];
        double[] outside = new double[n];
        double[] xb = new double[n];
        double[] xl = new double[n];
        for (int k = 0; k < n; k++) {
            alpha[k] = Math.atan2(dot(s[k], perp), dot(s[k], e1));
            outside[k] = electrons[k] - norm(s[k]);
            if (k > 0) {
                double[] mid = {0.5 * (s[k][0] + s[k - 1][0]), 0.5 * (s[k][1] + s[k - 1][1]), 0.5 * (s[k][2] + s[k - 1][2])};
                double m = norm(mid);
                double cos = Math.max(-1, Math.min(1, dot(mid, s2) / m));
                double sin = Math.sqrt(1 - cos * cos);
                double d = injected[k] - injected[k - 1];
                xa[k] = xa[k - 1] + d * sin / m;
                xb[k] = xb[k - 1] + d * (1 - cos);
                double l0 = norm(s[k - 1]) * (nSpin[k - 1] - norm(s[k - 1]));
                double l1 = norm(s[k]) * (nSpin[k] - norm(s[k]));
                xl[k] = xl[k - 1] + 0.5 * (l0 + l1) / states * (t[k] - t[k - 1]);
            }
        }
        double[] two = slopes(t, xb, xl, outside, fromTime);
        return new Coefficients(slope(t, xa, alpha, fromTime), two[0], two[1], slope(t, xb, outside, fromTime));
    }

    /** Least-squares coefficients of y on x1 and x2 (with an intercept) over the records with t >= fromTime. */
    static double[] slopes(double[] t, double[] x1, double[] x2, double[] y, double fromTime) {
        double m1 = 0;
        double m2 = 0;
        double my = 0;
        int m = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                m1 += x1[k];
                m2 += x2[k];
                my += y[k];
                m++;
            }
        }
        if (m < 3) {
            return new double[] {Double.NaN, Double.NaN};
        }
        m1 /= m;
        m2 /= m;
        my /= m;
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double s1y = 0;
        double s2y = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                double a = x1[k] - m1;
                double b = x2[k] - m2;
                double c = y[k] - my;
                s11 += a * a;
                s12 += a * b;
                s22 += b * b;
                s1y += a * c;
                s2y += b * c;
            }
        }
        double det = s11 * s22 - s12 * s12;
        return new double[] {(s1y * s22 - s2y * s12) / det, (s2y * s11 - s1y * s12) / det};
    }

    /** Least-squares slope of y against x over the records with t >= fromTime. */
    static double slope(double[] t, double[] x, double[] y, double fromTime) {
        double sx = 0;
        double sy = 0;
        int m = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                sx += x[k];
                sy += y[k];
                m++;
            }
        }
        if (m < 2) {
            return Double.NaN;
        }
        double mx = sx / m;
        double my = sy / m;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= fromTime) {
                sxy += (x[k] - mx) * (y[k] - my);
                sxx += (x[k] - mx) * (x[k] - mx);
            }
        }
        return sxy / sxx;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] unit(double[] a) {
        double n = norm(a);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
