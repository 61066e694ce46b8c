package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.core.analytic.TwoAssemblyCascade;
import spinsim.core.observe.CellTally;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepParam;

/**
 * V15 (Sec. 8, Eq. 62-63, Fig. 11): a small continuous injection of spins at angle phi into a gas
 * polarized along +z. The torque coefficient A(phi) and the conversion coefficient B(phi) are
 * fitted per replica ({@link TorqueFit}) over a scan of phi (the sweep machinery), and held against
 * the paper's "A ~ 57, B ~ 2 at small angles" and against the paper's own method computed: the
 * cascade of Eq. 59-61 in the limit of a small second assembly
 * ({@link TwoAssemblyCascade#injectionLimit}).
 */
public final class InjectionTorqueExperiment implements Experiment {
    public static final String CONFIG = "v15-injection-torque.yaml";
    static final String ANGLE = "dynamics.processes[0].polar_deg";
    /** The scan of the injection angle (degrees from the TIA). */
    static final double[] ANGLES = {10, 20, 30, 45, 60, 90, 120, 150};
    /** Fits start after this transient (t_sc): the first injected spins are absorbed within a few t_sc. */
    static final double FIT_FROM = 5.0;
    /**
     * B's fit is repeated from these starts: half their difference is B's systematic error (the
     * injection's conversion and the rule's own loss are nearly collinear regressors, so the split
     * depends on the window).
     */
    static final double FIT_EARLY = 3.0;
    static final double FIT_LATE = 8.0;
    /** The paper's printed small-angle values (Fig. 11), quoted as references. */
    static final double PAPER_A_SMALL = 57;
    static final double PAPER_B_SMALL = 2;

    @Override
    public String id() {
        return "V15";
    }

