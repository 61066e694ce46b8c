package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** The quick validation through the command, as the report tests use it: run, read report.md, and its verdicts. */
final class QuickReport {
    private QuickReport() {
    }

    /** Runs {@code spinsim validate <ids> --quick} into {@code out} (2 threads) and returns report.md. */
    static String run(Path out, String... ids) throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        List<String> args = new ArrayList<>(List.of(ids));
        args.addAll(List.of("--quick", "--out", out.toString(), "--threads", "2", "--configs", TestPaths.configs().toString()));
        int code = cl.execute(args.toArray(new String[0]));
        assertEquals(0, code, stderr.toString());
        return Files.readString(out.resolve("report.md"));
    }

    /**
     * Row id -> verdict of every summary row of the given experiments ("V13", ...), after checking
     * that each experiment has a row and each row a verdict.
     */
    static Map<String, String> verdicts(String md, String... experiments) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("(?m)^\\| (V\\d+\\.\\d+) \\|(.*)$").matcher(md);
        List<String> wanted = List.of(experiments);
        while (rows.find()) {
            String id = rows.group(1);
            if (wanted.contains(id.substring(0, id.indexOf('.')))) {
                String[] cells = HtmlReport.cells("|" + rows.group(2)).toArray(new String[0]);
                verdicts.put(id, cells[4].trim());
            }
        }
        for (String v : experiments) {
            assertTrue(verdicts.keySet().stream().anyMatch(k -> k.startsWith(v + ".")), "no row of " + v + ": " + verdicts);
        }
        for (Map.Entry<String, String> e : verdicts.entrySet()) {
            assertTrue(e.getValue().startsWith("agrees") || e.getValue().startsWith("disagrees"),
                    e.getKey() + " has no verdict: " + e.getValue());
        }
        return verdicts;
    }
}
