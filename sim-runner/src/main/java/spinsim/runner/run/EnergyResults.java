package spinsim.runner.run;

import java.util.List;
import spinsim.core.initial.Composition;
import spinsim.core.initial.EnergyGrid;
import spinsim.core.initial.FermiDiracFilling;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * The per-cell equilibrium occupations of an energy-resolved run in the paper's normalisation
 * (MODEL.md section 5): F_k = n_k / (2 n_states) per cell, so F_electrons = F_spin + 2 F_full
 * (Eq. 10) holds exactly for the integer counts.
 *
 * <h2>Estimator</h2>
 * Each replica's value of a quantity is its mean over the records with t &gt;= average_from (the
 * equilibrium window, {@code ensemble.energy.average_from}); the estimate is the mean of the
 * replica values and its SE the sample SD over sqrt(R). Replicas have independent seeds, so no
 * model of the correlation in time is needed. With one replica the window is cut into 5 batches
 * and the SE is the batch-means SE (valid when a batch is longer than the correlation time, ~1
 * t_sc here). The implied rate constant c = 2 F_full F_empty / F_spin^2 (Eq. 17 solved for c) is
 * computed per replica from its window means, then averaged the same way.
 *
 * <p>Also: the Eq. 21 integral n_spin / (D(E_F) kT) = sum_c n_spin(c) dx / (2 N_F) (N_F the states
 * of a cell at E_F), and a check that every cell of every replica holds exactly its initial
 * electrons at <em>every</em> record.
 */
public final class EnergyResults {
    /** Batches of the single-replica batch-means error. */
    static final int BATCHES = 5;

    /**
     * One energy cell.
     *
     * @param fEl          realised filling electrons/(2 states), fixed for the run
     * @param fTia         |S|/(2 states) (biased up by ~sqrt(n_spin) when the accumulation is small)
     * @param fAxis        S.axis/(2 states), the projection on {@code observe.axis}
     * @param polarization |S|/n_spin of the cell (biased as fTia)
     * @param polarizationAxis S.axis/n_spin of the cell
     * @param cImplied     2 F_full F_empty / F_spin^2 from each replica's window means
     * @param cPairs       the rule's annihilation probability averaged over random distinct SPIN pairs
     *                     of the cell, p(mean s1.s2) with mean s1.s2 = (|S|^2 - n_S)/(n_S (n_S - 1))
     *                     (exact: every rule's p is affine in s1.s2), averaged over the window
     */
    public record Cell(double x, int states, long electrons, double fEl, Estimate fSpin, Estimate fFull,
            Estimate fEmpty, Estimate fElectrons, Estimate fTia, Estimate fAxis, Estimate polarization,
            Estimate polarizationAxis, Estimate cImplied, Estimate cPairs) {
    }

    /**
     * @param spinIntegral n_spin / (D(E_F) kT), Eq. 20-21 over the grid
     * @param electronsConservedEveryRecord every cell of every replica held its initial electrons at every record
     * @param method       how values and errors were obtained, in words
     * @param units        independent values behind each SE: replicas, or batches of a single replica
     */
    public record Result(EnergyGrid grid, double averageFrom, int recordsAveraged, Cell[] cells,
            Estimate spinIntegral, Estimate polarizationAxis, boolean electronsConservedEveryRecord,
            String method, int units) {
        /** Degrees of freedom of each SE: independent units (replicas, or batches of one replica) - 1. */
        public int degreesOfFreedom() {
            return units - 1;
        }

        public int size() {
            return cells.length;
        }

        public Cell cell(int c) {
            return cells[c];
        }
    }

    private EnergyResults() {
    }