    @Override
    public String title() {
        return "Spin torque of a small continuous injection: coefficients A(phi) and B(phi) (Sec. 8, Eq. 62-63, Fig. 11)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    /** One scan point: A (rad) and B with their SEs over replicas, and the cascade's values. */
    record P(double phiDeg, Stats.MeanSe a, Stats.MeanSe b, double bSyst, Stats.MeanSe kappa, Stats.MeanSe bRaw,
            TwoAssemblyCascade.Injection cascade, double injectedFraction) {
        /** B's statistical and systematic errors combined. */
        double bErr() {
            return Math.hypot(b.se(), bSyst);
        }

        double zB(double reference) {
            return (b.mean() - reference) / bErr();
        }
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        List<Sweep.Point> done = AssemblyRuns.scan(ctx, CONFIG, ANGLE, ANGLES, "V15");
        List<P> ps = new ArrayList<>();
        for (Sweep.Point p : done) {
            ps.add(point(p));
        }
        List<Row> rows = rows(ps);
        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v15-torque-a.png", chartA(ps));
        charts.put("v15-conversion-b.png", chartB(ps));
        return new ExperimentResult(id(), title(), rows, section(ctx, done, ps), charts);
    }

    static P point(Sweep.Point p) {
        RunResult r = p.result();
        RunSpec spec = p.point().spec();
        double[] s2 = AssemblyRuns.injectionDirection(spec);
        double[] t = RunSeries.times(r);
        int reps = r.replicas().size();
        double[] a = new double[reps];
        double[] b = new double[reps];
        double[] kappa = new double[reps];
        double[] raw = new double[reps];
        double[] early = new double[reps];
        double[] late = new double[reps];
        double frac = 0;
        for (int i = 0; i < reps; i++) {
            var l = r.replicas().get(i);
            int n = r.records();
            double[][] s = new double[n][];
            double[] el = new double[n];
            double[] inj = new double[n];
            double[] ns = new double[n];
            for (int k = 0; k < n; k++) {
                CellTally c = RunSeries.total(l.get(k));
                s[k] = new double[] {c.sx, c.sy, c.sz};
                el[k] = c.electrons();
                inj[k] = AssemblyRuns.injected(l.get(k));
                ns[k] = c.nSpin;
            }
            double states = RunSeries.total(l.get(0)).states();
            TorqueFit.Coefficients f = TorqueFit.fit(t, s, el, inj, ns, states, s2, FIT_FROM);
            a[i] = f.a();
            b[i] = f.b();
            kappa[i] = f.kappa();
            raw[i] = f.bRaw();
            early[i] = TorqueFit.fit(t, s, el, inj, ns, states, s2, FIT_EARLY).b();
            late[i] = TorqueFit.fit(t, s, el, inj, ns, states, s2, FIT_LATE).b();
            frac += inj[n - 1] / Math.sqrt(s[0][0] * s[0][0] + s[0][1] * s[0][1] + s[0][2] * s[0][2]) / reps;
        }
        double phi = Math.acos(Math.max(-1, Math.min(1, s2[2])));
                double syst = 0.5 * Math.abs(Stats.meanSe(early).mean() - Stats.meanSe(late).mean());
        return new P(Math.toDegrees(phi), Stats.meanSe(a), Stats.meanSe(b), syst, Stats.meanSe(kappa), Stats.meanSe(raw),
                TwoAssemblyCascade.injectionLimit(phi), frac);
    }

    private static List<Row> rows(List<P> ps) {
        List<Row> rows = new ArrayList<>();
        P small = ps.get(0);
        double deg = Math.toDegrees(1);
        rows.add(Row.statistical("V15.1", Fmt.f("torque coefficient A at small angle (phi = %s deg), in degrees per unit "
                + "n_inj / n_TIA1", Fmt.g(small.phiDeg())), Fmt.f("~%s (Fig. 11, unit not printed)", Fmt.g(PAPER_A_SMALL)),
                Fmt.pm(deg * small.a().mean(), deg * small.a().se()) + " deg = " + Fmt.pm(small.a().mean(), small.a().se())
                        + " rad", small.a().z(PAPER_A_SMALL / deg),
                Fmt.f("The paper's 57 is A in degrees: A is dimensionless in radians and tends to 1 rad = 57.3 deg as phi "
                        + "-> 0 (the TIA turns to the weighted mean); cascade at this angle: %s deg.",
                        Fmt.sig(deg * small.cascade().a(), 4))));
        rows.add(Row.statistical("V15.2", Fmt.f("conversion coefficient B at small angle (phi = %s deg)", Fmt.g(small.phiDeg())),
                Fmt.f("~%s (Fig. 11)", Fmt.g(PAPER_B_SMALL)), Fmt.pm(small.b().mean(), small.bErr()) + " (stat. + window syst.)",
                small.zB(PAPER_B_SMALL), Fmt.f("Cascade at this angle: %s (tends to 2 - 3 phi^2/14). The rule's own "
                        + "TIA + TIS loss fitted apart (kappa = %s); with it left in, B = %s. At small phi, 1 - cos phi is "
                        + "small and B is poorly determined.", Fmt.sig(small.cascade().b(), 4),
                        Fmt.pm(small.kappa().mean(), small.kappa().se()), Fmt.pm(small.bRaw().mean(), small.bRaw().se()))));
        // the scan's points share seeds (sweep): verdict on the largest deviation, Bonferroni
        // over the points; the chi-square is a guide (ScanAgreement)
        double[] za = new double[ps.size()];
        double[] zb = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            P p = ps.get(i);
            za[i] = p.a().se() > 0 ? p.a().z(p.cascade().a()) : Double.NaN;
            zb[i] = p.bErr() > 0 ? p.zB(p.cascade().b()) : Double.NaN;
        }
        ScanAgreement agreeA = ScanAgreement.of(za);
        ScanAgreement agreeB = ScanAgreement.of(zb);
        double zA = agreeA.z();
        double zB = agreeB.z();
        rows.add(Row.statistical("V15.3", Fmt.f("A(phi) over phi = %s..%s deg against the paper's cascade (Eq. 59-61, "
                + "small injection)", Fmt.g(ps.get(0).phiDeg()), Fmt.g(ps.get(ps.size() - 1).phiDeg())),
                "cascade, computed", agreeA.measured(at(ps, agreeA)), zA,
                zA <= Row.THRESHOLD ? "The particle Monte Carlo turns the TIA as the cascade says at every angle."
                        : worstA(ps)));
        rows.add(Row.statistical("V15.4", "B(phi) over the same scan against the cascade", "cascade, computed",
                agreeB.measured(at(ps, agreeB)), zB,
                zB <= Row.THRESHOLD ? "The conversion to TIS per injected electron follows the cascade."
                        : "The injection's own conversion, with the paper rule's TIA + TIS loss fitted apart, is below the "
                        + "cascade's; with that loss left in it is above (B raw in the table). The cascade has no such "
                        + "loss, so in the particle gas B is not a property of the injection alone: the split between the "
                        + "two depends on how the loss is modelled (kappa comes out near 1/4, V12 found 1/5)."));
        return rows;
    }

