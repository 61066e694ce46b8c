package spinsim.runner.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import spinsim.core.observe.CellTally;
import spinsim.core.process.Process;
import spinsim.core.state.StateStore;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.config.RunSpec;

/**
 * The spin budget of a run: how much of the change of the total spin vector S each stage of the
 * step produced (MODEL.md section 5, "rates: conversion TIS->TIA and TIA->TIS per unit time").
 * Every process is wrapped so that it sums S over its block before and after it acts; the
 * scattering stage's share is the rest of the change of S between records. So in a field run with
 * spin flips the budget separates the field's conversion (TIS -> TIA), the flips' back-conversion
 * and the rule's own gain or loss, each measured, none assumed.
 *
 * <p>Use: {@code RunSpec instrumented = budget.instrument(spec)}, run it with
 * {@link #listener(RunExecutor.Listener)} as (or around) the listener, then {@link #series()}. The
 * wrapped processes only read the arrays, so the run's states and results are bit-identical to the
 * plain run. Sums are per block (keyed by the block's first state) and reduced in index order, so
 * the budget does not depend on the thread count either.
 *
 * <p>Not thread-safe across runs: one budget instruments one run (replicas run one after another).
 */
public final class SpinBudget {
    private final List<String> stages = new ArrayList<>();
    private final List<Map<Integer, double[]>> current = new ArrayList<>();
    /** records[replica][record][stage][3]: cumulative change of S by each process stage. */
    private final List<List<double[][]>> records = new ArrayList<>();

    /** The spec with every process wrapped to record its share of the change of S. */
    public RunSpec instrument(RunSpec spec) {
        stages.clear();
        current.clear();
        List<ProcessSpec> wrapped = new ArrayList<>();
        for (ProcessSpec p : spec.processes()) {
            if (p.movesBetweenCells()) {
                // transport between cells swaps contents, so it changes no total S: not a stage of the
                // budget (and it must reach the engine as the CellTransport it is, not behind a wrapper)
                wrapped.add(p);
                continue;
            }
            final int stage = stages.size();
            stages.add(p.name());
            current.add(new ConcurrentHashMap<>());
            wrapped.add(new ProcessSpec.Wrapped(p, inner -> {
                // a new process is built for each replica: its budget starts from zero
                current.get(stage).clear();
                return new Measured(inner, current.get(stage));
            }));
        }
        return spec.withProcesses(wrapped);
    }

    /** Process stage names in splitting order (the scattering stage is not among them). */
    public List<String> stages() {
        return List.copyOf(stages);
    }

    /**
     * A listener that records the budget at the run's record steps (step 0, every observe.every
     * steps and the last), on the simulation thread, and passes every event on to {@code next}.
     */
    public RunExecutor.Listener listener(RunSpec spec, RunExecutor.Listener next) {
        final int every = spec.recordEvery();
        return new RunExecutor.Listener() {
            @Override
            public void onSnapshot(spinsim.core.observe.Snapshot s) throws Exception {
                next.onSnapshot(s);
            }

            @Override
            public void onStep(int replica, long step, long steps) {
                if (step == 1) {
                    while (records.size() <= replica) {
                        records.add(new ArrayList<>());
                    }
                    records.get(replica).clear();
                    records.get(replica).add(new double[stages.size()][3]);
                }
                if (step % every == 0 || step == steps) {
                    records.get(replica).add(cumulative());
                }
                next.onStep(replica, step, steps);
            }
        };
    }

    private double[][] cumulative() {
        double[][] c = new double[stages.size()][3];
        for (int st = 0; st < stages.size(); st++) {
            for (double[] v : new TreeMap<>(current.get(st)).values()) {
                c[st][0] += v[0];
                c[st][1] += v[1];
                c[st][2] += v[2];
            }
        }
        return c;
    }

    /** The recorded budget, aligned with the run's snapshots. */
    public Series series() {
        List<List<double[][]>> copy = new ArrayList<>();
        for (List<double[][]> r : records) {
            copy.add(List.copyOf(r));
        }
        return new Series(List.copyOf(stages), copy);
    }

    /**
     * Cumulative change of S by each process stage, per replica and record.
     *
     * @param stages  process names in splitting order
     * @param records records.get(replica).get(record)[stage] = {dS_x, dS_y, dS_z} since t = 0
     */
    public record Series(List<String> stages, List<List<double[][]>> records) {
        /**
         * Per replica, the rate of change of S along the unit {@code axis} over the records
         * [from, to] (per unit time): by each process stage (indices 0 .. stages-1), then by the
         * scattering stage (the change of S not made by a process), then in all.
         *
         * @return rates[replica][stage], with stages + 2 columns
         */
        public double[][] rates(RunResult run, int from, int to, double[] axis) {
            int reps = run.replicas().size();
            int ns = stages.size();
            double[][] out = new double[reps][ns + 2];
            for (int r = 0; r < reps; r++) {
                var a = run.replicas().get(r).get(from);
                var b = run.replicas().get(r).get(to);
                double dt = b.time() - a.time();
                double total = project(b.tally().total(), axis) - project(a.tally().total(), axis);
                double byProcesses = 0;
                for (int st = 0; st < ns; st++) {
                    double[] ca = records.get(r).get(from)[st];
                    double[] cb = records.get(r).get(to)[st];
                    double d = (cb[0] - ca[0]) * axis[0] + (cb[1] - ca[1]) * axis[1] + (cb[2] - ca[2]) * axis[2];
                    out[r][st] = d / dt;
                    byProcesses += d;
                }
                out[r][ns] = (total - byProcesses) / dt;
                out[r][ns + 1] = total / dt;
            }
            return out;
        }

        /** Column names of {@link #rates}: the process names, "scattering", "total". */
        public List<String> rateNames() {
            List<String> n = new ArrayList<>(stages);
            n.add("scattering");
            n.add("total");
            return n;
        }

        private static double project(CellTally t, double[] axis) {
            return t.projection(axis[0], axis[1], axis[2]);
        }
    }

    /** A process that records the change of S it makes in each block. */
    static final class Measured implements Process {
        private final Process inner;
        private final Map<Integer, double[]> perBlock;

        Measured(Process inner, Map<Integer, double[]> perBlock) {
            this.inner = inner;
            this.perBlock = perBlock;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public long electronChange() {
            return inner.electronChange();
        }

        @Override
        public void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
            double[] before = sum(s, from, to);
            inner.apply(s, from, to, dt, rng);
            double[] after = sum(s, from, to);
            // one task per block per step: only this thread touches the block's slot during the step
            double[] acc = perBlock.computeIfAbsent(from, k -> new double[3]);
            acc[0] += after[0] - before[0];
            acc[1] += after[1] - before[1];
            acc[2] += after[2] - before[2];
        }

        /**
         * S of the range: a plain sum of the arrays, since the store keeps the vector of EMPTY and
         * FULL states at zero ({@link StateStore}); no branch on the kind, so it streams.
         */
        private static double[] sum(StateStore s, int from, int to) {
            final float[] x = s.sx;
            final float[] y = s.sy;
            final float[] z = s.sz;
            double ax = 0;
            double ay = 0;
            double az = 0;
            for (int i = from; i < to; i++) {
                ax += x[i];
                ay += y[i];
                az += z[i];
            }
            return new double[] {ax, ay, az};
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }
}
