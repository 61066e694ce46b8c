package spinsim.runner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import spinsim.core.analytic.PolarizedSpinStatistics;
import spinsim.core.analytic.SpinProfile;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.output.EnergyFigures;
import spinsim.runner.run.EnergyReferences;
import spinsim.runner.run.EnergyResults;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * V8 (Sec. 4, Eq. 24-30, Fig. 5b): the spin statistics with a polarization x (75 %), and the
 * Boltzmann tails.
 *
 * <p>The polarization is held in a steady state by processes of the run config (a field damping
 * spins toward +z and spin flips); x is measured per cell as S.axis / n_SPIN (unbiased, the axis is
 * the field's). References at each cell's realised filling and measured x:
 * <ul>
 *   <li>Eq. 27-28 as printed: Eq. 17 with c_eff = c_15 (1 - x)^2, c_15 = (1 - pi^2/16)/2 of Eq. 15
 *       computed by {@code AnnihilationRateConstant} (only TIS + TIS pairs annihilate),
 *       split by Eq. 26;</li>
 *   <li>all pairs: c_eff = c_TT (1 - x)^2 + 2 c_AT x (1 - x) with the rule's own constants, which for
 *       the 3D paper rule is (1 - x^2)/2: the mean of (1 - s1.s2)/2 over independent pairs is
 *       (1 - |mean s|^2)/2 whatever the shape of the angular distribution;</li>
 *   <li>Eq. 30 in the tails: F_spin,TIS = (1 - x) e^{-|x_E|}, F_spin,TIA = x e^{-|x_E|}.</li>
 * </ul>
 */
public final class PolarizedStatisticsExperiment implements Experiment {
    public static final String CONFIG = "v08-polarized-spin-statistics.yaml";
    /** The paper's Fig. 5b polarization. */
    static final double TARGET = 0.75;
    /** "Held at 75 %": the overall x within this of the target ... */
    static final double TARGET_TOLERANCE = 0.02;
    /** ... and every cell with |x_E| <= UNIFORM_RANGE within this of the overall x. */
    static final double UNIFORM_TOLERANCE = 0.03;
    static final double UNIFORM_RANGE = 6;
    /** Boltzmann region: |x_E| >= TAIL_FROM, with at least TAIL_MIN_CARRIERS electrons (holes) per cell. */
    static final double TAIL_FROM = 4;
    static final double TAIL_MIN_CARRIERS = 50;
    static final double X_MAX = 12;

    /**
     * One tail cell: F_spin e^{|x_E|} (Eq. 30 summed over TIS and TIA: 1) with its SE, and the cell's
     * TIA share x(E). The allowance for the ratio's distance from 1 is the leading correction of
     * Eq. 18 over Eq. 30, at most 2 e^{-|x_E|} (c_eff &lt;= 1/2), plus the rounding of the cell's carrier
     * count (1/(2 carriers)), plus 3 SE.
     */
    record Tail(double x, double ratio, double ratioSe, double share, double shareSe, double carriers) {
        double allowance() {
            return 2 * Math.exp(-Math.abs(x)) + 0.5 / carriers + 3 * ratioSe;
        }

        boolean ok() {
            return Math.abs(ratio - 1) <= allowance();
        }
    }

    @Override
    public String id() {
        return "V8";
    }

    @Override
    public String title() {
        return "Spin statistics with polarization: Fig. 5b, Eq. 27-28 and the Boltzmann tails (Sec. 4)";
    }

    @Override
    public String configFile() {
        return CONFIG;
    }

    @Override
    public ExperimentResult run(ExperimentContext ctx) throws ConfigException {
        RunSpec spec = SpinStatisticsExperiment.quickEnergy(ctx, ConfigLoader.load(ctx.config(CONFIG)));
        if (!spec.energyResolved()) {
            throw new ConfigException(ctx.config(CONFIG).toString(), "ensemble.energy", null,
                    "V8 needs an energy-resolved run: an ensemble.energy section");
        }
        if (spec.processes().isEmpty()) {
            throw new ConfigException(ctx.config(CONFIG).toString(), "dynamics.processes", "[]",
                    "V8 needs processes that hold a polarization (e.g. field-precession and spin-relaxation)");
        }
        ctx.say("V8 [" + spec.rule() + "]: " + ExperimentContext.sizeNote(spec, false));
        RunResult run = Runs.execute(spec, ctx);
        EnergyResults.Result r = EnergyResults.of(run);
        String rule = spec.rule();
        double cPaper = EnergyReferences.paperC();
        double cTT = EnergyReferences.ruleC(rule);
        double cAT = EnergyReferences.ruleTiaTisC(rule);

        EnergyComparison vsPaper = EnergyComparison.of(r, k -> r.cell(k).fSpin(),
                k -> EnergyReferences.eq27(r.cell(k).fEl(), cPaper, xOf(r, k)).fSpin(), X_MAX);
        EnergyComparison vsAll = EnergyComparison.of(r, k -> r.cell(k).fSpin(),
                k -> EnergyReferences.allPairs(r.cell(k).fEl(), cTT, cAT, xOf(r, k)).fSpin(), X_MAX);
        EnergyComparison vsPairs = EnergyComparison.of(r, k -> r.cell(k).fSpin(),
                k -> EnergyReferences.eq18(r.cell(k).fEl(), Double.isFinite(r.cell(k).cPairs().mean())
                        ? Math.max(0, r.cell(k).cPairs().mean()) : cTT).fSpin(), X_MAX);
        Estimate x = r.polarizationAxis();
        double maxDev = 0;
        double xAtMaxDev = Double.NaN;
        for (EnergyResults.Cell c : r.cells()) {
            if (Math.abs(c.x()) <= UNIFORM_RANGE && Math.abs(c.polarizationAxis().mean() - x.mean()) > maxDev) {
                maxDev = Math.abs(c.polarizationAxis().mean() - x.mean());
                xAtMaxDev = c.x();
            }
        }
        List<Tail> tails = tails(r, x.mean());

        List<Row> rows = new ArrayList<>();
        String tag = "[" + rule + " + " + processNames(spec) + "] ";
        boolean held = Math.abs(x.mean() - TARGET) <= TARGET_TOLERANCE && maxDev <= UNIFORM_TOLERANCE;
        rows.add(Row.criterion("V8.1", tag + "a polarization x = 75 % held in steady state, the same at every energy "
                + "(Eq. 24: x(E) depends only weakly on E)", "x = 75 % (Fig. 5b), weakly dependent on E",
                Fmt.f("x = S.z/n_spin = %s over all cells; largest |x(E) - x| = %s at x_E = %s (|x_E| <= %s)",
                        Fmt.pm(x.mean(), x.se()), Fmt.sig(maxDev, 2), Fmt.g(xAtMaxDev), Fmt.g(UNIFORM_RANGE)),
                held, Fmt.f("|x - 0.75| <= %s and every |x(E) - x| <= %s", Fmt.g(TARGET_TOLERANCE),
                        Fmt.g(UNIFORM_TOLERANCE)),
                "A steady state, not a transient: damping toward the field converts TIS into TIA, spin flips and the "
                        + "rule's own TIA + TIS losses convert back, and the balance hardly depends on the energy."));
        rows.add(new Row("V8.2", tag + "F_spin,TIS + F_spin,TIA against energy follow Eq. 27-28 (Fig. 5b)",
                Fmt.f("Eq. 27-28: Eq. 17 with c_eff = %s (1 - x)^2 (Eq. 15, computed), at each cell's x", Fmt.sig(cPaper, 4)), vsPaper.describe(), vsPaper.rowZ(),
                vsPaper.verdict(),
                Fmt.f("Eq. 27-28 let only TIS + TIS pairs annihilate; in the Monte Carlo every SPIN pair can, and "
                        + "F_spin sits far below Eq. 27-28 near E_F (%s).", peak(r, cPaper, cTT, cAT))));
        rows.add(new Row("V8.3", tag + "second reference: Eq. 18 with all pairs annihilating, c_eff = c (1 - x^2)",
                Fmt.f("c_eff = %s (1 - x)^2 + 2 x (1 - x) %s at each cell's x", Fmt.g(cTT), Fmt.g(cAT)),
                vsAll.describe(), vsAll.rowZ(), vsAll.verdict(),
                Fmt.f("For the 3D rule the mean of (1 - s1.s2)/2 over independent spins is (1 - |<s>|^2)/2 = "
                        + "(1 - x^2)/2 for any angular distribution, so Eq. 17 holds with that c_eff. Closed with each "
                        + "cell's measured pair-average c instead: %s.", vsPairs.describe())));
        int id = 4;
        boolean totalOk = !tails.isEmpty();
        double worstRatio = 0;
        double worstShare = 0;
        for (Tail t : tails) {
            worstRatio = Math.max(worstRatio, Math.abs(t.ratio() - 1));
            worstShare = Math.max(worstShare, Math.abs(t.share() - x.mean()));
            totalOk &= t.ok();
        }
        boolean shareOk = !tails.isEmpty() && worstShare <= UNIFORM_TOLERANCE;
        String cellsNote = Fmt.f("%d tail cells with |x_E| >= %s and >= %s carriers", tails.size(), Fmt.g(TAIL_FROM),
                Fmt.g(TAIL_MIN_CARRIERS));
        rows.add(Row.criterion("V8." + id++, tag + "Boltzmann tails: F_spin,TIS + F_spin,TIA = e^{-|E-E_F|/kT} far from E_F "
                + "(Eq. 29-30)", "(1 - x) e^{-|x_E|} + x e^{-|x_E|}, |x_E| >> 1",
                Fmt.f("largest |F_spin e^{|x_E|} - 1| = %s (%s)", Fmt.sig(worstRatio, 2), cellsNote), totalOk,
                "every tail cell within 2 e^{-|x_E|} (Eq. 30's leading-order error) + 1/(2 carriers) + 3 SE of 1",
                tailFinding(tails, true)));
        rows.add(Row.criterion("V8." + id, tag + "Boltzmann tails split as Eq. 30: F_spin,TIA = x e^{-|x_E|}, "
                + "F_spin,TIS = (1 - x) e^{-|x_E|}, i.e. the TIA share of the tail SPIN states is x",
                "share x = the polarization", Fmt.f("largest |x(E) - x| = %s over the tail cells (x = %s)",
                        Fmt.sig(worstShare, 2), Fmt.sig(x.mean(), 4)), shareOk, "<= " + Fmt.g(UNIFORM_TOLERANCE),
                tailFinding(tails, false)));

        Map<String, XYChart> charts = new LinkedHashMap<>();
        charts.put("v8-fig5b.png", fig5b(r, rule, x.mean(), cPaper, cTT, cAT));
        charts.put("v8-polarization.png", polarizationChart(r, x));
        charts.put("v8-tails.png", tailChart(r, x.mean()));
        return new ExperimentResult(id(), title(), rows, section(spec, r, ctx, vsPaper, vsAll, vsPairs, tails, cTT, cAT),
                charts);
    }

    static double xOf(EnergyResults.Result r, int k) {
        double v = r.cell(k).polarizationAxis().mean();
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    static String processNames(RunSpec s) {
        List<String> n = new ArrayList<>();
        for (ProcessSpec p : s.processes()) {
            n.add(p.name());
        }
        return String.join(" + ", n);
    }

    private static String peak(EnergyResults.Result r, double cPaper, double cTT, double cAT) {
        int k = SpinStatisticsExperiment.nearest(r, 0.0);
        EnergyResults.Cell c = r.cell(k);
        double x = xOf(r, k);
        return Fmt.f("at x_E = %s: Monte Carlo %s, Eq. 27-28 %s, all pairs %s", Fmt.g(c.x()),
                Fmt.pm(c.fSpin().mean(), c.fSpin().se()),
                Fmt.sig(EnergyReferences.eq27(c.fEl(), cPaper, x).fSpin(), 4),
                Fmt.sig(EnergyReferences.allPairs(c.fEl(), cTT, cAT, x).fSpin(), 4));
    }

    /** Tail cells: |x_E| >= TAIL_FROM with at least TAIL_MIN_CARRIERS electrons (above E_F) or holes (below). */
    static List<Tail> tails(EnergyResults.Result r, double x) {
        List<Tail> out = new ArrayList<>();
        for (EnergyResults.Cell c : r.cells()) {
            double carriers = 2.0 * c.states() * Math.min(c.fEl(), 1 - c.fEl());
            if (Math.abs(c.x()) < TAIL_FROM || carriers < TAIL_MIN_CARRIERS) {
                continue;
            }
            double e = Math.exp(Math.abs(c.x()));
            out.add(new Tail(c.x(), c.fSpin().mean() * e, c.fSpin().se() * e, c.polarizationAxis().mean(),
                    c.polarizationAxis().se(), carriers));
        }
        return out;
    }

    private static String tailFinding(List<Tail> tails, boolean total) {
        if (tails.isEmpty()) {
            return "No cell far enough from E_F with enough carriers: widen the grid or raise states_per_cell.";
        }
        StringBuilder b = new StringBuilder(total ? "F_spin e^{|x_E|} = " : "x(E) = ");
        for (int i = 0; i < tails.size(); i++) {
            Tail t = tails.get(i);
            b.append(i == 0 ? "" : ", ").append(Fmt.f("%s at x_E = %s", total ? Fmt.pm(t.ratio(), t.ratioSe())
                    : Fmt.pm(t.share(), t.shareSe()), Fmt.g(t.x())));
        }
        b.append(total ? ". Eq. 18 approaches Eq. 30 as 1 - (1 + 2 c_eff) e^{-|x_E|} (3 % at |x_E| = 4, 0.4 % at 6): far "
                + "from E_F almost every electron (hole) sits alone in a state, so the SPIN states carry the Boltzmann "
                + "distribution whatever the rate constant (see the log-scale figure)."
                : ". The field and the spin flips act on every SPIN state alike, so the tails carry the same x.");
        return b.toString();
    }

    private static XYChart fig5b(EnergyResults.Result r, String rule, double x, double cPaper, double cTT, double cAT) {
        List<EnergyFigures.Reference> refs = new ArrayList<>();
        refs.add(new EnergyFigures.Reference("Eq. 27-28", EnergyFigures.atFermiDirac(
                f -> EnergyReferences.eq27(f, cPaper, x)), false));
        refs.add(new EnergyFigures.Reference("all pairs, c(1-x^2)", EnergyFigures.atFermiDirac(
                f -> EnergyReferences.allPairs(f, cTT, cAT, x)), true));
        return EnergyFigures.fig5b(Fmt.f("V8 Fig. 5b [%s], x = %s: Monte Carlo (points, 1 SE), Eq. 27-28 (solid), all pairs "
                + "(dashed)", rule, Fmt.sig(x, 3)), r, refs);
    }

    private static XYChart polarizationChart(EnergyResults.Result r, Estimate x) {
        XYChart c = Charts.chart("V8 polarization x(E) = S.z / n_spin per energy cell (1 SE)", "(E - E_F) / kT", "x");
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> es = new ArrayList<>();
        for (EnergyResults.Cell cell : r.cells()) {
            if (Double.isFinite(cell.polarizationAxis().mean()) && cell.fSpin().mean() > 0) {
                xs.add(cell.x());
                ys.add(cell.polarizationAxis().mean());
                es.add(Double.isFinite(cell.polarizationAxis().se()) ? cell.polarizationAxis().se() : 0);
            }
        }
        Charts.points(c, "Monte Carlo x(E)", RateConstantExperiment.toArray(xs), RateConstantExperiment.toArray(ys),
                RateConstantExperiment.toArray(es));
        double lo = r.cell(0).x();
        double hi = r.cell(r.size() - 1).x();
        Charts.hline(c, "target 0.75", TARGET, lo, hi, Color.BLACK);
        Charts.hline(c, "overall x = " + Fmt.sig(x.mean(), 4), x.mean(), lo, hi, Color.GRAY);
        c.getStyler().setYAxisMin(0.6).setYAxisMax(0.9);
        return c;
    }

    private static XYChart tailChart(EnergyResults.Result r, double x) {
        XYChart c = Charts.chart("V8 Boltzmann tails (Eq. 30), log scale: F_spin,TIS and F_spin,TIA", "(E - E_F) / kT",
                "F (per place)");
        c.getStyler().setYAxisLogarithmic(true);
        double[] range = {r.cell(0).x() - r.grid().dx() / 2, r.cell(r.size() - 1).x() + r.grid().dx() / 2};
        EnergyFigures.curve(c, "Eq. 30: (1 - x) e^{-|x_E|}", range, e -> (1 - x) * Math.exp(-Math.abs(e)),
                EnergyFigures.SPIN, true);
        EnergyFigures.curve(c, "Eq. 30: x e^{-|x_E|}", range, e -> x * Math.exp(-Math.abs(e)), EnergyFigures.TIA, true);
        EnergyFigures.curve(c, "all pairs F_spin,TIS", range, e -> allPairsAt(e, x).fSpinTis(), EnergyFigures.SPIN, false);
        EnergyFigures.curve(c, "all pairs F_spin,TIA", range, e -> allPairsAt(e, x).fSpinTia(), EnergyFigures.TIA, false);
        List<Double> xs = new ArrayList<>();
        List<Double> tis = new ArrayList<>();
        List<Double> tisE = new ArrayList<>();
        List<Double> tia = new ArrayList<>();
        List<Double> tiaE = new ArrayList<>();
        for (EnergyResults.Cell cell : r.cells()) {
            double a = cell.fAxis().mean();
            double s = cell.fSpin().mean() - a;
            if (a > 0 && s > 0) {
                xs.add(cell.x());
                tis.add(s);
                tisE.add(Math.min(0.9 * s, cell.fSpin().se() + cell.fAxis().se()));
                tia.add(a);
                tiaE.add(Math.min(0.9 * a, cell.fAxis().se()));
            }
        }
        var p1 = Charts.points(c, "Monte Carlo F_spin,TIS", RateConstantExperiment.toArray(xs),
                RateConstantExperiment.toArray(tis), RateConstantExperiment.toArray(tisE));
        p1.setMarkerColor(EnergyFigures.SPIN);
        var p2 = Charts.points(c, "Monte Carlo F_spin,TIA", RateConstantExperiment.toArray(xs),
                RateConstantExperiment.toArray(tia), RateConstantExperiment.toArray(tiaE));
        p2.setMarkerColor(EnergyFigures.TIA);
        c.getStyler().setYAxisMin(1e-5).setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0E0");
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return c;
    }

    private static SpinProfile allPairsAt(double e, double x) {
        return PolarizedSpinStatistics.allPairs(e, x, EnergyReferences.ruleC("paper"), EnergyReferences.ruleTiaTisC("paper"));
    }

    private static String section(RunSpec spec, EnergyResults.Result r, ExperimentContext ctx, EnergyComparison vsPaper,
            EnergyComparison vsAll, EnergyComparison vsPairs, List<Tail> tails, double cTT, double cAT) {
        StringBuilder b = new StringBuilder();
        b.append("Config `configs/").append(CONFIG).append("` (an energy-resolved run config with processes): ")
                .append(Fmt.f("%d energy cells over x_E = (E - E_F)/kT in [%s, %s], dx = %s, %d states per cell, "
                        + "%d replicas, seed %d%s; rule `%s`; processes after each scattering step: %s. ",
                        r.size(), Fmt.g(spec.energy().xMin()), Fmt.g(spec.energy().xMax()), Fmt.g(r.grid().dx()),
                        r.grid().statesAtFermi(), spec.replicas(), spec.seed(),
                        ctx.quick() ? " (quick: states per cell / " + ExperimentContext.QUICK_STATES_DIVISOR
                                + ", all replicas)" : "", spec.rule(), processList(spec)))
                .append("Averaging window and errors: ").append(r.method()).append(Fmt.f(". Electrons of every cell "
                        + "unchanged at every record of every replica: %s.\n\n", r.electronsConservedEveryRecord() ? "yes"
                                : "NO"));
        b.append("**Holding x.** The paper's polarization is the balance of a conversion TIS -> TIA and the spin "
                + "relaxation TIA -> TIS (Eq. 22-24). Here a field along z damps every SPIN state toward +z (the exact "
                + "Eq. 33 solution per step) and spin flips redraw directions at rate 1/tau_spin; the scattering rule adds "
                + "its own TIA losses. The run starts near x = 75 % and is averaged once x has settled; t_lambda and "
                + "tau_spin were chosen to put the steady x at 75 %. x(E) = S.z / n_SPIN per cell is the unbiased "
                + "projection on the known axis. The spins are then not a delta plus an isotropic sphere (the field "
                + "tilts the whole distribution), so TIA here means the spin projection, S.z/(2 n_states), and "
                + "TIS the rest, F_spin - F_TIA, the split of Eq. 26 by the measured x.\n\n");
        b.append("**References** at each cell's realised filling and its own measured x: Eq. 27-28 as printed, i.e. "
                + "Eq. 17 for the TIS spins only, c_eff = " + Fmt.sig(EnergyReferences.paperC(), 4) + " (1 - x)^2 (Eq. 15's "
                + "(1 - pi^2/16)/2, computed); and Eq. 18 with every pair of the SPIN "
                + "population annihilating, ")
                .append(Fmt.f("c_eff = %s (1 - x)^2 + 2 x (1 - x) %s", Fmt.g(cTT), Fmt.g(cAT)))
                .append(" (TIA + TIA pairs are parallel and never annihilate), which is (1 - x^2)/2 for the paper rule.\n\n");
        b.append("![Fig. 5b](v8-fig5b.png)\n\n");
        b.append("![Polarization against energy](v8-polarization.png)\n\n");
        b.append("![Boltzmann tails, log scale](v8-tails.png)\n\n");
        b.append("| comparison of F_spin | result |\n|---|---|\n");
        b.append("| Eq. 27-28 (c_eff = " + Fmt.sig(EnergyReferences.paperC(), 4) + " (1 - x)^2) | ").append(vsPaper.describe()).append(" |\n");
        b.append("| all pairs (c_eff = c (1 - x^2)) | ").append(vsAll.describe()).append(" |\n");
        b.append("| Eq. 18 with each cell's measured pair-average c | ").append(vsPairs.describe()).append(" |\n\n");
        b.append("Selected cells (F ± SE; references at the cell's F_el and x):\n\n");
        b.append("| x_E | x(E) | F_spin,TIA | F_spin,TIS | F_full | F_empty | F_spin: Eq. 27-28 | F_spin: all pairs |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (double e : new double[] {-6, -4, -2, -1, 0, 1, 2, 4, 6}) {
            int k = SpinStatisticsExperiment.nearest(r, e);
            EnergyResults.Cell c = r.cell(k);
            if (Math.abs(c.x() - e) > r.grid().dx()) {
                continue;
            }
            double x = xOf(r, k);
            b.append(Fmt.f("| %s | %s | %s | %s | %s | %s | %s | %s |\n", Fmt.g(c.x()),
                    Fmt.pm(c.polarizationAxis().mean(), c.polarizationAxis().se()), Fmt.pm(c.fAxis().mean(), c.fAxis().se()),
                    Fmt.pm(c.fSpin().mean() - c.fAxis().mean(), c.fSpin().se() + c.fAxis().se()),
                    Fmt.pm(c.fFull().mean(), c.fFull().se()), Fmt.pm(c.fEmpty().mean(), c.fEmpty().se()),
                    Fmt.sig(EnergyReferences.eq27(c.fEl(), EnergyReferences.paperC(), x).fSpin(), 5),
                    Fmt.sig(EnergyReferences.allPairs(c.fEl(), cTT, cAT, x).fSpin(), 5)));
        }
        b.append("\n**Why.** Eq. 27-28 keep the paper's balance for the TIS spins alone and let TIA spins neither "
                + "annihilate nor be annihilated. In the particle model a TIA spin meets TIS spins like any other; for "
                + "the paper's probability sin^2(phi/2) = (1 - s1.s2)/2 and independent spins the mean over pairs is "
                + "(1 - |<s>|^2)/2 = (1 - x^2)/2, i.e. c_TT = c_AT = 1/2 in 3D (V6). At x = 75 % this is "
                + Fmt.sig((1 - TARGET * TARGET) / 2, 2) + ", where Eq. 27-28 use " + Fmt.sig(EnergyReferences.paperC(), 4)
                + " x " + Fmt.g((1 - TARGET) * (1 - TARGET)) + " = "
                + Fmt.sig(EnergyReferences.paperC() * (1 - TARGET) * (1 - TARGET), 2) + ": the paper's F_spin near E_F "
                + "is far too large (Fig. 5b's TIS "
                + "and TIA curves). Far from E_F both give the Boltzmann tails of Eq. 30: there almost every electron "
                + "(hole) sits alone in a state whatever the rate constant, so F_spin -> e^{-|x_E|} and the split is x.\n\n");
        return b.toString();
    }

    private static String processList(RunSpec s) {
        List<String> out = new ArrayList<>();
        for (ProcessSpec p : s.processes()) {
            StringBuilder b = new StringBuilder("`" + p.name() + "`");
            List<String> kv = new ArrayList<>();
            for (Map.Entry<String, Object> e : p.resolved().entrySet()) {
                if (!e.getKey().equals("name")) {
                    kv.add(e.getKey() + " = " + e.getValue());
                }
            }
            if (!kv.isEmpty()) {
                b.append(" (").append(String.join(", ", kv)).append(")");
            }
            out.add(b.toString());
        }
        return String.join(", then ", out);
    }
}
