package spinsim.runner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import spinsim.runner.config.ConfigException;
import spinsim.runner.output.Version;
import spinsim.runner.report.ValidateCommand;

/**
 * The {@code spinsim} command line: {@code run CONFIG} and {@code validate}.
 *
 * <p>Exit codes: 0 done; 2 bad input (a config error, a bad option, an unreadable file), reported
 * as one line {@code spinsim: <what>} on stderr; 1 an internal error, with its stack trace;
 * 130 interrupted (Ctrl-C) after writing what was complete.
 */
@Command(name = "spinsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        description = {"Particle-level Monte Carlo of conduction-electron spins under spin-independent scattering.",
            "",
            "  spinsim run configs/quickstart.yaml   simulate, write runs/<name>-<time>/",
            "  spinsim validate --quick              the validation report V1-V16, quick",
            "  spinsim sweep CONFIG --param PATH=V1,V2,...   a parameter sweep: table + plot",
            "  spinsim bench                         a standard benchmark: pairs/s, memory",
            ""})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line in this JVM (no System.exit); returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line: one-line errors for bad input, stack traces for internal errors. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine at = ex.getCommandLine();
            String help = at.getCommandSpec().qualifiedName() + " --help";
            at.getErr().println("spinsim: " + oneLine(ex.getMessage()) + " (see '" + help + "')");
            at.getErr().flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, at, parsed) -> {
            PrintWriter e = at.getErr();
            if (ex instanceof ConfigException) {
                e.println("spinsim: " + oneLine(ex.getMessage()));
                e.flush();
                return BAD_INPUT;
            }
            e.println("spinsim: internal error: " + ex);
            ex.printStackTrace(e);
            e.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    /** Collapses a message onto one line (YAML parser messages span several). */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ");
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "spinsim: missing command: use 'spinsim run CONFIG' or 'spinsim validate' (see 'spinsim --help')");
        return BAD_INPUT;
    }

    /** "spinsim 0.1.0" from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spinsim " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
