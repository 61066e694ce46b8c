package spinsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.reference.NaiveReference;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.OptionValues;

/**
 * {@code spinsim bench}: a short standard benchmark of whole steps (no JMH; JMH numbers are in
 * {@code benchmarks/}). One well-mixed cell, paper rule, half filled (electrons = states), spin
 * fraction 0.5, isotropic start, run to steady state before timing; each row times whole
 * {@link Simulation#step()}s, each step recorded in an HdrHistogram. Sizes up to one block
 * (2^16) use the exact fused matching; larger cells the blocked matching, and the largest size
 * also the exact global matching (pairing sweep), to show what exactness costs there.
 *
 * <p>Columns: pairs/s = pairs scattered / wall time of the timed steps; ns/pair its inverse;
 * bytes/state = store plus pairing buffers per state; parallel efficiency = pairs/s on T threads
 * / (T x pairs/s on 1 thread) for the same size and pairing; "x naive" = pairs/s over the naive
 * reference's (one object per state, a list shuffle, java.util.Random, from the sim-core tests)
 * measured in the same run on 2^14 states; passes = how the kernel's fill and pair-classes passes
 * run (the Vector API where the JVM has the module, see {@link BatchedKernels#vectorFill()}; the
 * in-cache sizes then also time the scalar loops on one thread, so that the two are compared in
 * one run).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a short standard benchmark and print a table: size, pairing, threads, pairs/s, ns/pair, "
                + "bytes/state, parallel efficiency, speed-up over the naive reference, step-time percentiles.",
            "Numbers depend on the machine and on what else it runs: the load average is printed with them."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "E1,E2,...", split = ",",
            description = "cell sizes as powers of two (default: 14,16,20,24)")
    List<String> sizes;

    @Option(names = "--threads", paramLabel = "T1,T2,...", split = ",",
            description = "thread counts (default: 1,2)")
    List<String> threads;

    @Option(names = "--seconds", paramLabel = "S", description = "timed seconds per row, after as much warm-up "
            + "(default: 1.5, with --quick 0.5; at least 5 timed steps)")
    String seconds;

    @Option(names = "--no-exact", description = "skip the exact global matching (sweep) rows of the largest size")
    boolean noExact;

    @Option(names = "--quick", description = "sizes 14,16,20 and 0.5 s per row")
    boolean quick;

    private static List<Integer> wholes(String option, List<String> values, int min, int max, String what)
            throws ConfigException {
        List<Integer> out = new ArrayList<>();
        for (String v : values) {
            out.add((int) OptionValues.whole(option, v, min, max, what));
        }
        return out;
    }

    /** One measured row. */
    record Row(int log2, String pairing, int threads, String fill, double pairsPerSecond, double bytesPerState,
            double efficiency, Histogram steps) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // read here, as run reads its options: picocli's "'x' is not an int" names neither range nor unit
        List<Integer> exps = sizes != null ? wholes("--sizes", sizes, 4, 30, "a cell size as a power of two: 20 is "
                + "2^20 states") : quick ? List.of(14, 16, 20) : List.of(14, 16, 20, 24);
        List<Integer> ts = threads != null ? wholes("--threads", threads, 1, 1024, "worker threads") : List.of(1, 2);
        double secs = seconds != null ? OptionValues.number("--seconds", seconds, 0.01, 86_400,
                "must be a number of seconds in [0.01, 86400]") : quick ? 0.5 : 1.5;
        out.println("spinsim bench: one cell, paper rule, half filled, spin fraction 0.5, isotropic start, steady state");
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + cpuModel() + ", Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB; load average before: " + loadAverage());
        out.println("fill and pair-classes passes: " + (BatchedKernels.vectorFill() ? "Vector API (jdk.incubator.vector)"
                : "scalar" + (BatchedKernels.vectorFillAvailable() ? "" : " (no Vector API module in this JVM)"))
                + (BatchedKernels.vectorFill() ? "; the in-cache sizes are timed again with the scalar loops at the end" : ""));
        out.flush();

        double naive = naivePairsPerSecond(14, secs);
        List<Row> rows = new ArrayList<>();
        int largest = exps.stream().mapToInt(Integer::intValue).max().orElse(14);
        Map<Integer, StateStore> inCache = new LinkedHashMap<>();
        for (int e : exps) {
            List<PairingScheme> schemes = new ArrayList<>();
            schemes.add(PairingScheme.BLOCKED);
            if (e == largest && !noExact && (1 << e) > SimulationSetup.DEFAULT_BLOCK_SIZE) {
                schemes.add(PairingScheme.SWEEP);
            }
            int n = 1 << e;
            StateStore store = ensemble(n);
            for (PairingScheme pairing : schemes) {
                Map<Integer, Double> oneThread = new LinkedHashMap<>();
                for (int t : ts) {
                    Row r = measure(e, store, pairing, t, secs, oneThread);
                    rows.add(r);
                    print(out, r, naive, rows.size() == 1);
                }
            }
            if (n <= SimulationSetup.DEFAULT_BLOCK_SIZE) {
                inCache.put(e, store);
            }
        }
        if (BatchedKernels.vectorFill() && !inCache.isEmpty()) {
            // the in-cache sizes again with the scalar loops (bit-identical results), for the ratio in
            // one run; last, because switching recompiles the kernel for both branches
            BatchedKernels.setVectorFill(false);
            try {
                for (Map.Entry<Integer, StateStore> c : inCache.entrySet()) {
                    Row r = measure(c.getKey(), c.getValue(), PairingScheme.BLOCKED, 1, secs, new LinkedHashMap<>());
                    rows.add(r);
                    print(out, r, naive, false);
                }
            } finally {
                BatchedKernels.setVectorFill(true);
            }
        }
        out.println(String.format(Locale.ROOT, "naive reference (objects, java.util.Random), 2^14 states, 1 thread: "
                + "%.2f M pairs/s (%.0f ns/pair)", naive / 1e6, 1e9 / naive));
        out.println("pairing: sweep (1 block) = exact fused matching of a cell that fits a block (2^16 states); "
                + "blocked = blocked matching; sweep (exact) = exact global matching of a large cell");
        out.println("load average after: " + loadAverage() + " (with other work on the machine the numbers are lower; "
                + "repeat and take medians)");
        out.flush();
        return Main.OK;
    }

    /** A steady ensemble of n states: populated, then 12 blocked steps on one thread. */
    private static StateStore ensemble(int n) {
        CellLayout layout = CellLayout.uniform(1, n);
        StateStore s = new StateStore(n);
        Populator.populate(s, layout, new Composition[] {Composition.of(n, n, 0.5)},
                SpinMixture.of(new SpinComponent.Isotropic()), 20131101L);
        try (WorkerPool pool = new WorkerPool(1)) {
            Simulation sim = new Simulation(setup(n, PairingScheme.BLOCKED, 7), s, pool);
            for (int k = 0; k < 12; k++) {
                sim.step();
            }
        }
        return s;
    }

    private static SimulationSetup setup(int n, PairingScheme pairing, long seed) {
        return SimulationSetup.of(CellLayout.uniform(1, n), ScatteringRules.byName("paper"), pairing, 1.0, List.of(), seed);
    }

    private static Row measure(int log2, StateStore store, PairingScheme pairing, int threads, double secs,
            Map<Integer, Double> oneThread) {
        int n = store.size();
        try (WorkerPool pool = new WorkerPool(threads)) {
            SimulationSetup setup = setup(n, pairing, 11 + threads);
            Simulation sim = new Simulation(setup, store, pool);
            long warmEnd = System.nanoTime() + (long) (secs * 1e9);
            int warm = 0;
            while (warm < 3 || System.nanoTime() < warmEnd) {
                sim.step();
                warm++;
            }
            Histogram h = new Histogram(3_600_000_000_000L, 3);
            long total = 0;
            int steps = 0;
            long end = System.nanoTime() + (long) (secs * 1e9);
            while (steps < 5 || System.nanoTime() < end) {
                long t0 = System.nanoTime();
                sim.step();
                long dt = System.nanoTime() - t0;
                h.recordValue(Math.max(1, dt));
                total += dt;
                steps++;
            }
            double pps = (double) (n / 2) * steps / (total * 1e-9);
            if (threads == 1) {
                oneThread.put(log2, pps);
            }
            Double base = oneThread.get(log2);
            double eff = base == null ? Double.NaN : pps / (threads * base);
            double bytes = StateStore.BYTES_PER_STATE + (double) setup.pairingBufferBytes(threads) / n;
            String name = pairing == PairingScheme.SWEEP ? "sweep (exact)"
                    : n <= SimulationSetup.DEFAULT_BLOCK_SIZE ? "sweep (1 block)" : "blocked";
            return new Row(log2, name, threads, BatchedKernels.vectorFill() ? "vector" : "scalar", pps, bytes, eff, h);
        }
    }

    /** The naive reference's speed on 2^log2 states: whole sweeps, java.util.Random. */
    static double naivePairsPerSecond(int log2, double secs) {
        int n = 1 << log2;
        StateStore s = ensemble(n);
        List<NaiveReference.State> states = NaiveReference.fromStore(s, 0, n);
        NaiveReference ref = new NaiveReference("paper", true);
        NaiveReference.Draws draws = NaiveReference.draws(new Random(5));
        long warmEnd = System.nanoTime() + (long) (secs * 1e9);
        while (System.nanoTime() < warmEnd) {
            ref.sweep(states, draws);
        }
        int sweeps = 0;
        long t0 = System.nanoTime();
        long end = t0 + (long) (secs * 1e9);
        while (sweeps < 3 || System.nanoTime() < end) {
            ref.sweep(states, draws);
            sweeps++;
        }
        return (double) (n / 2) * sweeps / ((System.nanoTime() - t0) * 1e-9);
    }

    private static void print(PrintWriter out, Row r, double naive, boolean header) {
        if (header) {
            out.println(String.format(Locale.ROOT, "%7s %-16s %7s %6s %10s %8s %11s %9s %8s   %s", "states",
                    "pairing", "threads", "passes", "pairs/s", "ns/pair", "bytes/state", "par.eff.", "x naive",
                    "step ms: p50 / p90 / p99 / max"));
        }
        Histogram h = r.steps();
        out.println(String.format(Locale.ROOT, "%7s %-16s %7d %6s %9.1fM %8.2f %11.2f %9s %8.1f   %s / %s / %s / %s",
                "2^" + r.log2(), r.pairing(), r.threads(), r.fill(), r.pairsPerSecond() / 1e6, 1e9 / r.pairsPerSecond(),
                r.bytesPerState(), Double.isNaN(r.efficiency()) ? "-" : String.format(Locale.ROOT, "%.2f", r.efficiency()),
                r.pairsPerSecond() / naive, ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue())));
        out.flush();
    }

    private static String ms(long nanos) {
        double v = nanos * 1e-6;
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f (1 min)", l);
        }
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
