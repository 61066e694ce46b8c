package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** report.html: one self-contained page, summary at the top, every figure inline, every link resolving. */
class HtmlReportTest {
    @TempDir
    Path tmp;

    static XYChart chart(String title) {
        XYChart c = Charts.chart(title, "x", "y");
        Charts.line(c, "line", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        return c;
    }

    /** Two experiments with markdown of every kind the experiments write, and three figures. */
    static Validation.Report sample() {
        Map<String, XYChart> a = new LinkedHashMap<>();
        a.put("va-one.png", chart("one"));
        a.put("va-two.png", chart("two"));
        String sectionA = """
                Config `configs/x.yaml`: **bold** text, a [link to V8](#V8) and x < y & z > w.

                1. first item
                2. second item

                ![Figure one](va-one.png)

                ![Figure two](va-two.png)

                | rule | value | note |
                |---|---:|---|
                | `paper` | 0.5 ± 0.1 | a \\| pipe |

                """;
        Map<String, XYChart> b = new LinkedHashMap<>();
        b.put("vb-three.png", chart("three"));
        String sectionB = """
                - a bullet
                - another bullet

                ![Figure three](vb-three.png)

                """;
        ExperimentResult ra = new ExperimentResult("V7", "First | title", List.of(
                Row.statistical("V7.1", "claim with |z| <= 3", "1.1428", "1.0003 ± 0.0002", -831, "finding <b>"),
                Row.criterion("V7.2", "qualitative", "text", "ok", true, "ratio >= 5", "holds")), sectionA, a);
        ExperimentResult rb = new ExperimentResult("V8", "Second", List.of(
                Row.statistical("V8.1", "claim", "0.1916", "0.19196 ± 0.00059", 0.6, "agrees")), sectionB, b);
        return new Validation.Report(true, List.of(ra, rb));
    }

    Path written() throws IOException {
        Path out = tmp.resolve("validation");
        Validation.write(sample(), new ExperimentContext(tmp, true, 1, s -> { }), out);
        return out;
    }

    @Test
    void pageIsSelfContainedWithTheSummaryOnTop() throws IOException {
        Path out = written();
        String html = Files.readString(out.resolve(HtmlReport.FILE));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        // the summary table comes before the first section, one row per claim, verdicts coloured
        int summary = html.indexOf("<table class=\"summary\">");
        int first = html.indexOf("<h2 id=\"V7\">");
        assertTrue(summary > 0 && first > summary, "summary at the top");
        assertEquals(3, count(html, "<tr class=\"(agrees|disagrees|other)\">"));
        assertTrue(html.contains("<tr class=\"disagrees\"><td><a href=\"#V7\">V7.1</a>"));
        assertTrue(html.contains("<td class=\"num\">-831</td>"), "sigmas in the summary");
        // the markdown's own summary section is not repeated
        assertEquals(1, count(html, ">Summary</h2>"));
        // every figure inline as a data URI, none by reference
        List<String> srcs = attributes(html, "src");
        assertEquals(3, srcs.size());
        for (String s : srcs) {
            assertTrue(s.startsWith("data:image/png;base64,"), s.substring(0, Math.min(40, s.length())));
        }
        // every link is an in-page anchor that exists
        List<String> ids = attributes(html, "id");
        for (String href : attributes(html, "href")) {
            assertTrue(href.startsWith("#"), "self-contained: " + href);
            assertTrue(ids.contains(href.substring(1)), "anchor " + href + " exists; ids " + ids);
        }
        // markdown constructs
        assertTrue(html.contains("<code>configs/x.yaml</code>") && html.contains("<strong>bold</strong>"));
        assertTrue(html.contains("x &lt; y &amp; z &gt; w"), "escaped text");
        assertTrue(html.contains("<a href=\"#V8\">link to V8</a>"));
        assertTrue(html.contains("<ol>\n<li>first item</li>\n<li>second item</li>\n</ol>"));
        assertTrue(html.contains("<ul>\n<li>a bullet</li>"));
        assertTrue(html.contains("<td>a | pipe</td>"), "escaped pipe inside a cell");
        assertTrue(html.contains("<td class=\"num\">0.5 ± 0.1</td>"), "right-aligned column");
        assertTrue(html.contains("finding &lt;b&gt;"), "row text escaped");
        assertFalse(html.contains("<script"), "no script in the report");
        // report.md is still there and links the same figures
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("![Figure three](vb-three.png)"));
    }

    @Test
    void tableCellsSplitOnUnescapedPipes() {
        assertEquals(List.of(" a | b ", " c "), HtmlReport.cells("| a \\| b | c |"));
        assertEquals(List.of("x"), HtmlReport.cells("|x|"));
        assertEquals("V6", HtmlReport.anchor("V6"));
        assertEquals("what-this-is", HtmlReport.anchor("What this is"));
    }

    @Test
    void aMissingFigureIsAnError() {
        Validation.Report r = sample();
        String md = "# t\n\n![gone](nowhere.png)\n";
        assertThrows(IOException.class, () -> HtmlReport.html(r, md, tmp));
    }

    /**
     * The page in a real headless browser (Debian's chromium): it loads, every image decodes to its
     * full width, and no link is broken. Skipped only when no chromium binary is installed and
     * {@code SPINSIM_REQUIRE_CHROMIUM} is not set (CI sets it and installs chromium).
     */
    @Test
    void opensInAHeadlessBrowserWithEveryFigureAndNoBrokenLink() throws Exception {
        String chromium = HeadlessChromium.binary();
        if (chromium == null && HeadlessChromium.required()) {
            throw new AssertionError(HeadlessChromium.REQUIRE_ENV + " is set but no chromium binary was found on the PATH");
        }
        Assumptions.assumeTrue(chromium != null, "no chromium binary found (apt-get install chromium); browser check skipped");
        Path out = written();
        Path work = Files.createDirectories(tmp.resolve("browser"));
        HeadlessChromium.Seen seen = HeadlessChromium.open(chromium, out.resolve(HtmlReport.FILE), work);
        assertEquals(List.of(Charts.WIDTH, Charts.WIDTH, Charts.WIDTH), seen.imageWidths(), "every figure decoded");
        assertTrue(seen.links() >= 5, "links seen: " + seen.links());
        assertEquals(List.of(), seen.brokenLinks());
    }

    static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<String> attributes(String html, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
