package spinsim.bench;

import java.util.Arrays;
import spinsim.core.engine.RandomStreams;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.InterleavedBatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * What an interleaved state layout would be worth: the engine's sweep kernel on its
 * struct-of-arrays {@link StateStore} against the same kernel on one x, y, z array
 * ({@link InterleavedBatchedKernels}, an experiment), alternating in one JVM as
 * {@link KernelAB} does, from the same steady-state cell. The two must end bit for bit equal
 * (same draws, same arithmetic); the program says so before timing.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp benchmarks/target/benchmarks.jar spinsim.bench.InterleavedAB [size=65536] [rounds=30]
 * </pre>
 */
public final class InterleavedAB {
    private InterleavedAB() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 16;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int kernel = ScatteringRules.byName("paper").kernel();
        StateStore soa = Ensembles.halfFilled(CellLayout.uniform(1, size));
        InterleavedBatchedKernels.Layout aos = new InterleavedBatchedKernels.Layout(size);
        System.arraycopy(soa.kind, 0, aos.kind, 0, size);
        for (int i = 0; i < size; i++) {
            aos.xyz[3 * i] = soa.sx[i];
            aos.xyz[3 * i + 1] = soa.sy[i];
            aos.xyz[3 * i + 2] = soa.sz[i];
        }
        long step = 0;
        for (int w = 0; w < Ensembles.WARMUP_SWEEPS; w++, step++) {
            BatchedKernels.matchAndScatter(kernel, soa, 0, size, RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
            InterleavedBatchedKernels.matchAndScatter(kernel, aos, 0, size,
                    RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, 0));
        }
        System.out.println("bit-identical after " + step + " sweeps: " + same(soa, aos));
        int sweeps = Math.max(1, (1 << 22) / size);
        double[] tSoa = new double[rounds];
        double[] tAos = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = -10; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                BatchedKernels.matchAndScatter(kernel, soa, 0, size,
                        RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0));
            }
            long t1 = System.nanoTime();
            for (int w = 0; w < sweeps; w++) {
                InterleavedBatchedKernels.matchAndScatter(kernel, aos, 0, size,
                        RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step + w, 0));
            }
            long t2 = System.nanoTime();
            step += sweeps;
            if (r >= 0) {
                double p = (double) sweeps * (size / 2);
                tSoa[r] = (t1 - t0) / p;
                tAos[r] = (t2 - t1) / p;
                ratio[r] = tSoa[r] / tAos[r];
            }
        }
        Arrays.sort(tSoa);
        Arrays.sort(tAos);
        Arrays.sort(ratio);
        System.out.printf("%d states, %d rounds of %d pairs; ns/pair median (min-max)%n", size, rounds, sweeps * (size / 2));
        System.out.printf("  three component arrays (engine)  %.2f (%.2f-%.2f) = %.1f M pairs/s%n", tSoa[rounds / 2], tSoa[0],
                tSoa[rounds - 1], 1e3 / tSoa[rounds / 2]);
        System.out.printf("  one interleaved x, y, z array    %.2f (%.2f-%.2f) = %.1f M pairs/s%n", tAos[rounds / 2], tAos[0],
                tAos[rounds - 1], 1e3 / tAos[rounds / 2]);
        System.out.printf("  speed-up interleaved/engine, per-round ratio: median %.3f (min %.3f, max %.3f)%n",
                ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
        System.out.println("  still bit-identical: " + same(soa, aos));
    }

    private static boolean same(StateStore soa, InterleavedBatchedKernels.Layout aos) {
        for (int i = 0; i < soa.size(); i++) {
            if (soa.kind[i] != aos.kind[i]
                    || Float.floatToRawIntBits(soa.sx[i]) != Float.floatToRawIntBits(aos.xyz[3 * i])
                    || Float.floatToRawIntBits(soa.sy[i]) != Float.floatToRawIntBits(aos.xyz[3 * i + 1])
                    || Float.floatToRawIntBits(soa.sz[i]) != Float.floatToRawIntBits(aos.xyz[3 * i + 2])) {
                return false;
            }
        }
        return true;
    }
}
