package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.core.initial.ChainProfile;
import spinsim.core.observe.CellTally;
import spinsim.core.process.CellDiffusion;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.SpinConservingRule;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;

/**
 * V16 (Section 9, Eq. 64-65, Appendix 3): the spin-torque current of a 1D chain of cells whose TIA
 * direction varies along x. The config's ring of cells starts as a helix (the TIA turns by a fixed
 * angle from cell to cell) with n_TIA modulated along the ring, and diffuses
 * ({@link CellDiffusion}). Two claims are measured over the first t_sc, per replica:
 * <ul>
 *   <li><b>Eq. 64, the torque</b>: each cell's TIA direction turns at
 *       omega_c = 2 A D (dn_TIA/dx / n_TIA) dtheta/dx toward the side with more TIA electrons.
 *       omega_c is the least-squares slope (through 0) of the angle of S_c from its initial
 *       direction about the twist axis against t; the prediction p_c uses each replica's initial
 *       S_c (central differences of n_TIA = |S_c| and of the angle); A = sum omega_c p_c / sum p_c^2
 *       with A = 1 in p_c, i.e. the coefficient in radians.</li>
 *   <li><b>Eq. 65, the conversion</b>: a twisted TIA converts electrons to the TIS at
 *       B D n_TIA (ds/dx)^2 (the printed form's s . d2s/dx2 = -(ds/dx)^2, s . ds/dx = 0).
 *       The extra conversion is the loss of TIA electrons (sum over the cells of |S_c|) beyond the
 *       control run's (the config without the twist, same seeds: the rule's own loss and the
 *       diffusion of the n_TIA profile); B = that extra / (D theta'^2 integral of sum_c |S_c| dt).
 *       The derivatives come from the configured profile, not from the sampled S_c.</li>
 * </ul>
 * Both under the config's rule and the spin-conserving rule. The pure diffusion of the spin vector
 * (dS_c/dt = D (S_{c-1} - 2 S_c + S_{c+1})) is given beside the paper as a derived reference: it
 * makes the torque of Eq. 64 with A = 1 rad and the conversion with B = 1 on the lattice.
 */
public final class SpinTorqueCurrentExperiment implements Experiment {
    public static final String CONFIG = "v16-spin-torque-current.yaml";
    static final List<String> RULES = List.of(PaperRule.NAME, SpinConservingRule.NAME);
    /** The paper's A (Sec. 9: "coefficient A equals ~57", Fig. 11; degrees per radian of angle, see V15). */
    static final double PAPER_A_DEG = 57;
    /** The paper's B (Sec. 9: "the coefficient B equals ~2", Fig. 11). */
    static final double PAPER_B = 2;

    @Override
    public String id() {
        return "V16";
    }

