package spinsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import spinsim.core.initial.Composition;
import spinsim.core.initial.SpinComponent;
import spinsim.runner.config.RunSpec;
import spinsim.runner.config.SpinSpec;

/** The analytic references of a run config: Eq. 6 of its initial distribution and its first-step prediction. */
final class References {
    private References() {
    }

    static List<SpinComponent> components(RunSpec s) {
        List<SpinComponent> c = new ArrayList<>();
        for (SpinSpec sp : s.spins()) {
            c.add(sp.component());
        }
        return c;
    }

    /** Exact SPIN count per component in one cell, as the populator apportions them. */
    static long[] counts(RunSpec s) {
        return s.mixture().apportion(s.composition().nSpin());
    }

    /** p_spin(theta) of the initial SPIN population about the run's axis (observe.axis). */
    static Eq6Reference eq6(RunSpec s) {
        long[] n = counts(s);
        double[] w = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            w[i] = n[i];
        }
        return Eq6Reference.of(components(s), w, s.axis());
    }

    /** Expected first-step changes of the whole ensemble (all cells) under {@code rule}. */
    static FirstStepPrediction.Result firstStep(RunSpec s, String rule) {
        Composition c = s.composition();
        FirstStepPrediction.Result r = FirstStepPrediction.sweep(rule, c.states(), c.nFull(), c.nEmpty(), components(s),
                counts(s));
        double k = s.cells();
        return new FirstStepPrediction.Result(new double[] {r.dS()[0] * k, r.dS()[1] * k, r.dS()[2] * k},
                r.dNspin() * k, r.ssPairs() * k, r.fePairs() * k);
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