    private static String at(List<P> ps, ScanAgreement a) {
        return a.worst() < 0 ? "no point" : Fmt.g(ps.get(a.worst()).phiDeg()) + " deg";
    }

    /** Where the Monte Carlo's A departs most from the cascade's, in words. */
    private static String worstA(List<P> ps) {
        P worst = ps.get(0);
        for (P p : ps) {
            if (Math.abs(p.a().z(p.cascade().a())) > Math.abs(worst.a().z(worst.cascade().a()))) {
                worst = p;
            }
        }
        return Fmt.f("Close to the cascade at small angles; the largest departure is at phi = %s deg: %s against %s "
                + "(%s %%, %s sigma at that point; the row's sigma corrects it for the scan's points). Not explained "
                + "here: the particles' injected spins meet TIA spins one pair at a time and partly pair among themselves, where the cascade moves whole assemblies.", Fmt.g(worst.phiDeg()),
                Fmt.pm(worst.a().mean(), worst.a().se()), Fmt.sig(worst.cascade().a(), 4),
                Fmt.sig(100 * (worst.a().mean() / worst.cascade().a() - 1), 2), Fmt.z(Math.abs(worst.a().z(worst.cascade().a()))));
    }

    private static String section(ExperimentContext ctx, List<Sweep.Point> done, List<P> ps) {
        RunSpec spec = done.get(0).point().spec();
        double deg = Math.toDegrees(1);
        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("`: ").append(ExperimentContext.sizeNote(spec, ctx.quick()))
                .append("; rule `").append(spec.rule()).append("`; injection angle phi swept over ")
                .append(AssemblyRuns.join(ANGLES)).append(" deg (the sweep command's machinery, one point per angle). "
                        + "Splitting order: ").append(String.join(", ", done.get(0).result().stageOrder())).append(".\n\n");
        b.append("**Units.** Eq. 62 reads d s_TIA1/dt = (A / n_TIA1) (dn_TIA2/dt) s_TIA1 x [s_TIA1 x s_TIA2]: the rate of "
                + "turn of the TIA direction is A sin(phi) times the injected electrons per TIA electron, so A is a "
                + "pure number when the angle is in radians. The paper's \"A ~ 57 at small angles\" is that number in "
                + "degrees: for a small angle the merged TIA points along the weighted mean of the two directions, a "
                + "turn of (n_inj / n_TIA) phi, so A -> 1 rad = " + Fmt.sig(deg, 4) + " deg. B (Eq. 63) is electrons "
                + "converted to TIS per injected electron per unit (1 - cos phi), a pure number.\n\n");
        b.append("**Estimators** (per replica, then mean ± SE over replicas): A = least-squares slope of the TIA's turn "
                + "(the angle of S from its direction at t = 0, toward s2) against the integral of sin(phi) dn_inj / |S|; "
                + "B = coefficient of the integral of (1 - cos phi) dn_inj in a least-squares fit of (electrons - |S|), "
                + "with the paper rule's own TIA + TIS loss as a second regressor (integral of |S| n_TIS / n_states dt, "
                + "coefficient kappa; V5, V12 found ~1/5): that loss grows as TIS accumulates and, left in, would be "
                + "read as B by an amount set by the fit window (column B raw). phi between S and s2 at each record "
                + "interval's middle; fitted from t = " + Fmt.g(FIT_FROM) + " t_sc to the end (A is the steady slope: "
                + "injected spins not yet absorbed count at the full A = 1, so an endpoint ratio reads higher). B's error "
                + "adds to the SE over replicas half the difference between fits from t = " + Fmt.g(FIT_EARLY) + " and "
                + Fmt.g(FIT_LATE) + " t_sc: the two regressors are ~97 % correlated, so the split between B and the "
                + "rule's loss is only as good as the assumed loss law (n_TIS counts SPIN states off the TIA; FULL states "
                + "carry no spin and cause no loss). n_TIA = |S| is not biased here: the gas is polarized.\n\n");
        b.append("| phi (deg) | injected / n_TIA1 | A (rad) | A (deg) | cascade A (deg) | B | cascade B | kappa | B raw |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (P p : ps) {
            b.append(Fmt.f("| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", Fmt.g(p.phiDeg()), Fmt.sig(p.injectedFraction(), 3),
                    Fmt.pm(p.a().mean(), p.a().se()), Fmt.pm(deg * p.a().mean(), deg * p.a().se()),
                    Fmt.sig(deg * p.cascade().a(), 4), Fmt.pm(p.b().mean(), p.bErr()), Fmt.sig(p.cascade().b(), 4),
                    Fmt.pm(p.kappa().mean(), p.kappa().se()), Fmt.pm(p.bRaw().mean(), p.bRaw().se())));
        }
        b.append("\n![A(phi)](v15-torque-a.png)\n\n![B(phi)](v15-conversion-b.png)\n\n");
        return b.toString();
    }

