package spinsim.runner.report;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;

/**
 * What an experiment needs from the command: where the configs are, quick or full size, the worker
 * threads (results do not depend on them), a sink for progress lines (never part of the report) and
 * the flag an interrupt sets: the experiments' runs then stop after their current step
 * ({@link Runs}), and the experiment that was running is left out of the report.
 */
public record ExperimentContext(Path configDir, boolean quick, int threads, Consumer<String> progress,
        AtomicBoolean stop) {
    /** A context that is never interrupted. */
    public ExperimentContext(Path configDir, boolean quick, int threads, Consumer<String> progress) {
        this(configDir, quick, threads, progress, new AtomicBoolean());
    }

    /** Quick runs of V3-V5 use this fraction of the configured states per cell ... */
    public static final int QUICK_STATES_DIVISOR = 10;
    /** ... and at most this many replicas. */
    public static final int QUICK_REPLICAS = 4;

    public Path config(String file) {
        return configDir.resolve(file);
    }

    /** Loads a run config, scaled down for quick runs (states / 10, even, at least 1000; replicas <= 4). */
    public RunSpec runSpec(String file) throws ConfigException {
        return scaled(ConfigLoader.load(config(file)));
    }

    public RunSpec scaled(RunSpec s) {
        if (!quick) {
            return s;
        }
        int n = Math.max(1000, s.statesPerCell() / QUICK_STATES_DIVISOR);
        n += n & 1;
        return s.withStatesPerCell(n).withReplicas(Math.min(QUICK_REPLICAS, s.replicas()));
    }

    /** One-line description of the sizes actually used, for the report. */
    public static String sizeNote(RunSpec s, boolean quick) {
        return Fmt.f("%d replica%s x %d cell%s x %d states, %s t_sc, %s pairing, seed %d%s", s.replicas(),
                s.replicas() == 1 ? "" : "s", s.cells(), s.cells() == 1 ? "" : "s", s.statesPerCell(),
                Fmt.g(s.duration()), s.pairing().configName(), s.seed(),
                quick ? " (quick: states per cell / " + QUICK_STATES_DIVISOR + ", replicas <= " + QUICK_REPLICAS + ")" : "");
    }

    public void say(String line) {
        progress.accept(line);
    }
}
