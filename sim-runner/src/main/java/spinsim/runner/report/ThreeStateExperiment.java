package spinsim.runner.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.WorkerPool;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ConfigException;

/**
 * V2 (Sec. 2, Fig. 2): state A holds spin up, B spin down, C is empty. A scatters with B (phi = 180
 * deg: always FULL + EMPTY), then the FULL state scatters with C. The two spins that result must be
 * antiparallel and their direction isotropic: no memory of the initial up/down axis.
 */
public final class ThreeStateExperiment implements Experiment {
    public static final String CONFIG = "v02-three-state.yaml";
    /** Trials are cut into this many chunks, each with its own stream (thread-count independent). */
    static final int CHUNKS = 64;

    public record Settings(String rule, long seed, long trials, int cosBins, int azimuthBins) {
    }

    /** Accumulated outcomes (sums are reduced in chunk order). */
    static final class Tallies {
        long trials;
        long firstFullEmpty;
        long bFull;
        long secondBothSpin;
        double maxSum;
        double sx;
        double sy;
        double sz;
        double szz;
        double szzzz;
        long[] cos;
        long[] az;

        Tallies(int cosBins, int azBins) {
            cos = new long[cosBins];
            az = new long[azBins];
        }

        void add(Tallies o) {
            trials += o.trials;
            firstFullEmpty += o.firstFullEmpty;
            bFull += o.bFull;
            secondBothSpin += o.secondBothSpin;
            maxSum = Math.max(maxSum, o.maxSum);
            sx += o.sx;
            sy += o.sy;
            sz += o.sz;
            szz += o.szz;
            szzzz += o.szzzz;
            for (int i = 0; i < cos.length; i++) {
                cos[i] += o.cos[i];
            }
            for (int i = 0; i < az.length; i++) {
                az[i] += o.az[i];
            }
        }
    }

    @Override
    public String id() {
        return "V2";
    }

