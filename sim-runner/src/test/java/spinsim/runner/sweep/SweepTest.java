package spinsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.cli.Main;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

/** Parameter sweeps: parsing, points, determinism against single runs, and the command's files. */
class SweepTest {
    static final String CONFIG = """
            name: sweep-test
            seed: 77
            replicas: 2
            ensemble: {cells: 1, states_per_cell: 4000, filling: 1.0, spin_fraction: 0.5}
            dynamics:
              rule: paper
              pairing: sweep
              duration: 30
              processes:
                - {name: field-precession, direction: [0, 0, 1], t_lambda: 10}
                - {name: spin-relaxation, tau_spin: 5}
            observe: {every: 1}
            """;

    @TempDir
    Path tmp;

    @Test
    void valuesParseAsListsAndRanges() throws Exception {
        SweepParam list = SweepParam.parse("dynamics.processes[0].t_lambda=10,30,100");
        assertEquals("dynamics.processes[0].t_lambda", list.path());
        assertEquals(List.of("10", "30", "100"), List.of(list.label(0), list.label(1), list.label(2)));
        assertEquals("t_lambda", list.shortName());
        SweepParam lin = SweepParam.parse("a.b=1:2:3");
        assertEquals(1.5, lin.number(1), 0);
        SweepParam log = SweepParam.parse("a=log:1:1000:7");
        assertEquals(10.0, log.number(2), 0, "log ranges are rounded to 12 digits");
        assertEquals(1000.0, log.number(6), 0);
        SweepParam word = SweepParam.parse("dynamics.rule=paper,spin-conserving");
        assertEquals("spin-conserving", word.label(1));
        assertTrue(Double.isNaN(word.number(1)));
        for (String bad : List.of("nothing", "=1,2", "a=", "a=1,,2", "a=log:0:1:3", "a.1b=3", "a=1:2:0")) {
            ConfigException e = assertThrows(ConfigException.class, () -> SweepParam.parse(bad), bad);
            assertEquals("--param", e.keyPath(), bad);
        }
    }

