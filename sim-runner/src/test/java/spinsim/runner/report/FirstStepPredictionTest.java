package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.initial.SpinComponent;
import spinsim.runner.config.ConfigLoader;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

/** The first-step prediction of the cos(phi/2) derivation: closed forms and a direct Monte Carlo. */
class FirstStepPredictionTest {
    private static final double[] Z = {0, 0, 1};

    @Test
    void anIsotropicPartnerTakesAFifthOfASpin() {
        double[][] fixed = FirstStepPrediction.nodes(new SpinComponent.Fixed(Z));
        double[][] iso = FirstStepPrediction.nodes(new SpinComponent.Isotropic());
        double[] e = FirstStepPrediction.pairExpectation(fixed, iso, false);
        // E[(cos(phi/2) - 1)(s1 + s2)] = (-1/3 + 2/15) s1 = -s1/5; E[p] = 1/2
        assertEquals(-0.2, e[2], 2e-5);
        assertEquals(0.0, e[0], 1e-9);
        assertEquals(0.5, e[3], 1e-9);
        double[] ii = FirstStepPrediction.pairExpectation(iso, iso, false);
        assertEquals(0.0, ii[2], 1e-9);
        assertEquals(0.5, ii[3], 1e-9);
    }

    @Test
    void deltaPlusIsotropicMatchesTheClosedForm() {
        long n = 1_000_000;
        long nd = 166_667;
        long ni = 333_333;
        FirstStepPrediction.Result r = FirstStepPrediction.sweep("paper", n, 250_000, 250_000,
                List.of(new SpinComponent.Fixed(Z), new SpinComponent.Isotropic()), new long[] {nd, ni});
        double closed = -(double) nd * ni / (5.0 * (n - 1));
        assertEquals(closed, r.dS()[2], Math.abs(closed) * 1e-4);
        FirstStepPrediction.Result c = FirstStepPrediction.sweep("spin-conserving", n, 250_000, 250_000,
                List.of(new SpinComponent.Fixed(Z), new SpinComponent.Isotropic()), new long[] {nd, ni});
        assertEquals(0.0, c.dS()[2], 0);
        // dn_SPIN = (2 n_F n_E - sum over ordered spin pairs of p) / (N - 1); E[p] = (1 - <s>.<s>)/2 for the paper rule
        double pairs = (double) (nd + ni) * (nd + ni - 1);
        double sumP = 0.5 * pairs - 0.5 * (double) nd * (nd - 1);
        double expected = (2.0 * 250_000 * 250_000 - sumP) / (n - 1);
        assertEquals(expected, r.dNspin(), Math.abs(expected) * 1e-6);
    }

    @Test
    void predictsTheEnginesFirstStepWithinErrors() throws Exception {
        String yaml = """
                seed: 7
                replicas: 200
                ensemble:
                  states_per_cell: 4000
                  filling: 1.0
                  spin_fraction: 0.5
                  spins:
                    - {kind: cone, weight: 1, direction: [0, 0, 1], half_angle_deg: 50}
                    - {kind: isotropic, weight: 1}
                dynamics: {rule: paper, duration: 1}
                """;
        RunSpec spec = ConfigLoader.parse(yaml, "test", "first-step");
        RunResult res = RunExecutor.execute(spec, 2, new RunExecutor.Listener() { });
        double[][] sz = RunSeries.perReplica(res, s -> RunSeries.total(s).sz);
        double[][] ns = RunSeries.perReplica(res, s -> RunSeries.total(s).nSpin);
        double[] ds = new double[sz.length];
        double[] dn = new double[sz.length];
        for (int r = 0; r < ds.length; r++) {
            ds[r] = sz[r][1] - sz[r][0];
            dn[r] = ns[r][1] - ns[r][0];
        }
        FirstStepPrediction.Result p = References.firstStep(spec, "paper");
        Stats.MeanSe m = Stats.meanSe(ds);
        Stats.MeanSe mn = Stats.meanSe(dn);
        // within 4 SE (t, not its normal equivalent)
        assertTrue(Math.abs(m.t(p.dS()[2])) < 4, "dS_z " + m + " vs " + p.dS()[2]);
        assertTrue(Math.abs(mn.t(p.dNspin())) < 4, "dn_SPIN " + mn + " vs " + p.dNspin());
        assertTrue(p.dS()[2] < -5 * m.se(), "the loss must be resolved at this size: " + p.dS()[2] + " vs SE " + m.se());
    }
}
