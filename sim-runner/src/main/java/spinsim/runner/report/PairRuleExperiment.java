package spinsim.runner.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.WorkerPool;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.Kind;
import spinsim.core.state.SphereSampling;
import spinsim.core.state.Spinor;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ConfigException;

/**
 * V1 (Sec. 2, Eq. 4-5, Fig. 3): pairs of SPIN states at angle phi through the real rule kernel.
 * Each trial puts two unit spins at angle phi in a random orientation (a uniform bisector and a
 * uniform perpendicular), scatters them once, and records the outcome: FULL + EMPTY (Eq. 4), or two
 * SPIN states, whose directions are checked against the bisector of the stored inputs (Eq. 5 and
 * Section 8). The spinor form of Eq. 4 is checked on the state.Spinor API.
 */
public final class PairRuleExperiment implements Experiment {
    public static final String CONFIG = "v01-pair-rule.yaml";
    /** Outcome frequencies at phi = 0 and 180 deg may differ from 0 and 1 by float round-off only. */
    static final double ENDPOINT_TOLERANCE = 1e-5;
    /** Survivors must lie on the bisector to float precision (radians). */
    static final double BISECTOR_TOLERANCE = 1e-5;
    /** The spinor and Bloch forms of Eq. 4 must agree to double precision. */
    static final double SPINOR_TOLERANCE = 1e-12;

    /** The experiment config (v01-pair-rule.yaml), at the size chosen (full or quick). */
    public record Settings(String rule, long seed, double[] anglesDeg, long trialsPerAngle, long spinorPairs,
            String powerCheckRule) {
    }

    /** Scatters states 0 and 1 of a two-state store once. */
    @FunctionalInterface
    public interface PairScatterer {
        void scatter(StateStore s, SplittableRandom rng);
    }

    /** Outcome counts at one angle. */
    public record AngleResult(double phiDeg, long trials, long fullEmpty, long firstFull, long survivors,
            long other, double maxBisectorDeviation) {
        public double frequency() {
            return (double) fullEmpty / trials;
        }

        /** Binomial SE of the FULL + EMPTY frequency at the reference probability p. */
        public double se(double p) {
            return Math.sqrt(Math.max(p * (1 - p), 0.25 / trials) / trials);
        }
    }

    /** The chi-square of the grid against a reference probability. */
    public record GridTest(double chi2, int dof, double pValue, double z, double maxAbsResidual, boolean endpointsOk,
            String endpoints) {
        public boolean agrees() {
            return endpointsOk && z <= Row.THRESHOLD;
        }
    }

    /** Reference probability of FULL + EMPTY at a given angle. */
    @FunctionalInterface
    public interface Reference {
        double p(double phiRad);
    }

    public static final Reference SIN2_HALF = phi -> Math.pow(Math.sin(phi / 2), 2);

    @Override
    public String id() {
        return "V1";
    }

