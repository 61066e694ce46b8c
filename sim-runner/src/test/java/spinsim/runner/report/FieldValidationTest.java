package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick validation of V9-V12 end to end through the command ({@code spinsim validate V9 V10 V11
 * V12 --quick}): every row has a verdict, the verdicts the findings rest on come out as stated (at
 * quick size the effects are tens to hundreds of sigma), and every figure is written.
 */
class FieldValidationTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void quickV9toV12WritesRowsWithVerdictsAndFigures() throws Exception {
        Path out = tmp.resolve("validation");
        String md = QuickReport.run(out, "V9", "V10", "V11", "V12");
        Map<String, String> verdicts = QuickReport.verdicts(md, "V9", "V10", "V11", "V12");
        // the findings
        assertTrue(verdicts.get("V9.1").startsWith("agrees"), "rho(theta, t) = Eq. 38 by KS: " + verdicts);
        assertTrue(verdicts.get("V9.2").startsWith("agrees"), "mean cos: " + verdicts);
        assertTrue(verdicts.get("V10.1").startsWith("disagrees"), "k is not 4/3: " + verdicts);
        assertTrue(verdicts.get("V10.2").startsWith("agrees"), "k is 2/3: " + verdicts);
        assertTrue(verdicts.get("V11.1").startsWith("disagrees"), "Eq. 51 as printed: " + verdicts);
        assertTrue(verdicts.get("V11.2").startsWith("agrees"), "derived Eq. 51: " + verdicts);
        assertTrue(verdicts.get("V12.1").startsWith("disagrees"), "Eq. 58 as printed: " + verdicts);
        assertTrue(md.contains("rule's own loss") || md.contains("rule's own spin loss"), "the explanation");

        Matcher links = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        int n = 0;
        while (links.find()) {
            BufferedImage img = ImageIO.read(out.resolve(links.group(1)).toFile());
            assertNotNull(img, links.group(1));
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, links.group(1));
            n++;
        }
        for (String fig : List.of("v9-fig6.png", "v10-fig7.png", "v11-paramagnetic-response.png",
                "v12-ferromagnet-x.png")) {
            assertTrue(md.contains("](" + fig + ")"), "figure " + fig + " linked");
        }
        assertTrue(n >= 6, "figures: " + n);
    }
}
