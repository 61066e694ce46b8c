package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;

/** V1's chi-square accepts the real kernel and has the power to reject a wrong one. */
class PairRuleExperimentTest {
    private static final double[] GRID = grid();
    private static final long TRIALS = 20_000;

    private static double[] grid() {
        double[] g = new double[37];
        for (int i = 0; i < g.length; i++) {
            g[i] = 5 * i;
        }
        return g;
    }

    /** A fake rule: FULL + EMPTY with probability f(dot), else both spins on the bisector. */
    private static PairRuleExperiment.PairScatterer fake(java.util.function.DoubleUnaryOperator pOfDot) {
        return (s, rng) -> {
            double dot = s.sx[0] * s.sx[1] + s.sy[0] * s.sy[1] + s.sz[0] * s.sz[1];
            if (rng.nextDouble() < pOfDot.applyAsDouble(dot)) {
                s.setFull(0);
                s.setEmpty(1);
            } else {
                double x = s.sx[0] + s.sx[1];
                double y = s.sy[0] + s.sy[1];
                double z = s.sz[0] + s.sz[1];
                s.setSpin(0, x, y, z);
                s.setSpin(1, x, y, z);
            }
        };
    }

    @Test
    void theRealKernelPasses() {
        var res = PairRuleExperiment.measure(GRID, TRIALS, PairRuleExperiment.kernel("paper"), 11, 2);
        var g = PairRuleExperiment.test(res, PairRuleExperiment.SIN2_HALF);
        assertTrue(g.agrees(), "chi2 " + g.chi2() + " / " + g.dof() + " " + g.endpoints());
        assertEquals(35, g.dof());
        for (var r : res) {
            assertEquals(0, r.other());
            assertTrue(r.maxBisectorDeviation() < PairRuleExperiment.BISECTOR_TOLERANCE);
        }
    }

    @Test
    void aSwappedRuleIsRejected() {
        // cos^2(phi/2) for FULL + EMPTY instead of sin^2(phi/2)
        var res = PairRuleExperiment.measure(GRID, TRIALS, fake(dot -> 0.5 * (1 + dot)), 12, 2);
        var g = PairRuleExperiment.test(res, PairRuleExperiment.SIN2_HALF);
        assertFalse(g.agrees());
        assertFalse(g.endpointsOk());
        assertTrue(g.z() > 100, "z = " + g.z());
    }

    @Test
    void aRuleFivePercentOffIsRejectedAtQuickSize() {
        var res = PairRuleExperiment.measure(GRID, TRIALS, fake(dot -> Math.min(1, 1.05 * 0.5 * (1 - dot))), 13, 2);
        var g = PairRuleExperiment.test(res, PairRuleExperiment.SIN2_HALF);
        assertFalse(g.agrees(), "chi2 " + g.chi2() + " z " + g.z());
    }

    @Test
    void theSpinConservingKernelIsRejectedAgainstEq4ButFitsItsOwnProbability() {
        var res = PairRuleExperiment.measure(GRID, TRIALS, PairRuleExperiment.kernel("spin-conserving"), 14, 2);
        assertFalse(PairRuleExperiment.test(res, PairRuleExperiment.SIN2_HALF).agrees());
        var own = PairRuleExperiment.test(res, phi -> 0.25 * (1 - Math.cos(phi)));
        assertTrue(own.z() <= 3, "own chi2 " + own.chi2());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        var a = PairRuleExperiment.measure(GRID, 2000, PairRuleExperiment.kernel("paper"), 5, 1);
        var b = PairRuleExperiment.measure(GRID, 2000, PairRuleExperiment.kernel("paper"), 5, 2);
        assertEquals(a, b);
    }

    @Test
    void theShippedConfigsLoad() throws Exception {
        Path dir = TestPaths.configs();
        var full = PairRuleExperiment.load(dir.resolve(PairRuleExperiment.CONFIG), false);
        var quick = PairRuleExperiment.load(dir.resolve(PairRuleExperiment.CONFIG), true);
        assertEquals(0.0, full.anglesDeg()[0]);
        assertEquals(180.0, full.anglesDeg()[full.anglesDeg().length - 1]);
        assertTrue(quick.trialsPerAngle() < full.trialsPerAngle());
        ThreeStateExperiment.load(dir.resolve(ThreeStateExperiment.CONFIG), false);
        for (String f : List.of(MixingExperiment.CONFIG, RelaxationExperiment.CONFIG, ConservationExperiment.CONFIG)) {
            var spec = ConfigLoader.load(dir.resolve(f));
            assertTrue(Files.readString(dir.resolve(f)).startsWith("# V"), f + " must start with its comment");
            assertEquals("paper", spec.rule());
        }
    }

    @Test
    void experimentConfigsAreParsedStrictly(@TempDir Path tmp) throws Exception {
        String good = Files.readString(TestPaths.configs().resolve(PairRuleExperiment.CONFIG));
        Path bad = tmp.resolve("v01.yaml");
        Files.writeString(bad, good + "\ntrails_per_angle: 5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertEquals("trails_per_angle", e.keyPath());
        assertTrue(e.getMessage().contains(bad.toString()));
        Files.writeString(bad, good.replace("step: 5", "step: -5"));
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertEquals("angles_deg.step", e.keyPath());
        Files.writeString(bad, good.replace("rule: paper ", "rule: papr "));
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertEquals("rule", e.keyPath());
        assertTrue(e.getMessage().contains("paper-planar"), e.getMessage());
        Files.writeString(bad, good.replace("step: 5", "step: .inf"));
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertEquals(bad + ": angles_deg.step = .inf: YAML reads this as a non-finite number, which no key of a "
                + "config takes (a number must be finite; quote the value if a text is meant)", e.getMessage());
        Files.writeString(bad, good.replaceFirst("seed: \\d+", "seed: -9223372036854775808"));
        assertEquals(Long.MIN_VALUE, PairRuleExperiment.load(bad, false).seed());
        Files.writeString(bad, good.replace("step: 5", "step: *five"));
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertEquals(bad + ": angles_deg.step = *five: YAML anchors and aliases are not supported; write the value out",
                e.getMessage());
        // a key given twice was read as its last value without a word; run configs refuse it, and so do these
        Files.writeString(bad, good + "\nrule: paper-planar\n");
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertTrue(e.getMessage().startsWith(bad + ": ") && e.getMessage().contains("Duplicate field 'rule'"),
                e.getMessage());
        Files.writeString(bad, good + "\n---\nrule: paper-planar\n");
        e = assertThrows(ConfigException.class, () -> PairRuleExperiment.load(bad, false));
        assertTrue(e.getMessage().contains("more than one YAML document"), e.getMessage());
    }

    @Test
    void survivorsOfTheRealKernelAreParallel() {
        StateStore s = new StateStore(2);
        s.setSpin(0, 1, 0, 0);
        s.setSpin(1, 0, 1, 0);
        var rng = new java.util.SplittableRandom(3);
        PairRuleExperiment.kernel("paper").scatter(s, rng);
        if (s.kind[0] == Kind.SPIN_CODE) {
            assertEquals(s.sx[0], s.sx[1]);
            assertEquals(Math.sqrt(0.5), s.sx[0], 1e-6);
        }
    }
}
