package spinsim.runner.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import spinsim.core.observe.CellTally;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;
import spinsim.runner.run.SpinBudget;
import spinsim.runner.run.SteadyState;
import spinsim.runner.sweep.Sweep;
import spinsim.runner.sweep.SweepParam;
import spinsim.runner.sweep.SweepTable;

/**
 * The sweeps of V10-V12: a field (or exchange field) config run over a parameter by
 * {@link Sweep} (in parallel, each point with the config's seed), each point's steady state detected
 * by {@link SteadyState} on S projected on the field axis (observe.axis), and the per-replica
 * window means the experiments need: S_h, n_SPIN, and the spin-budget rates of the field, the spin
 * flips and the scatterings.
 */
final class FieldSweeps {
    /**
     * One point in its steady state, per replica (window means over the steady window of S_h).
     *
     * @param sAxis      S projected on the field axis (the TIA count along it: unbiased, unlike |S|)
     * @param nSpin      n_SPIN
     * @param rateField  rate of change of S_h made by the field process (per t_sc): the conversion
     * @param rateRelax  ... by the spin flips (0 without them)
     * @param rateScatter ... by the scatterings (the rule's own gain or loss)
     * @param states     states in all (n_states of the loss model)
     * @param tLambda    t_lambda of the field in t_sc
     * @param tauSpin    tau_spin in t_sc (infinite without spin flips)
     */
    record Steady(Sweep.Point point, SteadyState.Result detection, double[] sAxis, double[] nSpin, double[] rateField,
            double[] rateRelax, double[] rateScatter, long states, double tLambda, double tauSpin) {
        RunSpec spec() {
            return point.point().spec();
        }

        double r() {
            return 1.0 / tLambda;
        }

        double[] nTis() {
            double[] v = new double[sAxis.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = nSpin[i] - sAxis[i];
            }
            return v;
        }

        /** x = S_h / n_SPIN per replica. */
        double[] x() {
            double[] v = new double[sAxis.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = sAxis[i] / nSpin[i];
            }
            return v;
        }

        /** k = t_lambda (field rate) / n_TIS per replica: the paper's conversion coefficient, measured. */
        double[] k() {
            double[] v = new double[sAxis.length];
            double[] tis = nTis();
            for (int i = 0; i < v.length; i++) {
                v[i] = tLambda * rateField[i] / tis[i];
            }
            return v;
        }

        Stats.MeanSe mean(double[] v) {
            return Stats.meanSe(v);
        }

        /** Mean over replicas of a per-replica array. */
        static double avg(double[] v) {
            return Stats.meanSe(v).mean();
        }
    }

    private FieldSweeps() {
    }

    /**
     * Runs the config over the zipped parameters (quick: the context's reduced sizes, then
     * {@code quick}), with the spin budget, and returns the steady points.
     */
    static List<Steady> run(ExperimentContext ctx, String config, List<SweepParam> params, UnaryOperator<RunSpec> quick,
            String tag) throws ConfigException {
        ObjectNode base = Sweep.readTree(ctx.config(config));
        String stem = config.replaceFirst("\\.ya?ml$", "");
        UnaryOperator<RunSpec> adjust = s -> ctx.quick() ? quick.apply(ctx.scaled(s)) : s;
        List<Sweep.PointSpec> points = Sweep.points(base, ctx.config(config).toString(), stem, params, adjust);
        ctx.say(tag + ": " + points.size() + " points, " + ExperimentContext.sizeNote(points.get(0).spec(), ctx.quick()));
        List<Sweep.Point> done = Runs.sweep(points, true, ctx);
        List<Steady> out = new ArrayList<>();
        for (Sweep.Point p : done) {
            out.add(steady(p, ctx, config));
        }
        ctx.say(tag + ": done");
        return out;
    }

    static Steady steady(Sweep.Point p, ExperimentContext ctx, String config) throws ConfigException {
        RunResult r = p.result();
        RunSpec spec = p.point().spec();
        double[] axis = spec.axis();
        double[] t = SweepTable.times(r);
        double[][] s = RunSeries.perReplica(r, x -> RunSeries.total(x).projection(axis[0], axis[1], axis[2]));
        double[][] n = RunSeries.perReplica(r, x -> RunSeries.total(x).nSpin);
        SteadyState.Result det = SteadyState.detect(t, s);
        SpinBudget.Series b = p.budget();
        double[][] rates = b.rates(r, det.start(), t.length - 1, axis);
        List<String> names = b.rateNames();
        double tLambda = Double.NaN;
        double tau = Double.POSITIVE_INFINITY;
        int field = -1;
        int relax = -1;
        for (int i = 0; i < spec.processes().size(); i++) {
            ProcessSpec ps = spec.processes().get(i);
            if (ps instanceof ProcessSpec.FieldPrecessionSpec f && field < 0) {
                field = i;
                tLambda = f.field().tLambda();
            } else if (ps instanceof ProcessSpec.ExchangeFieldSpec f && field < 0) {
                field = i;
                tLambda = f.field().tLambda();
            } else if (ps instanceof ProcessSpec.SpinRelaxationSpec sr && relax < 0) {
                relax = i;
                tau = sr.tauSpin();
            }
        }
        if (field < 0) {
            throw new ConfigException(ctx.config(config).toString(), "dynamics.processes", null,
                    "this experiment needs a field-precession or exchange-field process");
        }
        int reps = rates.length;
        double[] rf = new double[reps];
        double[] rr = new double[reps];
        double[] rs = new double[reps];
        int scatter = names.indexOf("scattering");
        for (int i = 0; i < reps; i++) {
            rf[i] = rates[i][field];
            rr[i] = relax < 0 ? 0 : rates[i][relax];
            rs[i] = rates[i][scatter];
        }
        CellTally first = RunSeries.total(r.replicas().get(0).get(0));
        return new Steady(p, det, det.windowMeans(s), det.windowMeans(n), rf, rr, rs, first.states(), tLambda, tau);
    }

    /** n copies of a value, for the constant columns of a zipped sweep. */
    static SweepParam constant(String path, String value, int n) throws ConfigException {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(value);
        }
        return SweepParam.parse(path + "=" + String.join(",", v));
    }

    /** "not steady" notes of points, for the report ("" when all were steady). */
    static String unsteady(List<Steady> points) {
        List<String> bad = new ArrayList<>();
        for (Steady s : points) {
            if (!s.detection().steady()) {
                bad.add("swept value " + s.point().point().labels().get(0) + ": " + s.detection().note());
            }
        }
        return bad.isEmpty() ? "" : "**Not steady:** " + String.join("; ", bad) + ".\n\n";
    }
}
