package spinsim.core.pairing;

import java.util.SplittableRandom;
import spinsim.core.rule.RuleKernels;
import spinsim.core.state.StateStore;

/**
 * Poisson pairing of one cell for a step dt: each state starts a scattering with probability dt/2
 * with a uniform partner among the other states of its cell (see {@link PairingScheme#POISSON} for
 * why dt/2). Initiators are found by geometric skips, so the cost is proportional to the number of
 * events, about n dt / 2. Events are applied in index order; states are exchangeable within a
 * cell, so the order carries no bias. Draws: about 3 per event plus the rule's.
 */
public final class PoissonPairing {
    private PoissonPairing() {
    }

    public static void scatterCell(int ruleKernel, StateStore s, int from, int to, double dt, SplittableRandom rng) {
        final int n = to - from;
        if (n < 2) {
            return;
        }
        final double p = 0.5 * dt;
        final double logQ = Math.log1p(-p);
        int i = from - 1;
        while (true) {
            double gap = Math.floor(Math.log(1.0 - rng.nextDouble()) / logQ);
            if (gap >= to - i - 1) {
                return;
            }
            i += 1 + (int) gap;
            int j = from + rng.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            RuleKernels.pair(ruleKernel, s, i, j, rng);
        }
    }
}
