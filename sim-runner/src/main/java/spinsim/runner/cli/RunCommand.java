package spinsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.OptionValues;
import spinsim.runner.config.RunSpec;
import spinsim.runner.output.Conservation;
import spinsim.runner.output.Num;
import spinsim.runner.output.Outputs;
import spinsim.runner.output.PerformanceJson;
import spinsim.runner.output.RunDirectory;
import spinsim.runner.output.RunRecord;
import spinsim.runner.output.RunStatistics;
import spinsim.runner.run.InterruptGuard;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * {@code spinsim run CONFIG [--out DIR] [--threads N] [--seed S] [--replicas R]}: validates the
 * config (nothing is created if it is refused), runs its replicas and writes the run directory
 * atomically. Ctrl-C stops after the current step and writes the replicas that finished, with
 * summary.json marked {@code "interrupted": true}; the exit code is then 130.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a config and write a run directory (config.resolved.yaml, summary.json, "
                + "timeseries.csv, histogram.csv, performance.json, PNG plots; cells.csv for a chain of cells, "
                + "assemblies.csv and energy.csv where the config asks for them).",
            "Same config and seed give the same summary.json and timeseries.csv whatever the thread count."})
public final class RunCommand implements Callable<Integer> {
    static final String COMMAND_LINE = OptionValues.SOURCE;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the run config (YAML), e.g. configs/quickstart.yaml")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "run directory to create; must not exist "
            + "(default: runs/<name>-<yyyyMMdd-HHmmss> in the current directory)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all "
            + "available processors); results do not depend on it")
    String threads;

    @Option(names = "--seed", paramLabel = "S", description = "overrides the config's seed (a 64-bit integer)")
    String seed;

    @Option(names = "--replicas", paramLabel = "R", description = "overrides the config's number of replicas")
    String replicas;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors()
                : (int) OptionValues.whole("--threads", threads, 1, 1024, "worker threads");
        Long seedOverride = seed == null ? null
                : OptionValues.whole("--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE, "any 64-bit integer");
        Integer replicaOverride = replicas == null ? null
                : (int) OptionValues.whole("--replicas", replicas, 1, 10_000, "independent replicas");

        RunSpec run = ConfigLoader.load(config);
        if (seedOverride != null) {
            run = run.withSeed(seedOverride);
        }
        if (replicaOverride != null) {
            run = run.withReplicas(replicaOverride);
        }
        String sha = sha256(config);
        Path target = out != null ? out : defaultOut(run.name());
        String shown = out != null ? out.toString() : target.toString();

        // installed before the directory exists: an interrupt from here on waits for the cleanup below
        try (InterruptGuard guard = InterruptGuard.install(err,
                "stopping after the current step and writing the replicas that finished")) {
            AtomicBoolean stop = guard.stop();
            try (RunDirectory dir = openRunDirectory(target)) {
                Progress progress = new Progress(err, System.console() != null, run.replicas());
                RunResult result;
                try {
                    result = RunExecutor.execute(run, nThreads, progress, stop);
                } finally {
                    progress.finish();
                }
                if (result.replicas().isEmpty()) {
                    err.println("spinsim: interrupted before the first replica finished; nothing written");
                    err.flush();
                    return Main.INTERRUPTED;
                }
                RunRecord record = new RunRecord(result, config.getFileName().toString(), config.toString(), sha);
                List<String> files = Outputs.writeAll(record, dir.partial());
                dir.commit();
                report(stdout, result, shown, files);
                return result.interrupted() ? Main.INTERRUPTED : Main.OK;
            }
        }
    }

    private static RunDirectory openRunDirectory(Path target) throws ConfigException {
        try {
            return RunDirectory.create(target);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException(COMMAND_LINE, "--out", target.toString(),
                    "already exists; spinsim never overwrites a run, give a new directory");
        } catch (IOException e) {
            throw new ConfigException(COMMAND_LINE, "--out", target.toString(),
                    "cannot create the run directory there: " + RunDirectory.reason(e));
        }
    }

    /** runs/<name>-<yyyyMMdd-HHmmss>, with -2, -3, ... if that exists already. */
    static Path defaultOut(String name) {
        return defaultOut("runs", name);
    }

    /**
     * root/<name>-<yyyyMMdd-HHmmss>, with -2, -3, ... if that exists already; the name made safe for
     * a file name (no separators, not hidden, at most 100 characters). Shared by run and sweep.
     */
    static Path defaultOut(String root, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "run" + safe;
        }
        if (safe.length() > 100) {
            // a file name is at most 255 bytes on most file systems; the name is only a label here
            safe = safe.substring(0, 100);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path p = Path.of(root, safe + "-" + stamp);
        for (int i = 2; Files.exists(p); i++) {
            p = Path.of(root, safe + "-" + stamp + "-" + i);
        }
        return p;
    }

    private static String sha256(Path file) throws ConfigException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", null, "cannot read file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(PrintWriter out, RunResult r, String dir, List<String> files) {
        String slash = dir.endsWith("/") ? "" : "/";
        out.println("wrote " + dir + slash + " (" + String.join(", ", files) + ")");
        if (r.interrupted()) {
            out.println("interrupted: " + r.replicas().size() + " of " + r.spec().replicas()
                    + " replicas finished and were written");
        }
        int n = r.replicas().size();
        double t = r.replicas().get(0).get(r.records() - 1).time();
        Estimate spin = RunStatistics.last(r, Observables.column("n_spin"));
        Estimate tia = RunStatistics.last(r, Observables.column("n_tia"));
        Estimate pol = RunStatistics.last(r, Observables.column("polarization"));
        String how = n > 1 ? n + " replicas, ± SE" : "1 replica, mean over the last half ± batch-means SE";
        out.println("final, t = " + Num.plain(t) + " t_sc (" + how + "): n_spin = " + Num.pm(spin.mean(), spin.se())
                + ", n_tia = " + Num.pm(tia.mean(), tia.se()) + ", polarization = " + Num.pm(pol.mean(), pol.se()));
        Conservation c = Conservation.of(r);
        String held = c.netOfInjection() ? "balanced in every replica"
                : c.acrossCells() ? "conserved in every replica (totals: diffusion moves states between cells)"
                : "conserved in every cell of every replica";
        out.println("conservation" + (c.netOfInjection() ? " (net of injected electrons)" : "") + ": electrons "
                + c.electronsInitial() + " -> " + c.electronsFinal()
                + ", n_full - n_empty " + c.fullMinusEmptyInitial() + " -> " + c.fullMinusEmptyFinal() + ": "
                + (c.ok() ? held
                        : "VIOLATED (electrons " + ok(c.electronsConserved()) + ", n_full - n_empty "
                                + ok(c.fullMinusEmptyConserved()) + ", initial composition "
                                + ok(c.matchesComposition()) + ")"));
        out.println(PerformanceJson.content(r).describe());
        out.flush();
    }

    private static String ok(boolean b) {
        return b ? "ok" : "FAILED";
    }
}
