package spinsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.Observables;

/** {@code spinsim run} end to end on a small config: the run directory and what is printed. */
class RunCommandTest {
    static final String CONFIG = """
            name: small
            seed: 11
            replicas: 3
            ensemble:
              cells: 2
              states_per_cell: 3000
              filling: 1.0
              spin_fraction: 0.5
              spins:
                - {kind: fixed, weight: 1, direction: [1, 0, 0]}
                - {kind: isotropic, weight: 1}
            dynamics:
              rule: paper
              duration: 8
              processes: [{name: spin-relaxation, tau_spin: 20}]
            observe:
              axis: [1, 0, 0]
              histogram_bins: 16
            """;

    static final List<String> FILES = List.of("config.resolved.yaml", "counts.png", "histogram.csv", "histogram.png",
            "performance.json", "polarization.png", "summary.json", "timeseries.csv");

    @TempDir
    Path tmp;

    private Path config() throws Exception {
        Path c = tmp.resolve("small.yaml");
        Files.writeString(c, CONFIG);
        return c;
    }

    @Test
    void writesTheRunDirectoryAndPrintsWhereAndWhat() throws Exception {
        Path out = tmp.resolve("runs/first");
        Cli.Result r = Cli.run("run", config().toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertEquals(FILES, Cli.entries(out));
        assertEquals(List.of("first"), Cli.entries(tmp.resolve("runs")), "no partial directory left");

        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("wrote " + out + "/ (config.resolved.yaml, summary.json, timeseries.csv"),
                r.out());
        assertTrue(r.out().contains("n_tia = ") && r.out().contains(" ± ") && r.out().contains("polarization = "),
                r.out());
        assertTrue(r.out().contains("conservation: electrons 6000 -> 6000, n_full - n_empty 0 -> 0: conserved"),
                r.out());
        assertTrue(r.out().contains("performance: ") && r.out().contains("ns/pair"), r.out());

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        List<String> keys = new ArrayList<>();
        s.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("spinsim_version", "config", "config_sha256", "name", "seed", "replicas",
                "replicas_requested", "interrupted", "rule", "pairing", "dt", "steps", "duration", "time_unit",
                "record_every", "records", "time_final", "splitting_order", "processes", "ensemble",
                "initial_composition", "observables", "conservation"), keys);
        assertEquals("small.yaml", s.get("config").asText());
        assertEquals(11, s.get("seed").asLong());
        assertEquals(3, s.get("replicas").asInt());
        assertFalse(s.get("interrupted").asBoolean());
        assertEquals("paper", s.at("/rule/name").asText());
        assertFalse(s.at("/rule/description").asText().isEmpty());
        assertEquals("[\"scattering(paper, sweep)\",\"spin-relaxation\"]", s.get("splitting_order").toString());
        assertEquals(750, s.at("/initial_composition/every_cell/n_empty").asLong());
        assertEquals(3000, s.at("/initial_composition/total/n_spin").asLong());
        assertEquals(6000, s.at("/initial_composition/total/electrons").asLong());
        for (Observables.Column c : Observables.COLUMNS) {
            JsonNode o = s.at("/observables/" + c.name());
            assertTrue(o.at("/final/value").isNumber(), c.name());
            assertTrue(o.at("/final/se").isNumber(), c.name());
            assertTrue(o.at("/final/method").asText().contains("3 replicas"), c.name());
        }
        assertTrue(s.at("/conservation/electrons/conserved").asBoolean());
        assertEquals(6000, s.at("/conservation/electrons/final").asLong());
        assertTrue(s.at("/conservation/n_full_minus_n_empty/conserved").asBoolean());

        String text = Files.readString(out.resolve("summary.json"));
        for (String forbidden : List.of("wall", "thread", "jvm", tmp.toString(), "available")) {
            assertFalse(text.toLowerCase().contains(forbidden.toLowerCase()), "summary.json mentions " + forbidden);
        }
        // ISO dates and compact time stamps (a plain number such as 0.20170512 or a seed is no date)
        assertFalse(text.matches("(?s).*(\\b20\\d\\d-\\d\\d-\\d\\d|\\b20\\d{6}-\\d{6}\\b).*"), "no dates in summary.json");

