package spinsim.runner.report;

import java.util.List;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;
import spinsim.runner.sweep.Sweep;

/**
 * Runs a spec for an experiment, with progress lines (one per finished replica) on the context's
 * sink; an interrupt ({@link ExperimentContext#stop()}) ends the run after its current step and the
 * experiment with {@link Validation.Interrupted}.
 */
final class Runs {
    private Runs() {
    }

    static RunResult execute(RunSpec spec, ExperimentContext ctx) {
        RunResult r = RunExecutor.execute(spec, ctx.threads(), new RunExecutor.Listener() {
            @Override
            public void onStep(int replica, long step, long steps) {
                if (step == steps) {
                    ctx.say(Fmt.f("  %s: replica %d/%d done", spec.name(), replica + 1, spec.replicas()));
                }
            }
        }, ctx.stop());
        if (!r.complete()) {
            throw new Validation.Interrupted(spec.name());
        }
        return r;
    }

    /**
     * Runs sweep points for an experiment (V10-V15) under the same interrupt: without the context's
     * flag a sweep would run to its end after Ctrl-C, past the guard's grace; an unfinished point ends
     * the experiment as an unfinished run does.
     */
    static List<Sweep.Point> sweep(List<Sweep.PointSpec> points, boolean budget, ExperimentContext ctx) {
        List<Sweep.Point> done = Sweep.run(points, ctx.threads(), budget, (p, r) -> { }, ctx.stop());
        for (Sweep.Point p : done) {
            if (!p.result().complete()) {
                throw new Validation.Interrupted(p.point().spec().name());
            }
        }
        return done;
    }
}
