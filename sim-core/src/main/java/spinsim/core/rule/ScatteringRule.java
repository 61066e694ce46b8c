package spinsim.core.rule;

import java.util.SplittableRandom;
import spinsim.core.state.StateStore;

/**
 * A spin-independent scattering rule: the outcome table of a pair of states (MODEL.md section 2).
 * A variant changes only the table; pairing, time and observables are shared.
 *
 * <p>Implementations are small final classes registered by name in {@link ScatteringRules}. The
 * hot loops are in {@link RuleKernels}; a rule hands them its kernel id once per block.
 */
public interface ScatteringRule {
    /** The registered lowercase name ({@code paper}, {@code paper-planar}, ...). */
    String name();

    /** One line for reports: what the rule does to SPIN + SPIN and FULL + EMPTY. */
    String description();

    /** The kernel id of {@link RuleKernels}. */
    int kernel();

    /** Scatters the pair (i, j) once. */
    default void scatter(StateStore s, int i, int j, SplittableRandom rng) {
        RuleKernels.pair(kernel(), s, i, j, rng);
    }

    /** Scatters adjacent pairs of {@code [from, to)}; see {@link RuleKernels#scatterAdjacent}. */
    default void scatterAdjacent(StateStore s, int from, int to, SplittableRandom rng) {
        RuleKernels.scatterAdjacent(kernel(), s, from, to, rng);
    }

    /**
     * Uniform random perfect matching of {@code [from, to)} fused with scattering, by the fast
     * kernel {@link BatchedKernels} (states stay in place; an odd one out sits the step out).
     */
    default void matchAndScatter(StateStore s, int from, int to, SplittableRandom rng) {
        BatchedKernels.matchAndScatter(kernel(), s, from, to, rng);
    }

    /**
     * As {@link #matchAndScatter(StateStore, int, int, SplittableRandom)} for the {@code n} states
     * of a chunked block whose chunk starts are in {@code sc.starts} (a block of
     * {@link spinsim.core.pairing.BlockedMatching}; see {@link BatchedKernels}). A rule without a
     * kernel ({@link #kernel()} &lt; 0) scatters nothing.
     */
    default void matchAndScatter(StateStore s, BatchedKernels.Scratch sc, int n, int chunkShift,
            SplittableRandom rng) {
        if (kernel() >= 0) {
            BatchedKernels.matchAndScatter(kernel(), s, sc, n, chunkShift, rng);
        }
    }

    /**
     * Brings an initial population into the state space this rule acts on (the planar rule keeps
     * spins in the xz half-plane). The default leaves states as they are.
     */
    default void canonicalize(StateStore s, int from, int to) {
    }

    /** Probability that SPIN s1 + SPIN s2 with s1.s2 = dot end as FULL + EMPTY. */
    double annihilationProbability(double dot);
}
