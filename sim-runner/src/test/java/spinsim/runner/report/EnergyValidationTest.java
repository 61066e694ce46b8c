package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The quick validation of V6-V8 end to end through the command ({@code spinsim validate V6 V7 V8
 * --quick}): every row has a verdict, the verdicts the report's findings rest on come out as
 * stated, every figure is written and embedded, and report.html opens in a headless browser with
 * all figures (when chromium is installed; CI installs it).
 */
class EnergyValidationTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // about 20 s on an idle 2-core machine
    void quickV6toV8WritesRowsFiguresAndABrowsableReport() throws Exception {
        Path out = tmp.resolve("validation");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        int code = cl.execute("V6", "V7", "V8", "--quick", "--out", out.toString(), "--threads", "2", "--configs",
                TestPaths.configs().toString());
        assertEquals(0, code, stderr.toString());
        String md = Files.readString(out.resolve("report.md"));

        Map<String, String> verdicts = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("(?m)^\\| (V[678]\\.\\d+) \\|(.*)$").matcher(md);
        while (rows.find()) {
            String[] cells = HtmlReport.cells("|" + rows.group(2)).toArray(new String[0]);
            verdicts.put(rows.group(1), cells[4].trim());
        }
        for (String v : List.of("V6.", "V7.", "V8.")) {
            assertTrue(verdicts.keySet().stream().anyMatch(k -> k.startsWith(v)), "no row of " + v + ": " + verdicts);
        }
        for (Map.Entry<String, String> e : verdicts.entrySet()) {
            assertTrue(e.getValue().startsWith("agrees") || e.getValue().startsWith("disagrees"),
                    e.getKey() + " has no verdict: " + e.getValue());
        }
        // the findings the report states (robust at quick size: the effects are tens to thousands of sigma)
        assertTrue(verdicts.get("V6.1").startsWith("agrees"), "Eq. 14 integrates to Eq. 15: " + verdicts);
        assertTrue(verdicts.get("V6.2").startsWith("disagrees"), "paper rule: c = 1/2, not 0.1916: " + verdicts);
        assertTrue(verdicts.get("V6.4").startsWith("agrees"), "paper-planar's first step: 0.1916: " + verdicts);
        assertTrue(verdicts.get("V7.1").startsWith("disagrees"), "paper rule does not follow Eq. 19: " + verdicts);
        assertTrue(verdicts.get("V7.2").startsWith("disagrees"), "n_spin is not 1.1428 D kT: " + verdicts);
        assertTrue(verdicts.get("V8.1").startsWith("agrees"), "x held at 75 %: " + verdicts);
        assertTrue(verdicts.get("V8.2").startsWith("disagrees"), "Eq. 27-28: " + verdicts);
        assertTrue(verdicts.get("V8.3").startsWith("agrees"), "all pairs: " + verdicts);
        assertTrue(md.contains("independent-place Fermi-Dirac result"), "the V7 explanation");

        // every figure linked from report.md exists, is a PNG, and is inlined in report.html
        List<String> figures = new ArrayList<>();
        Matcher links = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        while (links.find()) {
            figures.add(links.group(1));
            BufferedImage img = ImageIO.read(out.resolve(links.group(1)).toFile());
            assertNotNull(img, links.group(1));
            assertTrue(img.getWidth() >= 900 && img.getHeight() >= 500, links.group(1));
        }
        for (String f : List.of("v6-rate-constant.png", "v7-fig5a-paper.png", "v7-fig5a-paper-planar.png",
                "v8-fig5b.png", "v8-tails.png")) {
            assertTrue(figures.contains(f), f + " in " + figures);
        }
        String html = Files.readString(out.resolve(HtmlReport.FILE));
        assertEquals(figures.size(), HtmlReportTest.count(html, "<img src=\"data:image/png;base64,"));
        assertTrue(stdout.toString().contains("report.html"), stdout.toString());

        String chromium = HeadlessChromium.binary();
        if (chromium == null) {
            if (HeadlessChromium.required()) {
                throw new AssertionError(HeadlessChromium.REQUIRE_ENV + " is set but no chromium binary was found");
            }
            System.err.println("EnergyValidationTest: no chromium binary found; report.html not opened in a browser");
            return;
        }
        Path work = Files.createDirectories(tmp.resolve("browser"));
        HeadlessChromium.Seen seen = HeadlessChromium.open(chromium, out.resolve(HtmlReport.FILE), work);
        assertEquals(figures.size(), seen.imageWidths().size(), "images in the page: " + seen);
        for (int w : seen.imageWidths()) {
            assertTrue(w >= 900, "every figure decoded at full width: " + seen.imageWidths());
        }
        assertEquals(List.of(), seen.brokenLinks(), "broken links");
        assertTrue(seen.links() >= verdicts.size(), "one link per summary row at least: " + seen.links());
    }
}
