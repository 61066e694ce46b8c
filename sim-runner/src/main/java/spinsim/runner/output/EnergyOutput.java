package spinsim.runner.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.SpinProfile;
import spinsim.runner.run.EnergyReferences;
import spinsim.runner.run.EnergyResults;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * The outputs of an energy-resolved run ({@code ensemble.energy}); nothing for other runs.
 *
 * <p>{@code energy.csv}, one row per energy cell, in the paper's normalisation F_k = n_k/(2 n_states)
 * ({@link EnergyResults} says how values and SEs are obtained; {@code _se} columns are one SE):
 * <pre>
 * x, states, electrons, f_el                      cell label (E - E_F)/kT, its states and exact electrons,
 *                                                 F_el = electrons/(2 states)
 * f_spin, f_full, f_empty, f_electrons (+ _se)    the Monte Carlo; f_electrons = f_spin + 2 f_full = f_el exactly (SE 0)
 * f_tia, f_axis, polarization_axis (+ _se)        |S|/(2n) (biased up near 0), S.axis/(2n), S.axis/n_spin
 * c_implied (+ _se)                               2 F_full F_empty / F_spin^2 (Eq. 17 solved for c)
 * c_pairs (+ _se)                                 the rule's annihilation probability averaged over random SPIN
 *                                                 pairs of the cell
 * fermi_dirac                                     f(x) of Eq. 8 at the label (F_el differs by at most 1/(4 states))
 * indep_f_spin, indep_f_full, indep_f_empty       independent places in a closed cell of n states at F_el:
 *                                                 F_el(1-F_el) 2n/(2n-1), then Eq. 10 (about F_el^2/2, (1-F_el)^2/2)
 * eq19_f_spin, eq19_f_full, eq19_f_empty          Eq. 18-19 at F_el with the paper's c = (1 - pi^2/16)/2 (Eq. 15)
 * rule_c, rule_f_spin, rule_f_full, rule_f_empty  Eq. 18 at F_el with the rule's own c for an isotropic TIS assembly
 * eq27_f_tis, eq27_f_tia                          Eq. 27-28 at F_el and this cell's polarization_axis, the same c
 * allpairs_f_spin                                 Eq. 18 at F_el with c_eff = c_TT (1-x)^2 + 2 c_AT x (1-x) of the
 *                                                 rule, x = polarization_axis
 * </pre>
 * {@code energy.png}: Fig. 5a (F_spin, F_full, F_empty against x, points over the Eq. 19 curves and
 * the rule's own reference). When the run holds a polarization (mean S.axis/n_spin above 5 %),
 * also {@code energy-polarized.png}: Fig. 5b at the measured polarization.
 */
public final class EnergyOutput implements Output {
    public static final String CSV = "energy.csv";
    public static final String PNG = "energy.png";
    public static final String PNG_POLARIZED = "energy-polarized.png";
    /** Above this overall polarization (S.axis/n_spin) the Fig. 5b plot is written too. */
    static final double POLARIZED = 0.05;

    @Override
    public List<String> files() {
        return List.of(CSV, PNG, PNG_POLARIZED);
    }

    @Override
    public List<String> files(RunRecord run) {
        if (!run.spec().energyResolved()) {
            return List.of();
        }
        EnergyResults.Result r = EnergyResults.of(run.result());
        return polarized(r) ? List.of(CSV, PNG, PNG_POLARIZED) : List.of(CSV, PNG);
    }

    static boolean polarized(EnergyResults.Result r) {
        return r.polarizationAxis().mean() > POLARIZED;
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        if (!run.spec().energyResolved()) {
            return;
        }
        EnergyResults.Result r = EnergyResults.of(run.result());
        String rule = run.spec().rule();
        writeCsv(r, rule, dir.resolve(CSV));
        String reps = run.result().replicas().size() + " replica" + (run.result().replicas().size() == 1 ? "" : "s");
        Plots.writePng(EnergyFigures.fig5a(run.spec().name() + ": F_spin, F_full, F_empty [" + rule + ", " + reps
                + ", t >= " + Num.plain(r.averageFrom()) + " t_sc]", r, EnergyFigures.unpolarizedReferences(rule)),
                dir.resolve(PNG));
        if (polarized(r)) {
            double x = r.polarizationAxis().mean();
            double cPaper = EnergyReferences.paperC();
            double cTT = EnergyReferences.ruleC(rule);
            double cAT = EnergyReferences.ruleTiaTisC(rule);
            List<EnergyFigures.Reference> refs = new ArrayList<>();
            refs.add(new EnergyFigures.Reference("Eq. 27-28", EnergyFigures.atFermiDirac(
                    f -> EnergyReferences.eq27(f, cPaper, x)), false));
            refs.add(new EnergyFigures.Reference("all pairs (" + rule + ")", EnergyFigures.atFermiDirac(
                    f -> EnergyReferences.allPairs(f, cTT, cAT, x)), true));
            Plots.writePng(EnergyFigures.fig5b(run.spec().name() + ": polarization x = " + Num.pm(x,
                    r.polarizationAxis().se()) + " [" + rule + ", " + reps + "]", r, refs), dir.resolve(PNG_POLARIZED));
        }
    }

    static void writeCsv(EnergyResults.Result r, String rule, Path file) throws IOException {
        double cPaper = EnergyReferences.paperC();
        double cRule = EnergyReferences.ruleC(rule);
        double cAT = EnergyReferences.ruleTiaTisC(rule);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("x,states,electrons,f_el,f_spin,f_spin_se,f_full,f_full_se,f_empty,f_empty_se,f_electrons,"
                    + "f_electrons_se,f_tia,f_tia_se,f_axis,f_axis_se,polarization_axis,polarization_axis_se,c_implied,"
                    + "c_implied_se,c_pairs,c_pairs_se,fermi_dirac,indep_f_spin,indep_f_full,indep_f_empty,eq19_f_spin,"
                    + "eq19_f_full,eq19_f_empty,rule_c,rule_f_spin,rule_f_full,rule_f_empty,eq27_f_tis,eq27_f_tia,allpairs_f_spin\n");
            StringBuilder b = new StringBuilder();
            for (EnergyResults.Cell c : r.cells()) {
                b.setLength(0);
                b.append(Num.exact(c.x())).append(',').append(c.states()).append(',').append(c.electrons()).append(',')
                        .append(Num.exact(c.fEl()));
                for (Estimate e : new Estimate[] {c.fSpin(), c.fFull(), c.fEmpty(), c.fElectrons(), c.fTia(), c.fAxis(),
                    c.polarizationAxis(), c.cImplied(), c.cPairs()}) {
                    b.append(',').append(Num.exact(e.mean())).append(',').append(Num.exactOrEmpty(e.se()));
                }
                double f = c.fEl();
                double x = c.polarizationAxis().mean();
                SpinProfile ind = EnergyReferences.independent(f, c.states());
                SpinProfile p19 = EnergyReferences.eq18(f, cPaper);
                SpinProfile pr = EnergyReferences.eq18(f, cRule);
                SpinProfile p27 = EnergyReferences.eq27(f, cPaper, x);
                SpinProfile all = EnergyReferences.allPairs(f, cRule, cAT, x);
                double[] refs = {FermiDirac.electrons(c.x()), ind.fSpin(), ind.fFull(), ind.fEmpty(), p19.fSpin(),
                    p19.fFull(), p19.fEmpty(), cRule, pr.fSpin(), pr.fFull(), pr.fEmpty(), p27.fSpinTis(), p27.fSpinTia(),
                    all.fSpin()};
                for (double v : refs) {
                    b.append(',').append(Num.exact(v));
                }
                w.write(b.append('\n').toString());
            }
        }
    }
}