    private static XYChart chartA(List<P> ps) {
        XYChart c = Charts.chart("V15 (Fig. 11): spin torque coefficient A against the injection angle",
                "angle between TIA1 and the injected spins phi (deg)", "A (deg per unit n_inj / n_TIA1)");
        double deg = Math.toDegrees(1);
        double[] x = AssemblyRuns.xs(ps.size(), i -> ps.get(i).phiDeg());
        double[] y = AssemblyRuns.xs(ps.size(), i -> deg * ps.get(i).a().mean());
        double[] e = AssemblyRuns.xs(ps.size(), i -> deg * ps.get(i).a().se());
        double[] fine = AssemblyRuns.grid(1, 179, 179);
        double[] casc = AssemblyRuns.xs(fine.length, i -> deg * TwoAssemblyCascade.injectionLimit(Math.toRadians(fine[i])).a());
        Charts.points(c, "Monte Carlo (paper rule), mean ± SE", x, y, e);
        Charts.line(c, "cascade Eq. 59-61, small injection (computed)", fine, casc);
        Charts.hline(c, "paper: ~57 at small angles", PAPER_A_SMALL, 0, 60, Color.GRAY);
        return c;
    }

    private static XYChart chartB(List<P> ps) {
        XYChart c = Charts.chart("V15 (Fig. 11): TIS conversion coefficient B against the injection angle",
                "angle between TIA1 and the injected spins phi (deg)", "B");
        double[] x = AssemblyRuns.xs(ps.size(), i -> ps.get(i).phiDeg());
        double[] y = AssemblyRuns.xs(ps.size(), i -> ps.get(i).b().mean());
        double[] e = AssemblyRuns.xs(ps.size(), i -> ps.get(i).b().se());
        double[] fine = AssemblyRuns.grid(1, 179, 179);
        double[] casc = AssemblyRuns.xs(fine.length, i -> TwoAssemblyCascade.injectionLimit(Math.toRadians(fine[i])).b());
        Charts.points(c, "Monte Carlo (paper rule), mean ± SE", x, y, e);
        Charts.line(c, "cascade Eq. 59-61, small injection (computed)", fine, casc);
        Charts.hline(c, "paper: ~2 at small angles", PAPER_B_SMALL, 0, 60, Color.GRAY);
        return c;
    }
}