    @Override
    public String title() {
        return "Three states: up-A, down-B, empty-C give an antiparallel, isotropic pair (Sec. 2, Fig. 2)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    public static Settings load(Path file, boolean quick) throws ConfigException {
        StrictNode root = StrictNode.load(file);
        root.string("experiment", null, Set.of("V2"));
        String rule = root.string("rule", "paper", new LinkedHashSet<>(ScatteringRules.names()));
        long seed = root.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "any 64-bit integer");
        long trials = root.integer("trials", null, 1000, 2_000_000_000L, "three-state sequences");
        StrictNode bins = root.object("bins", false);
        int cb = (int) bins.integer("cos_theta", 20L, 2, 10_000, "bins of cos(theta) over [-1, 1]");
        int ab = (int) bins.integer("azimuth", 24L, 2, 10_000, "bins of the azimuth over [0, 360) deg");
        bins.rejectUnknown();
        StrictNode q = root.object("quick", true);
        long qt = q.integer("trials", null, 1000, 2_000_000_000L, "three-state sequences");
        q.rejectUnknown();
        root.rejectUnknown();
        return new Settings(rule, seed, quick ? qt : trials, cb, ab);
    }

    static Tallies measure(Settings st, int threads) {
        ScatteringRule rule = ScatteringRules.byName(st.rule());
        Tallies[] parts = new Tallies[CHUNKS];
        try (WorkerPool pool = new WorkerPool(threads)) {
            pool.forEach(CHUNKS, c -> {
                long n = st.trials() / CHUNKS + (c < st.trials() % CHUNKS ? 1 : 0);
                parts[c] = chunk(rule, n, st, RandomStreams.of(st.seed(), 81, c, 0));
            });
        }
        Tallies t = new Tallies(st.cosBins(), st.azimuthBins());
        for (Tallies p : parts) {
            t.add(p);
        }
        return t;
    }

    private static Tallies chunk(ScatteringRule rule, long n, Settings st, SplittableRandom rng) {
        Tallies t = new Tallies(st.cosBins(), st.azimuthBins());
        StateStore s = new StateStore(3);
        final int a = 0;
        final int b = 1;
        final int c = 2;
        for (long i = 0; i < n; i++) {
            t.trials++;
            s.setSpin(a, 0, 0, 1);
            s.setSpin(b, 0, 0, -1);
            s.setEmpty(c);
            rule.scatter(s, a, b, rng);
            int full;
            if (s.kind[a] == Kind.FULL_CODE && s.kind[b] == Kind.EMPTY_CODE) {
                full = a;
            } else if (s.kind[b] == Kind.FULL_CODE && s.kind[a] == Kind.EMPTY_CODE) {
                full = b;
                t.bFull++;
            } else {
                continue;
            }
            t.firstFullEmpty++;
            rule.scatter(s, full, c, rng);
            if (s.kind[full] != Kind.SPIN_CODE || s.kind[c] != Kind.SPIN_CODE) {
                continue;
            }
            t.secondBothSpin++;
            double x = s.sx[full];
            double y = s.sy[full];
            double z = s.sz[full];
            double ex = x + s.sx[c];
            double ey = y + s.sy[c];
            double ez = z + s.sz[c];
            t.maxSum = Math.max(t.maxSum, Math.sqrt(ex * ex + ey * ey + ez * ez));
            t.sx += x;
            t.sy += y;
            t.sz += z;
            t.szz += z * z;
            t.szzzz += z * z * z * z;
            int cb = (int) ((z + 1) * 0.5 * t.cos.length);
            t.cos[Math.max(0, Math.min(t.cos.length - 1, cb))]++;
            double phi = Math.atan2(y, x);
            if (phi < 0) {
                phi += 2 * Math.PI;
            }
            int ab = (int) (phi / (2 * Math.PI) * t.az.length);
            t.az[Math.max(0, Math.min(t.az.length - 1, ab))]++;
        }
        return t;
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        Settings st = load(ctx.config(CONFIG), ctx.quick());
        ctx.say(Fmt.f("V2: %d three-state sequences, rule %s", st.trials(), st.rule()));
        Tallies t = measure(st, ctx.threads());
        long m = t.secondBothSpin;
        double mx = t.sx / m;
        double my = t.sy / m;
        double mz = t.sz / m;
        double meanLen = Math.sqrt(mx * mx + my * my + mz * mz);
        // isotropic: each component has variance 1/3, so 3 m |<s>|^2 is chi-square with 3 dof
        double chiMean = 3.0 * m * (mx * mx + my * my + mz * mz);
        double zMean = Stats.chiSquareZ(chiMean, 3);
        double zz = t.szz / m;
        double varZz = Math.max(0, t.szzzz / m - zz * zz);
        double seZz = Math.sqrt(varZz / (m - 1));
        double zZz = (zz - 1.0 / 3) / seZz;
        double[] cosObs = toDouble(t.cos);
        double[] azObs = toDouble(t.az);
        double[] cosExp = flat(m, t.cos.length);
        double[] azExp = flat(m, t.az.length);
        double chiCos = Stats.pearson(cosObs, cosExp);
        double chiAz = Stats.pearson(azObs, azExp);
        int dofHist = t.cos.length - 1 + t.az.length - 1;
        double zHist = Stats.chiSquareZ(chiCos + chiAz, dofHist);

        String rule = "[" + st.rule() + "] ";
        List<Row> rows = new ArrayList<>();
        rows.add(Row.criterion("V2.1", rule + "up-A + down-B (phi = 180 deg) always ends FULL + EMPTY (Fig. 2, 1st event)",
                "probability 1 (Eq. 4 at phi = 180 deg)", Fmt.f("%d of %d", t.firstFullEmpty, t.trials),
                t.firstFullEmpty == t.trials, "every trial",
                Fmt.f("B took the second electron in %d of %d (a fair coin picks which state is FULL).", t.bFull,
                        t.firstFullEmpty)));
        rows.add(Row.criterion("V2.2", rule + "FULL + empty C gives two antiparallel spins (Fig. 2, 2nd event)",
                "s_B = -s_C", Fmt.f("both SPIN in %d of %d; max |s_B + s_C| = %s", m, t.firstFullEmpty, Fmt.sig(t.maxSum, 2)),
                m == t.firstFullEmpty && t.maxSum <= 1e-6, "all pairs, |s_B + s_C| <= 1e-6",
                "The electron left behind and the one scattered into C are exactly antiparallel."));
        rows.add(Row.statistical("V2.3", rule + "their direction is isotropic: mean direction 0",
                "<s> = 0", Fmt.f("|<s>| = %s; 3N|<s>|^2 = %s (chi2, 3 dof)", Fmt.sig(meanLen, 2), Fmt.sig(chiMean, 3)),
                zMean, Fmt.f("No memory of the initial up/down axis: <s_z> = %s ± %s over %d pairs.", Fmt.sig(mz, 2),
                        Fmt.sig(1 / Math.sqrt(3.0 * m), 2), m)));
        rows.add(Row.statistical("V2.4", rule + "isotropic: <s_z^2> = 1/3", Fmt.sig(1.0 / 3, 6), Fmt.pm(zz, seZz), zZz,
                "The second moment along the initial axis is that of a uniform sphere (1 for an up/down memory)."));
        rows.add(Row.statistical("V2.5", rule + "isotropic: cos(theta) and azimuth histograms flat",
                "flat", Fmt.f("chi2 = %s / %d dof (p = %s)", Fmt.sig(chiCos + chiAz, 4), dofHist,
                        Fmt.sig(Stats.chiSquarePValue(chiCos + chiAz, dofHist), 2)), zHist,
                Fmt.f("cos(theta): chi2 %s / %d; azimuth: chi2 %s / %d.", Fmt.sig(chiCos, 3), t.cos.length - 1,
                        Fmt.sig(chiAz, 3), t.az.length - 1)));

        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("`: rule `").append(st.rule()).append("`, seed ")
                .append(st.seed()).append(", ").append(st.trials()).append(" sequences.\n\n");
        b.append("Each sequence sets A = SPIN (0, 0, 1), B = SPIN (0, 0, -1), C = EMPTY, scatters (A, B) through the rule "
                + "kernel, then scatters the state that became FULL with C. The direction tested is that of the electron "
                + "left in the formerly FULL state (C holds its negative). Isotropy is tested three ways: the mean vector "
                + "(3N|<s>|^2 is chi-square with 3 dof for a uniform sphere), the second moment <s_z^2> = 1/3 (SE from "
                + "the sample variance of s_z^2), and flat histograms of cos(theta) (" + st.cosBins() + " bins) and of the "
                + "azimuth (" + st.azimuthBins() + " bins), Pearson chi-square with bins - 1 dof each.\n\n");
        b.append("![cos(theta) and azimuth histograms over their flat expectation](v2-isotropy.png)\n\n");
        b.append(Fmt.f("- First event FULL + EMPTY: %d / %d; B was the FULL state in %d (fraction %s).\n",
                t.firstFullEmpty, t.trials, t.bFull, Fmt.sig((double) t.bFull / Math.max(1, t.firstFullEmpty), 5)));
        b.append(Fmt.f("- Second event: both SPIN in %d / %d, max |s_B + s_C| = %s.\n", m, t.firstFullEmpty,
                Fmt.sig(t.maxSum, 2)));
        b.append(Fmt.f("- Mean direction (%s, %s, %s), each ± %s; <s_z^2> = %s (1/3 = 0.333333).\n\n", Fmt.sig(mx, 2),
                Fmt.sig(my, 2), Fmt.sig(mz, 2), Fmt.sig(1 / Math.sqrt(3.0 * m), 2), Fmt.pm(zz, seZz)));

        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v2-isotropy.png", chart(cosObs, cosExp, azObs, azExp, st.rule()));
        return new ExperimentResult(id(), title(), rows, b.toString(), charts);
    }

    private static XYChart chart(double[] cosObs, double[] cosExp, double[] azObs, double[] azExp, String rule) {
        XYChart c = Charts.chart("V2 direction of the pair after up-A, down-B, empty-C (" + rule + ")",
                "bin position: (cos(theta) + 1)/2, or azimuth / 360 deg", "observed / expected (± SE)");
        addRatio(c, "cos(theta)", cosObs, cosExp);
        addRatio(c, "azimuth", azObs, azExp);
        Charts.hline(c, "isotropic", 1.0, 0, 1, Color.GRAY);
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        return c;
    }

    private static void addRatio(XYChart c, String name, double[] obs, double[] exp) {
        int n = obs.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i + 0.5) / n;
            y[i] = obs[i] / exp[i];
            e[i] = Math.sqrt(exp[i]) / exp[i];
        }
        Charts.points(c, name, x, y, e);
    }

    private static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static double[] flat(double total, int bins) {
        double[] e = new double[bins];
        java.util.Arrays.fill(e, total / bins);
        return e;
    }
}
