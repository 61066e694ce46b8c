package spinsim.runner.report;

import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

/** Runs a spec for an experiment, with progress lines (one per finished replica) on the context's sink. */
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
        });
        if (!r.complete()) {
            throw new IllegalStateException("run " + spec.name() + " was interrupted");
        }
        return r;
    }
}