    @Test
    void aPathThatIsNotInTheConfigIsNamed() throws Exception {
        ObjectNode base = Sweep.readTree(CONFIG, "s.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("dynamics.processes[5].t_lambda=1,2")), s -> s));
        assertEquals("dynamics.processes[5]", e.keyPath());
        assertTrue(e.allowed().contains("2 entries"), e.getMessage());
        // an unknown key is refused by the strict loader, naming the swept key
        ConfigException u = assertThrows(ConfigException.class, () -> Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("dynamics.processes[0].t_lamda=1,2")), s -> s));
        assertEquals("dynamics.processes[0].t_lamda", u.keyPath(), u.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("dynamics.processes[0].t_lambda=1,-2")), s -> s));
        assertEquals("dynamics.processes[0].t_lambda", range.keyPath());
        ConfigException zip = assertThrows(ConfigException.class, () -> Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("seed=1,2"), SweepParam.parse("replicas=1,2,3")), s -> s));
        assertTrue(zip.allowed().contains("same number of values"), zip.getMessage());
    }

    /** The test: a sweep over two values gives the same numbers as two single runs with the same seeds. */
    @Test
    void aSweepPointIsTheSingleRunOfItsConfig() throws Exception {
        ObjectNode base = Sweep.readTree(CONFIG, "s.yaml");
        List<Sweep.PointSpec> points = Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("dynamics.processes[0].t_lambda=10,40")), s -> s);
        // two points at once, one thread each, with the spin budget recorded
        List<Sweep.Point> swept = Sweep.run(points, 2, true, (p, r) -> { }, new AtomicBoolean());
        for (int i = 0; i < 2; i++) {
            String single = CONFIG.replace("t_lambda: 10", "t_lambda: " + (i == 0 ? "10" : "40"));
            RunSpec spec = ConfigLoader.parse(single, "single.yaml", "single");
            RunResult alone = RunExecutor.execute(spec, 1, new RunExecutor.Listener() { });
            RunResult inSweep = swept.get(i).result();
            assertEquals(alone.records(), inSweep.records());
            for (int r = 0; r < alone.replicas().size(); r++) {
                for (int k = 0; k < alone.records(); k++) {
                    Snapshot a = alone.replicas().get(r).get(k);
                    Snapshot b = inSweep.replicas().get(r).get(k);
                    CellTally ta = a.tally().total();
                    CellTally tb = b.tally().total();
                    String at = "point " + i + ", replica " + r + ", record " + k;
                    assertEquals(ta.nSpin, tb.nSpin, at);
                    assertEquals(Double.doubleToLongBits(ta.sz), Double.doubleToLongBits(tb.sz), at);
                    assertEquals(Double.doubleToLongBits(ta.sx), Double.doubleToLongBits(tb.sx), at);
                    assertArrayEquals(a.histogramAxis(), b.histogramAxis(), at);
                }
            }
        }
        // and the spin budget adds up: field + flips + scattering = the change of S_z
        double[][] rates = swept.get(0).budget().rates(swept.get(0).result(), 5, 30, new double[] {0, 0, 1});
        for (double[] r : rates) {
            assertEquals(r[3], r[0] + r[1] + r[2], 1e-9 * Math.abs(r[0]));
            assertTrue(r[0] > 0 && r[1] < 0, "the field builds S_z, the flips destroy it");
        }
    }

    /**
     * A stopped sweep (what Ctrl-C does, see InterruptTest for the signal itself): the points that
     * finished are kept whole, the rest are dropped and named in sweep.json.
     */
    @Test
    void aStoppedSweepKeepsOnlyTheFinishedPoints() throws Exception {
        ObjectNode base = Sweep.readTree(CONFIG, "s.yaml");
        List<SweepParam> params = List.of(SweepParam.parse("seed=1,2,3,4"));
        List<Sweep.PointSpec> points = Sweep.points(base, "s.yaml", "s", params, s -> s);
        AtomicBoolean stop = new AtomicBoolean();
        // one point at a time; stop when the first point's last replica is done
        List<Sweep.Point> swept = Sweep.run(points, 1, false, (p, r) -> {
            if (p.index() == 0 && r == p.spec().replicas() - 1) {
                stop.set(true);
            }
        }, stop);
        List<Sweep.Point> finished = swept.stream().filter(p -> p.result().complete()).toList();
        assertEquals(1, finished.size());
        assertEquals(0, finished.get(0).point().index());
        assertEquals(2, finished.get(0).result().replicas().size());
        for (Sweep.Point p : swept.subList(1, 4)) {
            assertTrue(p.result().interrupted(), "point " + p.point().index());
        }
        Map<String, Object> json = SweepOutput.json("s.yaml", params, "n_tia",
                SweepTable.analyse(finished, "n_tia"), List.of(1, 2, 3));
        assertEquals(true, json.get("interrupted"));
        assertEquals(List.of(1, 2, 3), json.get("missing_points"));
        assertEquals(1, ((List<?>) json.get("points")).size());
        assertEquals("1-3, 5, 7-8, 10", SweepOutput.ranges(List.of(1, 2, 3, 5, 7, 8, 10)));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        ObjectNode base = Sweep.readTree(CONFIG, "s.yaml");
        List<Sweep.PointSpec> points = Sweep.points(base, "s.yaml", "s",
                List.of(SweepParam.parse("dynamics.processes[1].tau_spin=2,8,20")), s -> s.withReplicas(1));
        List<Sweep.Point> one = Sweep.run(points, 1, true, (p, r) -> { }, new AtomicBoolean());
        List<Sweep.Point> two = Sweep.run(points, 2, true, (p, r) -> { }, new AtomicBoolean());
        List<SweepTable.Row> a = SweepTable.analyse(one, "s_axis");
        List<SweepTable.Row> b = SweepTable.analyse(two, "s_axis");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).of("s_axis"), b.get(i).of("s_axis"));
            assertArrayEquals(a.get(i).rates(), b.get(i).rates());
        }
    }

    @Test
    void theCommandWritesATableAPlotAndTheSteadyStates() throws Exception {
        Path cfg = tmp.resolve("s.yaml");
        Files.writeString(cfg, CONFIG);
        Path out = tmp.resolve("sw");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), "sweep", cfg.toString(), "--param",
                "dynamics.processes[0].t_lambda=10,30", "--observable", "s_axis", "--out", out.toString(), "--threads",
                "2");
        assertEquals(0, code, e.toString());
        for (String f : List.of("sweep.csv", "s_axis.png", "timeseries.csv", "sweep.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(3, csv.size(), "header + 2 points");
        assertTrue(csv.get(0).startsWith("point,dynamics.processes[0].t_lambda,n_empty,n_empty_se"), csv.get(0));
        assertTrue(csv.get(0).contains("relax_time,relax_time_se,steady_from,steady"), csv.get(0));
        assertTrue(csv.get(0).contains("rate_field-precession,rate_field-precession_se"), csv.get(0));
        assertTrue(o.toString().contains("t_lambda | s_axis"), o.toString());
        // a bad parameter is one line naming it, exit 2, nothing written
        Path out2 = tmp.resolve("sw2");
        StringWriter e2 = new StringWriter();
        int bad = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(e2, true), "sweep",
                cfg.toString(), "--param", "dynamics.processes[0].t_lambda=10,oops", "--out", out2.toString());
        assertEquals(Main.BAD_INPUT, bad, e2.toString());
        assertEquals(1, e2.toString().strip().lines().count(), e2.toString());
        assertTrue(e2.toString().contains("dynamics.processes[0].t_lambda"), e2.toString());
        assertTrue(!Files.exists(out2));
    }
}
