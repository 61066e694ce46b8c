package spinsim.core.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.DensityOfStates;
import spinsim.core.initial.EnergyGrid;
import spinsim.core.initial.FermiDiracFilling;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Tally;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Statistical tests of the equilibrium occupation of energy cells (V7) against the analytic
 * references, with {@link EnergyEquilibriumMeasurement}.
 *
 * <p>Protocol: cells at x = -2, 0, 1.5 with 30000 states each (constant D), filled by
 * {@link FermiDiracFilling}, isotropic spins; 16 replicas with independent seeds; 30 sweep steps of
 * burn-in (the SPIN count relaxes at rate ~1 per t_sc, see {@link AnnihilationRateConstant}),
 * then F_spin averaged over 30 steps. The standard error is the SD of the 16 replica means over
 * sqrt(16): replicas are independent, so no autocorrelation model is needed. The tolerance is 5 SE;
 * the replica means are then t-distributed with 15 degrees of freedom, P(|t_15| &gt; 5) = 1.6e-4 per
 * cell (about 5e-4 for three cells; the seeds are fixed, so a run is reproducible anyway).
 * Finite cells shift the equilibrium by O(1/N) ~ 3e-5 relative, far below the SE (~3e-4 relative).
 */
class EnergyEquilibriumMonteCarloTest {
    private static final double[] X = {-2.0, 0.0, 1.5};
    private static final int STATES = 30_000;
    private static final int REPLICAS = 16;
    private static final int BURN_IN = 30;
    private static final int MEASURE = 30;
    private static final double K = 5.0;
    private static final double C_PLANAR = AnnihilationRateConstant.planarClosedForm();

    private static String describe(EnergyEquilibriumMeasurement.Result r, int c, double expected, String what) {
        double z = (r.fSpin()[c] - expected) / r.seSpin()[c];
        double p = 2 * new TDistribution(REPLICAS - 1).cumulativeProbability(-Math.abs(z));
        return String.format(Locale.ROOT, "%s, x = %.2f (F_el %.6f): F_spin = %.7f +- %.2e (SE of %d replicas), %s = %.7f, "
                + "z = %.2f (two-sided p under t_%d: %.2g); tolerance %.0f SE", r.rule(), r.x()[c], r.filling()[c],
                r.fSpin()[c], r.seSpin()[c], r.replicas(), what, expected, z, REPLICAS - 1, p, K);
    }

    /**
     * The 3D paper rule has c = 1/2 and so follows the independent-place reference
     * F_spin = F_el (1 - F_el), not Eq. 19 with c = 0.1916. The run starts ON the Eq. 19 curve so
     * that it has to leave it; the assertion that the two references are far apart in SE units
     * shows the test can tell them apart.
     */
    @Test
    void paperRuleFollowsTheIndependentPlaceReference() {
        EnergyEquilibriumMeasurement.Result r = EnergyEquilibriumMeasurement.measure("paper", X, STATES,
                FermiDiracFilling.SpinCount.equilibrium(C_PLANAR), BURN_IN, MEASURE, REPLICAS, 0xE9_0701L);
        for (int c = 0; c < X.length; c++) {
            double f = r.filling()[c];
            double independent = IndependentPlaces.profileForFilling(f).fSpin();
            double eq19 = SpinStatistics.spin(f, 1 - f, C_PLANAR);
            String msg = describe(r, c, independent, "independent places");
            assertEquals(independent, r.fSpin()[c], K * r.seSpin()[c], msg);
            assertTrue(Math.abs(eq19 - independent) > 20 * r.seSpin()[c],
                    "the references should be resolved: " + describe(r, c, eq19, "Eq. 19 (c = 0.1916)"));
            // F_full and F_empty follow from F_spin and the conserved filling (Eq. 10)
            assertEquals(0.5 * (f - r.fSpin()[c]), r.fFull()[c], 1e-12, "Eq. 10 for the measured means");
        }
    }

    /** The spin-conserving variant has c = 1/4 (the singlet weight): Eq. 18 with c = 1/4. */
    @Test
    void spinConservingRuleFollowsEq18WithOneQuarter() {
        EnergyEquilibriumMeasurement.Result r = EnergyEquilibriumMeasurement.measure("spin-conserving", X, STATES,
                FermiDiracFilling.SpinCount.independentPlaces(), BURN_IN, MEASURE, REPLICAS, 0xE9_0702L);
        double cRule = AnnihilationRateConstant.forRule("spin-conserving");
        for (int c = 0; c < X.length; c++) {
            double f = r.filling()[c];
            double expected = SpinStatistics.spin(f, 1 - f, cRule);
            assertEquals(expected, r.fSpin()[c], K * r.seSpin()[c], describe(r, c, expected, "Eq. 18 with c = 1/4"));
        }
    }

