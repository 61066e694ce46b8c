package spinsim.core.initial;

import java.util.SplittableRandom;
import spinsim.core.engine.RandomStreams;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Fills each cell with its exact composition: SPIN states drawn from the mixture, then FULL, then
 * EMPTY, and finally shuffles the cell (Fisher-Yates) so no block starts with a biased slice.
 * Deterministic for a seed: cell c uses the stream (seed, INITIAL, 0, c).
 */
public final class Populator {
    private Populator() {
    }

    public static void populate(StateStore s, CellLayout layout, Composition[] perCell, SpinMixture mixture, long seed) {
        if (perCell.length != layout.cells()) {
            throw new IllegalArgumentException("need one composition per cell");
        }
        for (int c = 0; c < layout.cells(); c++) {
            Composition comp = perCell[c];
            if (comp.states() != layout.size(c)) {
                throw new IllegalArgumentException("cell " + c + " has " + layout.size(c) + " states, composition " + comp);
            }
            SplittableRandom rng = RandomStreams.of(seed, RandomStreams.INITIAL, 0, c);
            int i = layout.start(c);
            long[] perComponent = mixture.apportion(comp.nSpin());
            for (int m = 0; m < perComponent.length; m++) {
                int count = (int) perComponent[m];
                double[] dirs = new double[3 * count];
                mixture.components().get(m).component().sample(count, rng, dirs);
                for (int q = 0; q < count; q++) {
                    s.setSpin(i++, dirs[3 * q], dirs[3 * q + 1], dirs[3 * q + 2]);
                }
            }
            for (long q = 0; q < comp.nFull(); q++) {
                s.setFull(i++);
            }
            for (long q = 0; q < comp.nEmpty(); q++) {
                s.setEmpty(i++);
            }
            int from = layout.start(c);
            for (int q = layout.end(c) - 1; q > from; q--) {
                s.swap(q, from + rng.nextInt(q - from + 1));
            }
        }
    }
}
