package spinsim.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import spinsim.core.engine.RandomStreams;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.PreviousBatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * An interleaved A/B timing of the engine's sweep kernel ({@link BatchedKernels}) against the
 * baseline ({@link PreviousBatchedKernels}) in one JVM, not a JMH benchmark. On this shared
 * machine whole processes run up to ~1.5x slower for minutes at a time (host interference: every
 * pass slows by the same factor), so JMH forks of two kernels run one after the other can
 * disagree on their ratio; here the two kernels alternate every ~20 ms on the same ensembles and
 * the ratio of their medians is robust to that. Each round times 2^21 pairs of each kernel on its
 * own steady-state copy of the cell (half filled, paper rule, 20 warm-up sweeps).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar spinsim.bench.KernelAB [size=16384] [rounds=30]
 * </pre>
 */
public final class KernelAB {
    private KernelAB() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 14;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int pairs = 1 << 21;
        int sweeps = Math.max(1, 2 * pairs / size);
        int kernel = ScatteringRules.byName("paper").kernel();
        StateStore a = Ensembles.halfFilled(CellLayout.uniform(1, size));
        StateStore b = a.copy();
        long step = 0;
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++, step++) {
            BatchedKernels.matchAndScatter(kernel, a, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
            PreviousBatchedKernels.matchAndScatter(kernel, b, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
        }
        double[] tNew = new double[rounds];
        double[] tOld = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = -10; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                SplittableRandom g = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0);
                BatchedKernels.matchAndScatter(kernel, a, 0, size, g);
            }
            long t1 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                SplittableRandom g = RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0);
                PreviousBatchedKernels.matchAndScatter(kernel, b, 0, size, g);
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
        System.out.printf("%d states, %d rounds of %d pairs each; ns/pair median (min-max)%n", size, rounds,
                sweeps * (size / 2));
        System.out.printf("  BatchedKernels (new)       %s%n", summary(tNew));
        System.out.printf("  PreviousBatchedKernels     %s%n", summary(tOld));
        double[] s = ratio.clone();
        Arrays.sort(s);
        System.out.printf("  speed-up new/previous, per-round ratio: median %.3f (min %.3f, max %.3f)%n",
                s[rounds / 2], s[0], s[rounds - 1]);
        System.out.println("  " + Ensembles.kindMix(a));
    }

    private static String summary(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return String.format("%.2f (%.2f-%.2f) = %.1f M pairs/s", s[s.length / 2], s[0], s[s.length - 1],
                1e3 / s[s.length / 2]);
    }
}
