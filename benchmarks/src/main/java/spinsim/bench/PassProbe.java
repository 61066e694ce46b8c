package spinsim.bench;

import java.util.Arrays;
import spinsim.core.engine.RandomStreams;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Splits the fused kernel's time, in one JVM, into fill + matching
 * ({@link BatchedKernels#matchOnly}) and the scattering passes (the whole kernel minus that), on
 * two copies of the same cell with the same seeds: the same draws; the pairing-only copy is never
 * scattered, so its states stay those of the start while the other's move, but both have the
 * steady state's kind mix. Made to find where JVMs that run the same code at different speeds
 * differ (docs/performance.md, "The same kernel runs at different speeds in different JVMs"); run
 * it in several JVMs:
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar spinsim.bench.PassProbe [size=16384] [rounds=12]
 * </pre>
 */
public final class PassProbe {
    private PassProbe() {
    }

    public static void main(String[] args) {
        final int size = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 14;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        if (size < 2 || rounds < 1) {
            throw new IllegalArgumentException("size must be >= 2 and rounds >= 1, got " + size + " and " + rounds);
        }
        final int sweeps = Math.max(1, (1 << 22) / size);
        final int kernel = ScatteringRules.byName("paper").kernel();
        final StateStore whole = Ensembles.halfFilled(CellLayout.uniform(1, size));
        final StateStore matched = whole.copy();
        final double[] fused = new double[rounds];
        final double[] matching = new double[rounds];
        long step = 0;
        int sink = 0;
        for (int r = -15; r < rounds; r++) {
            final long t0 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                BatchedKernels.matchAndScatter(kernel, whole, 0, size,
                        RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0));
            }
            final long t1 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                sink += BatchedKernels.matchOnly(matched, 0, size,
                        RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0));
            }
            final long t2 = System.nanoTime();
            step += sweeps;
            if (r >= 0) {
                final double pairs = (double) sweeps * (size / 2);
                fused[r] = (t1 - t0) / pairs;
                matching[r] = (t2 - t1) / pairs;
            }
        }
        Arrays.sort(fused);
        Arrays.sort(matching);
        final double f = fused[rounds / 2];
        final double m = matching[rounds / 2];
        // medians (the upper one of an even count); the sink keeps the pairing-only calls from being optimised away
        System.out.printf(java.util.Locale.ROOT, "%d states, ns/pair medians of %d rounds: whole kernel %.2f, fill + matching %.2f, "
                + "scattering (difference) %.2f%s%n", size, rounds, f, m, f - m, sink == 42 ? " " : "");
    }
}