    @Override
    public String title() {
        return "Pair rule: FULL + EMPTY with probability sin^2(phi/2) (Sec. 2, Eq. 4-5, Fig. 3)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    public static Settings load(Path file, boolean quick) throws ConfigException {
        StrictNode root = StrictNode.load(file);
        root.string("experiment", null, java.util.Set.of("V1"));
        String rule = root.string("rule", "paper", new LinkedHashSet<>(ScatteringRules.names()));
        long seed = root.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "any 64-bit integer");
        StrictNode grid = root.object("angles_deg", true);
        double from = grid.number("from", null, 0, 180, "degrees");
        double to = grid.number("to", null, 0, 180, "degrees");
        double step = grid.number("step", null, 1e-3, 180, "degrees");
        if (to < from) {
            throw grid.errorAt("to", "must be >= angles_deg.from");
        }
        grid.rejectUnknown();
        long trials = root.integer("trials_per_angle", null, 100, 1_000_000_000L, "pair scatterings per angle");
        long spinor = root.integer("spinor_pairs", 10_000L, 1, 100_000_000L, "random pairs for the spinor check");
        String power = root.string("power_check_rule", "", null);
        if (power.isEmpty()) {
            power = null;
        } else if (!ScatteringRules.names().contains(power)) {
            throw root.errorAt("power_check_rule", "must be one of: " + String.join(", ", ScatteringRules.names())
                    + ", or \"\" for none");
        }
        StrictNode q = root.object("quick", true);
        long qTrials = q.integer("trials_per_angle", null, 100, 1_000_000_000L, "pair scatterings per angle");
        long qSpinor = q.integer("spinor_pairs", spinor, 1, 100_000_000L, "random pairs for the spinor check");
        q.rejectUnknown();
        root.rejectUnknown();
        List<Double> angles = new ArrayList<>();
        int n = (int) Math.floor((to - from) / step + 1e-9);
        for (int i = 0; i <= n; i++) {
            angles.add(from + i * step);
        }
        if (angles.size() > 100_000) {
            throw root.errorAt("angles_deg", "at most 100000 angles");
        }
        double[] a = angles.stream().mapToDouble(Double::doubleValue).toArray();
        return new Settings(rule, seed, a, quick ? qTrials : trials, quick ? qSpinor : spinor, power);
    }

    /** The real kernel of a registered rule as a pair scatterer. */
    public static PairScatterer kernel(String rule) {
        ScatteringRule r = ScatteringRules.byName(rule);
        return (s, rng) -> r.scatter(s, 0, 1, rng);
    }

    /**
     * Scatters {@code trials} pairs at each angle; angle i uses the stream (seed, 71, i), so the
     * result does not depend on the thread count.
     */
    public static List<AngleResult> measure(double[] anglesDeg, long trials, PairScatterer scatterer, long seed,
            int threads) {
        AngleResult[] out = new AngleResult[anglesDeg.length];
        try (WorkerPool pool = new WorkerPool(threads)) {
            pool.forEach(anglesDeg.length, i -> out[i] = measureAngle(anglesDeg[i], trials, scatterer,
                    RandomStreams.of(seed, 71, i, 0)));
        }
        return List.of(out);
    }

    static AngleResult measureAngle(double phiDeg, long trials, PairScatterer scatterer, SplittableRandom rng) {
        StateStore s = new StateStore(2);
        double half = Math.toRadians(phiDeg) / 2;
        double ch = Math.cos(half);
        double sh = Math.sin(half);
        long fe = 0;
        long firstFull = 0;
        long surv = 0;
        long other = 0;
        double maxDev = 0;
        for (long t = 0; t < trials; t++) {
            double[] u = SphereSampling.uniform(rng);
            double[] w;
            double wn;
            do {
                double[] v = SphereSampling.uniform(rng);
                double d = v[0] * u[0] + v[1] * u[1] + v[2] * u[2];
                w = new double[] {v[0] - d * u[0], v[1] - d * u[1], v[2] - d * u[2]};
                wn = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            } while (wn < 1e-3);
            s.setSpin(0, ch * u[0] + sh * w[0] / wn, ch * u[1] + sh * w[1] / wn, ch * u[2] + sh * w[2] / wn);
            s.setSpin(1, ch * u[0] - sh * w[0] / wn, ch * u[1] - sh * w[1] / wn, ch * u[2] - sh * w[2] / wn);
            // the bisector of the inputs as stored (the kernel sees the float vectors)
            double bx = (double) s.sx[0] + s.sx[1];
            double by = (double) s.sy[0] + s.sy[1];
            double bz = (double) s.sz[0] + s.sz[1];
            double bn = Math.sqrt(bx * bx + by * by + bz * bz);
            scatterer.scatter(s, rng);
            byte k0 = s.kind[0];
            byte k1 = s.kind[1];
            if (k0 == Kind.SPIN_CODE && k1 == Kind.SPIN_CODE) {
                surv++;
                if (bn > 0) {
                    for (int i = 0; i < 2; i++) {
                        double dx = s.sx[i] - bx / bn;
                        double dy = s.sy[i] - by / bn;
                        double dz = s.sz[i] - bz / bn;
                        double dev = 2 * Math.asin(Math.min(1, 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz)));
                        maxDev = Math.max(maxDev, dev);
                    }
                } else {
                    maxDev = Math.PI;
                }
            } else if (k0 == Kind.FULL_CODE && k1 == Kind.EMPTY_CODE) {
                fe++;
                firstFull++;
            } else if (k0 == Kind.EMPTY_CODE && k1 == Kind.FULL_CODE) {
                fe++;
            } else {
                other++;
            }
        }
        return new AngleResult(phiDeg, trials, fe, firstFull, surv, other, maxDev);
    }

    /**
     * Pearson chi-square of the FULL + EMPTY counts against the reference over the angles where
     * 0 < p < 1 (dof = their number: no parameter is fitted); where p is 0 or 1 the count must match
     * up to {@link #ENDPOINT_TOLERANCE} (float round-off of the stored spins).
     */
    public static GridTest test(List<AngleResult> results, Reference ref) {
        double chi2 = 0;
        int dof = 0;
        double maxRes = 0;
        boolean endpointsOk = true;
        StringBuilder ends = new StringBuilder();
        for (AngleResult r : results) {
            double p = ref.p(Math.toRadians(r.phiDeg()));
            if (p < 1e-12 || p > 1 - 1e-12) {
                double expected = p < 0.5 ? 0 : r.trials();
                long dev = Math.abs(Math.round(expected) - r.fullEmpty());
                boolean ok = dev <= ENDPOINT_TOLERANCE * r.trials();
                endpointsOk &= ok;
                if (ends.length() > 0) {
                    ends.append("; ");
                }
                ends.append(Fmt.f("at %s deg %d/%d FULL+EMPTY (expected %s)", Fmt.g(r.phiDeg()), r.fullEmpty(),
                        r.trials(), p < 0.5 ? "0" : "all"));
                continue;
            }
            double e = r.trials() * p;
            double var = e * (1 - p);
            double d = r.fullEmpty() - e;
            chi2 += d * d / var;
            maxRes = Math.max(maxRes, Math.abs(d) / Math.sqrt(var));
            dof++;
        }
        double pv = dof == 0 ? 1 : Stats.chiSquarePValue(chi2, dof);
        double z = dof == 0 ? 0 : Stats.chiSquareZ(chi2, dof);
        return new GridTest(chi2, dof, pv, z, maxRes, endpointsOk, ends.toString());
    }

    /** Largest |(|a1 b2 - a2 b1|^2) - (1 - s1.s2)/2| over random pairs, and over the paper's Eq. 3 spinors on the grid. */
    static double[] spinorCheck(long pairs, double[] anglesDeg, long seed) {
        SplittableRandom rng = RandomStreams.of(seed, 72, 0, 0);
        double maxBloch = 0;
        double maxRoundTrip = 0;
        for (long i = 0; i < pairs; i++) {
            double[] s1 = SphereSampling.uniform(rng);
            double[] s2 = SphereSampling.uniform(rng);
            Spinor a = Spinor.fromBloch(s1[0], s1[1], s1[2]);
            Spinor b = Spinor.fromBloch(s2[0], s2[1], s2[2]);
            double dot = s1[0] * s2[0] + s1[1] * s2[1] + s1[2] * s2[2];
            maxBloch = Math.max(maxBloch, Math.abs(Spinor.scalarProductSquared(a, b) - 0.5 * (1 - dot)));
            double[] back = a.toBloch();
            for (int k = 0; k < 3; k++) {
                maxRoundTrip = Math.max(maxRoundTrip, Math.abs(back[k] - s1[k]));
            }
        }
        double maxEq3 = 0;
        for (double deg : anglesDeg) {
            double h = Math.toRadians(deg) / 2;
            double r = 1 / Math.sqrt(2);
            // Eq. 3: S1 = (1, e^{i phi/2})/sqrt2, S2 = (1, e^{-i phi/2})/sqrt2
            Spinor s1 = new Spinor(r, 0, r * Math.cos(h), r * Math.sin(h));
            Spinor s2 = new Spinor(r, 0, r * Math.cos(h), -r * Math.sin(h));
            double[] b1 = s1.toBloch();
            double[] b2 = s2.toBloch();
            double dot = b1[0] * b2[0] + b1[1] * b2[1] + b1[2] * b2[2];
            double sin2 = Math.pow(Math.sin(h), 2);
            maxEq3 = Math.max(maxEq3, Math.abs(Spinor.scalarProductSquared(s1, s2) - sin2));
            maxEq3 = Math.max(maxEq3, Math.abs(0.5 * (1 - dot) - sin2));
        }
        return new double[] {maxBloch, maxRoundTrip, maxEq3};
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        Settings st = load(ctx.config(CONFIG), ctx.quick());
        ctx.say(Fmt.f("V1: %d angles x %d pair scatterings, rule %s", st.anglesDeg().length, st.trialsPerAngle(),
                st.rule()));
        List<AngleResult> res = measure(st.anglesDeg(), st.trialsPerAngle(), kernel(st.rule()), st.seed(), ctx.threads());
        GridTest g = test(res, SIN2_HALF);
        long survivors = 0;
        long other = 0;
        long fe = 0;
        long firstFull = 0;
        double maxDev = 0;
        for (AngleResult r : res) {
            survivors += r.survivors();
            other += r.other();
            fe += r.fullEmpty();
            firstFull += r.firstFull();
            maxDev = Math.max(maxDev, r.maxBisectorDeviation());
        }
        double[] sp = spinorCheck(st.spinorPairs(), st.anglesDeg(), st.seed());
        GridTest power = null;
        GridTest powerOwn = null;
        if (st.powerCheckRule() != null && !st.powerCheckRule().equals(st.rule())) {
            List<AngleResult> pr = measure(st.anglesDeg(), st.trialsPerAngle(), kernel(st.powerCheckRule()),
                    st.seed() + 1, ctx.threads());
            power = test(pr, SIN2_HALF);
            ScatteringRule r = ScatteringRules.byName(st.powerCheckRule());
            powerOwn = test(pr, phi -> r.annihilationProbability(Math.cos(phi)));
        }

        List<Row> rows = new ArrayList<>();
        String rule = "[" + st.rule() + "] ";
        rows.add(new Row("V1.1", rule + "P(FULL+EMPTY) = sin^2(phi/2) for phi in [0, 180] deg (Eq. 4)",
                Fmt.f("sin^2(phi/2) at %d angles", res.size()),
                Fmt.f("chi2 = %s / %d dof (p = %s)", Fmt.sig(g.chi2(), 4), g.dof(), Fmt.sig(g.pValue(), 2)),
                g.z(), g.endpointsOk() ? Row.verdictOf(g.z()) : "disagrees (endpoints)",
                Fmt.f("Largest residual %s SE over %d angles x %d trials; %s.", Fmt.sig(g.maxAbsResidual(), 2), g.dof(),
                        st.trialsPerAngle(), g.endpoints())));
        boolean bisOk = maxDev <= BISECTOR_TOLERANCE && other == 0;
        rows.add(Row.criterion("V1.2", rule + "otherwise two SPIN states, both along the bisector (Eq. 5, Sec. 8)",
                "P(two SPIN) = cos^2(phi/2) = 1 - Eq. 4; spins along (s1+s2)/|s1+s2|",
                Fmt.f("max deviation %s rad over %d survivors; %d other outcomes", Fmt.sig(maxDev, 2), survivors, other),
                bisOk, "deviation <= 1e-5 rad and no other outcome",
                "Every non-annihilating pair ended as two parallel spins on the bisector, so P(two SPIN) = 1 - P(FULL+EMPTY) "
                        + "is tested by V1.1."));
        boolean spOk = sp[0] <= SPINOR_TOLERANCE && sp[2] <= SPINOR_TOLERANCE && sp[1] <= SPINOR_TOLERANCE;
        rows.add(Row.criterion("V1.3", "spinor form |a1 b2 - a2 b1|^2 = (1 - s1.s2)/2 = sin^2(phi/2) (Eq. 1-4)",
                "identity", Fmt.f("max |difference| %s (%d random pairs), %s (Eq. 3 spinors)", Fmt.sig(sp[0], 2),
                        st.spinorPairs(), Fmt.sig(sp[2], 2)),
                spOk, "<= 1e-12", "The spinor API and the Bloch vectors the engine stores give the same Eq. 4 probability."));

        String section = section(st, res, g, fe, firstFull, survivors, other, maxDev, sp, power, powerOwn);
        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v1-pair-outcomes.png", outcomeChart(res, st.rule()));
        charts.put("v1-residuals.png", residualChart(res, st.rule()));
        return new ExperimentResult(id(), title(), rows, section, charts);
    }

    private String section(Settings st, List<AngleResult> res, GridTest g, long fe, long firstFull, long survivors,
            long other, double maxDev, double[] sp, GridTest power, GridTest powerOwn) {
        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("`: rule `").append(st.rule()).append("`, seed ")
                .append(st.seed()).append(", ").append(res.size()).append(" angles from ")
                .append(Fmt.g(st.anglesDeg()[0])).append(" to ")
                .append(Fmt.g(st.anglesDeg()[st.anglesDeg().length - 1])).append(" deg, ")
                .append(st.trialsPerAngle()).append(" pair scatterings per angle.\n\n");
        b.append("Each trial stores two unit spins at angle phi in a random orientation (uniform bisector, uniform "
                + "perpendicular: this also tests rotational invariance), scatters them once through the rule's kernel "
                + "(`RuleKernels.pair`, the code the simulation runs) and records the outcome. The reference "
                + "sin^2(phi/2) is Eq. 4 evaluated in code. Chi-square: sum over angles with 0 < p < 1 of "
                + "(k - N p)^2 / (N p (1 - p)), dof = number of those angles (nothing is fitted); at phi = 0 and 180 deg "
                + "the outcome is deterministic and is checked as a count.\n\n");
        b.append("![FULL+EMPTY and two-SPIN frequencies against sin^2(phi/2) and cos^2(phi/2)](v1-pair-outcomes.png)\n\n");
        b.append("![Residuals in standard errors](v1-residuals.png)\n\n");
        b.append("| phi (deg) | sin^2(phi/2) | FULL+EMPTY frequency | residual (SE) | two SPIN frequency |\n");
        b.append("|---:|---:|---:|---:|---:|\n");
        int every = Math.max(1, res.size() / 13);
        for (int i = 0; i < res.size(); i++) {
            if (i % every != 0 && i != res.size() - 1) {
                continue;
            }
            AngleResult r = res.get(i);
            double p = SIN2_HALF.p(Math.toRadians(r.phiDeg()));
            double se = r.se(p);
            double resid = p > 1e-12 && p < 1 - 1e-12 ? (r.frequency() - p) / Math.sqrt(p * (1 - p) / r.trials())
                    : Double.NaN;
            b.append(Fmt.f("| %s | %.6f | %s | %s | %.6f |\n", Fmt.g(r.phiDeg()), p, Fmt.pm(r.frequency(), se),
                    Double.isNaN(resid) ? "exact" : Fmt.f("%+.2f", resid), (double) r.survivors() / r.trials()));
        }
        b.append("\n");
        b.append(Fmt.f("- Chi-square %s with %d dof, p = %s (z = %s); %s.\n", Fmt.sig(g.chi2(), 4), g.dof(),
                Fmt.sig(g.pValue(), 3), Fmt.z(g.z()), g.endpoints()));
        b.append(Fmt.f("- Survivors: %d pairs, every one two SPIN states on the bisector of the stored inputs "
                + "(largest deviation %s rad, float storage); other outcomes: %d.\n", survivors, Fmt.sig(maxDev, 2), other));
        b.append(Fmt.f("- Which state becomes FULL: the first of the pair in %d of %d annihilations (%s; a fair coin "
                + "gives 0.5, z = %s).\n", firstFull, fe, Fmt.sig(fe == 0 ? Double.NaN : (double) firstFull / fe, 5),
                Fmt.z(fe == 0 ? Double.NaN : (firstFull - 0.5 * fe) / Math.sqrt(0.25 * fe))));
        b.append(Fmt.f("- Spinor form (`state.Spinor`): over %d random pairs max |(|a1 b2 - a2 b1|^2) - (1 - s1.s2)/2| = %s, "
                + "spinor -> Bloch round trip max error %s; the paper's Eq. 3 spinors S1 = (1, e^{i phi/2})/sqrt2, "
                + "S2 = (1, e^{-i phi/2})/sqrt2 give sin^2(phi/2) on the whole grid to %s, and their Bloch vectors are at "
                + "angle phi.\n", st.spinorPairs(), Fmt.sig(sp[0], 2), Fmt.sig(sp[1], 2), Fmt.sig(sp[2], 2)));
        if (power != null) {
            b.append(Fmt.f("- Power check: the same test applied to the `%s` kernel (annihilation sin^2(phi/2)/2) rejects "
                    + "sin^2(phi/2) with chi-square %s / %d dof (z = %s), while its own probability gives chi-square %s / %d "
                    + "(z = %s). A rule that differs from Eq. 4 by a few percent at this size would not pass.\n",
                    st.powerCheckRule(), Fmt.sig(power.chi2(), 4), power.dof(), Fmt.z(power.z()),
                    Fmt.sig(powerOwn.chi2(), 4), powerOwn.dof(), Fmt.z(powerOwn.z())));
        }
        b.append("\n");
        return b.toString();
    }

    private static XYChart outcomeChart(List<AngleResult> res, String rule) {
        XYChart c = Charts.chart("V1 pair outcomes through the " + rule + " kernel", "phi (deg)", "probability");
        double[] xs = new double[181];
        double[] s2 = new double[181];
        double[] c2 = new double[181];
        for (int i = 0; i <= 180; i++) {
            xs[i] = i;
            s2[i] = SIN2_HALF.p(Math.toRadians(i));
            c2[i] = 1 - s2[i];
        }
        Charts.dashed(c, "sin^2(phi/2) (Eq. 4)", xs, s2, new Color(0x1f77b4));
        Charts.dashed(c, "cos^2(phi/2) (Eq. 5)", xs, c2, new Color(0xd62728));
        int n = res.size();
        double[] x = new double[n];
        double[] f = new double[n];
        double[] fe = new double[n];
        double[] sv = new double[n];
        for (int i = 0; i < n; i++) {
            AngleResult r = res.get(i);
            x[i] = r.phiDeg();
            f[i] = r.frequency();
            fe[i] = r.se(SIN2_HALF.p(Math.toRadians(r.phiDeg())));
            sv[i] = (double) r.survivors() / r.trials();
        }
        Charts.points(c, "FULL+EMPTY frequency (± SE)", x, f, fe).setMarkerColor(new Color(0x1f77b4));
        Charts.points(c, "two SPIN frequency (± SE)", x, sv, fe).setMarkerColor(new Color(0xd62728));
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideS);
        c.getStyler().setXAxisMin(0.0).setXAxisMax(180.0).setYAxisMin(0.0).setYAxisMax(1.0);
        return c;
    }

    private static XYChart residualChart(List<AngleResult> res, String rule) {
        XYChart c = Charts.chart("V1 residuals of the FULL+EMPTY frequency (" + rule + ")", "phi (deg)",
                "(frequency - sin^2(phi/2)) / SE");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (AngleResult r : res) {
            double p = SIN2_HALF.p(Math.toRadians(r.phiDeg()));
            if (p > 1e-12 && p < 1 - 1e-12) {
                x.add(r.phiDeg());
                y.add((r.frequency() - p) / Math.sqrt(p * (1 - p) / r.trials()));
            }
        }
        double[] xa = x.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ya = y.stream().mapToDouble(Double::doubleValue).toArray();
        if (xa.length == 0) {
            xa = new double[] {0};
            ya = new double[] {0};
        }
        Charts.hline(c, "+3 SE", 3, 0, 180, Color.GRAY);
        Charts.hline(c, "-3 SE", -3, 0, 180, Color.GRAY);
        Charts.points(c, "residual", xa, ya, null);
        c.getStyler().setXAxisMin(0.0).setXAxisMax(180.0).setYAxisMin(-5.0).setYAxisMax(5.0);
        return c;
    }
}
