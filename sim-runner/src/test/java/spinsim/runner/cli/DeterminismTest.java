package spinsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same config and seed give byte-identical summary.json, timeseries.csv and histogram.csv on
 * 1, 2 and 4 threads. One cell of 200000 states is larger than a block (2^16), so the exact
 * matching of the whole cell runs before its four blocks scatter in parallel.
 */
class DeterminismTest {
    static final String CONFIG = """
            name: determinism
            seed: 424242
            replicas: 3
            ensemble:
              cells: 1
              states_per_cell: 200000
              filling: 0.9
              spin_fraction: 0.4
              spins:
                - {kind: fixed, weight: 1, direction: [0, 0, 1]}
                - {kind: isotropic, weight: 1}
            dynamics:
              rule: paper
              pairing: sweep
              duration: 10
            observe:
              every: 2
              histogram_bins: 20
            """;

    @TempDir
    Path tmp;

    @Test
    void outputsAreIdenticalOnOneTwoAndFourThreads() throws Exception {
        Path config = tmp.resolve("determinism.yaml");
        Files.writeString(config, CONFIG);
        Path[] dirs = new Path[3];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < 3; i++) {
            dirs[i] = tmp.resolve("t" + threads[i]);
            Cli.Result r = Cli.run("run", config.toString(), "--out", dirs[i].toString(), "--threads",
                    Integer.toString(threads[i]));
            assertEquals(0, r.code(), r.toString());
        }
        for (String f : new String[] {"summary.json", "timeseries.csv", "histogram.csv"}) {
            byte[] one = Files.readAllBytes(dirs[0].resolve(f));
            assertArrayEquals(one, Files.readAllBytes(dirs[1].resolve(f)), f + ": 1 vs 2 threads");
            assertArrayEquals(one, Files.readAllBytes(dirs[2].resolve(f)), f + ": 1 vs 4 threads");
        }
        // the performance record does say how many threads ran
        assertFalse(Arrays.equals(Files.readAllBytes(dirs[0].resolve("performance.json")),
                Files.readAllBytes(dirs[2].resolve("performance.json"))));
        // 10 steps recorded every 2: t = 0, 2, ..., 10
        assertEquals(1 + 6, Files.readAllLines(dirs[0].resolve("timeseries.csv")).size());
    }

    @Test
    void anotherSeedGivesOtherNumbers() throws Exception {
        Path config = tmp.resolve("determinism.yaml");
        Files.writeString(config, CONFIG.replace("states_per_cell: 200000", "states_per_cell: 20000"));
        assertEquals(0, Cli.run("run", config.toString(), "--out", tmp.resolve("a").toString()).code());
        assertEquals(0, Cli.run("run", config.toString(), "--out", tmp.resolve("b").toString(), "--seed", "5").code());
        assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a/timeseries.csv")),
                Files.readAllBytes(tmp.resolve("b/timeseries.csv"))));
    }
}
