package spinsim.runner.config;

import java.util.SplittableRandom;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.state.StateStore;

/**
 * {@code rule: none}: no scattering at all, so the processes act alone (the paper's Section 5 "in
 * the case when there are no scatterings between electron states", validation row V9, and any test
 * of a process by itself). Every pair is left as it is; the sweep matching still runs (it only
 * permutes states within a cell, which no observable can see).
 *
 * <p>Only {@code pairing: sweep} is allowed with it (the Poisson pairing calls the rule kernels
 * directly); {@link ConfigLoader} refuses the other combination. Arrays: none. Draws: none.
 */
public final class NoScattering implements ScatteringRule {
    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no scattering: every pair is left unchanged (processes act alone)";
    }

    /** No kernel: the engine never reaches the kernels through this rule. */
    @Override
    public int kernel() {
        return -1;
    }

    @Override
    public void scatter(StateStore s, int i, int j, SplittableRandom rng) {
    }

    @Override
    public void scatterAdjacent(StateStore s, int from, int to, SplittableRandom rng) {
    }

    @Override
    public void matchAndScatter(StateStore s, int from, int to, SplittableRandom rng) {
    }

    @Override
    public double annihilationProbability(double dot) {
        return 0.0;
    }
}
