package spinsim.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;
import spinsim.runner.config.ConfigException;

/**
 * The validation catalogue (MODEL.md section 6): runs the chosen experiments and writes
 * report.md with the plots beside it, and report.html, the same report as one self-contained page
 * ({@link HtmlReport}). The report is deterministic for the configs' seeds: it holds
 * no date, wall time or thread count.
 */
public final class Validation {
    private static final Map<String, Experiment> EXPERIMENTS = new LinkedHashMap<>();

    static {
        for (Experiment e : List.of(new PairRuleExperiment(), new ThreeStateExperiment(), new MixingExperiment(),
                new RelaxationExperiment(), new ConservationExperiment(), new RateConstantExperiment(),
                new SpinStatisticsExperiment(), new PolarizedStatisticsExperiment(),
                new PrecessionDampingExperiment(), new ConversionRateExperiment(), new PauliParamagnetismExperiment(),
                new FerromagnetExperiment(), new TwoAssemblyExperiment(), new AssemblyAngleScanExperiment(),
                new InjectionTorqueExperiment(), new SpinTorqueCurrentExperiment())) {
            EXPERIMENTS.put(e.id(), e);
        }
    }

    /**
     * Everything the report holds; {@code notRun} lists the chosen experiments an interrupt kept
     * out (empty for a whole report).
     */
    public record Report(boolean quick, List<ExperimentResult> results, List<String> notRun) {
        public Report(boolean quick, List<ExperimentResult> results) {
            this(quick, results, List.of());
        }

        public boolean interrupted() {
            return !notRun.isEmpty();
        }

        public List<Row> rows() {
            List<Row> r = new ArrayList<>();
            for (ExperimentResult e : results) {
                r.addAll(e.rows());
            }
            return r;
        }
    }

    private Validation() {
    }

    public static List<String> ids() {
        return List.copyOf(EXPERIMENTS.keySet());
    }

    /** The experiment of a catalogue id ("V4", "v4", "V04"), or null. */
    public static Experiment byId(String id) {
        String s = id.trim().toUpperCase(Locale.ROOT);
        if (s.matches("V0*[0-9]+")) {
            s = "V" + Integer.parseInt(s.substring(1));
        }
        return EXPERIMENTS.get(s);
    }

    /** An experiment's run stopped by an interrupt: the experiment has no result. */
    static final class Interrupted extends RuntimeException {
        Interrupted(String run) {
            super("run " + run + " was interrupted");
        }
    }

    /**
     * Runs the experiments in order. Once {@link ExperimentContext#stop()} is set, the running
     * experiment ends at its runs' next step and is left out with those not started; the report
     * holds the ones that finished and names the others.
     */
    public static Report run(List<Experiment> experiments, ExperimentContext ctx) throws ConfigException {
        List<ExperimentResult> out = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        for (Experiment e : experiments) {
            if (notRun.isEmpty() && !ctx.stop().get()) {
                try {
                    // an experiment that completes is whole, even one without runs (V1, V2) that
                    // finished after the interrupt came
                    out.add(e.run(ctx));
                    continue;
                } catch (Interrupted stopped) {
                    // this one and the rest are not in the report
                }
            }
            notRun.add(e.id());
        }
        return new Report(ctx.quick(), out, notRun);
    }

