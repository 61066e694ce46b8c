package spinsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
    @TempDir
    Path tmp;

    @Test
    void writesAPngOfTheStatedSizeSkippingNonFinitePoints() throws Exception {
        double[] x = {0, 1, 2, 3};
        Path png = tmp.resolve("c.png");
        Plots.lineChart(png, "title", "x", "y",
                Plots.Series.withErrors("with errors", x, new double[] {1, 2, Double.NaN, 4},
                        new double[] {0.1, Double.NaN, 0.1, 0.2}),
                Plots.Series.line("line", x, new double[] {4, 3, 2, 1}),
                Plots.Series.dashed("dashed", x, new double[] {2, 2, 2, 2}),
                Plots.Series.points("no errors", x, new double[] {1, 1, 1, 1}, null),
                Plots.Series.steps("steps", x, new double[] {0, 1, 0, 1}),
                Plots.Series.line("all NaN (dropped)", x, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertEquals(Plots.WIDTH, img.getWidth());
        assertEquals(Plots.HEIGHT, img.getHeight());
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Plots.Series.line("bad", new double[] {0, 1}, new double[] {0}));
    }
}
