package spinsim.runner.report;

import spinsim.core.analytic.FieldConversion;
import spinsim.core.analytic.PrecessionDampingDistribution;

/**
 * The steady TIA count S = n_TIA of a gas of n SPIN states (n_states states in all) under a field of
 * damping time t_lambda and spin flips of time tau_spin, as the paper predicts it and as the
 * findings of sim-core predict it for the Monte Carlo (times in t_sc; r = t_sc / t_lambda).
 *
 * <h2>As printed (Eq. 50-51, 57-58)</h2>
 * Gain k n_TIS / t_lambda with k = 4/3 (Eq. 44; k(r) of Fig. 7 for a stronger field) balances the
 * loss n_TIA / tau_spin; with n_TIS = n - n_TIA this is S = n a / (1 + a), a = k tau_spin / t_lambda,
 * i.e. Eq. 58's x = k tau / (t_lambda + k tau). Eq. 51 itself reads n_TIA = a n_TIS.
 *
 * <h2>Derived for the Monte Carlo</h2>
 * Two findings change both terms (see {@link FieldConversion}):
 * <ol>
 *   <li>With n_TIA = |S| (the spin projection, p_up - p_down of A1.1, without the factor 2 of A1.7)
 *       the field converts at k = 2/3 for r -> 0; for a finite interval it is the exact gain of a
 *       population damped for one interval from isotropy: E[cos theta](r) per step for the sweep
 *       pairing (fixed intervals of 1 t_sc), {@link FieldConversion#kExponentialIntervals} for the
 *       Poisson pairing (exponential intervals).</li>
 *   <li>The paper's rule loses spin: a TIA spin that meets an isotropic TIS spin loses 1/5 of its
 *       projection on average ({@link FieldConversion#paperRuleLossPerEncounter}, computed in code),
 *       and meets one with probability n_TIS / n_states per t_sc: an intrinsic back-conversion at
 *       the rate S n_TIS / (5 n_states t_sc). The spin-conserving rule has none.</li>
 * </ol>
 * Both are first order in the polarization: they take the gas as one delta (TIA) plus one isotropic
 * sphere (TIS), which V4 found it is not exactly.
 */
final class SteadyTiaModel {
    private SteadyTiaModel() {
    }

    /** Eq. 51 / 58 as printed, solved with n_TIS = n - S: S = n a / (1 + a), a = k tau / t_lambda. */
    static double printed(double n, double k, double tLambda, double tauSpin) {
        double a = k * tauSpin / tLambda;
        return Double.isInfinite(a) ? n : n * a / (1 + a);
    }

    /** The loss per TIA-TIS encounter of the paper rule (1/5, by quadrature). */
    static double lossPerEncounter() {
        return FieldConversion.paperRuleLossPerEncounter();
    }

    /**
     * Sweep pairing, per step of 1 t_sc in the engine's order (scatter, field, spin flips; S observed
     * after the flips): S' = q [S (1 - l) + (n - S (1 - l)) m], with l = loss (n - S) / n_states (0 for
     * a spin-conserving rule), m = E[cos theta](r) the field's gain per isotropic spin in one step,
     * q = exp(-1/tau_spin). Solved for the fixed point by iteration.
     */
    static double sweep(double n, double states, double r, double tauSpin, boolean ruleLoss) {
        return sweepWithGain(n, states, PrecessionDampingDistribution.meanCos(r), tauSpin, ruleLoss);
    }

    /** As {@link #sweep} with the field's gain per TIS spin and step given ({@code m}, e.g. measured). */
    static double sweepWithGain(double n, double states, double m, double tauSpin, boolean ruleLoss) {
        double q = Double.isInfinite(tauSpin) ? 1.0 : Math.exp(-1.0 / tauSpin);
        double loss = ruleLoss ? lossPerEncounter() : 0.0;
        double s = 0;
        for (int it = 0; it < 100_000; it++) {
            double l = loss * Math.max(0, n - s) / states;
            double kept = s * (1 - l);
            double next = q * (kept + (n - kept) * m);
            if (Math.abs(next - s) <= 1e-12 * Math.max(1, n)) {
                return next;
            }
            s = next;
        }
        return s;
    }

    /**
     * Continuous time (Poisson pairing): 0 = k (n - S) / t_lambda - S / tau_spin - l S (n - S) / n_states,
     * l = 1/5 for the paper rule (0 otherwise); the root in [0, n].
     */
    static double continuous(double n, double states, double k, double tLambda, double tauSpin, boolean ruleLoss) {
        double g = k / tLambda;
        double f = Double.isInfinite(tauSpin) ? 0 : 1.0 / tauSpin;
        double l = ruleLoss ? lossPerEncounter() / states : 0.0;
        if (l == 0) {
            return g * n / (g + f);
        }
        // l S^2 - (g + f + l n) S + g n = 0: the smaller root lies in [0, n]
        double bq = g + f + l * n;
        double disc = bq * bq - 4 * l * g * n;
        return (bq - Math.sqrt(Math.max(0, disc))) / (2 * l);
    }

    /** k of the derived model for the pairing: fixed intervals (sweep) or exponential ones (poisson). */
    static double derivedK(double r, boolean poisson) {
        return poisson ? FieldConversion.kExponentialIntervals(r, FieldConversion.TiaMeasure.SPIN_PROJECTION)
                : FieldConversion.kFixedInterval(r, FieldConversion.TiaMeasure.SPIN_PROJECTION);
    }

    /** k of Fig. 7 as the paper would have it (factor 2 of A1.7; Eq. 38 solved over one interval t_sc). */
    static double paperK(double r) {
        return FieldConversion.kFixedInterval(r, FieldConversion.TiaMeasure.PAPER_A17);
    }
}
