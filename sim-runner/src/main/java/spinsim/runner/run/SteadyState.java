package spinsim.runner.run;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Detects the steady state of an observable from its time series, instead of assuming it after a
 * fixed number of steps, and reports the steady value with its standard error and the relaxation
 * time with its error.
 *
 * <h2>Method</h2>
 * Input: values v[replica][record] at times t[record] (independent replicas, R >= 1).
 * <ol>
 *   <li><b>Equilibration (MSER-5).</b> The replica-mean series is cut into batches of 5 records
 *       (aligned to the end); the truncation d minimising the marginal standard error
 *       MSER(d) = sum_{j >= d} (z_j - mean_d)^2 / (nb - d)^2 over d <= nb/2 is the first guess of
 *       where the steady window starts (White 1997; Franklin &amp; White 2008).</li>
 *   <li><b>Relaxation time.</b> The replica-mean series is fitted by
 *       y(t) = y_inf + A exp(-(t - t_0)/tau) (Levenberg-Marquardt, tau &gt; 0 by a log
 *       parameter). Its error is the jackknife over replicas (refit with each replica left out) when
 *       R &gt;= 3, else the fit's own error scaled by the residual variance (an underestimate, since
 *       the residuals are correlated). When |A| is below 3 standard deviations of the window
 *       scatter there is no transient to fit: tau is NaN and the note says so.</li>
 *   <li><b>Window.</b> The window starts at the MSER point, moved later if the fitted transient
 *       there, |A| exp(-(t_s - t_0)/tau), exceeds half the standard error of the steady value.</li>
 *   <li><b>Steady value and SE.</b> The mean over the window of the replica-mean series; its SE is
 *       the standard deviation of the per-replica window means over sqrt(R) (independent replicas)
 *       when R &gt;= 2, else batch means (10 batches of the window).</li>
 *   <li><b>Verdict.</b> Steady when the window holds at least max(10, n/5) records, the linear drift
 *       of the series across the window is within 3 of its standard errors or small enough to move
 *       the window mean by less than 2 SE (|drift| &lt;= 4 SE), and the fitted tau (if any) is below
 *       a third of the run. Otherwise not steady, with the reason.</li>
 * </ol>
 * The detector is deterministic: the same input gives the same result.
 */
public final class SteadyState {
    /** Records per MSER batch. */
    static final int MSER_BATCH = 5;

    /**
     * What was detected.
     *
     * @param steady    whether a steady state was reached (see the class comment)
     * @param start     first record of the steady window
     * @param startTime its time
     * @param value     steady value (mean over the window of the replica mean)
     * @param se        its standard error
     * @param seMethod  how the SE was obtained
     * @param tau       relaxation time of the exponential approach (time units of t), NaN if none
     * @param tauSe     its standard error (NaN if not estimable)
     * @param amplitude fitted A (initial distance from the steady value), 0 when there was no transient
     * @param drift     change of the series across the window by a linear fit (mean over replicas)
     * @param driftSe   its standard error
     * @param note      one line on how it was decided
     */
    public record Result(boolean steady, int start, double startTime, double value, double se, String seMethod,
            double tau, double tauSe, double amplitude, double drift, double driftSe, String note) {
        /** Replica means of {@code v} over this result's window. */
        public double[] windowMeans(double[][] v) {
            return SteadyState.windowMeans(v, start);
        }
    }

    private SteadyState() {
    }

    /** One replica. */
    public static Result detect(double[] t, double[] v) {
        return detect(t, new double[][] {v});
    }

