package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spinsim.core.initial.Composition;
import spinsim.core.rule.ScatteringRule;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.ElectronBudget;
import spinsim.runner.run.Observables;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * {@code summary.json}: what the run was and what it found, every number with its standard error
 * and how that error was obtained. Keys are in a fixed order and nothing machine-dependent goes in
 * (no wall time, threads, dates, JVM or absolute paths: those are in performance.json), so the same
 * config and seed give the same bytes on 1, 2 or 64 threads.
 */
public final class SummaryJson implements Output {
    public static final String FILE = "summary.json";

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        Json.write(dir.resolve(FILE), content(run));
    }

    /** The summary as ordered maps and lists. */
    public static Map<String, Object> content(RunRecord run) {
        RunResult r = run.result();
        RunSpec spec = r.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spinsim_version", Version.get());
        m.put("config", run.config());
        m.put("config_sha256", run.configSha256());
        m.put("name", spec.name());
        m.put("seed", spec.seed());
        m.put("replicas", r.replicas().size());
        m.put("replicas_requested", spec.replicas());
        m.put("interrupted", r.interrupted());
        ScatteringRule rule = spec.scatteringRule();
        Map<String, Object> ruleMap = new LinkedHashMap<>();
        ruleMap.put("name", rule.name());
        ruleMap.put("description", rule.description());
        m.put("rule", ruleMap);
        m.put("pairing", spec.pairing().configName());
        m.put("dt", spec.dt());
        m.put("steps", spec.steps());
        m.put("duration", spec.duration());
        m.put("time_unit", "t_sc (scattering time)");
        m.put("record_every", spec.recordEvery());
        m.put("records", r.records());
        m.put("time_final", RunStatistics.lastOf(r, 0).time());
        m.put("splitting_order", r.stageOrder());
        List<Object> processes = new ArrayList<>();
        for (ProcessSpec p : spec.processes()) {
            processes.add(p.resolved());
        }
        m.put("processes", processes);

        Map<String, Object> ens = new LinkedHashMap<>();
        ens.put("cells", spec.cells());
        if (spec.energyResolved()) {
            ens.put("energy", spec.energy().resolved(spec.duration()));
            ens.put("states", spec.totalStates());
        } else {
            ens.put("states_per_cell", spec.statesPerCell());
            ens.put("states", spec.totalStates());
            ens.put("filling", spec.filling());
            ens.put("spin_fraction_requested", spec.spinFraction());
        }
        ens.put("histogram_bins", spec.histogramBins());
        ens.put("axis", List.of(spec.axis()[0], spec.axis()[1], spec.axis()[2]));
        if (spec.chain() != null) {
            ens.put("chain", spec.chainResolved());
        }
        m.put("ensemble", ens);
        m.put("initial_composition", composition(r.initialPerCell()));

        Map<String, Object> obs = new LinkedHashMap<>();
        for (Observables.Column c : Observables.columnsFor(spec)) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("description", c.description());
            o.put("initial", estimate(RunStatistics.initial(r, c)));
            o.put("final", estimate(RunStatistics.last(r, c)));
            obs.put(c.name(), o);
        }
        m.put("observables", obs);

        Conservation cons = Conservation.of(r);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("checked", cons.netOfInjection()
                ? "per replica (ensemble totals), first record against last record, net of the injected electrons"
                : cons.acrossCells()
                        ? "per replica (ensemble totals: diffusion moves states between cells), first record against last record"
                        : "per cell and per replica, first record against last record");
        cm.put("electrons", check(cons.electronsInitial(), cons.electronsFinal(), cons.electronsConserved()));
        cm.put("n_full_minus_n_empty", check(cons.fullMinusEmptyInitial(), cons.fullMinusEmptyFinal(),
                cons.fullMinusEmptyConserved()));
        cm.put("initial_matches_composition", cons.matchesComposition());
        m.put("conservation", cm);
        if (ProcessSpec.InjectionSpec.present(spec.processes())) {
            m.put("electron_budget", ElectronBudget.of(r).content());
        }
        if (spec.energyResolved()) {
            m.put("energy", EnergySummary.content(run));
        }
        return m;
    }

    private static Map<String, Object> composition(Composition[] perCell) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", perCell.length);
        boolean same = true;
        long e = 0;
        long f = 0;
        long s = 0;
        for (Composition c : perCell) {
            same &= c.equals(perCell[0]);
            e += c.nEmpty();
            f += c.nFull();
            s += c.nSpin();
        }
        if (same) {
            m.put("every_cell", counts(perCell[0].nEmpty(), perCell[0].nFull(), perCell[0].nSpin()));
        } else {
            List<Object> cells = new ArrayList<>();
            for (Composition c : perCell) {
                cells.add(counts(c.nEmpty(), c.nFull(), c.nSpin()));
            }
            m.put("per_cell", cells);
        }
        m.put("total", counts(e, f, s));
        return m;
    }

    private static Map<String, Object> counts(long e, long f, long s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_empty", e);
        m.put("n_full", f);
        m.put("n_spin", s);
        m.put("electrons", 2 * f + s);
        m.put("states", e + f + s);
        return m;
    }

    static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", Num.json(e.mean()));
        m.put("se", Num.json(e.se()));
        m.put("method", e.method());
        return m;
    }

    private static Map<String, Object> check(long initial, long fin, boolean ok) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initial", initial);
        m.put("final", fin);
        m.put("conserved", ok);
        return m;
    }
}
