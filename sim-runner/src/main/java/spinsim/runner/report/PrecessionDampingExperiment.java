package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.knowm.xchart.XYChart;
import spinsim.core.analytic.PrecessionDampingDistribution;
import spinsim.core.process.FieldPrecession;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.NoScattering;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;

/**
 * V9 (Sec. 5, Eq. 33-39, Fig. 6): without scattering, the angular density rho(theta, t) of an
 * isotropic population under precession damping follows Eq. 38.
 *
 * <p>The reference is computed in code: the closed form of Eq. 38 with the initial condition Eq. 39
 * ({@link PrecessionDampingDistribution#cdfCos}, itself checked against the integrated
 * characteristics and the paper's own stepping scheme in sim-core's tests), and the paper's scheme
 * for Fig. 6 ({@link PrecessionDampingDistribution#paperScheme}). The Monte Carlo is a run of
 * {@code rule: none} with the {@code field-precession} process.
 *
 * <p>KS test on binned data: with the fixed-axis histogram of cos(theta) in B equal bins, D is the
 * largest difference between the empirical and the reference CDF at the B + 1 bin edges. That is the
 * KS statistic of the grouped data, stochastically smaller than the continuous one, so the
 * continuous critical value K_alpha / sqrt(n) is conservative (a valid test with size at most
 * alpha). The spins are independent (no scattering, independent initial draws), so the pooled n of
 * all replicas is the sample size.
 */
