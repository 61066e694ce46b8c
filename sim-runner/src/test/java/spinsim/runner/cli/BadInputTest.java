package spinsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import spinsim.runner.config.BadConfigs;

/**
 * Bad input to {@code spinsim run}: exit code 2, exactly one line on stderr naming the file (or
 * option), key path, value and what is allowed, nothing on stdout, and no run directory (nor a
 * hidden partial one) left behind.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    static List<BadConfigs.Case> cases() {
        return BadConfigs.cases();
    }

    private Path writeConfig(String yaml) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private void assertRefused(Cli.Result r, List<String> mustName) throws Exception {
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.errLines().size(), "exactly one line on stderr:\n" + r);
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("spinsim: "), line);
        for (String s : mustName) {
            assertTrue(line.contains(s), "'" + s + "' missing from: " + line);
        }
        assertTrue(!line.contains("Exception") && !line.contains("\tat "), "no stack trace: " + line);
        assertEquals("", r.out(), r.toString());
    }

    private void assertNothingWritten(String... expected) throws Exception {
        assertEquals(List.of(expected), Cli.entries(tmp), "no run directory, no hidden partial directory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badConfigIsRefusedInOneLineAndWritesNothing(BadConfigs.Case c) throws Exception {
        Path config = writeConfig(c.yaml());
        Path out = tmp.resolve("runs").resolve("r");
        Cli.Result r = Cli.run("run", config.toString(), "--out", out.toString(), "--threads", "1");
        List<String> names = c.value() == null ? List.of(config.toString(), c.allowed())
                : List.of(config.toString(), c.keyPath() + " = ", c.value(), c.allowed());
        assertRefused(r, names);
        assertNothingWritten("bad.yaml");
    }

    @Test
    void missingConfigFileIsRefused() throws Exception {
        Path config = tmp.resolve("missing.yaml");
        Cli.Result r = Cli.run("run", config.toString(), "--out", tmp.resolve("r").toString());
        assertRefused(r, List.of(config.toString(), "file not found"));
        assertNothingWritten();
    }

    @Test
    void unreadableConfigIsRefused() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("a-directory.yaml"));
        Cli.Result r = Cli.run("run", dir.toString(), "--out", tmp.resolve("r").toString());
        assertRefused(r, List.of(dir.toString(), "cannot read file: it is a directory"));
        assertNothingWritten("a-directory.yaml");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--threads, 0, 'must be a whole number in [1, 1024]'",
        "--threads, -2, 'must be a whole number in [1, 1024]'",
        "--threads, many, 'must be a whole number in [1, 1024]'",
        "--replicas, 0, 'must be a whole number in [1, 10000]'",
        "--replicas, -1, 'must be a whole number in [1, 10000]'",
        "--seed, 1.5, 'must be a whole number'"})
    void badOptionValueIsRefusedInOneLine(String option, String value, String allowed) throws Exception {
        Path config = writeConfig(BadConfigs.VALID);
        Cli.Result r = Cli.run("run", config.toString(), "--out", tmp.resolve("r").toString(), option, value);
        assertRefused(r, List.of(option, value, allowed));
        assertNothingWritten("bad.yaml");
    }

    /** sweep, validate and bench read their options as run does: picocli said "'abc' is not an int". */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sweep    | --replicas | abc | --replicas = 'abc': must be a whole number in [1, 10000] (independent replicas)",
        "sweep    | --replicas | 0   | --replicas = 0: must be a whole number in [1, 10000] (independent replicas)",
        "sweep    | --threads  | x   | --threads = 'x': must be a whole number in [1, 1024] (worker threads)",
        "validate | --threads  | x   | --threads = 'x': must be a whole number in [1, 1024] (worker threads)",
        "validate | --threads  | 0   | --threads = 0: must be a whole number in [1, 1024] (worker threads)",
        "bench    | --threads  | 1,x | --threads = 'x': must be a whole number in [1, 1024] (worker threads)",
        "bench    | --sizes    | 14,y | --sizes = 'y': must be a whole number in [4, 30] (a cell size as a power of two: "
                + "20 is 2^20 states)",
        "bench    | --seconds  | x   | --seconds = 'x': must be a number of seconds in [0.01, 86400]"})
    void badOptionValuesOfTheOtherCommandsAreRefusedAsRunRefusesThem(String command, String option, String value,
            String message) throws Exception {
        Path config = writeConfig(BadConfigs.VALID);
        List<String> args = switch (command) {
            case "sweep" -> List.of("sweep", config.toString(), "--param", "ensemble.filling=0.5,1", "--out",
                    tmp.resolve("s").toString());
            case "validate" -> List.of("validate", "V1", "--quick", "--out", tmp.resolve("v").toString());
            default -> List.of(command);
        };
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(option, value));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertRefused(r, List.of());
        assertEquals("spinsim: command line: " + message, r.errLines().get(0));
        assertNothingWritten("bad.yaml");
        if (option.equals("--threads") || option.equals("--replicas")) {
            // the very line run gives for the same value
            Cli.Result run = Cli.run("run", config.toString(), "--out", tmp.resolve("r").toString(), option,
                    value.replace("1,", ""));
            assertEquals(run.err(), r.err());
        }
    }

    /** validate's own refusals are one line in the same format, exit 2, and run nothing. */
    @Test
    void validateRefusalsAreOneLineInTheProjectFormat() throws Exception {
        Cli.Result r = Cli.run("validate", "V99", "--out", tmp.resolve("v").toString());
        assertRefused(r, List.of());
        assertTrue(r.errLines().get(0).startsWith("spinsim: command line: ID = 'V99': not an experiment of the "
                + "catalogue; one of V1, V2, "), r.err());
        r = Cli.run("validate", "V1", "--configs", tmp.resolve("none").toString(), "--out", tmp.resolve("v").toString());
        assertRefused(r, List.of());
        assertEquals("spinsim: command line: --configs = " + tmp.resolve("none") + ": no such directory; run from the "
                + "project root or pass --configs DIR", r.errLines().get(0));
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        r = Cli.run("validate", "V1", "--quick", "--out", file.resolve("v").toString());
        assertRefused(r, List.of());
        assertTrue(r.errLines().get(0).startsWith("spinsim: command line: --out = " + file.resolve("v") + ": "), r.err());
        assertFalse(Files.exists(tmp.resolve("v")));
    }

    @Test
    void unknownOptionAndMissingConfigAreOneLine() throws Exception {
        assertRefused(Cli.run("run", "x.yaml", "--thread", "2"), List.of("--thread"));
        assertRefused(Cli.run("run"), List.of("CONFIG"));
        assertRefused(Cli.run(), List.of("missing command"));
        assertRefused(Cli.run("simulate"), List.of("simulate"));
    }

    @Test
    void existingOutputDirectoryIsNeverOverwritten() throws Exception {
        Path config = writeConfig(BadConfigs.VALID);
        Path out = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli.Result r = Cli.run("run", config.toString(), "--out", out.toString());
        assertRefused(r, List.of("--out", out.toString(), "already exists"));
        assertNothingWritten("bad.yaml", "taken");
        assertEquals(List.of("keep.txt"), Cli.entries(out));
    }

    @Test
    void sweepPointsTooShortForTheSteadyStateAnalysisAreRefusedBeforeRunning() throws Exception {
        // duration 2 with a record every step: 3 records, the analysis needs 4 (this ran every point, then
        // failed with a NullPointerException while writing the table)
        Path config = writeConfig(BadConfigs.VALID.replace("duration: 3", "duration: 2"));
        Path out = tmp.resolve("sweep");
        Cli.Result r = Cli.run("sweep", config.toString(), "--param", "ensemble.filling=0.5,1", "--out", out.toString(),
                "--threads", "1");
        assertRefused(r, List.of(config.toString(), "dynamics.duration = ", "at least 4 records", "this one has 3"));
        assertNothingWritten("bad.yaml");
    }

    @Test
    void sweepListIndexBeyondAnyListIsOneLine() throws Exception {
        Path config = writeConfig(BadConfigs.VALID);
        Cli.Result r = Cli.run("sweep", config.toString(), "--param", "ensemble.spins[99999999999].weight=1,2",
                "--out", tmp.resolve("s").toString());
        assertRefused(r, List.of("--param", "[99999999999]", "out of range"));
        assertNothingWritten("bad.yaml");
    }

    @Test
    void benchSecondsOutOfRangeIsOneLine() throws Exception {
        for (String v : List.of("0", "-1", "NaN", "Infinity")) {
            assertRefused(Cli.run("bench", "--seconds", v), List.of("--seconds", "[0.01, 86400]"));
        }
    }

    @Test
    void aConfigThatIsNotUtf8IsNamedSo() throws Exception {
        Path config = tmp.resolve("latin1.yaml");
        Files.write(config, "name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(Cli.run("run", config.toString(), "--out", tmp.resolve("r").toString()),
                List.of(config.toString(), "not UTF-8 text"));
        assertNothingWritten("latin1.yaml");
    }
}