    /** The summary table in markdown. */
    public static String summaryTable(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("| id | claim | paper | Monte Carlo ± SE | sigma | verdict | finding |\n");
        b.append("|---|---|---|---|---:|---|---|\n");
        for (Row row : r.rows()) {
            b.append("| ").append(row.id()).append(" | ").append(cell(row.claim())).append(" | ").append(cell(row.paper()))
                    .append(" | ").append(cell(row.monteCarlo())).append(" | ").append(Fmt.z(row.z())).append(" | ")
                    .append(cell(row.verdict())).append(" | ").append(cell(row.finding())).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The whole report.md. */
    public static String markdown(Report r, ExperimentContext ctx) {
        StringBuilder b = new StringBuilder();
        b.append("# spinsim validation report: ");
        List<String> ids = new ArrayList<>();
        for (ExperimentResult e : r.results()) {
            ids.add(e.id());
        }
        b.append(String.join(", ", ids)).append("\n\n");
        if (r.interrupted()) {
            b.append("**Interrupted (Ctrl-C): a partial report.** Not run or not finished: ")
                    .append(String.join(", ", r.notRun())).append(". The experiments in this report are whole; run `./spinsim "
                            + "validate").append(r.quick() ? " --quick" : "").append(" ").append(String.join(" ", r.notRun()))
                    .append("` for the rest.\n\n");
        }
        b.append("What this is: the claims of V. Zayets, \"Spin rotation after a spin-independent scattering. Spin "
                + "properties of an electron gas in a solid\" (J. Magn. Magn. Mater., 2013), "
                + "held one by one against a particle-level Monte Carlo of the paper's own microscopic rules (MODEL.md "
                + "sections 2-6, catalogue rows " + String.join(", ", ids) + "). Every number of the Monte Carlo is measured from the particles; "
                + "every paper value is either computed in code from the paper's formula (Eq. 4, Eq. 6, ...) or quoted "
                + "where the paper is qualitative. A paper number is a reference to compare against, never an input of "
                + "the engine.\n\n");
        b.append("**Sizes:** ").append(r.quick()
                ? "quick (`--quick`): kernel experiments use the `quick` sizes of their configs; run experiments "
                        + "use the configs' states per cell / " + ExperimentContext.QUICK_STATES_DIVISOR
                        + " and at most " + ExperimentContext.QUICK_REPLICAS + " replicas (the energy experiments V7 and V8 "
                        + "keep all their replicas; each section states its sizes). Errors are correspondingly larger."
                : "full, as in the configs.").append(" Each section states its sizes and seed; the report is "
                + "deterministic for those seeds (any thread count).\n\n");
        b.append("**Rules** (MODEL.md section 2; every row names the one it used):\n\n");
        for (String name : ScatteringRules.names()) {
            ScatteringRule rule = ScatteringRules.byName(name);
            b.append("- `").append(name).append("`: ").append(rule.description()).append(".\n");
        }
        b.append("\n**Verdicts.** t = (Monte Carlo - paper) / SE, with the SE of the Monte Carlo value (across "
                + "independent replicas for runs, binomial or sample-variance for the kernel experiments). Where the SE "
                + "is the sample SD of n values over sqrt(n) (replicas, batches), t is Student's t on n - 1 degrees of "
                + "freedom, and the sigma column gives z, the normal deviate with the same tail probability (with 4 "
                + "replicas t = 3 is z = 1.90; read as normal, |t| > 3 would happen 5.8 % of the time for a true "
                + "reference instead of 0.27 %). The extrapolations of V10.1-V10.4 and the linearity test V11.3 fit one "
                + "line per replica and take the mean and SE of the replicas' intercepts or slopes, so they are "
                + "Student's t too (and carry the correlation of sweep points that share seeds). Elsewhere z = t, "
                + "read as normal: binomial SEs, and SEs that add a systematic part (V15.2, V15.4). The latter have 8 "
                + "replicas (4 in --quick) behind their points, so their verdicts are the less certain. |z| <= 3 "
                + "agrees; otherwise \"disagrees (k sigma)\". For a chi-square row z is the one-sided normal deviate with "
                + "the same upper-tail probability, z = max(0, Phi^-1(1 - p)). The scans of V14.4, V14.5, V15.3 and "
                + "V15.4 run every point with the same seeds, so their points' errors are correlated and a chi-square "
                + "over them is not chi-square distributed: their verdict is the largest per-point |z| with a "
                + "Bonferroni correction over the n points, p = min(1, 2 n P(Z > max |z|)), given as the two-sided "
                + "deviate of p (one point would give its own |z|); it holds whatever the correlation as far as each "
                + "point's z is calibrated (for V15.4, whose SEs add a systematic part, only approximately), and "
                + "their chi-square is shown as a guide. Range and "
                + "exactness claims state their "
                + "criterion in the verdict. Time is in scattering times t_sc (every state scatters once per t_sc on "
                + "average).\n\n");
        b.append("Reproduce: `./spinsim validate").append(r.quick() ? " --quick" : "").append(" ")
                .append(String.join(" ", ids)).append("` (configs in `configs/`).\n\n");
        b.append("## Summary\n\n");
        b.append(summaryTable(r)).append("\n");
        long agree = r.rows().stream().filter(Row::agrees).count();
        b.append(Fmt.f("%d of %d rows agree.\n\n", agree, r.rows().size()));
        for (ExperimentResult e : r.results()) {
            b.append("## ").append(e.id()).append(". ").append(e.title()).append("\n\n");
            b.append(e.section());
            b.append("Rows: ");
            List<String> rids = new ArrayList<>();
            for (Row row : e.rows()) {
                rids.add(row.id() + " " + row.verdict());
            }
            b.append(String.join("; ", rids)).append(".\n\n");
        }
        return b.toString();
    }

    /**
     * Why {@code out} cannot take a report, or null when it can: checked before the experiments run,
     * so that a full validation is not computed only to be refused at the end. Creates the parent
     * directories and a probe directory beside {@code out} (removed again).
     */
    public static String unwritable(Path out) {
        Path target = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                return "exists and is a file; choose another --out";
            }
            if (Files.exists(target) && !isReplaceable(target)) {
                return "exists and is not a validation directory (no report.md, not empty); choose another --out";
            }
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Files.delete(newSibling(target, ".probe-"));
            return null;
        } catch (IOException e) {
            return "cannot create a directory there: " + spinsim.runner.output.RunDirectory.reason(e);
        } catch (RuntimeException e) {
            return "cannot create a directory there (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")";
        }
    }

    /**
     * Writes report.md and the charts into a temporary sibling of {@code out} and renames it to
     * {@code out} when complete (replacing a previous validation directory there).
     */
    public static void write(Report r, ExperimentContext ctx, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new IOException(target + " exists and is not a validation directory (no report.md); choose another --out");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = newSibling(target, ".tmp-");
        try {
            for (ExperimentResult e : r.results()) {
                for (Map.Entry<String, XYChart> c : e.charts().entrySet()) {
                    Charts.savePng(c.getValue(), tmp.resolve(c.getKey()));
                }
            }
            String md = markdown(r, ctx);
            Files.writeString(tmp.resolve("report.md"), md);
            HtmlReport.write(r, md, tmp);
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + tmp.getFileName().toString()
                        .replaceAll(".*\\.tmp-", ""));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ex) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw ex;
            }
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException ex) {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
            throw ex;
        }
    }

    /**
     * A new hidden directory beside {@code target}, made with the ordinary permissions (the umask's),
     * not a temporary directory's rwx------, since it becomes the report.
     */
    private static Path newSibling(Path target, String tag) throws IOException {
        java.util.SplittableRandom r = new java.util.SplittableRandom();
        while (true) {
            Path p = target.getParent().resolve("." + target.getFileName() + tag + Long.toUnsignedString(r.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: another name
            }
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve("report.md"))) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
