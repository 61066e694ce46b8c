package spinsim.core.analytic;

import java.util.List;
import java.util.Locale;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.DensityOfStates;
import spinsim.core.initial.EnergyGrid;
import spinsim.core.initial.FermiDiracFilling;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.EnergyProfile;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Measures the equilibrium occupation of energy cells under a rule with sweep pairing: R replicas
 * (independent seeds from {@link RandomStreams#replicaSeed}), each filled by
 * {@link FermiDiracFilling} with isotropic spins, run {@code burnIn} steps, then F_spin, F_full and
 * F_empty of each cell averaged over {@code measure} steps. The standard error is the spread of
 * the R replica means / sqrt(R): replicas are independent by construction, so no model of the
 * autocorrelation inside a run is needed. As a cross-check the table also gives the batch-means SE
 * (5 batches) of replica 0's own time average, which should be about sqrt(R) times the replica SE
 * if the batches are long enough to be independent (correlation time ~1 step here).
 *
 * <p>Also runnable: {@code java ... EnergyEquilibriumMeasurement rule [states replicas burnIn measure]}.
 */
public final class EnergyEquilibriumMeasurement {
    /** Per cell: realised filling, replica-mean F values and their standard errors. */
    public record Result(String rule, double[] x, int[] states, double[] filling, double[] fSpin, double[] seSpin,
            double[] fFull, double[] seFull, double[] fEmpty, double[] seEmpty, double[] batchSeSpin0,
            double spinIntegral, double seSpinIntegral, int replicas, int burnIn, int measure) {
    }

    private EnergyEquilibriumMeasurement() {
    }

    /** Cells at the energies {@code xs}, {@code statesPerCell} states each, constant D, width 1. */
    public static Result measure(String rule, double[] xs, int statesPerCell, FermiDiracFilling.SpinCount start,
            int burnIn, int measure, int replicas, long seed) {
        return measure(rule, EnergyGrid.at(xs, 1.0, statesPerCell, DensityOfStates.constant()), start, burnIn, measure,
                replicas, seed);
    }

    /**
     * The measurement on any energy grid. Also checks, every measured step, that each cell still
     * holds exactly its initial electrons (AssertionError otherwise).
     */
    public static Result measure(String rule, EnergyGrid grid, FermiDiracFilling.SpinCount start, int burnIn,
            int measure, int replicas, long seed) {
        CellLayout layout = grid.layout();
        double[] xs = new double[layout.cells()];
        for (int c = 0; c < xs.length; c++) {
            xs[c] = layout.energy(c);
        }
        int cells = layout.cells();
        Composition[] comps = FermiDiracFilling.compositions(layout, start);
        double[][] meanSpin = new double[replicas][cells];
        double[][] meanFull = new double[replicas][cells];
        double[][] meanEmpty = new double[replicas][cells];
        double[][] series0 = new double[cells][measure];
        double[][] integral = new double[replicas][1];
        try (WorkerPool pool = new WorkerPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))) {
            for (int r = 0; r < replicas; r++) {
                long rs = RandomStreams.replicaSeed(seed, r);
                StateStore store = new StateStore(layout.totalStates());
                Populator.populate(store, layout, comps, SpinMixture.of(new SpinComponent.Isotropic()), rs);
                SimulationSetup setup = SimulationSetup.of(layout, ScatteringRules.byName(rule), PairingScheme.SWEEP, 1.0,
                        List.of(), rs);
                Simulation sim = new Simulation(setup, store, pool);
                for (int t = 0; t < burnIn; t++) {
                    sim.step();
                }
                for (int t = 0; t < measure; t++) {
                    sim.step();
                    EnergyProfile p = EnergyProfile.of(layout, sim.tally());
                    integral[r][0] += p.spinIntegral(grid.placesPerUnitXAtFermi()) / measure;
                    for (int c = 0; c < cells; c++) {
                        if (p.fElectrons(c) != FermiDiracFilling.filling(comps[c])) {
                            throw new AssertionError("cell " + c + " lost electrons: F_el " + p.fElectrons(c) + " vs "
                                    + FermiDiracFilling.filling(comps[c]) + " at step " + sim.stepIndex());
                        }
                        meanSpin[r][c] += p.fSpin(c) / measure;
                        meanFull[r][c] += p.fFull(c) / measure;
                        meanEmpty[r][c] += p.fEmpty(c) / measure;
                        if (r == 0) {
                            series0[c][t] = p.fSpin(c);
                        }
                    }
                }
            }
        }
        double[] filling = new double[cells];
        int[] states = new int[cells];
        double[] batch = new double[cells];
        for (int c = 0; c < cells; c++) {
            filling[c] = FermiDiracFilling.filling(comps[c]);
            states[c] = layout.size(c);
            batch[c] = batchMeansSe(series0[c], 5);
        }
        double[][] sSpin = meanAndSe(meanSpin);
        double[][] sFull = meanAndSe(meanFull);
        double[][] sEmpty = meanAndSe(meanEmpty);
        double[][] sInt = meanAndSe(integral);
        return new Result(rule, xs, states, filling, sSpin[0], sSpin[1], sFull[0], sFull[1], sEmpty[0],
                sEmpty[1], batch, sInt[0][0], sInt[1][0], replicas, burnIn, measure);
    }

    /** Column means over replicas and their standard errors (sample SD / sqrt(R)). */
    static double[][] meanAndSe(double[][] perReplica) {
        int r = perReplica.length;
        int cells = perReplica[0].length;
        double[] mean = new double[cells];
        double[] se = new double[cells];
        for (int c = 0; c < cells; c++) {
            double s = 0;
            for (double[] row : perReplica) {
                s += row[c];
            }
            double m = s / r;
            double v = 0;
            for (double[] row : perReplica) {
                v += (row[c] - m) * (row[c] - m);
            }
            mean[c] = m;
            se[c] = Math.sqrt(v / (r - 1) / r);
        }
        return new double[][] {mean, se};
    }

    /** Batch-means SE of a series cut into {@code batches} equal batches. */
    static double batchMeansSe(double[] series, int batches) {
        int len = series.length / batches;
        double[] means = new double[batches];
        double total = 0;
        for (int b = 0; b < batches; b++) {
            for (int i = b * len; i < (b + 1) * len; i++) {
                means[b] += series[i] / len;
            }
            total += means[b];
        }
        double m = total / batches;
        double v = 0;
        for (double bm : means) {
            v += (bm - m) * (bm - m);
        }
        return Math.sqrt(v / (batches - 1) / batches);
    }

    /** Prints the comparison of a measurement with the references. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        double cPlanar = AnnihilationRateConstant.planarClosedForm();
        double cRule = AnnihilationRateConstant.forRule(r.rule());
        sb.append(String.format(Locale.ROOT, "rule %s, sweep, %d replicas, burn-in %d, average over %d steps; c(rule, isotropic) = %.6f%n",
                r.rule(), r.replicas(), r.burnIn(), r.measure(), cRule));
        sb.append(String.format(Locale.ROOT, "%6s %7s %9s %10s %9s %9s | %9s %7s | %9s %7s | %9s %7s | %8s %7s%n", "x", "states",
                "F_el", "F_spin", "SE", "SE_bm0", "indep.", "z", "Eq19 c=.1916", "z", "Eq18 c_rule", "z", "c_impl", "SE"));
        for (int c = 0; c < r.x().length; c++) {
            double f = r.filling()[c];
            double ind = IndependentPlaces.profileForFilling(f).fSpin();
            double p19 = SpinStatistics.spin(f, 1 - f, cPlanar);
            double pr = SpinStatistics.spin(f, 1 - f, cRule);
            double se = r.seSpin()[c];
            double cImpl = SpinStatistics.impliedRateConstant(r.fSpin()[c], r.fFull()[c], r.fEmpty()[c]);
            // F_full and F_empty are fixed by F_spin and the conserved filling: F_full = (F_el - F_spin)/2, so the
            // implied c is a function of F_spin alone; propagate its SE: dc/dF = d/dF [ (F_el-F)(F_h-F)/(2F^2) ]
            double fs = r.fSpin()[c];
            double h = 1 - f;
            double dcdF = (-(h - fs) - (f - fs)) / (2 * fs * fs) - (f - fs) * (h - fs) / (fs * fs * fs);
            sb.append(String.format(Locale.ROOT, "%6.2f %7d %9.6f %10.7f %9.2e %9.2e | %9.7f %7.2f | %9.7f %7.2f | %9.7f %7.2f | %8.5f %7.5f%n",
                    r.x()[c], r.states()[c], f, fs, se, r.batchSeSpin0()[c], ind, (fs - ind) / se, p19, (fs - p19) / se, pr,
                    (fs - pr) / se, cImpl, Math.abs(dcdF) * se));
        }
        return sb.toString();
    }

    /**
     * {@code rule states replicas burnIn measure start} for the three cells x = -2, 0, 1.5, or
     * {@code rule grid states replicas burnIn measure xMax dx} for the Eq. 21 sum over [-xMax, xMax].
     */
    public static void main(String[] args) {
        if (args.length > 1 && args[1].equals("grid")) {
            String rule = args[0];
            int states = Integer.parseInt(args[2]);
            int replicas = Integer.parseInt(args[3]);
            int burnIn = Integer.parseInt(args[4]);
            int measure = Integer.parseInt(args[5]);
            double xMax = Double.parseDouble(args[6]);
            double dx = Double.parseDouble(args[7]);
            long t0 = System.nanoTime();
            EnergyGrid grid = EnergyGrid.uniform(-xMax, xMax, dx, states, DensityOfStates.constant());
            Result r = measure(rule, grid, FermiDiracFilling.SpinCount.independentPlaces(), burnIn, measure, replicas,
                    0x5EED_4E2L);
            double c = AnnihilationRateConstant.forRule(rule);
            double refIndep = 0;
            double refRule = 0;
            for (int k = 0; k < r.x().length; k++) {
                refIndep += IndependentPlaces.profileForFilling(r.filling()[k]).fSpin() * dx;
                refRule += SpinStatistics.spin(r.filling()[k], 1 - r.filling()[k], c) * dx;
            }
            System.out.printf(Locale.ROOT, "rule %s: Eq. 21 sum over %d cells of [-%.1f, %.1f], dx %.2f, %d states/cell, %d replicas, "
                    + "burn-in %d, %d measured: %.5f +- %.5f%n  references at the realised fillings: independent places %.5f "
                    + "(z %.2f), Eq. 18 with c = %.4f %.5f (z %.2f); analytic: 1, Eq. 21 with 0.1916: %.5f, c = 0: 2 ln 2 = %.5f; "
                    + "wall %.1f s%n",
                    rule, r.x().length, xMax, xMax, dx, states, replicas, burnIn, measure, r.spinIntegral(), r.seSpinIntegral(),
                    refIndep, (r.spinIntegral() - refIndep) / r.seSpinIntegral(), c, refRule,
                    (r.spinIntegral() - refRule) / r.seSpinIntegral(),
                    SpinStatistics.spinIntegral(AnnihilationRateConstant.planarClosedForm()), SpinStatistics.spinIntegral(0),
                    (System.nanoTime() - t0) / 1e9);
            return;
        }
        String rule = args.length > 0 ? args[0] : "paper";
        int states = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        int replicas = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int burnIn = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int measure = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String startName = args.length > 5 ? args[5] : "independent";
        FermiDiracFilling.SpinCount start = startName.equals("independent") ? FermiDiracFilling.SpinCount.independentPlaces()
                : FermiDiracFilling.SpinCount.equilibrium(Double.parseDouble(startName));
        long t0 = System.nanoTime();
        Result r = measure(rule, new double[] {-2, 0, 1.5}, states, start, burnIn, measure, replicas, 0x5EED_4E1L);
        System.out.print(table(r));
        System.out.printf(Locale.ROOT, "start: %s; wall %.2f s%n", start.describe(), (System.nanoTime() - t0) / 1e9);
    }
}
