package spinsim.runner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line charts as PNG files, headless, in one house style. Reusable by every output:
 *
 * <pre>
 * Plots.lineChart(dir.resolve("counts.png"), "Counts", "t (t_sc)", "states",
 *         Plots.Series.withErrors("n_spin", t, nSpin, nSpinSe),
 *         Plots.Series.dashed("expected", t, ref));
 * </pre>
 *
 * <p>NaN or infinite points are left out of a series (a series left empty is dropped); a NaN
 * error bar is drawn as zero. To change more than the defaults, build the chart with
 * {@link #chart}, adjust its {@link XYChart#getStyler() styler} and write it with {@link #writePng}.
 */
public final class Plots {
    /** Pixel size of every chart. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // encode in memory: the default file cache registers a shutdown hook, which fails when the
        // plots are written after Ctrl-C (during shutdown)
        ImageIO.setUseCache(false);
    }

    /** How a series is drawn. */
    public enum Style {
        /** A solid line without markers. */
        LINE,
        /** A solid line with small circle markers. */
        LINE_MARKERS,
        /** Markers only. */
        POINTS,
        /** A dashed line without markers, for references and expectations. */
        DASHED,
        /** A staircase over bins (x are bin centres of equal width), for histograms. */
        STEPS
    }

    /**
     * One curve.
     *
     * @param err symmetric error bars (one standard error), or null for none
     */
    public record Series(String name, double[] x, double[] y, double[] err, Style style) {
        public Series {
            if (x.length != y.length || (err != null && err.length != y.length)) {
                throw new IllegalArgumentException("series '" + name + "': x, y and err must have the same length");
            }
        }

        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, null, Style.LINE);
        }

        /** A line with markers and error bars ({@code err} may be null). */
        public static Series withErrors(String name, double[] x, double[] y, double[] err) {
            return new Series(name, x, y, err, Style.LINE_MARKERS);
        }

        /** Markers with error bars ({@code err} may be null). */
        public static Series points(String name, double[] x, double[] y, double[] err) {
            return new Series(name, x, y, err, Style.POINTS);
        }

        public static Series dashed(String name, double[] x, double[] y) {
            return new Series(name, x, y, null, Style.DASHED);
        }

        /** A histogram staircase: {@code x} are the (equally spaced) bin centres. */
        public static Series steps(String name, double[] x, double[] y) {
            return new Series(name, x, y, null, Style.STEPS);
        }
    }

    private Plots() {
    }

    /** Builds the chart of {@code series} and writes it to {@code png}. */
    public static void lineChart(Path png, String title, String xLabel, String yLabel, Series... series)
            throws IOException {
        writePng(chart(title, xLabel, yLabel, series), png);
    }

    /** As {@link #lineChart(Path, String, String, String, Series...)}, from a list. */
    public static void lineChart(Path png, String title, String xLabel, String yLabel, List<Series> series)
            throws IOException {
        lineChart(png, title, xLabel, yLabel, series.toArray(new Series[0]));
    }

    /** A chart in the house style with the given series, not yet written. */
    public static XYChart chart(String title, String xLabel, String yLabel, Series... series) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        var s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x999999));
        s.setPlotGridLinesColor(new Color(0xe0e0e0));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
        s.setMarkerSize(5);
        s.setErrorBarsColorSeriesColor(true);
        s.setDecimalPattern("#,##0.####");
        for (Series one : series) {
            add(c, one);
        }
        return c;
    }

    /** Writes {@code chart} as a PNG file (the name is used as given). */
    public static void writePng(XYChart chart, Path png) throws IOException {
        byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        Files.write(png, bytes);
    }

    private static void add(XYChart c, Series in) {
        Series s = in.style() == Style.STEPS ? staircase(in) : in;
        int n = 0;
        double[] x = new double[s.x().length];
        double[] y = new double[x.length];
        double[] e = s.err() == null ? null : new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                x[n] = s.x()[i];
                y[n] = s.y()[i];
                if (e != null) {
                    double ei = s.err()[i];
                    e[n] = Double.isFinite(ei) ? Math.abs(ei) : 0;
                }
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        boolean anyError = false;
        if (e != null) {
            e = Arrays.copyOf(e, n);
            for (double v : e) {
                anyError |= v > 0;
            }
        }
        XYSeries xs = anyError ? c.addSeries(s.name(), x, y, e) : c.addSeries(s.name(), x, y);
        switch (s.style()) {
            case LINE, STEPS -> {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xs.setMarker(SeriesMarkers.NONE);
                xs.setLineStyle(new BasicStroke(1.8f));
            }
            case LINE_MARKERS -> {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xs.setMarker(SeriesMarkers.CIRCLE);
                xs.setLineStyle(new BasicStroke(1.4f));
            }
            case POINTS -> {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                xs.setMarker(SeriesMarkers.CIRCLE);
            }
            case DASHED -> {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xs.setMarker(SeriesMarkers.NONE);
                xs.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, 5f}, 0f));
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Bin centres and heights to the corners of a staircase. */
    private static Series staircase(Series s) {
        int n = s.x().length;
        if (n < 2) {
            return new Series(s.name(), s.x(), s.y(), null, Style.LINE);
        }
        double half = (s.x()[n - 1] - s.x()[0]) / (n - 1) / 2;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = s.x()[i] - half;
            x[2 * i + 1] = s.x()[i] + half;
            y[2 * i] = s.y()[i];
            y[2 * i + 1] = s.y()[i];
        }
        return new Series(s.name(), x, y, null, Style.STEPS);
    }
}
