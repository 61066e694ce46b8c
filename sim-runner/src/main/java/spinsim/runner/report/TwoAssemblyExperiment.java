package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.core.analytic.TwoAssemblyCascade;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.RunSpec;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepParam;

/**
 * V13 (Sec. 8, Eq. 59-61, Fig. 9): two TIA assemblies (80 / 20 and 98 / 2 at 145 deg, every state
 * SPIN) under the paper rule, the two populations followed by {@code observe.assemblies}, held
 * against the paper's printed statements and against its cascade computed
 * ({@link TwoAssemblyCascade}, steps mapped to t_sc by Eq. 61).
 */
public final class TwoAssemblyExperiment implements Experiment {
    public static final String CONFIG = "v13-two-assemblies.yaml";
    /** The two cases of Fig. 9: the weights of TIA1 and TIA2. */
    static final double[] TIA1 = {0.8, 0.98};
    static final double[] TIA2 = {0.2, 0.02};
    static final String[] LABEL = {"80-20", "98-2"};
    static final String[] FIG = {"9a", "9b"};
    /** The paper's thresholds, quoted: angle below 0.1 deg "after 10-15 scatterings"; conversion "during the first 3-4". */
    static final double MERGED_DEG = 0.1;
    static final double MERGE_BY = 15;
    static final double EARLY = 4;
    /** Below this fraction of the electrons the coherent spins are too few to define a width. */
    static final double MIN_COHERENT = 0.01;

    @Override
    public String id() {
        return "V13";
    }