        JsonNode p = new ObjectMapper().readTree(out.resolve("performance.json").toFile());
        assertEquals(2, p.get("threads").asInt());
        assertEquals(13, p.get("bytes_per_state").asInt());
        assertEquals(3000.0, p.get("pairs_per_step").asDouble());
        assertEquals(3 * 8, p.get("steps_timed").asLong());
        for (String k : List.of("p50", "p90", "p99", "max", "mean")) {
            assertTrue(p.at("/step_ms/" + k).asDouble() > 0, k);
        }

        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        StringBuilder header = new StringBuilder("step,time");
        for (Observables.Column c : Observables.COLUMNS) {
            header.append(',').append(c.name()).append(',').append(c.name()).append("_se");
        }
        assertEquals(header.toString(), csv.get(0));
        assertEquals(1 + 9, csv.size(), "records at t = 0 .. 8");
        assertTrue(csv.get(9).startsWith("8,8.0,"), csv.get(9));

        List<String> hist = Files.readAllLines(out.resolve("histogram.csv"));
        assertEquals(1 + 16, hist.size());
        assertTrue(hist.get(1).startsWith("0,-0.9375,"), hist.get(1));

        for (String png : List.of("counts.png", "polarization.png", "histogram.png")) {
            BufferedImage img = ImageIO.read(out.resolve(png).toFile());
            assertNotNull(img, png);
            assertTrue(img.getWidth() >= 600 && img.getHeight() >= 400, png);
        }
    }

    @Test
    void resolvedConfigRunsAgainAsIs() throws Exception {
        Path out = tmp.resolve("r");
        Cli.Result r = Cli.run("run", config().toString(), "--out", out.toString(), "--seed", "99", "--replicas", "2");
        assertEquals(0, r.code(), r.toString());
        RunSpec again = ConfigLoader.load(out.resolve("config.resolved.yaml"));
        RunSpec first = ConfigLoader.load(config()).withSeed(99).withReplicas(2);
        assertEquals(first.resolved().toString(), again.resolved().toString());
        assertTrue(Files.readString(out.resolve("config.resolved.yaml")).startsWith("# spinsim "));
    }

    @Test
    void everySixtyFourBitSeedRunsAndRoundTrips() throws Exception {
        // -2^63 was refused although the seed is "any 64-bit integer"; seeds are plain longs throughout
        Path out = tmp.resolve("min");
        Cli.Result r = Cli.run("run", config().toString(), "--out", out.toString(), "--seed", "-9223372036854775808",
                "--replicas", "2", "--threads", "1");
        assertEquals(0, r.code(), r.toString());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(Long.MIN_VALUE, s.get("seed").asLong());
        assertTrue(s.get("seed").isIntegralNumber(), s.toString());
        assertTrue(Files.readString(out.resolve("config.resolved.yaml")).contains("\nseed: -9223372036854775808\n"));
        assertEquals(Long.MIN_VALUE, ConfigLoader.load(out.resolve("config.resolved.yaml")).seed());
    }

    @Test
    void singleReplicaUsesBatchMeansForTheFinalValueAndLeavesSeEmpty() throws Exception {
        Path out = tmp.resolve("one");
        Cli.Result r = Cli.run("run", config().toString(), "--out", out.toString(), "--replicas", "1");
        assertEquals(0, r.code(), r.toString());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1, s.get("replicas").asInt());
        assertTrue(s.at("/observables/n_tia/final/method").asText().contains("batch means"),
                s.at("/observables/n_tia/final").toString());
        assertTrue(s.at("/observables/n_tia/initial/se").isNull());
        assertTrue(s.at("/observables/n_tia/initial/method").asText().contains("single replica"));
        String row = Files.readAllLines(out.resolve("timeseries.csv")).get(1);
        assertTrue(row.startsWith("0,0.0,1500.0,,1500.0,,3000.0,,6000.0,,"), row);
    }

    @Test
    void defaultRunNameComesFromTheConfigAndAvoidsCollisions() {
        Path p = RunCommand.defaultOut("quick start/1");
        assertEquals("runs", p.getParent().toString());
        assertTrue(p.getFileName().toString().matches("quick_start_1-\\d{8}-\\d{6}"), p.toString());
    }
}
