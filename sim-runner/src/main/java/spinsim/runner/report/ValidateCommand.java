package spinsim.runner.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.OptionValues;
import spinsim.runner.run.InterruptGuard;

/**
 * {@code spinsim validate [V1 ...] [--quick] [--out DIR] [--threads N]}: runs the validation
 * catalogue and writes DIR/report.md with its plots; prints the summary table.
 * Exit codes: 0 done (whatever the verdicts), 2 bad arguments or config, 1 I/O or run failure.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the validation catalogue (V1, V2, ...: the paper's claims against the Monte Carlo) and "
                + "write report.md with its plots, and report.html (one self-contained page).",
            "Experiments are defined by configs/v01-*.yaml, configs/v02-*.yaml, ...",
            "Ctrl-C stops the running experiment and writes the report of those that finished (exit code 130)."})
public final class ValidateCommand implements Callable<Integer> {
    /** The exit code of an interrupted validation, as of every command (Main.INTERRUPTED; report cannot see cli). */
    static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "experiments to run (V1 ... V16); all if none")
    List<String> ids = new ArrayList<>();

    @Option(names = "--quick", description = "reduced sizes (run experiments: states per cell / 10 and at most 4 "
            + "replicas, V7-V8 all of theirs; V1-V2: the configs' quick sizes; each section of the report states "
            + "its sizes), for CI")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("validation");

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); results do "
            + "not depend on it")
    String threads;

    @Option(names = "--configs", paramLabel = "DIR", description = "directory of the experiment configs (default: "
            + "configs/ in the current directory, else the project's configs/ beside the jar)")
    Path configs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ValidateCommand()).execute(args));
    }

    /** configs/ in the working directory, else the project's configs/ (the jar is in sim-runner/target/). */
    static Path defaultConfigs() {
        Path here = Path.of("configs");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(ValidateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("configs").resolve(PairRuleExperiment.CONFIG))) {
                    return p.resolve("configs");
                }
            }
        } catch (Exception e) {
            // fall through: report the working-directory path
        }
        return here;
    }

    @Override
    public Integer call() {
        PrintWriter outW = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        int nThreads;
        try {
            // read here, as run reads it: picocli's "'x' is not an int" names neither range nor unit
            nThreads = threads == null ? Runtime.getRuntime().availableProcessors()
                    : (int) OptionValues.whole("--threads", threads, 1, 1024, "worker threads");
        } catch (ConfigException e) {
            err.println("spinsim: " + e.getMessage());
            return 2;
        }
        List<Experiment> chosen = new ArrayList<>();
        for (String id : ids) {
            Experiment e = Validation.byId(id);
            if (e == null) {
                err.println("spinsim: " + new ConfigException(OptionValues.SOURCE, "ID", "'" + id + "'",
                        "not an experiment of the catalogue; one of " + String.join(", ", Validation.ids())).getMessage());
                return 2;
            }
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            for (String id : Validation.ids()) {
                chosen.add(Validation.byId(id));
            }
        }
        if (configs == null) {
            configs = defaultConfigs();
        }
        if (!Files.isDirectory(configs)) {
            err.println("spinsim: " + new ConfigException(OptionValues.SOURCE, "--configs", configs.toString(),
                    "no such directory; run from the project root or pass --configs DIR").getMessage());
            return 2;
        }
        String cannot = Validation.unwritable(out);
        if (cannot != null) {
            err.println("spinsim: " + new ConfigException(OptionValues.SOURCE, "--out", out.toString(), cannot).getMessage());
            return 2;
        }
        // an interrupt stops the running experiment at its next step and writes the report of those that
        // finished (the process then exits with the signal's status, 130 for Ctrl-C)
        try (InterruptGuard guard = InterruptGuard.install(err,
                "stopping the running experiment and writing the report of those that finished")) {
            ExperimentContext ctx = new ExperimentContext(configs, quick, nThreads, line -> {
                err.println(line);
                err.flush();
            }, guard.stop());
            Validation.Report report;
            try {
                report = Validation.run(chosen, ctx);
            } catch (ConfigException e) {
                err.println("spinsim: " + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                err.println("spinsim: validation failed: " + e);
                return 1;
            }
            if (report.results().isEmpty()) {
                err.println("spinsim: interrupted before the first experiment finished; nothing written");
                err.flush();
                return INTERRUPTED;
            }
            try {
                Validation.write(report, ctx, out);
            } catch (IOException e) {
                err.println("spinsim: cannot write the report to " + out + ": " + e.getMessage());
                return 1;
            }
            return printed(outW, report);
        }
    }

    /** The summary table and the closing line on stdout; the exit code of a written report. */
    private int printed(PrintWriter outW, Validation.Report report) {
        outW.println(Validation.summaryTable(report));
        long agree = report.rows().stream().filter(Row::agrees).count();
        outW.println(Fmt.f("%d of %d rows agree; report: %s (and %s)", agree, report.rows().size(),
                out.resolve("report.md"), out.resolve(HtmlReport.FILE)));
        if (report.interrupted()) {
            outW.println("interrupted: a partial report; not run or not finished: " + String.join(", ", report.notRun()));
        }
        outW.flush();
        return report.interrupted() ? INTERRUPTED : 0;
    }
}
