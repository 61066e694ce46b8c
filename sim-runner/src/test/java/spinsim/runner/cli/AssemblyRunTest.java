package spinsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinsim.core.observe.AssemblyPartition;
import spinsim.core.observe.CellTally;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.AssemblyRow;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SpinBudget;

/**
 * Runs of Section 8 end to end: two assemblies and injection. The electron budget balances to the
 * electron, timeseries.csv carries injected_electrons, assemblies.csv has one row per record and
 * replica whose counts add up, and the outputs are byte-identical on 1 and 2 threads (the cell is
 * larger than a block, so several blocks scatter and inject in parallel).
 */
class AssemblyRunTest {
    static final String CONFIG = """
            name: assemblies
            seed: 808
            replicas: 2
            ensemble:
              cells: 1
              states_per_cell: 150000
              filling: 1.0
              spin_fraction: 0.8
              spins:
                - {kind: fixed, weight: 0.8, direction: [0, 0, 1]}
                - {kind: fixed, weight: 0.2, polar_deg: 145}
            dynamics:
              rule: paper
              pairing: sweep
              duration: 6
              processes:
                - {name: injection, rate: 0.01, polar_deg: 30, source: SOURCE}
            observe:
              every: 2
              assemblies: true
            """;

    @TempDir
    Path tmp;

    private Path config(String source) throws Exception {
        Path c = tmp.resolve("assemblies-" + source + ".yaml");
        Files.writeString(c, CONFIG.replace("SOURCE", source));
        return c;
    }

    @Test
    void outputsAreIdenticalOnOneAndTwoThreadsAndAddUp() throws Exception {
        Path config = config("empty");
        Path[] dirs = {tmp.resolve("t1"), tmp.resolve("t2")};
        for (int i = 0; i < 2; i++) {
            Cli.Result r = Cli.run("run", config.toString(), "--out", dirs[i].toString(), "--threads", Integer.toString(i + 1));
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("conservation (net of injected electrons): electrons 150000 -> ")
                    && r.out().contains("balanced in every replica"), r.out());
        }
        assertTrue(Cli.entries(dirs[0]).contains("assemblies.csv"));
        for (String f : new String[] {"assemblies.csv", "summary.json", "timeseries.csv", "histogram.csv"}) {
            assertArrayEquals(Files.readAllBytes(dirs[0].resolve(f)), Files.readAllBytes(dirs[1].resolve(f)),
                    f + ": 1 vs 2 threads");
        }
        List<String> rows = Files.readAllLines(dirs[0].resolve("assemblies.csv"));
        List<String> head = Arrays.asList(rows.get(0).split(","));
        assertEquals(1 + 4 * 2, rows.size(), "t = 0, 2, 4, 6 for 2 replicas");
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            long coherent = Long.parseLong(v[head.indexOf("coherent")]);
            assertEquals(coherent, Long.parseLong(v[head.indexOf("a1_electrons")]) + Long.parseLong(v[head.indexOf("a2_electrons")]));
            assertEquals(Long.parseLong(v[head.indexOf("n_spin")]), coherent + Long.parseLong(v[head.indexOf("diffuse")]),
                    "coherent + diffuse = n_spin: " + row);
        }
        String[] first = rows.get(1).split(",");
        assertEquals(145, Double.parseDouble(first[head.indexOf("angle_between_deg")]), 1e-5);
        assertEquals("0.0", first[head.indexOf("tia_rotation_deg")]);

        // summary: the budget balances exactly in every replica
        JsonNode s = new ObjectMapper().readTree(dirs[0].resolve("summary.json").toFile());
        JsonNode budget = s.get("electron_budget");
        assertNotNull(budget, s.toString());
        for (int r = 0; r < 2; r++) {
            assertEquals(0, budget.get("balance").get(r).asLong());
            assertEquals(150000, budget.get("initial").get(r).asLong());
            assertTrue(budget.get("injected").get(r).asLong() > 0);
            assertEquals(budget.get("final").get(r).asLong(),
                    budget.get("initial").get(r).asLong() + budget.get("injected").get(r).asLong());
        }
        assertTrue(budget.get("balanced").asBoolean());
        assertTrue(s.get("conservation").get("electrons").get("conserved").asBoolean());
        // timeseries: injected_electrons last, the mean of the replicas' budgets at the end
        List<String> ts = Files.readAllLines(dirs[0].resolve("timeseries.csv"));
        assertTrue(ts.get(0).endsWith(",injected_electrons,injected_electrons_se"), ts.get(0));
        String[] last = ts.get(ts.size() - 1).split(",", -1);
        double mean = (budget.get("injected").get(0).asLong() + budget.get("injected").get(1).asLong()) / 2.0;
        assertEquals(mean, Double.parseDouble(last[last.length - 2]), 0);
    }

    /** In memory: what the report uses. A full source takes electrons out; the spin budget's wrappers keep the count. */
    @Test
    void resultExposesThePartitionAndTheInjectedElectrons() throws Exception {
        RunSpec spec = ConfigLoader.load(config("full")).withDuration(4);
        SpinBudget budget = new SpinBudget();
        RunSpec instrumented = budget.instrument(spec);
        RunResult r = RunExecutor.execute(instrumented, 2, budget.listener(instrumented, new RunExecutor.Listener() { }));
        assertTrue(r.observesAssemblies());
        assertEquals(3, r.records());
        for (int rep = 0; rep < 2; rep++) {
            long e0 = r.replicas().get(rep).get(0).tally().total().electrons();
            for (int k = 0; k < r.records(); k++) {
                CellTally t = r.replicas().get(rep).get(k).tally().total();
                assertEquals(e0 + r.injectedElectrons(rep, k), t.electrons(), "replica " + rep + ", record " + k);
                AssemblyPartition p = r.assemblies(rep, k);
                assertNotNull(p);
                assertEquals(t.nSpin, p.coherent() + p.diffuse());
                double[] total = p.totalSpin();
                assertEquals(t.sz, total[2], 1e-6 * t.nSpin);
                AssemblyRow row = AssemblyRow.of(r, rep, k);
                assertEquals(p.first().electrons(), row.first().electrons());
                assertEquals(r.injectedElectrons(rep, k), row.injectedElectrons());
                assertEquals((double) p.first().electrons() / t.electrons(), row.first().fraction(), 0);
            }
            assertTrue(r.injectedElectrons(rep, r.records() - 1) < 0, "a full source takes electrons out");
        }
        assertEquals(2 * 3, AssemblyRow.all(r).size());
        assertEquals(0.0, AssemblyRow.of(r, 0, 0).first().polarDeg(), 1e-9);
        assertEquals(145.0, AssemblyRow.of(r, 0, 0).second().polarDeg(), 1e-5);
        assertEquals(145.0, AssemblyRow.of(r, 0, 0).second().inPlaneDeg(), 1e-5);
        // a run without the observation: no partition, no injection
        RunResult plain = RunExecutor.execute(spec.withAssemblies(null).withProcesses(List.of()).withDuration(1), 1,
                new RunExecutor.Listener() { });
        assertNull(plain.assemblies(0, 0));
        assertEquals(0, plain.injectedElectrons(0, 1));
    }
}
