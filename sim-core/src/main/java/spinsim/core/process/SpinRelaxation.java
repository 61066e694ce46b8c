package spinsim.core.process;

import java.util.SplittableRandom;
import spinsim.core.state.Kind;
import spinsim.core.state.SphereSampling;
import spinsim.core.state.StateStore;

/**
 * Spin relaxation by spin-flip processes (paper Eq. 22, 49, 56): each SPIN state's direction is
 * redrawn uniformly on the sphere with probability 1 - exp(-dt/tau_spin) per step. Alone it decays
 * the spin vector as exp(-t/tau_spin). Conserves kinds and electrons. Draws: one double per SPIN
 * state plus a direction per flip.
 */
public final class SpinRelaxation implements Process {
    public static final String NAME = "spin-relaxation";
    private final double tauSpin;

    /** @param tauSpin relaxation time in t_sc, > 0 */
    public SpinRelaxation(double tauSpin) {
        if (!(tauSpin > 0) || Double.isInfinite(tauSpin)) {
            throw new IllegalArgumentException("spin-relaxation: tau_spin must be > 0 and finite, got " + tauSpin);
        }
        this.tauSpin = tauSpin;
    }

    public double tauSpin() {
        return tauSpin;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
        final double pFlip = -Math.expm1(-dt / tauSpin);
        final byte[] k = s.kind;
        for (int i = from; i < to; i++) {
            if (k[i] == Kind.SPIN_CODE && rng.nextDouble() < pFlip) {
                SphereSampling.uniformInto(rng, s.sx, s.sy, s.sz, i);
            }
        }
    }
}
