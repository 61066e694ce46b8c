package spinsim.runner.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SpinBudget;

/**
 * A parameter sweep: one base config, one or more {@link SweepParam}s (zipped: point i takes value
 * i of every parameter), one run per point. Every point uses the config's own seed, so a point is
 * exactly the single run of the config with that value set ({@code spinsim run} gives the same
 * numbers). Points run in parallel: up to one per worker thread, with the threads split among the
 * points that run at once; since a run is bit-identical for any thread count, so is the sweep.
 */
public final class Sweep {
    /** One point before it runs: the values set and the validated spec. */
    public record PointSpec(int index, List<String> labels, double[] numbers, RunSpec spec) {
        public PointSpec {
            labels = List.copyOf(labels);
            numbers = numbers.clone();
        }

        /** Value of the first parameter as a number (NaN if it is a word). */
        public double x() {
            return numbers[0];
        }
    }

    /** One point after it ran, with its spin budget (null when not recorded). */
    public record Point(PointSpec point, RunResult result, SpinBudget.Series budget) {
    }

    private Sweep() {
    }

    /** The base config as a mutable tree (strict YAML reading, duplicate keys refused). */
    public static ObjectNode readTree(Path file) throws ConfigException {
        return readTree(ConfigLoader.readText(file), file.toString());
    }

    public static ObjectNode readTree(String yaml, String source) throws ConfigException {
        // validates the text as a config first, so that a bad base config fails as `spinsim run` would
        ConfigLoader.parse(yaml, source, "x");
        // the same reader, so the tree is the one that was just validated (a mapping)
        return (ObjectNode) ConfigLoader.readTree(yaml, source);
    }

    /**
     * The points of a sweep: the config with the values of point i set, each validated by the strict
     * loader (an error names the file and the swept key).
     *
     * @param adjust applied to every validated spec (e.g. the reduced sizes of a quick validation)
     */
    public static List<PointSpec> points(ObjectNode base, String source, String stem, List<SweepParam> params,
            UnaryOperator<RunSpec> adjust) throws ConfigException {
        if (params.isEmpty()) {
            throw new ConfigException(SweepParam.SOURCE, "--param", null, "give at least one --param PATH=VALUES");
        }
        int n = params.get(0).values().size();
        for (SweepParam p : params) {
            if (p.values().size() != n) {
                throw new ConfigException(SweepParam.SOURCE, "--param", p.toString(), "every --param needs the same "
                        + "number of values (they are zipped: point i takes value i of each); the first has " + n);
            }
        }
        YAMLMapper yaml = new YAMLMapper();
        List<PointSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode tree = base.deepCopy();
            List<String> labels = new ArrayList<>();
            double[] numbers = new double[params.size()];
            for (int j = 0; j < params.size(); j++) {
                SweepParam p = params.get(j);
                p.apply(tree, i, source);
                labels.add(p.label(i));
                numbers[j] = p.number(i);
            }
            String text;
            try {
                text = yaml.writeValueAsString(tree);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            List<String> set = new ArrayList<>();
            for (int j = 0; j < params.size(); j++) {
                set.add(params.get(j).path() + "=" + labels.get(j));
            }
            String where = source + " [" + String.join(", ", set) + "]";
            RunSpec spec = adjust.apply(ConfigLoader.parse(text, where, stem));
            long steps = spec.steps();
            long records = 1 + steps / spec.recordEvery() + (steps % spec.recordEvery() != 0 ? 1 : 0);
            if (records < SweepTable.MIN_RECORDS) {
                // checked before anything runs: the table's steady-state analysis needs them
                throw new ConfigException(where, "dynamics.duration", Double.toString(spec.duration()),
                        "a sweep point needs at least " + SweepTable.MIN_RECORDS + " records for its steady-state "
                                + "analysis (t = 0, every observe.every = " + spec.recordEvery() + " steps and the end); "
                                + "this one has " + records + ": lengthen the run or record more often");
            }
            out.add(new PointSpec(i, labels, numbers, spec));
        }
        return out;
    }

    /** Hears about finished replicas of points (from worker threads). */
    public interface Progress {
        void replicaDone(PointSpec p, int replica);
    }

    /**
     * Runs the points, in parallel over {@code threads} worker threads, and returns them in order.
     *
     * @param budget record the spin budget of each point ({@link SpinBudget}; read-only, the runs are
     *               unchanged)
     */
    public static List<Point> run(List<PointSpec> points, int threads, boolean budget, Progress progress,
            AtomicBoolean stop) {
        int concurrent = Math.max(1, Math.min(points.size(), threads));
        long biggest = 0;
        for (PointSpec p : points) {
            biggest = Math.max(biggest, p.spec().totalStates() * StateStore.BYTES_PER_STATE);
        }
        long usable = (long) (Runtime.getRuntime().maxMemory() * 0.7);
        while (concurrent > 1 && concurrent * biggest > usable) {
            concurrent--;
        }
        int per = Math.max(1, threads / concurrent);
        ExecutorService ex = Executors.newFixedThreadPool(concurrent, r -> {
            Thread t = new Thread(r, "spinsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Point>> futures = new ArrayList<>();
            for (PointSpec p : points) {
                futures.add(ex.submit(() -> runOne(p, per, budget, progress, stop)));
            }
            List<Point> out = new ArrayList<>();
            for (Future<Point> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            ex.shutdownNow();
        }
    }

    /** One point: the run of its spec, exactly as {@code spinsim run} does it. */
    static Point runOne(PointSpec p, int threads, boolean recordBudget, Progress progress, AtomicBoolean stop) {
        RunExecutor.Listener done = new RunExecutor.Listener() {
            @Override
            public void onStep(int replica, long step, long steps) {
                if (step == steps && progress != null) {
                    progress.replicaDone(p, replica);
                }
            }
        };
        if (!recordBudget) {
            return new Point(p, RunExecutor.execute(p.spec(), threads, done, stop), null);
        }
        SpinBudget b = new SpinBudget();
        RunSpec instrumented = b.instrument(p.spec());
        RunResult r = RunExecutor.execute(instrumented, threads, b.listener(instrumented, done), stop);
        return new Point(p, r, b.series());
    }

    /** Runs with a progress line per finished replica on {@code say}. */
    public static List<Point> run(List<PointSpec> points, int threads, boolean budget, Consumer<String> say) {
        return run(points, threads, budget, (p, r) -> say.accept(String.format(java.util.Locale.ROOT,
                "  point %d/%d (%s): replica %d/%d done", p.index() + 1, points.size(), String.join(", ", p.labels()),
                r + 1, p.spec().replicas())), new AtomicBoolean());
    }
}
