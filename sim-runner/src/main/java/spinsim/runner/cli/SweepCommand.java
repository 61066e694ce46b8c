package spinsim.runner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.OptionValues;
import spinsim.runner.config.RunSpec;
import spinsim.runner.output.Num;
import spinsim.runner.output.RunDirectory;
import spinsim.runner.run.InterruptGuard;
import spinsim.runner.run.Observables;
import spinsim.runner.run.SteadyState;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepOutput;
import spinsim.runner.sweep.SweepParam;
import spinsim.runner.sweep.SweepTable;

/**
 * {@code spinsim sweep CONFIG --param PATH=VALUES [--param ...] [--observable NAME] [--out DIR]
 * [--threads N] [--replicas R]}: runs the config once per value (several --param are zipped), in
 * parallel over the cores, detects each point's steady state and writes a sweep directory
 * (sweep.csv, NAME.png, timeseries.csv, sweep.json; see {@link SweepOutput}) atomically. Ctrl-C
 * stops every point after its current step and writes the points whose replicas all finished,
 * with sweep.json marked {@code "interrupted": true} and the missing points listed; the exit code
 * is then 130 (nothing is written, and no directory is left, if no point finished).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a parameter sweep of a config in parallel and write one table (sweep.csv) and one plot "
                + "(<observable>.png) of the steady value of an observable against the parameter.",
            "Every point uses the config's seed: a point equals 'spinsim run' of the config with that value set.",
            "Example (one command, on two lines here):",
            "  spinsim sweep configs/v10-conversion-rate.yaml",
            "      --param dynamics.processes[0].t_lambda=10,30,100"})
public final class SweepCommand implements Callable<Integer> {
    static final String COMMAND_LINE = OptionValues.SOURCE;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the base run config (YAML)")
    Path config;

    @Option(names = "--param", paramLabel = "PATH=VALUES", required = true,
            description = "a config key path and its values: PATH=V1,V2,... or PATH=FROM:TO:N (linear) or "
                    + "PATH=log:FROM:TO:N; repeat to sweep several keys together (zipped, same number of values)")
    List<String> params = new ArrayList<>();

    @Option(names = "--observable", paramLabel = "NAME", description = "the observable plotted (default: "
            + "${DEFAULT-VALUE}); every observable's steady value is in sweep.csv")
    String observable = "n_tia";

    @Option(names = "--out", paramLabel = "DIR", description = "sweep directory to create; must not exist "
            + "(default: sweeps/<name>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads in all (default: all processors); "
            + "results do not depend on it")
    String threads;

    @Option(names = "--replicas", paramLabel = "R", description = "overrides the config's number of replicas")
    String replicas;

    @Option(names = "--no-budget", description = "do not record the spin budget (rates by stage) of the points")
    boolean noBudget;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // read here, as run reads them: picocli's "'x' is not an int" names neither range nor unit
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors()
                : (int) OptionValues.whole("--threads", threads, 1, 1024, "worker threads");
        Integer reps = replicas == null ? null
                : (int) OptionValues.whole("--replicas", replicas, 1, 10_000, "independent replicas");
        boolean known = false;
        List<String> names = new ArrayList<>();
        for (Observables.Column c : Observables.COLUMNS) {
            known |= c.name().equals(observable);
            names.add(c.name());
        }
        if (!known) {
            throw new ConfigException(COMMAND_LINE, "--observable", "'" + observable + "'",
                    "must be one of: " + String.join(", ", names));
        }
        List<SweepParam> parsed = new ArrayList<>();
        for (String p : params) {
            parsed.add(SweepParam.parse(p));
        }
        ObjectNode base = Sweep.readTree(config);
        String stem = config.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        UnaryOperator<RunSpec> adjust = s -> reps == null ? s : s.withReplicas(reps);
        List<Sweep.PointSpec> points = Sweep.points(base, config.toString(), stem, parsed, adjust);
        Path target = out != null ? out : defaultOut(points.get(0).spec().name());

        // installed before the directory exists: an interrupt from here on waits for the cleanup below
        try (InterruptGuard guard = InterruptGuard.install(err,
                "stopping the points after their current step and writing those that finished");
                RunDirectory dir = open(target)) {
            int total = 0;
            for (Sweep.PointSpec p : points) {
                total += p.spec().replicas();
            }
            final int all = total;
            final int[] done = {0};
            err.println(String.format(Locale.ROOT, "sweep: %d points x %s, %d threads", points.size(),
                    points.get(0).spec().replicas() + " replica(s)", nThreads));
            err.flush();
            long t0 = System.nanoTime();
            List<Sweep.Point> results = Sweep.run(points, nThreads, !noBudget, (p, r) -> {
                synchronized (done) {
                    done[0]++;
                    err.println(String.format(Locale.ROOT, "  point %d (%s): replica %d/%d done [%d/%d]", p.index(),
                            String.join(", ", p.labels()), r + 1, p.spec().replicas(), done[0], all));
                    err.flush();
                }
            }, guard.stop());
            // an interrupt keeps the points whose replicas all finished and names the others
            List<Sweep.Point> finished = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (Sweep.Point p : results) {
                if (p.result().complete()) {
                    finished.add(p);
                } else {
                    missing.add(p.point().index());
                }
            }
            if (finished.isEmpty()) {
                err.println("spinsim: interrupted before the first point finished; nothing written");
                err.flush();
                return Main.INTERRUPTED;
            }
            List<SweepTable.Row> rows = SweepTable.analyse(finished, observable);
            List<String> files = SweepOutput.write(dir.partial(), config.toString(), parsed, observable, rows, missing);
            dir.commit();
            stdout.println("wrote " + target + "/ (" + String.join(", ", files) + ")");
            if (!missing.isEmpty()) {
                stdout.println(String.format(Locale.ROOT, "interrupted: %d of %d points finished; missing points %s "
                        + "(sweep.json lists them)", finished.size(), results.size(), SweepOutput.ranges(missing)));
            }
            stdout.println(summary(parsed, observable, rows));
            stdout.println(String.format(Locale.ROOT, "wall time %.1f s", (System.nanoTime() - t0) * 1e-9));
            stdout.flush();
            return missing.isEmpty() ? Main.OK : Main.INTERRUPTED;
        }
    }

    static String summary(List<SweepParam> params, String observable, List<SweepTable.Row> rows) {
        StringBuilder b = new StringBuilder();
        List<String> head = new ArrayList<>();
        for (SweepParam p : params) {
            head.add(p.shortName());
        }
        b.append(String.join(" | ", head)).append(" | ").append(observable).append(" (steady ± SE) | relaxation time | steady\n");
        for (SweepTable.Row r : rows) {
            SteadyState.Result s = r.of(observable);
            b.append(String.join(" | ", r.point().point().labels())).append(" | ").append(Num.pm(s.value(), s.se()))
                    .append(" | ").append(Double.isNaN(s.tau()) ? "-" : Num.pm(s.tau(), s.tauSe())).append(" | ")
                    .append(s.steady() ? "yes, from t = " + Num.plain(s.startTime()) : "NO").append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static RunDirectory open(Path target) throws ConfigException {
        try {
            return RunDirectory.create(target);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException(COMMAND_LINE, "--out", target.toString(),
                    "already exists; spinsim never overwrites a sweep, give a new directory");
        } catch (IOException e) {
            throw new ConfigException(COMMAND_LINE, "--out", target.toString(), "cannot create the directory there: "
                    + spinsim.runner.output.RunDirectory.reason(e));
        }
    }

    static Path defaultOut(String name) {
        return RunCommand.defaultOut("sweeps", name);
    }
}
