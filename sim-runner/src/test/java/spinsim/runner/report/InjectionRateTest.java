package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepParam;

/**
 * Eq. 62-63 define A and B per injected electron, so a small injection's estimates must not depend
 * on its rate: at phi = 30 deg the V15 config runs at its rate and at half of it (twice as long,
 * so that the same electrons enter), 8 replicas of 2^15 states each, and A and B agree within
 * 4.5 combined standard errors (SEs over replicas). And the fit's own sanity: A at 30 deg lies
 * within 5 SE of the cascade's value (the torque is kinematic: the Monte Carlo and the cascade
 * agree there, V15.3).
 */
class InjectionRateTest {
    @Test
    void aAndBAtASmallAngleAreStableUnderHalvingTheInjectionRate() throws Exception {
        ObjectNode base = Sweep.readTree(TestPaths.configs().resolve(InjectionTorqueExperiment.CONFIG));
        List<SweepParam> params = List.of(SweepParam.parse("dynamics.processes[0].rate=0.002,0.001"),
                SweepParam.parse("dynamics.duration=20,40"),
                SweepParam.parse(InjectionTorqueExperiment.ANGLE + "=30,30"),
                SweepParam.parse("ensemble.states_per_cell=32768,32768"),
                SweepParam.parse("replicas=8,8"));
        List<Sweep.PointSpec> points = Sweep.points(base, "test", "v15", params, s -> s);
        List<Sweep.Point> done = Sweep.run(points, 2, false, line -> { });
        InjectionTorqueExperiment.P full = InjectionTorqueExperiment.point(done.get(0));
        InjectionTorqueExperiment.P half = InjectionTorqueExperiment.point(done.get(1));
        double zA = (full.a().mean() - half.a().mean()) / Math.hypot(full.a().se(), half.a().se());
        double zB = (full.b().mean() - half.b().mean()) / Math.hypot(full.b().se(), half.b().se());
        assertTrue(Math.abs(zA) <= 4.5, "A: " + full.a() + " vs " + half.a() + " (z = " + zA + ")");
        assertTrue(Math.abs(zB) <= 4.5, "B: " + full.b() + " vs " + half.b() + " (z = " + zB + ")");
        // in SE units (Student's t on replicas - 1 dof), not its normal equivalent: the stated 5 SE
        double zCascade = full.a().t(full.cascade().a());
        assertTrue(Math.abs(zCascade) <= 5, "A at 30 deg against the cascade: " + full.a() + " vs " + full.cascade().a());
    }
}
