package spinsim.core.initial;

/**
 * Exact numbers of EMPTY, FULL and SPIN states of one cell. electrons = 2 n_FULL + n_SPIN.
 */
public record Composition(long nEmpty, long nFull, long nSpin) {
    public Composition {
        if (nEmpty < 0 || nFull < 0 || nSpin < 0) {
            throw new IllegalArgumentException("negative count in " + this);
        }
    }

    public long states() {
        return nEmpty + nFull + nSpin;
    }

    public long electrons() {
        return 2 * nFull + nSpin;
    }

    /**
     * The composition of {@code states} states holding {@code electrons} electrons with about
     * {@code spinFraction} of the states SPIN. The SPIN count is spinFraction * states rounded to
     * the nearest integer of the parity of the electron count (so n_FULL is whole), then clamped to
     * what the electrons allow: n_SPIN <= min(electrons, 2 states - electrons).
     *
     * @throws IllegalArgumentException naming what is out of range
     */
    public static Composition of(long states, long electrons, double spinFraction) {
        if (states <= 0) {
            throw new IllegalArgumentException("states must be > 0, got " + states);
        }
        if (electrons < 0 || electrons > 2 * states) {
            throw new IllegalArgumentException("electrons must be in [0, 2*states] = [0, " + 2 * states + "], got " + electrons);
        }
        if (!(spinFraction >= 0 && spinFraction <= 1)) {
            throw new IllegalArgumentException("spin fraction must be in [0, 1], got " + spinFraction);
        }
        long maxSpin = maxSpin(states, electrons);
        long parity = electrons & 1;
        double target = spinFraction * states;
        // the two counts of the electrons' parity around the target; the nearer wins (lower on ties)
        long below = 2 * (long) Math.floor((target - parity) / 2) + parity;
        long nSpin = (target - below <= below + 2 - target) ? below : below + 2;
        nSpin = Math.max(parity, Math.min(nSpin, maxSpin));
        long nFull = (electrons - nSpin) / 2;
        return new Composition(states - nFull - nSpin, nFull, nSpin);
    }

    /** The largest SPIN count that {@code electrons} electrons in {@code states} states allow. */
    public static long maxSpin(long states, long electrons) {
        return Math.min(electrons, 2 * states - electrons);
    }
}
