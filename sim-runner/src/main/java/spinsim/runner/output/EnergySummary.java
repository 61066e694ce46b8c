package spinsim.runner.output;

import java.util.LinkedHashMap;
import java.util.Map;
import spinsim.core.analytic.SpinStatistics;
import spinsim.core.initial.DensityOfStates;
import spinsim.core.initial.EnergyGrid;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.EnergyReferences;
import spinsim.runner.run.EnergyResults;

/**
 * The {@code energy} section of summary.json for an energy-resolved run: the averaging window, the
 * per-record electron check of every cell, the Eq. 20-21 integral n_spin / (D(E_F) kT) with its SE,
 * and its references: the same grid sum of each reference at the cells' realised fillings (what the
 * Monte Carlo should match exactly, up to error) and the analytic integral of Eq. 21, computed by
 * {@code spinsim.core.analytic} (with the paper's c = (1 - pi^2/16)/2 over all x and constant D; for
 * independent places it is 1).
 */
public final class EnergySummary {
    private EnergySummary() {
    }

    public static Map<String, Object> content(RunRecord run) {
        RunSpec spec = run.spec();
        EnergyResults.Result r = EnergyResults.of(run.result());
        EnergyGrid g = r.grid();
        String rule = spec.rule();
        double cPaper = EnergyReferences.paperC();
        double cRule = EnergyReferences.ruleC(rule);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", g.cells());
        m.put("states_at_fermi", g.statesAtFermi());
        m.put("dx", g.dx());
        m.put("density_of_states", g.densityOfStates().describe());
        m.put("average_from", r.averageFrom());
        m.put("records_averaged", r.recordsAveraged());
        m.put("method", r.method());
        m.put("electrons_conserved_every_record", r.electronsConservedEveryRecord());
        m.put("rate_constant_paper_eq15", cPaper);
        m.put("rate_constant_rule_isotropic", cRule);
        m.put("polarization_axis", SummaryJson.estimate(r.polarizationAxis()));
        Map<String, Object> integral = new LinkedHashMap<>();
        integral.put("unit", "D(E_F) kT (Eq. 20-21)");
        integral.put("monte_carlo", SummaryJson.estimate(r.spinIntegral()));
        Map<String, Object> grid = new LinkedHashMap<>();
        double indep = 0;
        for (EnergyResults.Cell c : r.cells()) {
            indep += (double) c.states() / g.statesAtFermi() * EnergyReferences.independent(c.fEl(), c.states()).fSpin()
                    * g.dx();
        }
        grid.put("independent_places_closed_cells", indep);
        grid.put("eq19_paper_c", gridSum(r, f -> EnergyReferences.eq18(f, cPaper).fSpin()));
        grid.put("eq18_rule_c", gridSum(r, f -> EnergyReferences.eq18(f, cRule).fSpin()));
        integral.put("references_on_the_grid_at_realised_fillings", grid);
        Map<String, Object> analytic = new LinkedHashMap<>();
        DensityOfStates dos = g.densityOfStates();
        double lo = g.energy(0) - g.dx() / 2;
        double hi = g.energy(g.cells() - 1) + g.dx() / 2;
        analytic.put("range", java.util.List.of(lo, hi));
        analytic.put("independent_places", SpinStatistics.spinIntegral(0.5, dos::relative, lo, hi));
        analytic.put("eq21_paper_c", SpinStatistics.spinIntegral(cPaper, dos::relative, lo, hi));
        analytic.put("eq21_rule_c", SpinStatistics.spinIntegral(cRule, dos::relative, lo, hi));
        if (dos instanceof DensityOfStates.Constant) {
            analytic.put("eq21_paper_c_all_x", SpinStatistics.spinIntegral(cPaper));
        }
        integral.put("references_analytic", analytic);
        m.put("spin_integral", integral);
        return m;
    }

    /** sum_c (n_c / N_F) F_ref(F_el,c) dx: the Eq. 21 sum of a reference over the grid. */
    public static double gridSum(EnergyResults.Result r, java.util.function.DoubleUnaryOperator fSpinOfFilling) {
        double s = 0;
        for (EnergyResults.Cell c : r.cells()) {
            s += (double) c.states() / r.grid().statesAtFermi() * fSpinOfFilling.applyAsDouble(c.fEl()) * r.grid().dx();
        }
        return s;
    }
}
