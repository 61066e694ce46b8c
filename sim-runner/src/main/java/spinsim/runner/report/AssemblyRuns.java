package spinsim.runner.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepParam;

/**
 * What V13-V15 share: scans of one config key with the sweep command's machinery (each point with
 * the config's seed; quick runs at the context's reduced sizes), the injection's direction and
 * bookkeeping, and small array helpers for the charts.
 */
final class AssemblyRuns {
    private AssemblyRuns() {
    }

    /** Runs the config at each value of {@code path} (zipped with any {@code extra} params). */
    static List<Sweep.Point> scan(ExperimentContext ctx, String config, String path, double[] values, String tag,
            SweepParam... extra) throws ConfigException {
        List<SweepParam> params = new ArrayList<>();
        params.add(SweepParam.parse(path + "=" + join(values)));
        params.addAll(List.of(extra));
        ObjectNode base = Sweep.readTree(ctx.config(config));
        String stem = config.replaceFirst("\\.ya?ml$", "");
        List<Sweep.PointSpec> points = Sweep.points(base, ctx.config(config).toString(), stem, params, ctx::scaled);
        ctx.say(tag + ": " + points.size() + " points, " + ExperimentContext.sizeNote(points.get(0).spec(), ctx.quick()));
        List<Sweep.Point> done = Runs.sweep(points, false, ctx);
        ctx.say(tag + ": done");
        return done;
    }

    /** The unit direction of the run's (first) injection process. */
    static double[] injectionDirection(RunSpec spec) {
        for (ProcessSpec p : spec.processes()) {
            if (p instanceof ProcessSpec.InjectionSpec in) {
                return in.direction().clone();
            }
        }
        throw new IllegalArgumentException(spec.name() + ": no injection process");
    }

    /** Net electrons injected up to this record. */
    static double injected(Snapshot s) {
        return s.injectedElectrons();
    }

    static String join(double[] v) {
        List<String> s = new ArrayList<>();
        for (double x : v) {
            s.add(Fmt.g(x));
        }
        return String.join(",", s);
    }

    static double[] xs(int n, IntToDoubleFunction f) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return v;
    }

    /** n evenly spaced values from a to b. */
    static double[] grid(double a, double b, int n) {
        return xs(n, i -> a + (b - a) * i / (n - 1));
    }
}
