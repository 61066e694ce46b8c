package spinsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory appears whole, under its final name, or not at all. */
class RunDirectoryTest {
    @TempDir
    Path tmp;

    private List<String> entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesUnderAHiddenPartialNameAndRenamesOnCommit() throws Exception {
        Path target = tmp.resolve("runs/a");
        try (RunDirectory d = RunDirectory.create(target)) {
            assertTrue(d.partial().getFileName().toString().startsWith(".a.partial-"), d.partial().toString());
            assertEquals(tmp.resolve("runs"), d.partial().getParent());
            Files.writeString(d.partial().resolve("x.txt"), "x");
            assertTrue(Files.notExists(target));
            assertEquals(target.toAbsolutePath(), d.commit());
        }
        assertEquals(List.of("a"), entries(tmp.resolve("runs")));
        assertEquals("x", Files.readString(target.resolve("x.txt")));
    }

    @Test
    void closingWithoutCommitLeavesNothingNotEvenTheParentsItMade() throws Exception {
        Path target = tmp.resolve("deep/er/run");
        try (RunDirectory d = RunDirectory.create(target)) {
            Files.createDirectories(d.partial().resolve("sub"));
            Files.writeString(d.partial().resolve("sub/y.txt"), "y");
        }
        assertEquals(List.of(), entries(tmp));
    }

    @Test
    void aParentThatExistedIsKept() throws Exception {
        Files.createDirectory(tmp.resolve("runs"));
        try (RunDirectory d = RunDirectory.create(tmp.resolve("runs/b"))) {
            Files.writeString(d.partial().resolve("z"), "z");
        }
        assertEquals(List.of("runs"), entries(tmp));
        assertEquals(List.of(), entries(tmp.resolve("runs")));
    }

    @Test
    void anExistingTargetIsRefused() throws Exception {
        Files.createDirectory(tmp.resolve("c"));
        assertThrows(FileAlreadyExistsException.class, () -> RunDirectory.create(tmp.resolve("c")));
        assertEquals(List.of("c"), entries(tmp));
    }
}
