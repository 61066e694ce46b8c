package spinsim.core.process;

import java.util.SplittableRandom;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * A process that moves state contents between cells (MODEL.md section 4, "diffusion between
 * cells"), so it cannot act block by block like the local processes: the engine applies it to the
 * whole store after the block stage, in list order, one transport process at a time on one thread,
 * with the generator (seed, PROCESS_BASE + its list index, step, 0). A config lists transport
 * processes after every local one.
 */
public interface CellTransport extends Process {
    /** Applies the process to every cell of {@code layout} for a time {@code dt} (in t_sc). */
    void applyToCells(StateStore s, CellLayout layout, double dt, SplittableRandom rng);

    /** Checks, before a run starts, that the layout suits the process; IllegalArgumentException if not. */
    void checkLayout(CellLayout layout);

    /** Not block-local: the engine calls {@link #applyToCells} instead. */
    @Override
    default void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
        throw new UnsupportedOperationException(name() + " moves states between cells: use applyToCells");
    }
}
