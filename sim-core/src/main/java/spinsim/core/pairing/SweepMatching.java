package spinsim.core.pairing;

import java.util.SplittableRandom;
import spinsim.core.state.StateStore;

/**
 * Exact uniform random perfect matching of a cell too large for one block: the contents are
 * permuted so that positions (2m, 2m+1) form the matching, after which blocks scatter their
 * adjacent pairs in parallel. Half a Fisher-Yates shuffle suffices (position i+1 takes a uniform
 * state of the unmatched rest), n/2 random swaps. With an odd count a uniformly chosen state is
 * moved to the last position and sits the step out.
 *
 * <p>Sequential within the cell, with random access over the whole cell: memory-latency bound at
 * scale (see docs on the blocked variant). Draws: n/2 ints.
 */
public final class SweepMatching {
    private SweepMatching() {
    }

    public static void arrange(StateStore s, int from, int to, SplittableRandom rng) {
        int end = to;
        if (((end - from) & 1) != 0) {
            s.swap(from + rng.nextInt(end - from), end - 1);
            end--;
        }
        for (int i = from; i < end; i += 2) {
            int j = i + 1 + rng.nextInt(end - i - 1);
            s.swap(i + 1, j);
        }
    }
}
