package spinsim.runner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.SpinProfile;
import spinsim.runner.run.EnergyReferences;
import spinsim.runner.run.EnergyResults;

/**
 * The paper's Fig. 5 drawn from a Monte Carlo: F_spin, F_full, F_empty (Fig. 5a), or F_spin,TIA,
 * F_spin,TIS, F_full, F_empty (Fig. 5b), against x = (E - E_F)/kT, as points with one-SE error bars
 * over analytic curves (solid: the paper's Eq. 19 / Eq. 27-28 with its c = (1 - pi^2/16)/2; dashed: a second
 * reference). One colour per quantity. Used by {@code spinsim run} (energy.png) and the
 * validation report (V7, V8).
 */
public final class EnergyFigures {
    public static final Color SPIN = new Color(0x1f77b4);
    public static final Color FULL = new Color(0xd62728);
    public static final Color EMPTY = new Color(0x2ca02c);
    public static final Color TIA = new Color(0x9467bd);
    /** Curve points: few enough that each segment is long enough to show the dash pattern. */
    private static final int CURVE_POINTS = 97;

    /** A named analytic profile as a function of x (for the curves). */
    public record Reference(String label, java.util.function.DoubleFunction<SpinProfile> at, boolean dashed) {
    }

    private EnergyFigures() {
    }

    /** The x range drawn: the grid's, clipped to [-8, 8] (beyond, all curves are flat at 0 or 1/2). */
    public static double[] range(EnergyResults.Result r) {
        double lo = r.cell(0).x() - r.grid().dx() / 2;
        double hi = r.cell(r.size() - 1).x() + r.grid().dx() / 2;
        return new double[] {Math.max(lo, -8), Math.min(hi, 8)};
    }

    /** The Fermi-Dirac profile of a reference family at x: {@code ofFilling} evaluated at f(x). */
    public static java.util.function.DoubleFunction<SpinProfile> atFermiDirac(
            java.util.function.DoubleFunction<SpinProfile> ofFilling) {
        return x -> ofFilling.apply(FermiDirac.electrons(x));
    }

    /**
     * Fig. 5a: Monte Carlo F_spin, F_full, F_empty with error bars, and each reference's three
     * curves (in order: the first solid, the others dashed unless stated).
     */
    public static XYChart fig5a(String title, EnergyResults.Result r, List<Reference> refs) {
        double[] range = range(r);
        XYChart c = chart(title);
        for (Reference ref : refs) {
            curve(c, "F_spin " + ref.label(), range, x -> ref.at().apply(x).fSpin(), SPIN, ref.dashed());
            curve(c, "F_full " + ref.label(), range, x -> ref.at().apply(x).fFull(), FULL, ref.dashed());
            curve(c, "F_empty " + ref.label(), range, x -> ref.at().apply(x).fEmpty(), EMPTY, ref.dashed());
        }
        points(c, "F_spin Monte Carlo", r, range, k -> r.cell(k).fSpin(), SPIN);
        points(c, "F_full Monte Carlo", r, range, k -> r.cell(k).fFull(), FULL);
        points(c, "F_empty Monte Carlo", r, range, k -> r.cell(k).fEmpty(), EMPTY);
        c.getStyler().setXAxisMin(range[0]).setXAxisMax(range[1]).setYAxisMin(0.0).setYAxisMax(0.5);
        return c;
    }