    /** The result of an energy-resolved run; IllegalArgumentException if the run has no energy layout. */
    public static Result of(RunResult r) {
        RunSpec spec = r.spec();
        if (!spec.energyResolved()) {
            throw new IllegalArgumentException("run '" + spec.name() + "' has no ensemble.energy section");
        }
        EnergyGrid grid = spec.energy().grid();
        double from = spec.energy().averageFrom(spec.duration());
        int records = r.records();
        int first = records - 1;
        for (int k = 0; k < records; k++) {
            if (r.replicas().get(0).get(k).time() >= from - 1e-9) {
                first = k;
                break;
            }
        }
        int window = records - first;
        int reps = r.replicas().size();
        int cells = grid.cells();
        double[] axis = spec.axis();
        Composition[] comps = r.initialPerCell();
        boolean conserved = true;
        // per quantity: [replica or batch][cell]
        int units = reps > 1 ? reps : Math.min(BATCHES, window);
        double[][] spin = new double[units][cells];
        double[][] full = new double[units][cells];
        double[][] empty = new double[units][cells];
        double[][] el = new double[units][cells];
        double[][] tia = new double[units][cells];
        double[][] ax = new double[units][cells];
        double[][] pol = new double[units][cells];
        double[][] polAx = new double[units][cells];
        double[][] cPairs = new double[units][cells];
        int[][] cPairsCount = new int[units][cells];
        spinsim.core.rule.ScatteringRule rule = spec.scatteringRule();
        double[][] integral = new double[units][1];
        double[][] polTotal = new double[units][1];
        int[] count = new int[units];
        double places = grid.placesPerUnitXAtFermi();
        for (int rep = 0; rep < reps; rep++) {
            List<Snapshot> l = r.replicas().get(rep);
            for (int k = 0; k < records; k++) {
                CellTally[] t = l.get(k).tally().cells();
                for (int c = 0; c < cells; c++) {
                    conserved &= t[c].electrons() == comps[c].electrons();
                }
                if (k < first) {
                    continue;
                }
                int u = reps > 1 ? rep : Math.min(units - 1, (k - first) * units / window);
                count[u]++;
                long nSpinAll = 0;
                double projAll = 0;
                for (int c = 0; c < cells; c++) {
                    CellTally tc = t[c];
                    double twoN = 2.0 * tc.states();
                    spin[u][c] += tc.nSpin / twoN;
                    full[u][c] += tc.nFull / twoN;
                    empty[u][c] += tc.nEmpty / twoN;
                    el[u][c] += tc.electrons() / twoN;
                    tia[u][c] += tc.nTia() / twoN;
                    double p = tc.projection(axis[0], axis[1], axis[2]);
                    ax[u][c] += p / twoN;
                    pol[u][c] += tc.nSpin == 0 ? 0 : tc.nTia() / tc.nSpin;
                    polAx[u][c] += tc.nSpin == 0 ? 0 : p / tc.nSpin;
                    if (tc.nSpin >= 2) {
                        double ns = tc.nSpin;
                        double s2 = tc.sx * tc.sx + tc.sy * tc.sy + tc.sz * tc.sz;
                        cPairs[u][c] += rule.annihilationProbability((s2 - ns) / (ns * (ns - 1)));
                        cPairsCount[u][c]++;
                    }
                    nSpinAll += tc.nSpin;
                    projAll += p;
                }
                integral[u][0] += nSpinAll / places;
                polTotal[u][0] += nSpinAll == 0 ? 0 : projAll / nSpinAll;
            }
        }
        for (int u = 0; u < units; u++) {
            double w = 1.0 / count[u];
            scale(spin[u], w);
            scale(full[u], w);
            scale(empty[u], w);
            scale(el[u], w);
            scale(tia[u], w);
            scale(ax[u], w);
            scale(pol[u], w);
            scale(polAx[u], w);
            for (int c = 0; c < cells; c++) {
                cPairs[u][c] = cPairsCount[u][c] == 0 ? Double.NaN : cPairs[u][c] / cPairsCount[u][c];
            }
            integral[u][0] *= w;
            polTotal[u][0] *= w;
        }
        double[][] cImpl = new double[units][cells];
        for (int u = 0; u < units; u++) {
            for (int c = 0; c < cells; c++) {
                double s = spin[u][c];
                cImpl[u][c] = s > 0 ? 2 * full[u][c] * empty[u][c] / (s * s) : Double.NaN;
            }
        }
        String how = reps > 1 ? "replicas" : "batch means";
        Cell[] out = new Cell[cells];
        for (int c = 0; c < cells; c++) {
            out[c] = new Cell(grid.energy(c), grid.states(c), comps[c].electrons(), FermiDiracFilling.filling(comps[c]),
                    est(spin, c, how), est(full, c, how), est(empty, c, how), est(el, c, how), est(tia, c, how),
                    est(ax, c, how), est(pol, c, how), est(polAx, c, how), est(cImpl, c, how), est(cPairs, c, how));
        }
        String method = reps > 1
                ? String.format(java.util.Locale.ROOT, "per replica the mean over the %d records with t >= %s t_sc; "
                        + "mean of %d replicas, SE = sample sd / sqrt(%d)", window, trim(from), reps, reps)
                : String.format(java.util.Locale.ROOT, "one replica: mean over the %d records with t >= %s t_sc; "
                        + "SE by batch means (%d batches)", window, trim(from), units);
        return new Result(grid, from, window, out, est(integral, 0, how), est(polTotal, 0, how), conserved, method,
                units);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void scale(double[] a, double w) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= w;
        }
    }

    private static Estimate est(double[][] v, int c, String how) {
        double[] col = new double[v.length];
        boolean same = true;
        for (int u = 0; u < v.length; u++) {
            col[u] = v[u][c];
            same &= Double.compare(col[u], col[0]) == 0;
        }
        if (same && v.length > 1) {
            // no fluctuation at all (e.g. a tail cell whose every hole is in a SPIN state): SE exactly 0,
            // not the round-off of the mean's division
            return new Estimate(col[0], 0.0, v.length, how);
        }
        return SeriesStats.meanSe(col, how);
    }
}
