package spinsim.runner.report;

import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

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
}
