package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick validation of V13-V15 end to end through the command ({@code spinsim validate V13 V14
 * V15 --quick}): every row has a verdict, the figures reproducing Fig. 9a, 9b, 10 and 11 are
 * written with the cascade and the Monte Carlo each drawn, and the findings the report states come
 * out (at quick size: 26214 states, 4 replicas).
 */
class SpinTorqueValidationTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void quickV13toV15WritesRowsWithVerdictsAndTheFigures() throws Exception {
        Path out = tmp.resolve("validation");
        String md = QuickReport.run(out, "V13", "V14", "V15");
        Map<String, String> verdicts = QuickReport.verdicts(md, "V13", "V14", "V15");
        // the findings the report rests on (each tens of sigma or a clear criterion at quick size)
        assertTrue(verdicts.get("V13.1").startsWith("disagrees"), "80/20: the populations dissolve first: " + verdicts);
        assertTrue(verdicts.get("V13.3").startsWith("disagrees"), "80/20: the rule converts more than the cascade: " + verdicts);
        assertTrue(verdicts.get("V14.3").startsWith("agrees"), "~2 % converted at wide angles: " + verdicts);
        assertTrue(verdicts.get("V15.1").startsWith("agrees"), "A ~ 57 deg at small angles: " + verdicts);
        assertTrue(md.contains("1 rad = 57.3"), "the unit of A is stated");

        for (String fig : List.of("v13-80-20-occupations.png", "v13-98-2-occupations.png", "v13-80-20-angles.png",
                "v13-angle-between.png", "v14-rotation.png", "v14-converted.png", "v15-torque-a.png", "v15-conversion-b.png")) {
            assertTrue(md.contains("](" + fig + ")"), "figure " + fig + " linked");
            BufferedImage img = ImageIO.read(out.resolve(fig).toFile());
            assertNotNull(img, fig);
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, fig);
        }
    }
}