    /** v[replica][record] at times t[record]. */
    public static Result detect(double[] t, double[][] v) {
        int n = t.length;
        int reps = v.length;
        if (n < 4 || reps < 1) {
            throw new IllegalArgumentException("need at least 4 records and 1 replica, got " + n + " and " + reps);
        }
        for (double[] r : v) {
            if (r.length != n) {
                throw new IllegalArgumentException("every replica needs " + n + " records");
            }
        }
        double[] m = replicaMean(v);
        int start = mser(m);
        int minWindow = Math.max(Math.min(10, n / 2), n / 5);
        start = Math.min(start, n - minWindow);

        // the scatter of the window, for the significance of a transient
        double scatter = sd(m, start, n);
        double a0 = mean(m, start, n);
        double amp0 = m[0] - a0;
        double tau = Double.NaN;
        double tauSe = Double.NaN;
        double amp = 0;
        String tauNote;
        String tauHow = "";
        if (Math.abs(amp0) <= 3 * scatter || Math.abs(amp0) == 0) {
            tauNote = "no transient above the noise";
        } else {
            double[] fit = fit(t, m, a0, amp0, guessTau(t, m, a0, amp0));
            if (fit == null) {
                tauNote = "the exponential fit failed";
            } else {
                tau = fit[2];
                amp = fit[1];
                if (reps >= 3) {
                    double[] taus = new double[reps];
                    boolean ok = true;
                    for (int leave = 0; leave < reps && ok; leave++) {
                        double[] mj = meanLeavingOut(v, leave);
                        double[] f = fit(t, mj, fit[0], fit[1], fit[2]);
                        ok = f != null;
                        taus[leave] = ok ? f[2] : Double.NaN;
                    }
                    if (ok) {
                        double mt = mean(taus, 0, reps);
                        double ss = 0;
                        for (double x : taus) {
                            ss += (x - mt) * (x - mt);
                        }
                        tauSe = Math.sqrt((reps - 1.0) / reps * ss);
                        tauHow = "jackknife over " + reps + " replicas";
                    }
                }
                if (Double.isNaN(tauSe)) {
                    tauSe = fit[3];
                    tauHow = "fit error (correlated residuals: an underestimate)";
                }
                tauNote = "tau from an exponential fit of the replica mean, error by " + tauHow;
            }
        }

        // window: move the start later while the fitted transient there exceeds half the SE
        double[] est = valueAndSe(t, v, m, start);
        if (!Double.isNaN(tau) && Math.abs(amp) > 0) {
            double se = Double.isNaN(est[1]) || est[1] <= 0 ? scatter : est[1];
            double need = t[0] + tau * Math.log(Math.abs(amp) / (0.5 * se));
            if (t[start] < need) {
                int k = start;
                while (k < n - minWindow && t[k] < need) {
                    k++;
                }
                start = k;
                est = valueAndSe(t, v, m, start);
            }
        }
        double[] drift = drift(t, v, start);
        int window = n - start;
        double span = t[n - 1] - t[0];
        boolean longEnough = window >= minWindow;
        // a drift is harmless when it is within its own noise or shifts the window mean by less than 2 SE
        boolean flat = !(Math.abs(drift[0]) > 3 * drift[1]) || Math.abs(drift[0]) <= 4 * est[1];
        boolean fastEnough = Double.isNaN(tau) || tau < span / 3;
        boolean steady = longEnough && flat && fastEnough;
        StringBuilder note = new StringBuilder();
        note.append(steady ? "steady" : "NOT steady").append(" from t = ").append(fmt(t[start])).append(" (record ")
                .append(start).append(" of ").append(n).append(", MSER-5)");
        if (!fastEnough) {
            note.append("; relaxation time ").append(fmt(tau)).append(" is not below a third of the run (").append(fmt(span))
                    .append(")");
        }
        if (!flat) {
            note.append("; drifts by ").append(fmt(drift[0])).append(" +- ").append(fmt(drift[1])).append(" across the window");
        }
        note.append("; ").append(tauNote).append("; SE by ").append(seMethod(reps, est));
        return new Result(steady, start, t[start], est[0], est[1], seMethod(reps, est), tau, tauSe, amp, drift[0],
                drift[1], note.toString());
    }

    /** Per-replica means of v over records [start, n). */
    public static double[] windowMeans(double[][] v, int start) {
        double[] w = new double[v.length];
        for (int r = 0; r < v.length; r++) {
            w[r] = mean(v[r], start, v[r].length);
        }
        return w;
    }

    private static String seMethod(int reps, double[] est) {
        return reps >= 2 ? "spread of the window means of " + reps + " independent replicas"
                : "batch means (" + (int) est[2] + " batches of the window)";
    }

    /** {value, se, batches}. */
    private static double[] valueAndSe(double[] t, double[][] v, double[] m, int start) {
        int reps = v.length;
        double value = mean(m, start, m.length);
        if (reps >= 2) {
            double[] w = windowMeans(v, start);
            return new double[] {value, sd(w, 0, reps) / Math.sqrt(reps), 0};
        }
        int len = m.length - start;
        int batches = Math.min(10, len / 2);
        if (batches < 2) {
            return new double[] {value, Double.NaN, 0};
        }
        int per = len / batches;
        int off = m.length - batches * per;
        double[] b = new double[batches];
        for (int j = 0; j < batches; j++) {
            b[j] = mean(m, off + j * per, off + (j + 1) * per);
        }
        return new double[] {value, sd(b, 0, batches) / Math.sqrt(batches), batches};
    }

    /** {drift across the window, its SE}: slope x window length, mean and SE over replicas. */
    private static double[] drift(double[] t, double[][] v, int start) {
        int reps = v.length;
        double len = t[t.length - 1] - t[start];
        double[] d = new double[reps];
        double regressionSe = 0;
        for (int r = 0; r < reps; r++) {
            double[] fit = linear(t, v[r], start);
            d[r] = fit[0] * len;
            regressionSe = fit[1] * len;
        }
        if (reps >= 2) {
            return new double[] {mean(d, 0, reps), sd(d, 0, reps) / Math.sqrt(reps)};
        }
        return new double[] {d[0], regressionSe};
    }