    /**
     * Eq. 20-21 for the paper rule over an energy grid: the sum of n_spin over cells in units of
     * D(E_F) kT agrees with the same sum of the independent-place reference at the cells'
     * realised fillings, and that sum is the analytic 1 up to the grid's known errors.
     */
    @Test
    void paperRuleSpinIntegralIsOneInUnitsOfDkT() {
        double xMax = 10;
        double dx = 0.5;
        int states = 10_000;
        EnergyGrid grid = EnergyGrid.uniform(-xMax, xMax, dx, states, DensityOfStates.constant());
        EnergyEquilibriumMeasurement.Result r = EnergyEquilibriumMeasurement.measure("paper", grid,
                FermiDiracFilling.SpinCount.equilibrium(C_PLANAR), 20, 20, 8, 0xE9_0703L);
        double reference = 0;
        for (int c = 0; c < r.x().length; c++) {
            reference += IndependentPlaces.profileForFilling(r.filling()[c]).fSpin() * dx;
        }
        String msg = String.format(Locale.ROOT, "paper: Eq. 21 sum %.5f +- %.5f (8 replicas), independent places at the "
                + "realised fillings %.5f, analytic 1, Eq. 21 with 0.1916: %.5f", r.spinIntegral(), r.seSpinIntegral(),
                reference, SpinStatistics.spinIntegral(C_PLANAR));
        assertEquals(reference, r.spinIntegral(), K * r.seSpinIntegral(), msg);
        // grid vs analytic: truncation 2 e^{-xMax}, midpoint error exponentially small, and rounding of
        // the fillings at most dx/(4N) per cell
        double bound = 2 * Math.exp(-xMax) + r.x().length * dx / (4.0 * states);
        assertEquals(1.0, reference, bound, "discretised reference vs 1: " + msg);
        assertTrue(SpinStatistics.spinIntegral(C_PLANAR) - r.spinIntegral() > 20 * r.seSpinIntegral(),
                "Eq. 21 with c = 0.1916 should be resolved and rejected: " + msg);
    }

    /**
     * A finding, not a reference: under {@code paper-planar} the mean-angle merges are a 1D
     * consensus dynamics and every polar angle collapses to pi/2 (the mean that FULL + EMPTY pairs
     * theta, pi - theta keep); then no pair annihilates, the minority of FULL/EMPTY is used up and
     * the cell sits in the absorbing state F_spin = min(F_el, F_h): Eq. 18 with c = 0, not 0.1916.
     * (In 3D the bisector merge conserves s1 + s2, so with S ~ 0 the spins cannot align.)
     */
    @Test
    void paperPlanarCollapsesToOnePolarAngleAndStopsAnnihilating() {
        EnergyGrid grid = EnergyGrid.at(X, 1.0, STATES, DensityOfStates.constant());
        CellLayout layout = grid.layout();
        Composition[] comps = FermiDiracFilling.compositions(layout, FermiDiracFilling.SpinCount.independentPlaces());
        StateStore store = new StateStore(layout.totalStates());
        long seed = 0xE9_0704L;
        Populator.populate(store, layout, comps, SpinMixture.of(new SpinComponent.Isotropic()), seed);
        try (WorkerPool pool = new WorkerPool(2)) {
            Simulation sim = new Simulation(SimulationSetup.of(layout, ScatteringRules.byName("paper-planar"),
                    PairingScheme.SWEEP, 1.0, List.of(), seed), store, pool);
            for (int t = 0; t < 400; t++) {
                sim.step();
            }
            Tally tally = sim.tally();
            for (int c = 0; c < X.length; c++) {
                CellTally t = tally.cells()[c];
                double meanSzz = t.meanSzz();
                String at = String.format(Locale.ROOT, "x = %.2f after 400 steps: n_SPIN %d, n_FULL %d, n_EMPTY %d, "
                        + "<s_z^2> %.2e", X[c], t.nSpin, t.nFull, t.nEmpty, meanSzz);
                assertEquals(comps[c].electrons(), t.electrons(), "electrons conserved, " + at);
                assertTrue(meanSzz < 1e-3, "spins collapsed onto theta = pi/2 (isotropic: 1/3), " + at);
                if (X[c] != 0.0) {
                    assertEquals(Composition.maxSpin(t.states(), t.electrons()), t.nSpin, "absorbing state, " + at);
                } else {
                    assertTrue(t.nSpin > 0.98 * t.states(), "F_spin approaching 1/2 at x = 0, " + at);
                }
            }
        }
    }
}
