package spinsim.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import spinsim.core.engine.RandomStreams;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.rule.TableBatchedKernels;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * An interleaved A/B timing of the engine's sweep kernel ({@link BatchedKernels}) against a
 * frozen baseline in one JVM, not a JMH benchmark: {@link TableBatchedKernels} (the kernel after
 * the second issue 6 tuning pass, the default), or itself with the scalar fill instead of the
 * Vector API fill ({@code scalar-fill}; the JVM needs {@code --add-modules jdk.incubator.vector}).
 * (The pre-tuning baseline PreviousBatchedKernels was retired after commit 27b8af5.) On this shared
 * machine whole processes run up to ~1.5x slower for minutes at a time (host interference: every
 * pass slows by the same factor), so JMH forks of two kernels run one after the other can
 * disagree on their ratio; here the two kernels alternate every ~20 ms on the same ensembles and
 * the ratio of their medians is robust to that. Each round times 2^21 pairs of each kernel on its
 * own steady-state copy of the cell (half filled, paper rule, 20 warm-up sweeps).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar spinsim.bench.KernelAB [size=16384] [rounds=30] [table|scalar-fill] [chunkShift]
 * </pre>
 */
public final class KernelAB {
    private KernelAB() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 14;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String baseline = args.length > 2 ? args[2] : "table";
        // optional: a block of chunks of 2^chunkShift states at shuffled starts (the blocked
        // matching's form) instead of one contiguous range
        final int cs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        final int chunks = cs > 0 ? (size + (1 << cs) - 1) >>> cs : 0;
        final int[] order = new int[chunks];
        SplittableRandom shuffle = new SplittableRandom(Ensembles.SEED);
        for (int c = 0; c < chunks; c++) {
            int r = shuffle.nextInt(c + 1);
            order[c] = order[r];
            order[r] = c << cs;
        }
        final Kernel neu;
        final Kernel old;
        if (cs > 0) {
            neu = (rule, s, from, to, rng) -> {
                BatchedKernels.Scratch sc = BatchedKernels.scratch();
                System.arraycopy(order, 0, sc.ensure(size, chunks), 0, chunks);
                BatchedKernels.matchAndScatter(rule, s, sc, size, cs, rng);
            };
        } else {
            neu = BatchedKernels::matchAndScatter;
        }
        switch (baseline) {
            case "table" -> old = cs == 0 ? TableBatchedKernels::matchAndScatter : (rule, s, from, to, rng) -> {
                TableBatchedKernels.Scratch sc = TableBatchedKernels.scratch();
                System.arraycopy(order, 0, sc.ensure(size, chunks), 0, chunks);
                TableBatchedKernels.matchAndScatter(rule, s, sc, size, cs, rng);
            };
            case "scalar-fill" -> old = scalarFill(cs == 0 ? BatchedKernels::matchAndScatter : neu);
            default -> throw new IllegalArgumentException(
                    "baseline must be table or scalar-fill, got " + baseline);
        }
        if (baseline.equals("scalar-fill")) {
            // the engine's kernel with the Vector API fill against itself with the scalar fill
            BatchedKernels.setVectorFill(true);
        }
        System.out.println("Vector API fill in the new kernel: " + (BatchedKernels.vectorFill() ? "on" : "off")
                + (BatchedKernels.vectorFillAvailable() ? "" : " (start the JVM with --add-modules jdk.incubator.vector)"));
        int pairs = 1 << 21;
        int sweeps = Math.max(1, 2 * pairs / size);
        int kernel = ScatteringRules.byName("paper").kernel();
        StateStore a = Ensembles.halfFilled(CellLayout.uniform(1, size));
        StateStore b = a.copy();
        long step = 0;
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++, step++) {
            neu.run(kernel, a, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
            old.run(kernel, b, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
        }
        double[] tNew = new double[rounds];
        double[] tOld = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = -10; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                SplittableRandom g = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0);
                neu.run(kernel, a, 0, size, g);
            }
            long t1 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                SplittableRandom g = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0);
                old.run(kernel, b, 0, size, g);
            }
            long t2 = System.nanoTime();
            step += sweeps;
            if (r >= 0) {
                double p = (double) sweeps * (size / 2);
                tNew[r] = (t1 - t0) / p;
                tOld[r] = (t2 - t1) / p;
                ratio[r] = tOld[r] / tNew[r];
            }
        }
        System.out.printf("%d states%s, %d rounds of %d pairs each; ns/pair median (min-max)%n", size,
                cs > 0 ? " in " + chunks + " shuffled chunks of " + (1 << cs) : "", rounds, sweeps * (size / 2));
        System.out.printf("  BatchedKernels (new)       %s%n", summary(tNew));
        System.out.printf("  %-26s %s%n", switch (baseline) {
            case "table" -> "TableBatchedKernels";
            default -> "BatchedKernels, scalar fill";
        }, summary(tOld));
        double[] s = ratio.clone();
        Arrays.sort(s);
        System.out.printf("  speed-up new/baseline, per-round ratio: median %.3f (min %.3f, max %.3f)%n",
                s[rounds / 2], s[0], s[rounds - 1]);
        System.out.println("  " + Ensembles.kindMix(a));
    }

    /** The kernel with the scalar fill, switched back to the Vector API fill after each call. */
    private static Kernel scalarFill(Kernel k) {
        return (rule, s, from, to, rng) -> {
            BatchedKernels.setVectorFill(false);
            k.run(rule, s, from, to, rng);
            BatchedKernels.setVectorFill(true);
        };
    }

    /** A sweep kernel's contiguous form. */
    private interface Kernel {
        void run(int rule, StateStore s, int from, int to, SplittableRandom rng);
    }

    private static String summary(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return String.format("%.2f (%.2f-%.2f) = %.1f M pairs/s", s[s.length / 2], s[0], s[s.length - 1],
                1e3 / s[s.length / 2]);
    }
}