    /** {slope, its SE} of y against t over [start, n). */
    private static double[] linear(double[] t, double[] y, int start) {
        int n = t.length - start;
        double mt = mean(t, start, t.length);
        double my = mean(y, start, y.length);
        double sxx = 0;
        double sxy = 0;
        for (int k = start; k < t.length; k++) {
            sxx += (t[k] - mt) * (t[k] - mt);
            sxy += (t[k] - mt) * (y[k] - my);
        }
        if (!(sxx > 0)) {
            return new double[] {0, Double.NaN};
        }
        double slope = sxy / sxx;
        double ss = 0;
        for (int k = start; k < t.length; k++) {
            double e = y[k] - my - slope * (t[k] - mt);
            ss += e * e;
        }
        double se = n > 2 ? Math.sqrt(ss / (n - 2) / sxx) : Double.NaN;
        return new double[] {slope, se};
    }

    /** MSER-5 truncation point of the series (a record index). */
    static int mser(double[] m) {
        int n = m.length;
        int b = n >= 10 * MSER_BATCH ? MSER_BATCH : 1;
        int nb = n / b;
        int off = n - nb * b;
        double[] z = new double[nb];
        for (int j = 0; j < nb; j++) {
            z[j] = mean(m, off + j * b, off + (j + 1) * b);
        }
        int best = 0;
        double bestStat = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= nb / 2; d++) {
            double mu = mean(z, d, nb);
            double ss = 0;
            for (int j = d; j < nb; j++) {
                ss += (z[j] - mu) * (z[j] - mu);
            }
            double stat = ss / ((double) (nb - d) * (nb - d));
            if (stat < bestStat) {
                bestStat = stat;
                best = d;
            }
        }
        return best == 0 ? 0 : off + best * b;
    }

    private static double guessTau(double[] t, double[] m, double a, double amp) {
        double level = Math.abs(amp) / Math.E;
        for (int k = 1; k < m.length; k++) {
            if (Math.abs(m[k] - a) <= level) {
                return Math.max(t[k] - t[0], 0.5 * (t[1] - t[0]));
            }
        }
        return (t[t.length - 1] - t[0]) / 3;
    }

    /** Least squares y_inf + A exp(-(t - t0)/tau): {y_inf, A, tau, se(tau)} or null when it fails. */
    static double[] fit(double[] t, double[] y, double a0, double amp0, double tau0) {
        final double t0 = t[0];
        MultivariateJacobianFunction model = p -> {
            double a = p.getEntry(0);
            double amp = p.getEntry(1);
            double tau = Math.exp(p.getEntry(2));
            RealVector val = new ArrayRealVector(t.length);
            Array2DRowRealMatrix jac = new Array2DRowRealMatrix(t.length, 3);
            for (int k = 0; k < t.length; k++) {
                double x = (t[k] - t0) / tau;
                double e = Math.exp(-x);
                val.setEntry(k, a + amp * e);
                jac.setEntry(k, 0, 1.0);
                jac.setEntry(k, 1, e);
                jac.setEntry(k, 2, amp * e * x); // d/d(ln tau)
            }
            return new Pair<>(val, jac);
        };
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(model).target(y).start(new double[] {a0, amp0, Math.log(Math.max(tau0, 1e-12))})
                    .maxEvaluations(10_000).maxIterations(10_000).build());
            RealVector p = o.getPoint();
            double tau = Math.exp(p.getEntry(2));
            if (!Double.isFinite(tau) || !Double.isFinite(p.getEntry(0)) || !Double.isFinite(p.getEntry(1))) {
                return null;
            }
            double dof = Math.max(1, t.length - 3);
            double rms2 = o.getCost() * o.getCost() / dof;
            double seLog;
            try {
                // covariance (J^T J)^-1 times the residual variance
                seLog = Math.sqrt(o.getCovariances(1e-14).getEntry(2, 2) * rms2);
            } catch (RuntimeException singular) {
                seLog = Double.NaN;
            }
            return new double[] {p.getEntry(0), p.getEntry(1), tau, tau * seLog};
        } catch (RuntimeException e) {
            return null;
        }
    }

    static double[] replicaMean(double[][] v) {
        double[] m = new double[v[0].length];
        for (double[] r : v) {
            for (int k = 0; k < m.length; k++) {
                m[k] += r[k];
            }
        }
        for (int k = 0; k < m.length; k++) {
            m[k] /= v.length;
        }
        return m;
    }

    private static double[] meanLeavingOut(double[][] v, int leave) {
        double[][] rest = new double[v.length - 1][];
        for (int r = 0, j = 0; r < v.length; r++) {
            if (r != leave) {
                rest[j++] = v[r];
            }
        }
        return replicaMean(rest);
    }

    static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += x[k];
        }
        return s / (to - from);
    }

    static double sd(double[] x, int from, int to) {
        int n = to - from;
        if (n < 2) {
            return Double.NaN;
        }
        double mu = mean(x, from, to);
        double ss = 0;
        for (int k = from; k < to; k++) {
            ss += (x[k] - mu) * (x[k] - mu);
        }
        return Math.sqrt(ss / (n - 1));
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
