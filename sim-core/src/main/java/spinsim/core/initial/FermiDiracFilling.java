package spinsim.core.initial;

import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.SpinStatistics;
import spinsim.core.state.CellLayout;

/**
 * The initial composition of energy cells filled by the Fermi-Dirac distribution (Eq. 8).
 *
 * <h2>Electrons</h2>
 * A cell of n states at energy label x gets electrons = rint(2 n f(x)), f(x) = 1/(1 + e^x):
 * the nearest integer, ties to even ({@link Math#rint}). Assumptions and guarantees:
 * <ol>
 *   <li>The count is an exact integer in [0, 2n] and the bookkeeping is exact from then on: every
 *       spin-independent scattering conserves the electrons of a cell, and with them
 *       n_FULL - n_EMPTY = electrons - n.</li>
 *   <li>Per cell, |electrons - 2 n f(x)| &lt;= 1/2, so the realised filling
 *       F_el = electrons/(2n) differs from f(x) by at most 1/(4n) (2.5e-5 at n = 10^4); summed
 *       over C cells the total differs from sum 2 n f(x) by at most C/2 electrons.</li>
 *   <li>Why rounding per cell is fine: a cell's equilibrium depends only on its own electron
 *       count, which its dynamics conserves; references are therefore evaluated at the realised
 *       filling F_el of each cell (see {@link #filling}), and then rounding introduces no error at
 *       all. Against f(x) it is an energy shift of at most 1/(4 n f(1-f)) kT. Ties to even keep
 *       the rounding unbiased on average over cells. Where 2 n f(x) &lt; 1/2 (deep tails) a cell
 *       rounds to no electron (or no hole): choose n with 2 n e^{-|x|} &gt;&gt; 1 over the range.</li>
 * </ol>
 *
 * <h2>SPIN count</h2>
 * The SPIN count is a free initial condition (scattering moves it to the rule's equilibrium); a
 * {@link SpinCount} gives the target fraction of SPIN <em>states</em> as a function of the
 * realised filling F_el, and {@link Composition#of} turns it into exact counts: the nearest count
 * of the electrons' parity (n_SPIN = electrons - 2 n_FULL), ties to the lower, clamped to
 * [parity, min(electrons, 2n - electrons)]. Unless clamped, n_SPIN is within 1 of the target.
 * The directions of the SPIN states are not chosen here: {@link Populator} draws them from a
 * {@link SpinMixture} (isotropic for a TIS start).
 */
public final class FermiDiracFilling {
    private FermiDiracFilling() {
    }

    /** The initial fraction of SPIN states of a cell as a function of its realised filling F_el. */
    public sealed interface SpinCount {
        /** Target n_SPIN / n_states for a cell whose realised filling is {@code filling}. */
        double spinStateFraction(double filling);

        String describe();

        /** Independent places: P(SPIN) = 2 F_el (1 - F_el) (see analytic.IndependentPlaces). */
        static SpinCount independentPlaces() {
            return new IndependentPlaces();
        }

        /** The same fraction of SPIN states in every cell (clamped to what the electrons allow). */
        static SpinCount stateFraction(double fraction) {
            return new StateFraction(fraction);
        }

        /** Eq. 18 with rate constant c: P(SPIN) = 2 F_spin(F_el, 1 - F_el, c). */
        static SpinCount equilibrium(double rateConstant) {
            return new Equilibrium(rateConstant);
        }

        record IndependentPlaces() implements SpinCount {
            @Override
            public double spinStateFraction(double filling) {
                return 2.0 * filling * (1.0 - filling);
            }

            @Override
            public String describe() {
                return "independent places, P(SPIN) = 2 f (1 - f)";
            }
        }

        record StateFraction(double fraction) implements SpinCount {
            public StateFraction {
                if (!(fraction >= 0 && fraction <= 1)) {
                    throw new IllegalArgumentException("spin state fraction must be in [0, 1], got " + fraction);
                }
            }

            @Override
            public double spinStateFraction(double filling) {
                return fraction;
            }

            @Override
            public String describe() {
                return "spin state fraction " + fraction;
            }
        }

        record Equilibrium(double rateConstant) implements SpinCount {
            public Equilibrium {
                if (!(rateConstant >= 0) || Double.isInfinite(rateConstant)) {
                    throw new IllegalArgumentException("rate constant must be finite and >= 0, got " + rateConstant);
                }
            }

            @Override
            public double spinStateFraction(double filling) {
                return 2.0 * SpinStatistics.spin(filling, 1.0 - filling, rateConstant);
            }

            @Override
            public String describe() {
                return "Eq. 18 equilibrium with rate constant " + rateConstant;
            }
        }
    }

    /** rint(2 n f(x)): the electrons of a cell of {@code states} states at energy x. */
    public static long electrons(long states, double x) {
        if (states <= 0) {
            throw new IllegalArgumentException("states must be > 0, got " + states);
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("energy must be finite, got " + x);
        }
        return (long) Math.rint(2.0 * states * FermiDirac.electrons(x));
    }

    /** The composition of one cell of {@code states} states at energy x. */
    public static Composition composition(long states, double x, SpinCount spins) {
        long e = electrons(states, x);
        double fraction = spins.spinStateFraction(e / (2.0 * states));
        return Composition.of(states, e, Math.max(0.0, Math.min(1.0, fraction)));
    }

    /** One composition per cell of {@code layout}, at each cell's energy label. */
    public static Composition[] compositions(CellLayout layout, SpinCount spins) {
        Composition[] out = new Composition[layout.cells()];
        for (int c = 0; c < out.length; c++) {
            out[c] = composition(layout.size(c), layout.energy(c), spins);
        }
        return out;
    }

    /** The realised filling F_el = electrons / (2 n_states) of a composition. */
    public static double filling(Composition c) {
        return c.electrons() / (2.0 * c.states());
    }
}
