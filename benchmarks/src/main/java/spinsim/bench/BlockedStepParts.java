package spinsim.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import spinsim.core.engine.RandomStreams;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.pairing.BlockedMatching;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The blocked step of one cell taken apart, one thread, in one JVM (not JMH). Variants alternate
 * round by round, each over {@code nb} consecutive blocks of a freshly prepared step starting at a
 * random block (so that each starts on lines not in cache); medians in ns per pair.
 *
 * <ul>
 *   <li>{@code layout}: {@link BlockedMatching#prepare} and {@link BlockedMatching#fill} only;</li>
 *   <li>{@code touch}: layout plus one load of every line of the block's four arrays (the
 *       kernel's fetch, read only: no write-back);</li>
 *   <li>{@code step}: layout plus the kernel, as the engine's blocked stage does it;</li>
 *   <li>{@code hot}: the kernel run a second time on the block it just ran on, only the second
 *       run timed (in cache, same chunk starts: compute at this spread of addresses, no DRAM);</li>
 *   <li>{@code local}: the kernel on blocks of as many chunks taken from one contiguous range
 *       (shuffled): the same work from DRAM with the chunks close together (a timing probe, not
 *       the engine's physics);</li>
 *   <li>{@code engine} (with {@code full}): a whole {@link Simulation#step()}.</li>
 * </ul>
 *
 * With {@code ab} as the fourth argument, every variant runs on two stores in turn: the
 * engine's (spin arrays staggered, {@link StateStore#StateStore(int, boolean)}) and an unstaggered
 * one; with {@code full} a whole engine step is timed as well (~4 s per round at 2^28).
 *
 * <pre>
 * java -XX:+UseParallelGC -XX:NewRatio=7 -XX:+UseTransparentHugePages -Xmx17g \
 *   -cp benchmarks/target/benchmarks.jar spinsim.bench.BlockedStepParts 28 [rounds=9] [blocks=256] [ab|full|abfull]
 * </pre>
 */
public final class BlockedStepParts {
    private BlockedStepParts() {
    }

    private static final String[] NAMES = {"layout", "touch", "step", "hot", "local", "engine"};

    public static void main(String[] args) {
        final int log = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        final String mode = args.length > 3 ? args[3] : "";
        final int size = 1 << log;
        final boolean ab = mode.contains("ab");
        final int variants = mode.contains("full") ? NAMES.length : NAMES.length - 1;
        StateStore[] stores = new StateStore[ab ? 2 : 1];
        Simulation[] sims = new Simulation[stores.length];
        WorkerPool pool = new WorkerPool(1);
        for (int i = 0; i < stores.length; i++) {
            long t = System.nanoTime();
            stores[i] = Ensembles.halfFilled(CellLayout.uniform(1, size), i == 0);
            System.out.printf("%s store, 2^%d states, populated in %.1f s; data of kind %s, sx %s, sy %s, sz %s%n",
                    i == 0 ? "staggered" : "unstaggered", log, (System.nanoTime() - t) * 1e-9,
                    address(stores[i].kind), address(stores[i].sx), address(stores[i].sy), address(stores[i].sz));
            sims[i] = new Simulation(SimulationSetup.of(CellLayout.uniform(1, size), ScatteringRules.byName("paper"),
                    PairingScheme.BLOCKED, 1.0, List.of(), Ensembles.SEED), stores[i], pool);
        }
        BlockedMatching bm = new BlockedMatching(0, size, 1 << 16);
        final int nb = Math.min(bm.blocks(), args.length > 2 ? Integer.parseInt(args[2]) : 256);
        final int kernel = ScatteringRules.byName("paper").kernel();
        final int cs = bm.chunkShift();
        System.out.println(bm + ", " + nb + " blocks per sample, load " + loadavg());
        SplittableRandom master = new SplittableRandom(Ensembles.SEED);
        double[][][] ns = new double[stores.length][NAMES.length][rounds];
        int sink = 0;
        long step = 0;
        for (int r = -2; r < rounds; r++) {
            for (int v = 0; v < variants; v++) {
                for (int i = 0; i < stores.length; i++) {
                    final StateStore s = stores[i];
                    double t;
                    if (v == 5) {
                        long e0 = System.nanoTime();
                        sims[i].step();
                        t = (double) (System.nanoTime() - e0) / (size / 2);
                    } else {
                        bm.prepare(RandomStreams.of(Ensembles.SEED, RandomStreams.MIX, step, 0));
                        final int k0 = master.nextInt(bm.blocks());
                        long pairs = 0;
                        long hot = 0;
                        long t0 = System.nanoTime();
                        for (int j = 0; j < nb; j++) {
                            final int k = (k0 + j) % bm.blocks();
                            BatchedKernels.Scratch sc = BatchedKernels.scratch();
                            int[] starts = sc.ensure(bm.maxBlockStates(), bm.maxBlockChunks());
                            int n = bm.fill(k, starts);
                            pairs += n / 2;
                            SplittableRandom g = RandomStreams.of(Ensembles.SEED, RandomStreams.BLOCK_SCATTER, step, k);
                            switch (v) {
                                case 0 -> sink += starts[0];
                                case 1 -> sink += touch(s, starts, n, cs);
                                case 2 -> BatchedKernels.matchAndScatter(kernel, s, sc, n, cs, g);
                                case 3 -> {
                                    BatchedKernels.matchAndScatter(kernel, s, sc, n, cs, g);
                                    long t1 = System.nanoTime();
                                    BatchedKernels.matchAndScatter(kernel, s, sc, n, cs,
                                            RandomStreams.of(Ensembles.SEED, RandomStreams.SCATTER, step, k));
                                    hot += System.nanoTime() - t1;
                                }
                                default -> {
                                    int c = n >>> cs;
                                    int base = (int) (((long) k * c << cs) % (size - ((long) c << cs) + 1));
                                    base &= ~((1 << cs) - 1);
                                    for (int q = 0; q < c; q++) {
                                        int x = g.nextInt(q + 1);
                                        starts[q] = starts[x];
                                        starts[x] = base + (q << cs);
                                    }
                                    BatchedKernels.matchAndScatter(kernel, s, sc, c << cs, cs, g);
                                }
                            }
                        }
                        long dt = v == 3 ? hot : System.nanoTime() - t0;
                        t = (double) dt / pairs;
                    }
                    if (r >= 0) {
                        ns[i][v][r] = t;
                    }
                    step++;
                }
            }
        }
        System.out.printf("2^%d, %d rounds, ns/pair median (min-max), load %s%n", log, rounds, loadavg());
        for (int v = 0; v < variants; v++) {
            StringBuilder b = new StringBuilder(String.format("  %-7s", NAMES[v]));
            for (int i = 0; i < stores.length; i++) {
                double[] x = ns[i][v].clone();
                Arrays.sort(x);
                b.append(String.format("  %s %6.2f (%.2f-%.2f)", i == 0 ? "staggered" : "unstaggered",
                        x[rounds / 2], x[0], x[rounds - 1]));
            }
            if (stores.length == 2) {
                double[] q = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    q[r] = ns[1][v][r] / ns[0][v][r];
                }
                Arrays.sort(q);
                b.append(String.format("  unstaggered/staggered per round %.2f (%.2f-%.2f)", q[rounds / 2], q[0],
                        q[rounds - 1]));
            }
            System.out.println(b);
        }
        System.out.println("  (sink " + (sink & 1) + ")");
        pool.close();
    }

    private static int touch(StateStore s, int[] starts, int n, int cs) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final int c = 1 << cs;
        int touch = 0;
        for (int l0 = 0, g = 0; l0 < n; l0 += c, g++) {
            final int p0 = starts[g];
            final int len = Math.min(c, n - l0);
            for (int q = 0; q < len; q += 16) {
                touch += Float.floatToRawIntBits(x[p0 + q]) ^ Float.floatToRawIntBits(y[p0 + q])
                        ^ Float.floatToRawIntBits(z[p0 + q]);
            }
            for (int q = 0; q < len; q += 64) {
                touch += k[p0 + q];
            }
        }
        return touch;
    }

    /** The address of an array's first element (compressed oops, zero based) as hex, and mod 4 KB. */
    static String address(Object o) {
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            sun.misc.Unsafe u = (sun.misc.Unsafe) f.get(null);
            Object[] h = {o};
            long a = u.arrayIndexScale(Object[].class) == 8
                    ? u.getLong(h, (long) u.arrayBaseOffset(Object[].class))
                    : (u.getInt(h, (long) u.arrayBaseOffset(Object[].class)) & 0xffffffffL) << 3;
            a += u.arrayBaseOffset(o.getClass());
            return String.format("0x%x (mod 4K 0x%x)", a, a & 4095);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static String loadavg() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
