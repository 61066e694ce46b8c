package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report directory is written under a temporary name, renamed at the end, and never clobbers a foreign directory. */
class ReportWriterTest {
    @TempDir
    Path tmp;

    private static Validation.Report tiny() {
        Row row = Row.statistical("V9.1", "claim", "1", "1.0 ± 0.1", 0.0, "finding");
        ExperimentResult r = new ExperimentResult("V9", "title", List.of(row), "text\n\n", Map.of());
        return new Validation.Report(true, List.of(r));
    }

    private ExperimentContext ctx() {
        return new ExperimentContext(tmp, true, 1, s -> { });
    }

    @Test
    void replacesAPreviousValidationDirectoryAtomically() throws IOException {
        Path out = tmp.resolve("validation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), "old");
        Files.writeString(out.resolve("stale.png"), "x");
        Validation.write(tiny(), ctx(), out);
        assertTrue(Files.readString(out.resolve("report.md")).contains("| V9.1 |"));
        assertTrue(Files.notExists(out.resolve("stale.png")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotAValidation() throws IOException {
        Path out = tmp.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("data.txt"), "keep");
        assertThrows(IOException.class, () -> Validation.write(tiny(), ctx(), out));
        assertEquals("keep", Files.readString(out.resolve("data.txt")));
    }

    @Test
    void verdictsFollowTheThreshold() {
        assertEquals("agrees", Row.statistical("a", "", "", "", 2.99, "").verdict());
        assertEquals("agrees", Row.statistical("a", "", "", "", -3.0, "").verdict());
        assertEquals("disagrees (3.1 sigma)", Row.statistical("a", "", "", "", -3.1, "").verdict());
        assertTrue(Row.criterion("a", "", "", "", false, "x <= 1", "").verdict().startsWith("disagrees (criterion: x <= 1"));
    }
}