    @Override
    public String title() {
        return "Spin-torque current along a 1D chain: torque and extra conversion (Sec. 9, Eq. 64-65, App. 3)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    /** The measurements of one rule: per replica A and B, and per cell omega and its prediction. */
    record RuleData(String rule, RunSpec spec, double[] a, double[] b, double[] bDiffusion, double[][] omega,
            double[][] predicted, double[] t, double[][] extraTis, double[][] extraPredictedB1) {
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        RunSpec base = ctx.scaled(ctx.runSpec(CONFIG));
        ProcessSpec.DiffusionSpec diffusion = diffusionOf(base);
        if (diffusion == null || base.chain() == null || base.recordEvery() != 1) {
            throw new ConfigException(base.source(), "dynamics.processes",
                    diffusion == null ? "no diffusion" : base.chain() == null ? "no ensemble.chain" : "observe.every",
                    "V16 needs a diffusion process, an ensemble.chain with a twist, and a snapshot every step "
                            + "(observe.every: 1)");
        }
        if (diffusion.boundary() != CellDiffusion.Boundary.PERIODIC) {
            throw new ConfigException(base.source(), "dynamics.processes.boundary", diffusion.boundary().configName(),
                    "V16 measures a ring: periodic (a closed chain's end cells have one neighbour)");
        }
        double turns = base.cells() * Math.toDegrees(base.chain().twistRad()) / 360;
        if (Math.abs(turns - Math.rint(turns)) > 1e-9 || turns == 0) {
            throw new ConfigException(base.source(), "ensemble.chain.twist_deg",
                    Fmt.g(Math.toDegrees(base.chain().twistRad())), "V16 needs a helix that closes on the ring: "
                            + "cells x twist_deg a nonzero multiple of 360 (here " + base.cells() + " cells)");
        }
        List<RuleData> data = new ArrayList<>();
        for (String rule : RelaxationExperiment.rules(base.rule(), RULES)) {
            RunSpec twisted = base.withRule(rule).withName(base.name() + "-" + rule);
            ChainProfile c = base.chain();
            RunSpec control = twisted.withChain(new ChainProfile(0, c.axis(), c.depolarize()))
                    .withName(base.name() + "-" + rule + "-control");
            ctx.say("V16: " + rule + ", twisted and control");
            RunResult rt = Runs.execute(twisted, ctx);
            RunResult rc = Runs.execute(control, ctx);
            data.add(measure(rule, twisted, rt, rc, diffusion.rate(), c));
        }
        List<Row> rows = new ArrayList<>();
        int id = 1;
        double aPaperRad = Math.toRadians(PAPER_A_DEG);
        for (RuleData d : data) {
            String r = "[" + d.rule() + "] ";
            Stats.MeanSe a = Stats.meanSe(d.a());
            rows.add(Row.statistical("V16." + id++, r + "Eq. 64: the TIA direction turns at 2 A D (dn_TIA/dx / n_TIA) "
                    + "dtheta/dx toward more TIA electrons", Fmt.f("A = %s deg = %s rad (Fig. 11)", Fmt.g(PAPER_A_DEG),
                            Fmt.sig(aPaperRad, 4)),
                    Fmt.f("A = %s rad (%s deg)", Fmt.pm(a.mean(), a.se()), Fmt.pm(Math.toDegrees(a.mean()),
                            Math.toDegrees(a.se()))),
                    a.z(aPaperRad), Fmt.f("Fitted over %d cells x %s t_sc per replica; the pure diffusion of the spin "
                            + "vector gives A = 1 rad (%s deg): z against it %s.", d.omega()[0].length,
                            Fmt.g(d.t()[d.t().length - 1]), Fmt.sig(Math.toDegrees(1), 4), Fmt.z(a.z(1)))));
            Stats.MeanSe b = Stats.meanSe(d.b());
            Stats.MeanSe bd = Stats.meanSe(d.bDiffusion());
            rows.add(Row.statistical("V16." + id++, r + "Eq. 65: a twisted TIA converts electrons to the TIS at "
                    + "B D n_TIA (ds/dx)^2", Fmt.f("B = %s (Fig. 11)", Fmt.g(PAPER_B)), "B = " + Fmt.pm(b.mean(), b.se()),
                    b.z(PAPER_B), Fmt.f("The extra loss of TIA electrons of the twisted ring over the untwisted "
                            + "control (same seeds), per D theta'^2 n_TIA dt. The pure diffusion of the spin vector "
                            + "gives %s on this lattice (B = 1 in the continuum): z against it %s.",
                            Fmt.sig(bd.mean(), 4), Fmt.z(Stats.meanSe(minus(d.b(), d.bDiffusion())).z(0)))));
        }
        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v16-rotation.png", rotationChart(data));
        charts.put("v16-conversion.png", conversionChart(data));
        return new ExperimentResult(id(), title(), rows, section(base, diffusion, data, ctx), charts);
    }

    static ProcessSpec.DiffusionSpec diffusionOf(RunSpec s) {
        for (ProcessSpec p : s.processes()) {
            if (p instanceof ProcessSpec.DiffusionSpec d) {
                return d;
            }
        }
        return null;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    /** Signed angle from u to v about the unit axis a, in (-pi, pi]. */
    static double angleAbout(double[] u, double[] v, double[] a) {
        double cx = u[1] * v[2] - u[2] * v[1];
        double cy = u[2] * v[0] - u[0] * v[2];
        double cz = u[0] * v[1] - u[1] * v[0];
        return Math.atan2(cx * a[0] + cy * a[1] + cz * a[2], u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
    }

    private static double[] vec(CellTally c) {
        return new double[] {c.sx, c.sy, c.sz};
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /**
     * Everything of one rule from its twisted and control runs (the same seeds, replica by
     * replica), with the diffusion rate (D in cells^2 per t_sc) and the twist axis.
     */
    static RuleData measure(String rule, RunSpec spec, RunResult twisted, RunResult control, double rate,
            ChainProfile profile) {
        final double[] axis = profile.axis();
        double[] t = RunSeries.times(twisted);
        int records = t.length;
        int reps = twisted.replicas().size();
        int cells = spec.cells();
        double[] aFit = new double[reps];
        double[] bFit = new double[reps];
        double[] bDiff = new double[reps];
        double[][] omega = new double[reps][cells];
        double[][] pred = new double[reps][cells];
        double[][] extra = new double[reps][records];
        double[][] extraB1 = new double[reps][records];
        for (int r = 0; r < reps; r++) {
            CellTally[][] tw = new CellTally[records][];
            CellTally[][] co = new CellTally[records][];
            for (int k = 0; k < records; k++) {
                tw[k] = twisted.replicas().get(r).get(k).tally().cells();
                co[k] = control.replicas().get(r).get(k).tally().cells();
            }
            double[][] s0 = new double[cells][];
            for (int c = 0; c < cells; c++) {
                s0[c] = vec(tw[0][c]);
            }
            // the derivatives come from the profile the config sets (n_TIA,c = (1 - q_c) n_SPIN,c,
            // the twist), not from the sampled initial S_c: noise in a regressor would bias the
            // fitted A toward 0, and noise in theta'^2 would bias B's denominator upward
            double[] n0 = new double[cells];
            for (int c = 0; c < cells; c++) {
                n0[c] = (1 - profile.redrawProbability(c, cells)) * tw[0][c].nSpin;
            }
            final double dTheta = profile.twistRad();
            final double theta2 = dTheta * dTheta;
            // the torque: each cell's turn about the axis, against the prediction from the profile
            double num = 0;
            double den = 0;
            for (int c = 0; c < cells; c++) {
                int left = (c + cells - 1) % cells;
                int right = (c + 1) % cells;
                double dn = (n0[right] - n0[left]) / 2;
                pred[r][c] = 2 * rate * dn / n0[c] * dTheta;
                double st = 0;
                double tt = 0;
                for (int k = 1; k < records; k++) {
                    double phi = angleAbout(s0[c], vec(tw[k][c]), axis);
                    st += phi * (t[k] - t[0]);
                    tt += (t[k] - t[0]) * (t[k] - t[0]);
                }
                omega[r][c] = st / tt;
                num += omega[r][c] * pred[r][c];
                den += pred[r][c] * pred[r][c];
            }
            aFit[r] = num / den;
            // the conversion: the extra loss of TIA electrons (sum of |S_c|) of the twisted run over
            // the control; the ring keeps its electrons, so this is the growth of the electrons
            // outside the TIA (TIS spins and FULL pairs), as V15 counts B
            double integral = 0;
            double wPrev = 0;
            for (int k = 0; k < records; k++) {
                double lossT = 0;
                double lossC = 0;
                double w = 0;
                for (int c = 0; c < cells; c++) {
                    lossT += norm(vec(tw[0][c])) - norm(vec(tw[k][c]));
                    lossC += norm(vec(co[0][c])) - norm(vec(co[k][c]));
                    w += theta2 * norm(vec(tw[k][c]));
                }
                if (k > 0) {
                    integral += 0.5 * (t[k] - t[k - 1]) * (w + wPrev);
                }
                wPrev = w;
                extra[r][k] = lossT - lossC;
                extraB1[r][k] = rate * integral;
            }
            bFit[r] = extra[r][records - 1] / (rate * integral);
            // pure diffusion of S on the lattice, at t = 0: the loss of |S_c| beyond the untwisted
            // ring's is D (1 - cos dtheta)(n_{c-1} + n_{c+1}), against D theta'^2 n_c
            double lattice = 0;
            double continuum = 0;
            for (int c = 0; c < cells; c++) {
                int left = (c + cells - 1) % cells;
                int right = (c + 1) % cells;
                lattice += (1 - Math.cos(dTheta)) * (n0[left] + n0[right]);
                continuum += theta2 * n0[c];
            }
            bDiff[r] = lattice / continuum;
        }
        return new RuleData(rule, spec, aFit, bFit, bDiff, omega, pred, t, extra, extraB1);
    }

    private static XYChart rotationChart(List<RuleData> data) {
        XYChart c = Charts.chart("V16: turn rate of each cell's TIA direction (Eq. 64)", "cell (x / dx)",
                "d theta / dt (rad per t_sc)");
        int cells = data.get(0).omega()[0].length;
        double[] x = new double[cells];
        for (int i = 0; i < cells; i++) {
            x[i] = i;
        }
        for (RuleData d : data) {
            Charts.points(c, "Monte Carlo, " + d.rule(), x, RunSeries.mean(d.omega()), RunSeries.se(d.omega()));
        }
        double scale = Math.toRadians(PAPER_A_DEG);
        double[] p = RunSeries.mean(data.get(0).predicted());
        double[] paper = new double[cells];
        for (int i = 0; i < cells; i++) {
            paper[i] = scale * p[i];
        }
        Charts.dashed(c, "Eq. 64, A = " + Fmt.g(PAPER_A_DEG) + " deg", x, paper, Color.BLACK);
        return c;
    }

    private static XYChart conversionChart(List<RuleData> data) {
        XYChart c = Charts.chart("V16: extra TIS of the twisted ring over the control (Eq. 65)", "t (t_sc)",
                "extra n_TIS (electrons)");
        double[] t = data.get(0).t();
        for (RuleData d : data) {
            Charts.lineWithErrors(c, "Monte Carlo, " + d.rule(), t, RunSeries.mean(d.extraTis()),
                    RunSeries.se(d.extraTis()));
            double[] b1 = RunSeries.mean(d.extraPredictedB1());
            double[] paper = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                paper[k] = PAPER_B * b1[k];
            }
            Charts.dashed(c, "Eq. 65, B = " + Fmt.g(PAPER_B) + ", " + d.rule(), t, paper, null);
            Charts.dashed(c, "B = 1 (diffusion of S), " + d.rule(), t, b1, Color.GRAY);
        }
        return c;
    }

    private static String section(RunSpec base, ProcessSpec.DiffusionSpec diffusion, List<RuleData> data,
            ExperimentContext ctx) {
        StringBuilder b = new StringBuilder();
        ChainProfile ch = base.chain();
        b.append("Config `configs/").append(CONFIG).append("`: ").append(ExperimentContext.sizeNote(base, ctx.quick()))
                .append("; a ring of ").append(base.cells()).append(" cells (periodic), diffusion rate D / dx^2 = ")
                .append(Fmt.g(diffusion.rate())).append(" per t_sc; at t = 0 all spins along +z, then cell c's spins "
                        + "redrawn isotropically with probability ").append(Fmt.g(ch.depolarize()))
                .append(" (1 + sin(2 pi c / ").append(base.cells()).append(")) / 2 and turned by c x ")
                .append(Fmt.g(Math.toDegrees(ch.twistRad()))).append(" deg about ").append(axisText(ch.axis()))
                .append(". Each rule runs twice with the same seeds: twisted, and the control without the twist. "
                        + "Splitting order: scattering, then diffusion.\n\n");
        b.append("**Reading Eq. 64-65.** The PDF's extraction lost the operators; reconstructed from Appendix 3 "
                + "(A3.4-A3.9): Eq. 64 is d s/dt = (A / n_TIA) 2D (dn_TIA/dx) s x [s x ds/dx], where s x [s x ds/dx] = "
                + "-ds/dx for a unit s; with V15's sign of A (the TIA turns toward the spins that arrive), a cell turns "
                + "at 2 A D (dn_TIA/dx / n_TIA) dtheta/dx toward the neighbour with more TIA electrons, and a helix "
                + "of uniform n_TIA does not turn at all. A is the coefficient of Eq. 62 (V15: a pure number in "
                + "radians, the paper's 57 being degrees). Eq. 65 is dn_TIS/dt = B 2D [0.5 n_TIA s . d2s/dx2 + "
                + "(dn_TIA/dx) s . ds/dx]; for a unit s, s . ds/dx = 0 and s . d2s/dx2 = -(dtheta/dx)^2, so the "
                + "conversion is B D n_TIA (dtheta/dx)^2 in magnitude (the text: an additional spin relaxation).\n\n");
        b.append("**Estimators** (per replica, then mean ± SE over replicas, Student t converted to z): derivatives are "
                + "central differences over the ring (dx = 1 cell) of the profile the config sets: n_TIA,c = (1 - q_c) "
                + "n_SPIN,c and the twist per cell (the sampled initial |S_c| would put noise into the regressor of A, "
                + "which biases a slope toward 0, and into theta'^2, which biases B). "
                + "The turn rate of cell c is the least-squares slope through 0 of the angle of S_c(t) from S_c(0) about "
                + "the twist axis over the records; A is the slope, through 0, of those rates against 2 D (n'/n) "
                + "theta' over the cells. B divides the extra loss of TIA electrons (the drop of the sum over cells of "
                + "|S_c|, twisted minus control) at the last record by D theta'^2 integral sum_c |S_c| dt (trapezoid "
                + "over the records). The ring keeps its electrons, so that loss is the growth of the electrons outside "
                + "the TIA (TIS spins and FULL pairs), which is how V15 counts B.\n\n");
        b.append("**The derived reference: diffusion of the spin vector.** If the spins only random-walk, the expected "
                + "S_c obeys dS_c/dt = D (S_{c-1} - 2 S_c + S_{c+1}). Its part perpendicular to S_c turns the cell at "
                + "D sin(dtheta) (n_{c+1} - n_{c-1}) / n_c, which is Eq. 64 with A = 1 rad (57.3 deg) on the lattice; "
                + "its part along S_c takes D (1 - cos dtheta)(n_{c-1} + n_{c+1}) from |S_c| beyond the untwisted "
                + "ring's change, which is Eq. 65 with B = 1 (the lattice value is in the finding). So the paper's A "
                + "is what diffusion alone gives, and its B is twice it. Anything the scattering adds (the paper "
                + "rule's loss of TIA in non-parallel pairs, V5) shows as a departure from these.\n\n");
        b.append("| rule | A (rad) | A (deg) | B | B of pure diffusion (lattice) |\n|---|---:|---:|---:|---:|\n");
        for (RuleData d : data) {
            Stats.MeanSe a = Stats.meanSe(d.a());
            Stats.MeanSe bb = Stats.meanSe(d.b());
            Stats.MeanSe bd = Stats.meanSe(d.bDiffusion());
            b.append(Fmt.f("| `%s` | %s | %s | %s | %s |\n", d.rule(), Fmt.pm(a.mean(), a.se()),
                    Fmt.pm(Math.toDegrees(a.mean()), Math.toDegrees(a.se())), Fmt.pm(bb.mean(), bb.se()),
                    Fmt.sig(bd.mean(), 4)));
        }
        b.append("\n![Turn rate of each cell against Eq. 64](v16-rotation.png)\n\n");
        b.append("![Extra TIS of the twisted ring against Eq. 65 and pure diffusion](v16-conversion.png)\n\n");
        return b.toString();
    }

    private static String axisText(double[] a) {
        return "(" + Fmt.g(a[0]) + ", " + Fmt.g(a[1]) + ", " + Fmt.g(a[2]) + ")";
    }
}
