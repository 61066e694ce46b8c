package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.SpinConservingRule;
import spinsim.runner.config.ConfigException;
import spinsim.runner.sweep.SweepParam;

/**
 * V12 (Sec. 7, Eq. 55-58): the polarization of a ferromagnet's conduction electrons,
 * x = k tau_spin / (t_lambda,exch + k tau_spin), against tau_spin / t_lambda,exch, under the paper
 * rule and under the spin-conserving rule (which has no intrinsic loss of spin), each held against
 * Eq. 58 as printed (k = 4/3) and against the prediction derived for the Monte Carlo
 * ({@link SteadyTiaModel#sweep}: k from E[cos theta](r) per step without the factor 2, plus the
 * paper rule's own loss).
 */
public final class FerromagnetExperiment implements Experiment {
    public static final String CONFIG = "v12-ferromagnet.yaml";
    static final String TAU = "dynamics.processes[1].tau_spin";
    /** tau_spin / t_lambda,exch of the sweep. */
    static final double[] RATIOS = {0.1, 0.3162, 1, 3.162, 10, 31.62, 100};
    /** Relative tolerance of the criterion rows for the first-order derived model. */
    static final double MODEL_TOLERANCE = 0.10;

    @Override
    public String id() {
        return "V12";
    }

    @Override
    public String title() {
        return "Ferromagnet: conduction-electron polarization x against tau_spin / t_lambda,exch (Sec. 7, Eq. 55-58)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    record P(String rule, double ratio, double tau, double n, Stats.MeanSe xMean, double printed, double printedHalf,
            double derived, double k, double kSe, double withMeasuredK, FieldSweeps.Steady steady) {
        double x() {
            return xMean.mean();
        }

        double xSe() {
            return xMean.se();
        }
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        List<String> rules = List.of(PaperRule.NAME, SpinConservingRule.NAME);
        Map<String, List<P>> byRule = new LinkedHashMap<>();
        List<FieldSweeps.Steady> all = new ArrayList<>();
        double tLambda = Double.NaN;
        for (String rule : rules) {
            List<SweepParam> params = new ArrayList<>();
            // t_lambda,exch is read from the config; tau = ratio x t_lambda,exch
            params.add(SweepParam.parse(TAU + "=" + taus(ctx)));
            params.add(FieldSweeps.constant("dynamics.rule", rule, RATIOS.length));
            if (ctx.quick()) {
                params.add(FieldSweeps.constant("dynamics.duration", "200", RATIOS.length));
            }
            List<FieldSweeps.Steady> pts = FieldSweeps.run(ctx, CONFIG, params, s -> s, "V12 [" + rule + "]");
            all.addAll(pts);
            List<P> ps = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                FieldSweeps.Steady p = pts.get(i);
                tLambda = p.tLambda();
                double n = FieldSweeps.Steady.avg(p.nSpin());
                Stats.MeanSe x = p.mean(p.x());
                double r = p.r();
                double printed = SteadyTiaModel.printed(1, SteadyTiaModel.paperK(r), p.tLambda(), p.tauSpin());
                double half = SteadyTiaModel.printed(1, SteadyTiaModel.derivedK(r, false), p.tLambda(), p.tauSpin());
                boolean loss = rule.equals(PaperRule.NAME);
                double derived = SteadyTiaModel.sweep(n, p.states(), r, p.tauSpin(), loss) / n;
                Stats.MeanSe k = p.mean(p.k());
                // the same balance with the field's gain per TIS spin as measured by the spin budget
                double withK = SteadyTiaModel.sweepWithGain(n, p.states(), k.mean() / p.tLambda(), p.tauSpin(), loss) / n;
                ps.add(new P(rule, p.tauSpin() / p.tLambda(), p.tauSpin(), n, x, printed, half, derived,
                        k.mean(), k.se(), withK, p));
            }
            byRule.put(rule, ps);
        }
        List<Row> rows = new ArrayList<>();
        int id = 1;
        for (String rule : rules) {
            List<P> ps = byRule.get(rule);
            P one = ps.get(indexOf(ps, 1.0));
            P top = ps.get(ps.size() - 1);
            boolean paper = rule.equals(PaperRule.NAME);
            rows.add(Row.statistical("V12." + id++, Fmt.f("[%s] x at tau_spin / t_lambda,exch = %s = k tau/(t_lambda + k tau) "
                    + "(Eq. 58, k = 4/3)", rule, Fmt.g(one.ratio())), Fmt.f("%s (Eq. 58 in code, k = %s)",
                            Fmt.sig(one.printed(), 5), Fmt.sig(SteadyTiaModel.paperK(1 / tLambda), 5)),
                    Fmt.pm(one.x(), one.xSe()), one.xMean().z(one.printed()),
                    paper ? "Far below: k is 2/3, and the rule's own loss shortens the TIA lifetime."
                            : "Below: without the factor 2 of A1.7, k is 2/3."));
            String derivedWhat = paper ? "derived (k = 2/3 per step gain, loss 1/tau_spin + n_TIS/(5 n_states t_sc))"
                    : "Eq. 58 with k = 2/3 (E[cos theta](r)/r; no intrinsic loss)";
            rows.add(Row.statistical("V12." + id++, Fmt.f("[%s] same, against the %s", rule, derivedWhat),
                    Fmt.f("%s (in code)", Fmt.sig(one.derived(), 5)), Fmt.pm(one.x(), one.xSe()),
                    one.xMean().z(one.derived()), Fmt.f("Measured / derived = %s; first order in x, and the "
                            + "gas is not exactly delta + isotropic (V4, V10).", Fmt.sig(one.x() / one.derived(), 4))));
            if (paper) {
                rows.add(Row.statistical("V12." + id++, Fmt.f("[%s] x at tau_spin / t_lambda,exch = %s (weak spin flips)",
                        rule, Fmt.g(top.ratio())), Fmt.f("%s (Eq. 58, k = 4/3)", Fmt.sig(top.printed(), 5)),
                        Fmt.pm(top.x(), top.xSe()), top.xMean().z(top.printed()),
                        Fmt.f("Capped: with rare spin flips the paper rule's own loss (time 5 n_states / n_TIS t_sc) "
                                + "limits x; derived %s.", Fmt.sig(top.derived(), 4))));
            }
            double worst = 0;
            for (P p : ps) {
                worst = Math.max(worst, Math.abs(p.x() / p.derived() - 1));
            }
            double worstK = 0;
            for (P p : ps) {
                worstK = Math.max(worstK, Math.abs(p.x() / p.withMeasuredK() - 1));
            }
            rows.add(Row.criterion("V12." + id++, Fmt.f("[%s] the balance of Eq. 55-57 holds once k is the measured "
                    + "conversion (spin budget) over the whole sweep", rule), "Eq. 57: gain = loss",
                    Fmt.f("largest |x / balance(k measured) - 1| = %s", Fmt.sig(worstK, 3)), worstK <= 0.03,
                    "within 3 %", worstK <= 0.03 ? "What the first-order model misses is only how k grows with x (the "
                            + "TIA is a tilt, not a delta: V10.3)." : paper ? "The measured k with the first-order loss "
                            + "overshoots: the rule's own loss also grows with x (V10, table b: up to 1.4 times (1/5) S "
                            + "n_TIS/n_states), so the first-order model's closeness is partly a cancellation of the two."
                            : "Even with the measured k the balance is off."));
            rows.add(Row.criterion("V12." + id++, Fmt.f("[%s] the derived prediction over the whole sweep "
                    + "(tau_spin / t_lambda,exch = %s..%s)", rule, Fmt.g(ps.get(0).ratio()), Fmt.g(top.ratio())),
                    "derived model, first order in x", Fmt.f("largest |x / derived - 1| = %s", Fmt.sig(worst, 3)),
                    worst <= MODEL_TOLERANCE, Fmt.f("within %s %%", Fmt.g(100 * MODEL_TOLERANCE)),
                    worst <= MODEL_TOLERANCE ? "The two findings (k = 2/3, the rule's own loss) account for the "
                            + "polarization to first order." : "The first-order model misses part of it."));
        }
        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v12-ferromagnet-x.png", chart(byRule));
        return new ExperimentResult(id(), title(), rows, section(ctx, byRule, all, tLambda), charts);
    }

    private static String taus(ExperimentContext ctx) throws ConfigException {
        // t_lambda,exch from the config itself, so the ratios stay right if the config changes it
        var spec = ctx.runSpec(CONFIG);
        double tl = Double.NaN;
        for (var p : spec.processes()) {
            if (p instanceof spinsim.runner.config.ProcessSpec.ExchangeFieldSpec e) {
                tl = e.field().tLambda();
            }
        }
        if (Double.isNaN(tl)) {
            throw new ConfigException(ctx.config(CONFIG).toString(), "dynamics.processes", null,
                    "V12 needs an exchange-field process (and spin-relaxation as processes[1])");
        }
        StringBuilder b = new StringBuilder();
        for (double r : RATIOS) {
            b.append(b.length() == 0 ? "" : ",").append(Fmt.g(r * tl));
        }
        return b.toString();
    }

    static int indexOf(List<P> ps, double ratio) {
        int best = 0;
        for (int i = 1; i < ps.size(); i++) {
            if (Math.abs(Math.log(ps.get(i).ratio() / ratio)) < Math.abs(Math.log(ps.get(best).ratio() / ratio))) {
                best = i;
            }
        }
        return best;
    }

    private static String section(ExperimentContext ctx, Map<String, List<P>> byRule, List<FieldSweeps.Steady> all,
            double tLambda) {
        StringBuilder b = new StringBuilder();
        var spec = all.get(0).spec();
        b.append("Config `configs/").append(CONFIG).append("`: ").append(ExperimentContext.sizeNote(spec, ctx.quick()))
                .append("; exchange-field along +z (the d-electron direction) with t_lambda,exch = ").append(Fmt.g(tLambda))
                .append(" t_sc (t_sc/t_lambda,exch = ").append(Fmt.g(1 / tLambda)).append("), spin flips with tau_spin = ")
                .append("ratio x t_lambda,exch. Splitting order: ")
                .append(String.join(", ", all.get(0).point().result().stageOrder()))
                .append(". One sweep of the config per rule, each point with the config's seed.\n\n");
        b.append("**Pairing.** Sweep (one matching per t_sc): at t_sc/t_lambda,exch = 0.1 a spin turns by at most 0.1 rad "
                + "between scatterings, and the sweep's per-step field gain E[cos theta](0.1) = "
                + Fmt.sig(spinsim.core.analytic.PrecessionDampingDistribution.meanCos(1 / tLambda), 5)
                + " per isotropic spin is exact, so the derived model carries no discretisation error.\n\n");
        b.append("**Estimator.** x = S_z / n_SPIN with S_z the spin projected on the magnetisation (unbiased), steady "
                + "window from the detector, SE over replicas.\n\n");
        b.append("**Derived prediction** (SteadyTiaModel.sweep): per step, scatter (the paper rule keeps 1 - n_TIS/(5 n_states) "
                + "of S; the spin-conserving rule all of it), field (the TIS spins gain E[cos theta](r) each: k = 2/3 in the "
                + "limit, no factor 2), spin flips (S times exp(-1/tau_spin)); the fixed point with the measured "
                + "n_SPIN.\n\n");
        b.append("| rule | tau_spin/t_lambda,exch | n_SPIN | x (Monte Carlo) | Eq. 58 printed (k = 4/3) | Eq. 58, k = 2/3 "
                + "| derived | k measured | derived with measured k | relaxation time | steady from |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (List<P> ps : byRule.values()) {
            for (P p : ps) {
                var d = p.steady().detection();
                b.append(Fmt.f("| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", p.rule(), Fmt.g(p.ratio()),
                        Fmt.g(Math.round(p.n())), Fmt.pm(p.x(), p.xSe()), Fmt.sig(p.printed(), 4),
                        Fmt.sig(p.printedHalf(), 4), Fmt.sig(p.derived(), 4), Fmt.pm(p.k(), p.kSe()),
                        Fmt.sig(p.withMeasuredK(), 4),
                        Double.isNaN(d.tau()) ? "-" : Fmt.pm(d.tau(), d.tauSe()), d.steady() ? Fmt.g(d.startTime())
                                : "not steady"));
            }
        }
        b.append("\n").append(FieldSweeps.unsteady(all));
        b.append("![Ferromagnet polarization against tau_spin / t_lambda,exch](v12-ferromagnet-x.png)\n\n");
        List<P> paper = byRule.get(PaperRule.NAME);
        List<P> cons = byRule.get(SpinConservingRule.NAME);
        P pt = paper.get(paper.size() - 1);
        P ct = cons.get(cons.size() - 1);
        P c0 = cons.get(0);
        double consK = 0;
        double paperDerived = 0;
        for (P p : cons) {
            consK = Math.max(consK, Math.abs(p.x() / p.withMeasuredK() - 1));
        }
        for (P p : paper) {
            paperDerived = Math.max(paperDerived, Math.abs(p.x() / p.derived() - 1));
        }
        b.append(Fmt.f("**What the Monte Carlo says.** The exchange field does polarise the conduction electrons as "
                + "Section 7 says, x rising with tau_spin / t_lambda,exch, but Eq. 58 as printed overstates it everywhere. "
                + "Under the spin-conserving rule (no loss of spin by scattering) x starts on Eq. 58 with k = 2/3 "
                + "(x = %s against %s at tau_spin / t_lambda,exch = %s; printed: %s) and rises above it as the gas "
                + "polarises, because k itself grows with x (the TIA is a tilt of all the spins, V10.3); with the k "
                + "measured by the spin budget the balance of Eq. 55-57 holds to %s %%. Under the paper rule x saturates "
                + "well below 1 (x = %s at tau_spin / t_lambda,exch = %s, where Eq. 58 gives %s and the spin-conserving "
                + "rule %s): the paper's own scattering rule is a spin-relaxation mechanism of its own (time "
                + "5 n_states / n_TIS t_sc), which Eq. 56 leaves out. The first-order derived model (k = 2/3 and that "
                + "loss) follows the paper-rule Monte Carlo to %s %% over the whole sweep.\n\n",
                Fmt.pm(c0.x(), c0.xSe()), Fmt.sig(c0.derived(), 3), Fmt.g(c0.ratio()), Fmt.sig(c0.printed(), 3),
                Fmt.sig(100 * consK, 2), Fmt.pm(pt.x(), pt.xSe()), Fmt.g(pt.ratio()), Fmt.sig(pt.printed(), 3),
                Fmt.pm(ct.x(), ct.xSe()), Fmt.sig(100 * paperDerived, 2)));
        return b.toString();
    }

    private static XYChart chart(Map<String, List<P>> byRule) {
        XYChart c = Charts.chart("V12: ferromagnet, polarization x against tau_spin / t_lambda,exch",
                "tau_spin / t_lambda,exch", "x = n_TIA / n_SPIN");
        c.getStyler().setXAxisLogarithmic(true);
        List<P> any = byRule.values().iterator().next();
        int n = any.size();
        double[] rx = new double[n];
        double[] printed = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            rx[i] = any.get(i).ratio();
            printed[i] = any.get(i).printed();
            half[i] = any.get(i).printedHalf();
        }
        for (Map.Entry<String, List<P>> e : byRule.entrySet()) {
            double[] x = new double[n];
            double[] se = new double[n];
            double[] der = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = e.getValue().get(i).x();
                se[i] = e.getValue().get(i).xSe();
                der[i] = e.getValue().get(i).derived();
            }
            Color color = e.getKey().equals(PaperRule.NAME) ? new Color(0x1f77b4) : new Color(0x2ca02c);
            Charts.points(c, "Monte Carlo, " + e.getKey(), rx, x, se).setMarkerColor(color);
            Charts.line(c, "derived, " + e.getKey(), rx, der).setLineColor(color);
        }
        Charts.dashed(c, "Eq. 58 printed (k = 4/3)", rx, printed, Color.BLACK);
        Charts.dashed(c, "Eq. 58 with k = 2/3", rx, half, Color.GRAY);
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return c;
    }
}