public final class PrecessionDampingExperiment implements Experiment {
    public static final String CONFIG = "v09-precession-damping.yaml";
    /** The times of Fig. 6, in units of t_lambda. */
    static final double[] TAUS = {0.25, 0.5, 1, 2, 3};
    /** Significance level of each KS test, and its asymptotic critical coefficient K_alpha. */
    static final double ALPHA = 0.01;
    static final double K_ALPHA = 1.6276;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};

    @Override
    public String id() {
        return "V9";
    }

    @Override
    public String title() {
        return "Precession damping without scattering: rho(theta, t) of Eq. 38 (Sec. 5, Eq. 33-39, Fig. 6)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    /** The KS comparison at one record. */
    record Ks(double t, double tau, long n, double d, double dCrit, double p) {
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        RunSpec spec = ctx.runSpec(CONFIG);
        ProcessSpec.FieldParameters field = fieldOf(spec, ctx);
        double tLambda = field.tLambda();
        ctx.say("V9: " + ExperimentContext.sizeNote(spec, ctx.quick()));
        RunResult r = Runs.execute(spec, ctx);
        double[] t = RunSeries.times(r);

        List<Ks> ks = new ArrayList<>();
        for (double tau : TAUS) {
            int k = RunSeries.indexAt(t, tau * tLambda);
            if (Math.abs(t[k] / tLambda - tau) > 1e-9 * Math.max(1, tau)) {
                continue; // the run does not reach this time (or has no record there)
            }
            ks.add(ks(r, k, t[k], t[k] / tLambda));
        }
        int m = ks.size();
        double pMin = 1;
        double worst = 0;
        for (Ks one : ks) {
            pMin = Math.min(pMin, one.p());
            worst = Math.max(worst, one.d() / one.dCrit());
        }
        double pBonf = Math.min(1.0, m * pMin);
        double zKs = pBonf >= 0.5 ? 0.0 : -NORMAL.inverseCumulativeProbability(Math.max(pBonf, 1e-300));

        List<Row> rows = new ArrayList<>();
        rows.add(Row.statistical("V9.1", "[none + field-precession] rho(theta, t) from an isotropic start = Eq. 38 "
                + "with Eq. 39 (KS at t/t_lambda = " + joinTaus(ks) + ")", "closed form of Eq. 38, in code",
                Fmt.f("max D / D_crit = %s; smallest p = %s", Fmt.sig(worst, 3), Fmt.sig(pMin, 3)), zKs,
                Fmt.f("Kolmogorov-Smirnov at the %d bin edges, n = %d spins, critical value at alpha = %s: "
                        + "%s / sqrt(n); z from the Bonferroni p over %d times.", r.spec().histogramBins() + 1,
                        ks.isEmpty() ? 0 : ks.get(0).n(), Fmt.g(ALPHA), Fmt.g(K_ALPHA), m)));

        int k1 = RunSeries.indexAt(t, tLambda);
        double tau1 = t[k1] / tLambda;
        double[] cos = new double[r.replicas().size()];
        double[] up = new double[cos.length];
        for (int i = 0; i < cos.length; i++) {
            var s = r.replicas().get(i).get(k1);
            cos[i] = RunSeries.total(s).sz / RunSeries.total(s).nSpin;
            long[] h = s.histogramAxis();
            long above = 0;
            long all = 0;
            for (int b = 0; b < h.length; b++) {
                all += h[b];
                if (b >= h.length / 2) {
                    above += h[b];
                }
            }
            up[i] = (double) above / all;
        }
        Stats.MeanSe mc = Stats.meanSe(cos);
        double meanRef = PrecessionDampingDistribution.meanCos(tau1);
        rows.add(Row.statistical("V9.2", Fmt.f("[none] mean cos(theta) at t = %s t_lambda (= S_z / n_SPIN)", Fmt.g(tau1)),
                Fmt.f("%s = coth(tau) - tau/sinh^2(tau)", Fmt.sig(meanRef, 6)), Fmt.pm(mc.mean(), mc.se()),
                mc.z(meanRef), "The first moment of Eq. 38's solution; an isotropic start has slope 2/3 at t = 0."));
        Stats.MeanSe fu = Stats.meanSe(up);
        double upRef = 1 - PrecessionDampingDistribution.cdfCos(0.0, tau1);
        rows.add(Row.statistical("V9.3", Fmt.f("[none] \"for time longer than t_lambda spins are mainly directed along "
                + "the field\": fraction with theta < 90 deg at t = %s t_lambda", Fmt.g(tau1)),
                Fmt.f("%s (closed form, (1 + tanh(tau))/2)", Fmt.sig(upRef, 6)), Fmt.pm(fu.mean(), fu.se()), fu.z(upRef),
                fu.mean() > 0.5 ? "Mainly along the field indeed: " + Fmt.sig(100 * fu.mean(), 3) + " % of the spins."
                        : "Not mainly along the field."));

        // the paper's own scheme for Fig. 6 against the closed form
        double tauMax = TAUS[TAUS.length - 1];
        PrecessionDampingDistribution.Grid g = PrecessionDampingDistribution.paperScheme(2000, tauMax, 6000);
        double maxDiff = 0;
        double maxRho = 0;
        for (int i = 0; i < g.theta().length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(g.rho()[i] - PrecessionDampingDistribution.density(g.theta()[i], tauMax)));
            maxRho = Math.max(maxRho, g.rho()[i]);
        }
        rows.add(Row.criterion("V9.4", Fmt.f("Eq. 38 stepped as printed (the paper's Fig. 6 scheme, 2000 angles, step "
                + "%s t_lambda) = the closed form at t = %s t_lambda", Fmt.g(tauMax / 6000), Fmt.g(tauMax)),
                "Fig. 6 (numerical solution of Eq. 38)", Fmt.f("max |rho_scheme - rho_closed| = %s (max rho %s)",
                        Fmt.sig(maxDiff, 3), Fmt.sig(maxRho, 4)), maxDiff < 0.01 * maxRho, "below 1 % of max rho",
                "Eq. 38 as printed (first order in the step) converges to the closed form; the figure is redrawn from it."));

        boolean conserved = true;
        for (List<spinsim.core.observe.Snapshot> rep : r.replicas()) {
            conserved &= RunSeries.total(rep.get(0)).nSpin == RunSeries.total(rep.get(rep.size() - 1)).nSpin
                    && RunSeries.total(rep.get(0)).electrons() == RunSeries.total(rep.get(rep.size() - 1)).electrons();
        }
        rows.add(Row.criterion("V9.5", "[none] \"precession damping does not change the number of spins\" "
                + "(integral of rho = 1 at all times)", "n_SPIN constant", conserved ? "n_SPIN and electrons unchanged in "
                        + "every replica" : "n_SPIN changed", conserved, "exact", "The process moves directions only."));

        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v9-fig6.png", fig6(r, t, tLambda));
        charts.put("v9-meancos.png", meanCosChart(r, t, tLambda));
        return new ExperimentResult(id(), title(), rows, section(spec, field, ks, ctx, tau1, maxDiff), charts);
    }

    static ProcessSpec.FieldParameters fieldOf(RunSpec spec, ExperimentContext ctx) throws ConfigException {
        if (!NoScattering.NAME.equals(spec.rule()) || spec.processes().size() != 1
                || !(spec.processes().get(0) instanceof ProcessSpec.FieldPrecessionSpec f)) {
            throw new ConfigException(ctx.config(CONFIG).toString(), "dynamics", null,
                    "V9 needs rule: none and exactly one process, " + FieldPrecession.NAME);
        }
        double[] h = f.field().direction();
        double[] a = spec.axis();
        if (Math.abs(h[0] * a[0] + h[1] * a[1] + h[2] * a[2] - 1) > 1e-9) {
            throw new ConfigException(ctx.config(CONFIG).toString(), "observe.axis", null,
                    "V9 needs observe.axis along the field direction (the histogram is taken about it)");
        }
        return f.field();
    }

    private static String joinTaus(List<Ks> ks) {
        List<String> s = new ArrayList<>();
        for (Ks k : ks) {
            s.add(Fmt.g(k.tau()));
        }
        return String.join(", ", s);
    }

    /** Pooled histogram of cos(theta) about the field at record k. */
    static long[] pooled(RunResult r, int k) {
        long[] sum = null;
        for (var rep : r.replicas()) {
            long[] h = rep.get(k).histogramAxis();
            if (sum == null) {
                sum = new long[h.length];
            }
            for (int b = 0; b < h.length; b++) {
                sum[b] += h[b];
            }
        }
        return sum;
    }

    static Ks ks(RunResult r, int k, double t, double tau) {
        long[] h = pooled(r, k);
        long n = 0;
        for (long c : h) {
            n += c;
        }
        int bins = h.length;
        double d = 0;
        long cum = 0;
        for (int e = 0; e <= bins; e++) {
            double c = -1.0 + 2.0 * e / bins;
            double emp = (double) cum / n;
            d = Math.max(d, Math.abs(emp - PrecessionDampingDistribution.cdfCos(c, tau)));
            if (e < bins) {
                cum += h[e];
            }
        }
        return new Ks(t, tau, n, d, K_ALPHA / Math.sqrt(n), kolmogorovQ(d * Math.sqrt(n)));
    }

    /** P(K > lambda) of the Kolmogorov distribution: 2 sum_{j>=1} (-1)^{j-1} exp(-2 j^2 lambda^2). */
    static double kolmogorovQ(double lambda) {
        if (lambda < 0.2) {
            return 1.0;
        }
        double s = 0;
        for (int j = 1; j <= 100; j++) {
            double term = Math.exp(-2.0 * j * j * lambda * lambda);
            s += (j % 2 == 1 ? term : -term);
            if (term < 1e-300) {
                break;
            }
        }
        return Math.max(0, Math.min(1, 2 * s));
    }

    private static String section(RunSpec spec, ProcessSpec.FieldParameters field, List<Ks> ks, ExperimentContext ctx,
            double tau1, double schemeDiff) {
        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("`: ").append(ExperimentContext.sizeNote(spec, ctx.quick()))
                .append("; rule `none` (no scattering at all), every state a SPIN state with an isotropic direction (Eq. 39), "
                        + "process `field-precession` along +z with t_lambda = ").append(Fmt.g(field.tLambda()))
                .append(" t_sc and omega_L = ").append(Fmt.g(field.omegaL())).append(" rad/t_sc, exact step A2.8 (the "
                        + "Larmor precession turns only the azimuth, so it must not show in rho(theta)). Splitting order: "
                        + "scattering (none), field-precession.\n\n");
        b.append("**Reference, computed in code.** Eq. 38 is the continuity equation of the flow d theta/dt = "
                + "-sin(theta)/t_lambda (Eq. 33); along its characteristics tan(theta/2) = tan(theta0/2) e^{-tau} (A2.8), "
                + "tau = t/t_lambda. From rho(theta, 0) = sin(theta)/2 this gives, with T = tanh(tau), "
                + "rho(theta, t) = (1 - T^2) sin(theta) / (2 (1 - T cos theta)^2) and P(cos theta <= c) = "
                + "(1 - T)(1 + c) / (2 (1 - T c)). sim-core checks this closed form against the numerically integrated "
                + "characteristics (Dormand-Prince) and against Eq. 38 stepped as printed.\n\n");
        b.append("**Kolmogorov-Smirnov.** D = max over the ").append(spec.histogramBins() + 1)
                .append(" bin edges of |empirical CDF - reference CDF| of cos(theta), pooled over the replicas (independent "
                        + "spins). Critical value at alpha = ").append(Fmt.g(ALPHA)).append(": D_crit = ")
                .append(Fmt.g(K_ALPHA)).append(" / sqrt(n) (asymptotic Kolmogorov; conservative for grouped data). The "
                        + "p-value is the asymptotic Kolmogorov tail of D sqrt(n).\n\n");
        b.append("| t / t_lambda | n | D | D_crit (alpha = 0.01) | p |\n|---:|---:|---:|---:|---:|\n");
        for (Ks k : ks) {
            b.append(Fmt.f("| %s | %d | %s | %s | %s |\n", Fmt.g(k.tau()), k.n(), Fmt.sig(k.d(), 3), Fmt.sig(k.dCrit(), 3),
                    Fmt.sig(k.p(), 3)));
        }
        b.append("\n![Fig. 6 redrawn: rho(theta, t) from the particles against Eq. 38](v9-fig6.png)\n\n");
        b.append("![Mean cos(theta) against time](v9-meancos.png)\n\n");
        b.append(Fmt.f("**What the Monte Carlo says.** Without scatterings the particles follow Eq. 38 exactly: the "
                + "spins pile up toward the field, and after t = %s t_lambda most of them point within 90 deg of it, as "
                + "the paper says. The paper's scheme for Fig. 6 (Eq. 38 stepped as printed, first order in the step) "
                + "agrees with the closed form to %s. This is the motion the scatterings interrupt in V10-V12.\n\n",
                Fmt.g(tau1), Fmt.sig(schemeDiff, 2)));
        return b.toString();
    }

    private static XYChart fig6(RunResult r, double[] t, double tLambda) {
        XYChart c = Charts.chart("V9 / Fig. 6: rho(theta, t) without scattering, isotropic start", "theta (deg)",
                "rho(theta, t) (per radian)");
        int thetaBins = 60;
        double[] x = new double[thetaBins];
        for (int j = 0; j < thetaBins; j++) {
            x[j] = (j + 0.5) * 180.0 / thetaBins;
        }
        double[] taus = {0, 0.25, 0.5, 1, 2, 3};
        double yMax = 0;
        int ci = 0;
        for (double tau : taus) {
            int k = RunSeries.indexAt(t, tau * tLambda);
            double tk = t[k] / tLambda;
            long[] h = pooled(r, k);
            long n = 0;
            for (long v : h) {
                n += v;
            }
            double[] y = new double[thetaBins];
            for (int j = 0; j < thetaBins; j++) {
                double lo = Math.toRadians(j * 180.0 / thetaBins);
                double hi = Math.toRadians((j + 1) * 180.0 / thetaBins);
                y[j] = (empiricalCdf(h, n, Math.cos(lo)) - empiricalCdf(h, n, Math.cos(hi))) / (hi - lo);
            }
            int fine = 361;
            double[] xf = new double[fine];
            double[] yf = new double[fine];
            for (int i = 0; i < fine; i++) {
                xf[i] = i * 180.0 / (fine - 1);
                yf[i] = PrecessionDampingDistribution.density(Math.toRadians(xf[i]), tk);
                yMax = Math.max(yMax, yf[i]);
            }
            Color color = COLORS[ci++ % COLORS.length];
            Charts.points(c, "Monte Carlo, t = " + Fmt.g(tk) + " t_lambda", x, y, null).setMarkerColor(color);
            Charts.line(c, "Eq. 38, t = " + Fmt.g(tk) + " t_lambda", xf, yf).setLineColor(color);
        }
        c.getStyler().setXAxisMin(0.0).setXAxisMax(180.0).setYAxisMin(0.0).setYAxisMax(yMax * 1.05);
        return c;
    }

    /** Empirical P(cos theta <= c) from the equal-width histogram, linear within a bin. */
    static double empiricalCdf(long[] h, long n, double c) {
        int bins = h.length;
        double pos = (c + 1.0) * 0.5 * bins;
        int b = (int) Math.floor(pos);
        if (b < 0) {
            return 0;
        }
        if (b >= bins) {
            return 1;
        }
        long cum = 0;
        for (int i = 0; i < b; i++) {
            cum += h[i];
        }
        return (cum + (pos - b) * h[b]) / n;
    }

    private static XYChart meanCosChart(RunResult r, double[] t, double tLambda) {
        XYChart c = Charts.chart("V9: mean cos(theta) = S_z / n_SPIN without scattering", "t / t_lambda", "mean cos(theta)");
        double[][] v = RunSeries.perReplica(r, s -> RunSeries.total(s).sz / RunSeries.total(s).nSpin);
        double[] x = new double[t.length];
        double[] ref = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            x[k] = t[k] / tLambda;
            ref[k] = PrecessionDampingDistribution.meanCos(x[k]);
        }
        Charts.points(c, "Monte Carlo (mean ± SE over replicas)", x, RunSeries.mean(v), RunSeries.se(v));
        Charts.dashed(c, "coth(tau) - tau / sinh^2(tau)", x, ref, Color.BLACK);
        Charts.dashed(c, "initial slope 2/3 (Eq. 43 without the factor 2)", new double[] {0, 1.5},
                new double[] {0, 1.0}, Color.GRAY);
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return c;
    }
}
