package spinsim.runner.run;

import java.util.List;
import java.util.function.ToDoubleFunction;
import spinsim.core.observe.AngularHistogram;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;

/**
 * The scalar observables written per snapshot (MODEL.md section 5), by column name. All counts are
 * ensemble totals (all cells). n_tia = |S| is biased up by ~sqrt(n_spin) near zero accumulation;
 * s_axis, the projection on the configured axis, is the unbiased estimator when the axis is known.
 */
public final class Observables {
    public record Column(String name, String description, ToDoubleFunction<Snapshot> value) {
    }

    public static final List<Column> COLUMNS = List.of(
            col("n_empty", "EMPTY states", t -> t.nEmpty),
            col("n_full", "FULL states", t -> t.nFull),
            col("n_spin", "SPIN states", t -> t.nSpin),
            col("electrons", "2 n_full + n_spin", t -> t.electrons()),
            col("S_x", "total spin vector, x", t -> t.sx),
            col("S_y", "total spin vector, y", t -> t.sy),
            col("S_z", "total spin vector, z", t -> t.sz),
            col("n_tia", "|S|, the TIA count", CellTally::nTia),
            col("n_tis", "n_spin - |S|, the TIS count", CellTally::nTis),
            col("polarization", "x = n_tia / n_spin", CellTally::polarization),
            new Column("s_axis", "S projected on observe.axis (unbiased)", Observables::projection),
            col("mean_szz", "<s_z^2> over SPIN states: 1 for up/down only, 1/3 isotropic", CellTally::meanSzz),
            new Column("delta_excess", "top-bin excess of the TIA-axis histogram over the flat level, / n_spin",
                    Observables::deltaExcess),
            new Column("shape_chi2", "chi-square per bin of the TIA-axis histogram against delta + isotropic",
                    Observables::shapeChi2));

    /**
     * Net electrons put in by injection since t = 0 (negative when the source is full): a column of
     * runs with an injection process only ({@link #columnsFor}).
     */
    public static final Column INJECTED_ELECTRONS = new Column("injected_electrons",
            "net electrons put in by injection since t = 0 (negative: taken out)", s -> s.injectedElectrons());

    private Observables() {
    }

    /** The columns of a run: {@link #COLUMNS}, then {@link #INJECTED_ELECTRONS} when it injects. */
    public static List<Column> columnsFor(RunSpec spec) {
        if (!ProcessSpec.InjectionSpec.present(spec.processes())) {
            return COLUMNS;
        }
        List<Column> c = new java.util.ArrayList<>(COLUMNS);
        c.add(INJECTED_ELECTRONS);
        return List.copyOf(c);
    }

    private static Column col(String name, String description, ToDoubleFunction<CellTally> f) {
        return new Column(name, description, s -> f.applyAsDouble(s.tally().total()));
    }

    public static Column column(String name) {
        for (Column c : COLUMNS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no observable '" + name + "'");
    }

    private static double projection(Snapshot s) {
        double[] a = s.axis();
        return s.tally().total().projection(a[0], a[1], a[2]);
    }

    /** Top-bin count minus the mean of the other bins, over n_spin: n_tia/n_spin if delta + isotropic. */
    static double deltaExcess(Snapshot s) {
        long[] h = s.histogramTia();
        long nSpin = s.tally().total().nSpin;
        if (nSpin == 0) {
            return Double.NaN;
        }
        double rest = 0;
        for (int b = 0; b < h.length - 1; b++) {
            rest += h[b];
        }
        return (h[h.length - 1] - rest / (h.length - 1)) / nSpin;
    }

    /** Pearson chi-square / bins of the TIA-axis histogram against delta + isotropic of the same n_spin, n_tia. */
    static double shapeChi2(Snapshot s) {
        long[] h = s.histogramTia();
        CellTally t = s.tally().total();
        double[] e = AngularHistogram.deltaPlusIsotropic(t.nSpin, t.nTia(), h.length);
        double chi2 = 0;
        for (int b = 0; b < h.length; b++) {
            if (e[b] > 0) {
                double d = h[b] - e[b];
                chi2 += d * d / e[b];
            }
        }
        return chi2 / h.length;
    }
}