    @Override
    public String title() {
        return "Two TIA assemblies combine (Sec. 8, Eq. 59-61, Fig. 9)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    /** One case: its series, the cascade, and the per-replica measures. */
    record Case(String label, String fig, AssemblySeries s, List<TwoAssemblyCascade.Step> cascade,
            Stats.MeanSe mergeTime, int merged, Stats.MeanSe dissolveTime, Stats.MeanSe earlyShare, double cascadeEarlyShare,
            Stats.MeanSe converted, Stats.MeanSe rotation, TwoAssemblyCascade.Outcome outcome, double horizon,
            Stats.MeanSe lossAfter) {
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        SweepParam w2 = SweepParam.parse("ensemble.spins[1].weight=" + AssemblyRuns.join(TIA2));
        List<Sweep.Point> done = AssemblyRuns.scan(ctx, CONFIG, "ensemble.spins[0].weight", TIA1, "V13", w2);
        List<Case> cases = new ArrayList<>();
        for (int c = 0; c < done.size(); c++) {
            cases.add(analyse(LABEL[c], FIG[c], AssemblySeries.of(done.get(c).result())));
        }
        List<Row> rows = new ArrayList<>();
        int id = 1;
        for (Case c : cases) {
            rows.addAll(rows(c, id));
            id += 4;
        }
        Map<String, XYChart> charts = new LinkedHashMap<>();
        for (Case c : cases) {
            charts.put("v13-" + c.label() + "-occupations.png", occupations(c));
            charts.put("v13-" + c.label() + "-angles.png", angles(c));
        }
        charts.put("v13-angle-between.png", between(cases));
        return new ExperimentResult(id(), title(), rows, section(ctx, done, cases), charts);
    }

    static Case analyse(String label, String fig, AssemblySeries s) {
        List<TwoAssemblyCascade.Step> casc = TwoAssemblyCascade.run(s.n1(), s.n2(), 0, s.thetaRad(), s.electrons(),
                TwoAssemblyCascade.FINAL_ANGLE, 200);
        int reps = s.f1().length;
        List<Double> merge = new ArrayList<>();
        List<Double> gone = new ArrayList<>();
        double[] early = new double[reps];
        double[] conv = new double[reps];
        double[] rot = new double[reps];
        int kEarly = RunSeries.indexAt(s.t(), EARLY);
        TwoAssemblyCascade.Outcome out = TwoAssemblyCascade.outcome(s.n1(), s.n2(), 0, s.thetaRad(), s.electrons(),
                Math.toRadians(MERGED_DEG));
        // compared when the cascade itself is done (angle below 0.1 deg, Eq. 61 time): under the paper
        // rule the particles keep converting after that, so a later horizon would only add that loss
        int kH = RunSeries.indexAt(s.t(), out.timeToThreshold());
        double[] after = new double[reps];
        for (int i = 0; i < reps; i++) {
            double[] tm = mergeOrDissolve(s.t(), s.widthDeg()[i], s.coherent()[i]);
            if (!Double.isNaN(tm[0])) {
                merge.add(tm[0]);
            } else if (!Double.isNaN(tm[1])) {
                gone.add(tm[1]);
            }
            double[] sp = s.spin()[i];
            early[i] = (sp[0] - sp[kEarly]) / (sp[0] - sp[kH]);
            conv[i] = s.converted()[i][kH];
            rot[i] = s.psiSDeg()[i][kH];
            after[i] = kH < s.last() ? TorqueFit.slope(s.t(), s.t(), s.converted()[i], s.t()[kH]) : Double.NaN;
        }
        double s0 = casc.get(0).spinMagnitude();
        double cEarly = (s0 - cascadeAt(casc, EARLY).spinMagnitude()) / (s0 - casc.get(casc.size() - 1).spinMagnitude());
        return new Case(label, fig, s, casc, meanOrNaN(merge), merge.size(), meanOrNaN(gone), Stats.meanSe(early), cEarly,
                Stats.meanSe(conv), Stats.meanSe(rot), out, s.t()[kH], Stats.meanSe(after));
    }

    /**
     * {first time the coherent width falls below 0.1 deg while the coherent spins are at least
     * {@link #MIN_COHERENT} of the electrons, first time they fall below that}, interpolated; NaN
     * for what does not happen.
     */
    static double[] mergeOrDissolve(double[] t, double[] width, double[] coherent) {
        for (int k = 0; k < t.length; k++) {
            if (coherent[k] < MIN_COHERENT) {
                return new double[] {Double.NaN, t[k]};
            }
            if (width[k] < MERGED_DEG) {
                if (k == 0) {
                    return new double[] {t[0], Double.NaN};
                }
                // interpolate in log(width): the width shrinks geometrically
                double a = Math.log(width[k - 1]);
                double b = Math.log(width[k]);
                double f = (a - Math.log(MERGED_DEG)) / (a - b);
                return new double[] {t[k - 1] + f * (t[k] - t[k - 1]), Double.NaN};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static Stats.MeanSe meanOrNaN(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        return a.length > 0 ? Stats.meanSe(a) : new Stats.MeanSe(Double.NaN, Double.NaN, 0);
    }

    /** The cascade's step in force at time t (the last step at or before t). */
    static TwoAssemblyCascade.Step cascadeAt(List<TwoAssemblyCascade.Step> casc, double t) {
        TwoAssemblyCascade.Step at = casc.get(0);
        for (TwoAssemblyCascade.Step st : casc) {
            if (st.time() <= t) {
                at = st;
            }
        }
        return at;
    }

    private static List<Row> rows(Case c, int id) {
        List<Row> rows = new ArrayList<>();
        String tag = "[" + c.label().replace('-', '/') + "]";
        TwoAssemblyCascade.Outcome o = c.outcome();
        int reps = c.s().f1().length;
        boolean allMerged = c.merged() == reps;
        boolean met = allMerged && c.mergeTime().mean() <= MERGE_BY;
        String mc = allMerged ? Fmt.pm(c.mergeTime().mean(), c.mergeTime().se()) + " t_sc"
                : c.dissolveTime().n() > 0 ? Fmt.f("never: the coherent spins fell below %s %% of the electrons at %s t_sc "
                        + "(%d of %d replicas) with the width still above 0.1 deg", Fmt.g(100 * MIN_COHERENT),
                        Fmt.pm(c.dissolveTime().mean(), c.dissolveTime().se()), c.dissolveTime().n(), reps)
                        : Fmt.f("not below 0.1 deg by %s t_sc", Fmt.g(c.s().t()[c.s().last()]));
        rows.add(Row.criterion("V13." + id, tag + " the angle between the assemblies is below 0.1 deg after 10-15 scatterings",
                "10-15 scatterings", mc, met, "RMS width of the coherent spins below 0.1 deg by 15 t_sc",
                Fmt.f("Cascade: %d steps = %s t_sc by Eq. 61. %s", o.stepsToThreshold(), Fmt.sig(o.timeToThreshold(), 3),
                        met ? "The particles' width shrinks by about 2^(-1/2) per t_sc (the bisector of two random "
                                + "members halves the variance), slower than the cascade's halving of one angle per step."
                                : "The particles' coherent populations shrink by averaging random pairs (width x 2^(-1/2) "
                                + "per t_sc), and the FULL + EMPTY pairs the interaction makes turn into TIS spins that "
                                + "dissolve the coherent populations first.")));
        rows.add(Row.criterion("V13." + (id + 1), tag + " the conversion to TIS happens mostly in the first 3-4 scatterings",
                "\"significant conversion\" in the first 3-4", Fmt.f("%s of the loss of |S| up to t = %s happened by t = %s",
                        Fmt.pm(c.earlyShare().mean(), c.earlyShare().se()), Fmt.g(c.horizon()), Fmt.g(EARLY)),
                c.earlyShare().mean() >= 0.5, "at least half of the loss up to the cascade's end by t = 4 t_sc",
                Fmt.f("Cascade: %s of its whole loss by t = %s t_sc.%s", Fmt.sig(c.cascadeEarlyShare(), 3), Fmt.g(EARLY),
                        c.earlyShare().mean() >= 0.5 ? "" : " In the Monte Carlo the loss goes on: the paper rule's TIA "
                                + "+ TIS scatterings keep converting (V5).")));
        String after = Double.isNaN(c.lossAfter().mean()) ? "" : Fmt.f(" After it, 1 - |S|/electrons still grows by %s per t_sc "
                + "(the paper rule's TIA + TIS scatterings, V5): a later horizon would read more.",
                Fmt.pm(c.lossAfter().mean(), c.lossAfter().se()));
        rows.add(Row.statistical("V13." + (id + 2), tag + Fmt.f(" electrons converted out of the TIA (1 - |S|/electrons) when "
                + "the cascade is done (t = %s t_sc), against the cascade's final TIS", Fmt.g(c.horizon())),
                Fmt.f("%s (cascade, computed)", Fmt.sig(o.tisFraction(), 4)),
                Fmt.pm(c.converted().mean(), c.converted().se()), c.converted().z(o.tisFraction()),
                (Math.abs(c.converted().z(o.tisFraction())) <= Row.THRESHOLD ? "The cascade's count of the annihilated "
                        + "electrons holds." : "The Monte Carlo converts more: besides the cascade's annihilations, the "
                        + "TIS made by them scatters with the TIA (the paper rule does not conserve n_TIA, V5).") + after));
        rows.add(Row.statistical("V13." + (id + 3), tag + Fmt.f(" rotation of the combined TIA (direction of S) from TIA1's "
                + "direction at t = %s t_sc", Fmt.g(c.horizon())), Fmt.f("%s deg (cascade, computed)", Fmt.sig(Math.toDegrees(o.rotation()), 4)),
                Fmt.pm(c.rotation().mean(), c.rotation().se()) + " deg", c.rotation().z(Math.toDegrees(o.rotation())),
                "Toward TIA2, in the plane of the two initial directions."));
        return rows;
    }

    private static String section(ExperimentContext ctx, List<Sweep.Point> done, List<Case> cases) {
        RunSpec spec = done.get(0).point().spec();
        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("`: ").append(ExperimentContext.sizeNote(spec, ctx.quick()))
                .append("; rule `").append(spec.rule()).append("`; every state SPIN at t = 0 (no FULL, EMPTY or TIS); ")
                .append("run as written (80 / 20) and with weights 0.98 / 0.02.\n\n");
        b.append("**How the populations are found.** Under the paper rule two spins that do not annihilate both take the "
                + "bisector of their directions, computed bit-identically for identical inputs, so a coherent population "
                + "shares its directions while a TIS spin (from a FULL + EMPTY pair, or its bisector with anything) has a "
                + "direction of its own. The run groups SPIN states by direction (rounded to 1.5e-5, because a renormalised "
                + "bisector can move by a float ulp), keeps the groups above a minimum size as coherent, and splits them "
                + "into two assemblies by weighted 2-means on the sphere, seeded from the previous record (assemblies.csv). "
                + "The partition describes the early dynamics: coherent spins dwindle once TIS spins scatter with them or "
                + "the bisector tree spreads them over directions held by few states.\n\n");
        b.append("**The cascade** (Eq. 59-61, computed): the smaller assembly pairs with as many electrons of the larger; "
                + "each pair keeps the bisector with cos^2(Delta/2) or goes to TIS with sin^2(Delta/2); Delta halves per "
                + "step; step k lasts N / n_large,k t_sc (Eq. 61 with the expected n1 n2 / N TIA1-TIA2 pairs per t_sc). "
                + "Eq. 60 as printed adds 2 n_TIA2,0 sin^2(theta/4) to TIS, which breaks the electron count; the cascade "
                + "uses 2 n_TIA1,1 sin^2(theta/4) (the smaller assembly of step 2).\n\n");
        b.append("**Measures.** The width of the coherent spins (RMS angle around their common centre, both assemblies) "
                + "stands for the paper's angle between the assemblies; the populations' sizes and directions come from "
                + "the partition while they are identifiable (at least " + Fmt.g(100 * MIN_COHERENT) + " % of the "
                + "electrons). The converted electrons and the rotation use S, which needs no identification: "
                + "1 - |S| / electrons and the direction of S, at the time the cascade is done (its angle below 0.1 deg, "
                + "Eq. 61 time; the cascade's |S| starts at the same value, n1 s1 + n2 s2). 1 - |S| / electrons at t = 0 "
                + "is not zero: the two assemblies' vectors partly cancel.\n\n");
        b.append("| case | n1 : n2 | MC: width < 0.1 deg at (t_sc) | cascade: steps, t_sc | MC converted then | cascade "
                + "converted | MC rotation then (deg) | cascade rotation (deg) |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Case c : cases) {
            TwoAssemblyCascade.Outcome o = c.outcome();
            b.append(Fmt.f("| Fig. %s | %s | %s | %d, %s | %s | %s | %s | %s |\n", c.fig(), c.label().replace('-', ':'),
                    c.merged() == c.s().f1().length ? Fmt.pm(c.mergeTime().mean(), c.mergeTime().se())
                            : c.dissolveTime().n() > 0 ? "dissolved at " + Fmt.sig(c.dissolveTime().mean(), 3) : "not reached",
                    o.stepsToThreshold(), Fmt.sig(o.timeToThreshold(), 3), Fmt.pm(c.converted().mean(), c.converted().se()),
                    Fmt.sig(o.tisFraction(), 4), Fmt.pm(c.rotation().mean(), c.rotation().se()),
                    Fmt.sig(Math.toDegrees(o.rotation()), 4)));
        }
        b.append("\n");
        for (Case c : cases) {
            b.append("![Fig. ").append(c.fig()).append(": occupations](v13-").append(c.label()).append("-occupations.png)\n\n");
            b.append("![Fig. ").append(c.fig()).append(" inset: angles](v13-").append(c.label()).append("-angles.png)\n\n");
        }
        b.append("![Angle between the assemblies](v13-angle-between.png)\n\n");
        return b.toString();
    }

    private static XYChart occupations(Case c) {
        XYChart ch = Charts.chart("V13 (Fig. " + c.fig() + "): two TIA assemblies, " + c.label().replace('-', '/') + " at "
                + Fmt.g(Math.round(Math.toDegrees(c.s().thetaRad()))) + " deg", "time (t_sc = scatterings per electron)",
                "fraction of the electrons");
        AssemblySeries s = c.s();
        Charts.line(ch, "MC TIA1", s.t(), RunSeries.mean(s.f1())).setLineColor(new Color(0xd62728));
        Charts.line(ch, "MC TIA2", s.t(), RunSeries.mean(s.f2())).setLineColor(new Color(0x1f77b4));
        Charts.line(ch, "MC either TIA", s.t(), RunSeries.mean(s.coherent())).setLineColor(new Color(0x2ca02c));
        Charts.line(ch, "MC |S| / electrons", s.t(), RunSeries.mean(s.spin())).setLineColor(Color.BLACK);
        double tMax = s.t()[s.last()];
        List<TwoAssemblyCascade.Step> st = upTo(c.cascade(), tMax);
        double tot = st.get(0).total();
        Charts.dashed(ch, "cascade TIA1", times(st), AssemblyRuns.xs(st.size(), i -> st.get(i).n1() / tot), new Color(0xd62728));
        Charts.dashed(ch, "cascade TIA2", times(st), AssemblyRuns.xs(st.size(), i -> st.get(i).n2() / tot), new Color(0x1f77b4));
        Charts.dashed(ch, "cascade either", times(st), AssemblyRuns.xs(st.size(), i -> (st.get(i).n1() + st.get(i).n2()) / tot),
                new Color(0x2ca02c));
        Charts.dashed(ch, "cascade TIS", times(st), AssemblyRuns.xs(st.size(), i -> st.get(i).nTis() / tot), new Color(0xbcbd22));
        Charts.dashed(ch, "cascade |S| / electrons", times(st), AssemblyRuns.xs(st.size(), i -> st.get(i).spinMagnitude() / tot),
                Color.BLACK);
        ch.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return ch;
    }

    private static XYChart angles(Case c) {
        XYChart ch = Charts.chart("V13 (Fig. " + c.fig() + " inset): directions of the assemblies, " + c.label().replace('-', '/'),
                "time (t_sc)", "angle from TIA1's initial direction (deg)");
        AssemblySeries s = c.s();
        Charts.line(ch, "MC TIA1", s.t(), RunSeries.mean(s.psi1Deg())).setLineColor(new Color(0xd62728));
        Charts.line(ch, "MC TIA2", s.t(), RunSeries.mean(s.psi2Deg())).setLineColor(new Color(0x1f77b4));
        Charts.line(ch, "MC total spin S", s.t(), RunSeries.mean(s.psiSDeg())).setLineColor(Color.BLACK);
        List<TwoAssemblyCascade.Step> st = upTo(c.cascade(), s.t()[s.last()]);
        Charts.dashed(ch, "cascade TIA1", times(st), AssemblyRuns.xs(st.size(), i -> Math.toDegrees(st.get(i).psi1())),
                new Color(0xd62728));
        Charts.dashed(ch, "cascade TIA2", times(st), AssemblyRuns.xs(st.size(), i -> Math.toDegrees(st.get(i).psi2())),
                new Color(0x1f77b4));
        ch.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return ch;
    }

    private static XYChart between(List<Case> cases) {
        XYChart ch = Charts.chart("V13: angle between the two assemblies and width of the coherent spins (log scale)", "time (t_sc)", "angle (deg)");
        ch.getStyler().setYAxisLogarithmic(true);
        double floor = 1e-4;
        for (Case c : cases) {
            AssemblySeries s = c.s();
            double[] m = RunSeries.mean(s.betweenDeg());
            double[] w = RunSeries.mean(s.widthDeg());
            Charts.line(ch, "MC angle between " + c.label().replace('-', '/'), s.t(), AssemblyRuns.xs(m.length, i -> Math.max(floor, m[i])));
            Charts.line(ch, "MC width " + c.label().replace('-', '/'), s.t(), AssemblyRuns.xs(w.length, i -> Math.max(floor, w[i])));
            List<TwoAssemblyCascade.Step> st = upTo(c.cascade(), s.t()[s.last()]);
            Charts.dashed(ch, "cascade " + c.label().replace('-', '/'), times(st),
                    AssemblyRuns.xs(st.size(), i -> Math.max(floor, Math.toDegrees(st.get(i).angleBetween()))), null);
        }
        double t1 = cases.get(0).s().t()[cases.get(0).s().last()];
        Charts.hline(ch, "0.1 deg (paper)", MERGED_DEG, 0, t1, Color.GRAY);
        ch.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return ch;
    }

    private static List<TwoAssemblyCascade.Step> upTo(List<TwoAssemblyCascade.Step> casc, double tMax) {
        List<TwoAssemblyCascade.Step> out = new ArrayList<>();
        for (TwoAssemblyCascade.Step st : casc) {
            if (st.time() <= tMax) {
                out.add(st);
            }
        }
        return out;
    }

    private static double[] times(List<TwoAssemblyCascade.Step> st) {
        return AssemblyRuns.xs(st.size(), i -> st.get(i).time());
    }
}