    /**
     * Fig. 5b: Monte Carlo F_spin,TIA (S.axis/(2n)), F_spin,TIS (F_spin - F_spin,TIA), F_full, F_empty
     * with error bars, and each reference's four curves.
     */
    public static XYChart fig5b(String title, EnergyResults.Result r, List<Reference> refs) {
        double[] range = range(r);
        XYChart c = chart(title);
        for (Reference ref : refs) {
            curve(c, "F_TIA " + ref.label(), range, x -> ref.at().apply(x).fSpinTia(), TIA, ref.dashed());
            curve(c, "F_TIS " + ref.label(), range, x -> ref.at().apply(x).fSpinTis(), SPIN, ref.dashed());
            curve(c, "F_full " + ref.label(), range, x -> ref.at().apply(x).fFull(), FULL, ref.dashed());
            curve(c, "F_empty " + ref.label(), range, x -> ref.at().apply(x).fEmpty(), EMPTY, ref.dashed());
        }
        points(c, "F_TIA Monte Carlo", r, range, k -> r.cell(k).fAxis(), TIA);
        points(c, "F_TIS Monte Carlo", r, range, k -> {
            var s = r.cell(k).fSpin();
            var a = r.cell(k).fAxis();
            // TIS = spin - TIA; the SE of the difference is bounded by the sum (conservative)
            return new spinsim.runner.run.SeriesStats.Estimate(s.mean() - a.mean(), s.se() + a.se(), s.n(), s.method());
        }, SPIN);
        points(c, "F_full Monte Carlo", r, range, k -> r.cell(k).fFull(), FULL);
        points(c, "F_empty Monte Carlo", r, range, k -> r.cell(k).fEmpty(), EMPTY);
        c.getStyler().setXAxisMin(range[0]).setXAxisMax(range[1]).setYAxisMin(0.0).setYAxisMax(0.5);
        return c;
    }

    /** The house style of {@link Plots}, wider, with the legend in a column on the right (Fig. 5 has many series). */
    public static XYChart chart(String title) {
        XYChart c = new org.knowm.xchart.XYChartBuilder().width(1180).height(620).title(title)
                .xAxisTitle("(E - E_F) / kT").yAxisTitle("F (per place)").build();
        var s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x999999));
        s.setPlotGridLinesColor(new Color(0xe0e0e0));
        s.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        s.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        s.setLegendBorderColor(Color.WHITE);
        s.setAntiAlias(true);
        s.setMarkerSize(7);
        s.setErrorBarsColorSeriesColor(true);
        s.setDecimalPattern("#,##0.####");
        return c;
    }

    /** A smooth curve y(x) over the range. */
    public static XYSeries curve(XYChart c, String name, double[] range, DoubleUnaryOperator y, Color color,
            boolean dashed) {
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = range[0] + (range[1] - range[0]) * i / (CURVE_POINTS - 1);
            ys[i] = y.applyAsDouble(xs[i]);
        }
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f) : new BasicStroke(1.6f));
        return s;
    }

    /** Monte Carlo points with one-SE error bars for the cells inside the range. */
    public static XYSeries points(XYChart c, String name, EnergyResults.Result r, double[] range,
            java.util.function.IntFunction<spinsim.runner.run.SeriesStats.Estimate> value, Color color) {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < r.size(); k++) {
            double x = r.cell(k).x();
            var e = value.apply(k);
            if (x >= range[0] && x <= range[1] && Double.isFinite(e.mean())) {
                pts.add(new double[] {x, e.mean(), Double.isFinite(e.se()) ? e.se() : 0});
            }
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        double[] es = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pts.get(i)[0];
            ys[i] = pts.get(i)[1];
            es[i] = pts.get(i)[2];
        }
        XYSeries s = c.addSeries(name, xs, ys, es);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        s.setLineColor(color);
        return s;
    }

    /**
     * The references of a run of {@code rule} with no polarization: Eq. 19 (the paper's c), and the
     * rule's own c if different.
     */
    public static List<Reference> unpolarizedReferences(String rule) {
        double cPaper = EnergyReferences.paperC();
        double cRule = EnergyReferences.ruleC(rule);
        List<Reference> refs = new ArrayList<>();
        // the legend shows the paper's c as computed from its closed form (Eq. 15), to 4 places
        refs.add(new Reference(String.format(java.util.Locale.ROOT, "Eq. 19 (c = %.4f)", cPaper),
                atFermiDirac(f -> EnergyReferences.eq18(f, cPaper)), false));
        if (Math.abs(cRule - 0.5) < 1e-9) {
            refs.add(new Reference("indep. places (c = 1/2)", atFermiDirac(EnergyReferences::independent), true));
        } else if (Math.abs(cRule - cPaper) > 1e-9) {
            refs.add(new Reference("Eq. 18, c = " + Num.plain(cRule) + " (" + rule + ")",
                    atFermiDirac(f -> EnergyReferences.eq18(f, cRule)), true));
        }
        return refs;
    }
}
