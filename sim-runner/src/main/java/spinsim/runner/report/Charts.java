package spinsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** XChart helpers of the report: a common style, line and point series, PNG output. */
final class Charts {
    static final int WIDTH = 960;
    static final int HEIGHT = 600;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};

    private Charts() {
    }

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // encode in memory: ImageIO's default file cache registers a shutdown hook, which fails when a
        // partial report is written after Ctrl-C (during shutdown), as in the run's Plots
        ImageIO.setUseCache(false);
    }

    static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        s.setSeriesColors(PALETTE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setAntiAlias(true);
        c.getStyler().setDecimalPattern("#0.####");
        return c;
    }

    /** A line without markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A dashed reference line. */
    static XYSeries dashed(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = line(c, name, x, y);
        s.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        if (color != null) {
            s.setLineColor(color);
        }
        return s;
    }

    /** A horizontal dashed line over [x0, x1]. */
    static XYSeries hline(XYChart c, String name, double y, double x0, double x1, Color color) {
        return dashed(c, name, new double[] {x0, x1}, new double[] {y, y}, color);
    }

    /** Points with error bars (errors may be null). */
    static XYSeries points(XYChart c, String name, double[] x, double[] y, double[] err) {
        XYSeries s = err == null ? c.addSeries(name, x, y) : c.addSeries(name, x, y, err);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        return s;
    }

    /** A line with markers and error bars. */
    static XYSeries lineWithErrors(XYChart c, String name, double[] x, double[] y, double[] err) {
        XYSeries s = err == null ? c.addSeries(name, x, y) : c.addSeries(name, x, y, err);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    static void savePng(XYChart c, Path file) throws IOException {
        BitmapEncoder.saveBitmap(c, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
