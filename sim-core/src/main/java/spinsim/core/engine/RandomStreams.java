package spinsim.core.engine;

import java.util.SplittableRandom;

/**
 * Derives an independent {@link SplittableRandom} for every (seed, stream, step, block).
 *
 * <p>SplittableRandom cannot save its state, so instead of carrying generators across steps the
 * engine re-derives each block's generator every step from the coordinates alone. That makes a
 * result independent of which thread ran which block (bit-identical for any thread count) and a
 * checkpoint needs only the seed, the step and the arrays.
 *
 * <p>The mixing is the Stafford variant 13 finaliser (the one SplittableRandom uses) applied in a
 * chain, so nearby coordinates give unrelated seeds.
 */
public final class RandomStreams {
    /** Stream of the scattering stage (pairing and rule draws). */
    public static final int SCATTER = 1;
    /** Stream of the global shuffle stage of exact matching. */
    public static final int SHUFFLE = 2;
    /** Stream of the initial population. */
    public static final int INITIAL = 3;
    /** Stream of the per-step view of blocked matching (block = cell). */
    public static final int MIX = 4;
    /** Stream of the scattering of one block of a blocked cell (block = cell << 32 | view block). */
    public static final int BLOCK_SCATTER = 5;
    /** First stream id for processes: process k uses PROCESS_BASE + k. */
    public static final int PROCESS_BASE = 100;

    private RandomStreams() {
    }

    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long stream, long step, long block) {
        long h = mix64(seed + 0x9e3779b97f4a7c15L);
        h = mix64(h ^ (stream * 0xd1b54a32d192ed03L));
        h = mix64(h ^ (step * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L));
        h = mix64(h ^ (block * 0xc2b2ae3d27d4eb4fL + 0x165667b19e3779f9L));
        return h;
    }

    public static SplittableRandom of(long seed, long stream, long step, long block) {
        return new SplittableRandom(derive(seed, stream, step, block));
    }

    /** The seed of replica r of a run whose seed is {@code seed}. */
    public static long replicaSeed(long seed, int replica) {
        return replica == 0 ? seed : derive(seed, 0xC0FFEEL, replica, 0);
    }
}
