package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The quick validation of V1-V5, end to end through the command, into a temporary directory. */
class QuickValidationTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void quickValidationWritesAReportWithEveryRowAndEveryLinkedPlot() throws Exception {
        Path out = tmp.resolve("validation");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        // V1-V5 by name: the later experiments have their own quick tests (e.g. EnergyValidationTest for V6-V8)
        int code = cl.execute("V1", "V2", "V3", "V4", "V5", "--quick", "--out", out.toString(), "--threads", "2",
                "--configs", TestPaths.configs().toString());
        assertEquals(0, code, stderr.toString());

        Path report = out.resolve("report.md");
        assertTrue(Files.isRegularFile(report));
        String md = Files.readString(report);
        // one summary row per claim facet, for every experiment
        List<String> rowIds = new ArrayList<>();
        Matcher rows = Pattern.compile("(?m)^\\| (V[1-5]\\.\\d+) \\|").matcher(md);
        while (rows.find()) {
            rowIds.add(rows.group(1));
        }
        assertTrue(rowIds.size() >= 5, "rows: " + rowIds);
        for (String v : List.of("V1.", "V2.", "V3.", "V4.", "V5.")) {
            assertTrue(rowIds.stream().anyMatch(r -> r.startsWith(v)), "no row of " + v);
        }
        assertTrue(md.contains("|z| <= 3"), "the verdict threshold must be stated");
        assertTrue(md.contains("quick"), "sizes must be stated");
        // every linked plot exists and is a readable PNG
        Matcher links = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        int n = 0;
        while (links.find()) {
            Path png = out.resolve(links.group(1));
            assertTrue(Files.isRegularFile(png), "missing " + png);
            BufferedImage img = ImageIO.read(png.toFile());
            assertNotNull(img, "not an image: " + png);
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100);
            n++;
        }
        assertTrue(n >= 5, "plots linked: " + n);
        // no half-written siblings left behind
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList());
        }
        // the summary goes to stdout; the report holds no machine-dependent numbers
        assertTrue(stdout.toString().contains("| V1.1 |"), stdout.toString());
        assertFalse(md.contains("threads"), "the report must not depend on the thread count");
        assertFalse(md.matches("(?s).*\\b20\\d\\d-\\d\\d-\\d\\d\\b.*"), "no dates in the report");
    }

    @Test
    void unknownExperimentIsRefusedWithTheKnownIds() {
        StringWriter stderr = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setErr(new PrintWriter(stderr));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("V99", "--out", tmp.resolve("x").toString());
        assertEquals(2, code);
        String msg = stderr.toString().trim();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains("V99") && msg.contains("V1, V2, V3, V4, V5"), msg);
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void anOutThatCannotTakeTheReportIsRefusedBeforeAnythingRuns() throws Exception {
        // an existing file, and a non-empty directory without report.md: refused at once (exit 2),
        // not after the experiments (a full validation takes minutes)
        Path file = Files.writeString(tmp.resolve("a-file"), "mine");
        Path dir = Files.createDirectory(tmp.resolve("a-dir"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        for (Path out : List.of(file, dir)) {
            StringWriter stderr = new StringWriter();
            CommandLine cl = new CommandLine(new ValidateCommand());
            cl.setErr(new PrintWriter(stderr));
            cl.setOut(new PrintWriter(new StringWriter()));
            int code = cl.execute("V4", "--quick", "--out", out.toString(), "--configs", TestPaths.configs().toString());
            String msg = stderr.toString().trim();
            assertEquals(2, code, msg);
            assertEquals(1, msg.lines().count(), "one line, and no experiment started: " + msg);
            assertTrue(msg.startsWith("spinsim: command line: --out = " + out + ": "), msg);
        }
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("keep.txt"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void idsAreCaseInsensitiveAndZeroPadded() {
        assertEquals("V4", Validation.byId("v4").id());
        assertEquals("V1", Validation.byId("V01").id());
        assertEquals(null, Validation.byId("V99"));
    }
}
