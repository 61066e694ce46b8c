package spinsim.runner.report;

/**
 * A straight line y = a + b x fitted to a sweep of points, each measured by the same number of
 * independent replicas, with errors taken from the replicas themselves: the line is fitted to
 * each replica's points alone (replica j's x and y at every point), and a and b are the means of
 * the replicas' intercepts and slopes with their standard errors. Their t against a reference is
 * then Student's t on replicas - 1 degrees of freedom, which {@link Stats.MeanSe#z} converts.
 *
 * <p>Why not the usual fit of the points' means weighted by their SEs: with 4 replicas each SE is
 * itself uncertain by ~40 %, and that fit's errors treat the SEs as exact, so its t has heavier
 * tails than a normal deviate and no known number of degrees of freedom; and it takes the points
 * as independent, which they are not when every point of a sweep runs the same seeds (replica j
 * of each point starts from the same streams): in V10 (quick sizes) the pooled fit gave the
 * slope an SE of 0.099, where the replicas' own slopes give 0.027. Replica j's line depends on
 * replica j's runs only and the replicas are independent, so the spread of the lines carries
 * that correlation, and the noise of x where x is measured.
 *
 * <p>What it does not remove: with x measured, each replica's least-squares slope is biased
 * toward zero by the noise of x (regression dilution, relative size ~ var(x noise) / spread of
 * x), and the intercept with it; the bias does not shrink with more replicas. Where x and y come
 * from the same runs and move along the line together it is smaller. The V10 section therefore
 * also gives the intercept fitted against each point's mean x.
 *
 * <p>Each replica's line uses fixed weights, the same for every replica and not taken from the
 * data: equal weights by default, or weights known a priori (e.g. ~B^2 for a ratio y / B whose
 * numerator has a constant error). Weights taken from the replicas' own spread (1 / SE^2 of y at
 * each point) correlate with the values they weigh, and in a trial like V10's (4 points, 4
 * replicas) the true intercept then showed |z| &gt; 3 2.4-2.6 times as often as the nominal 0.27
 * %, while fixed weights kept the nominal rate ({@code ReplicaFitTest}). With a common x and
 * equal weights the mean of the replicas' lines is the unweighted fit of the means.
 *
 * @param intercept a: mean and SE over the replicas' intercepts
 * @param slope     b: the same for the slopes
 * @param chi2      chi-square of the means about the line (a, b) with the means' SEs, a
 *                  goodness-of-fit diagnostic on points - 2 degrees of freedom (its SEs are
 *                  estimates too, so read it as a guide, not a test)
 */
public record ReplicaFit(Stats.MeanSe intercept, Stats.MeanSe slope, double chi2) {

    /**
     * Fits {@code y[i][j]} against {@code x[i][j]}, point i, replica j, each replica's line
     * unweighted; at least 2 points, and the same number of replicas at every point.
     */
    public static ReplicaFit of(double[][] x, double[][] y) {
        final double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1.0);
        return of(x, y, w);
    }

    /**
     * As {@link #of(double[][], double[][])} with fixed weights {@code w[i]} (known before the
     * data, the same for every replica).
     */
    public static ReplicaFit of(double[][] x, double[][] y, double[] w) {
        final int points = x.length;
        if (points < 2 || y.length != points || w.length != points) {
            throw new IllegalArgumentException("a line needs at least 2 points with x, y and a weight each, got "
                    + points + ", " + y.length + " and " + w.length);
        }
        final int replicas = x[0].length;
        for (int i = 0; i < points; i++) {
            if (x[i].length != replicas || y[i].length != replicas) {
                throw new IllegalArgumentException("point " + i + " has " + x[i].length + " x and " + y[i].length
                        + " y values, point 0 has " + replicas);
            }
        }
        final double[] xm = new double[points];
        final double[] ym = new double[points];
        final double[] yse = new double[points];
        for (int i = 0; i < points; i++) {
            final Stats.MeanSe my = Stats.meanSe(y[i]);
            xm[i] = Stats.meanSe(x[i]).mean();
            ym[i] = my.mean();
            yse[i] = my.se();
        }
        final double[] a = new double[replicas];
        final double[] b = new double[replicas];
        final double[] xs = new double[points];
        final double[] ys = new double[points];
        for (int j = 0; j < replicas; j++) {
            for (int i = 0; i < points; i++) {
                xs[i] = x[i][j];
                ys[i] = y[i][j];
            }
            final double[] line = line(xs, ys, w);
            a[j] = line[0];
            b[j] = line[1];
        }
        final Stats.MeanSe intercept = Stats.meanSe(a);
        final Stats.MeanSe slope = Stats.meanSe(b);
        double chi2 = 0;
        for (int i = 0; i < points; i++) {
            final double e = (ym[i] - intercept.mean() - slope.mean() * xm[i]) / yse[i];
            chi2 += e * e;
        }
        return new ReplicaFit(intercept, slope, chi2);
    }

    /** Least squares with weights w: {a, b} of y = a + b x. */
    static double[] line(double[] x, double[] y, double[] w) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            sx += w[i] * x[i];
            sy += w[i] * y[i];
            sxx += w[i] * x[i] * x[i];
            sxy += w[i] * x[i] * y[i];
        }
        final double d = sw * sxx - sx * sx;
        return new double[] {(sxx * sy - sx * sxy) / d, (sw * sxy - sx * sy) / d};
    }
}
