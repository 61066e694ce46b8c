package spinsim.core.process;

import java.util.SplittableRandom;
import spinsim.core.state.StateStore;

/**
 * A non-scattering process (MODEL.md section 4), applied after scattering by operator splitting
 * with the run's step. A process acts on the states of one block at a time, so it must be local
 * to a state (or to a block); it gets its own generator per (step, block). The exception is a
 * {@link CellTransport} (diffusion between cells), which the engine recognises and applies to the
 * whole chain after the block stage through {@link CellTransport#applyToCells}; its {@link #apply}
 * is never called.
 *
 * <p>Implementations validate their parameters in the constructor, derive constants once, and
 * keep {@link #apply} free of allocation.
 */
public interface Process {
    /** The registered lowercase name. */
    String name();

    /** Applies the process to {@code [from, to)} for a time {@code dt} (in t_sc). */
    void apply(StateStore s, int from, int to, double dt, SplittableRandom rng);

    /**
     * Net electrons this process instance has put into the store since it was built (negative when
     * it took them out), for the run's electron budget. Spin-independent processes conserve
     * electrons, hence the default 0; {@link Injection} exchanges them with an external source.
     * Read it between steps (the engine's pool has joined, so the count is complete).
     */
    default long electronChange() {
        return 0;
    }
}
