package spinsim.core.rule;

/**
 * A variant whose expected total spin vector per event is unchanged, as the paper's Appendix 1
 * assumes ("spin-independent scatterings do not affect the total spin").
 *
 * <p>With the paper's sin^2(phi/2) no outcome of two unit spins can carry the pair's spin
 * 2 cos(phi/2) on average, so this variant changes the probability as well:
 * <ul>
 *   <li>SPIN + SPIN: FULL + EMPTY with the singlet weight of the product state,
 *       p = sin^2(phi/2)/2 = (1 - s1.s2)/4; otherwise both spins in the plane of s1, s2 at angle
 *       alpha either side of the bisector with cos(alpha) = cos(phi/2)/(1 - p) (0 <= alpha <= phi/2,
 *       so the spins are drawn toward the bisector). The survivors' sum is (s1 + s2)/(1 - p), so
 *       E[sum after] = (1 - p)(s1 + s2)/(1 - p) = s1 + s2 exactly.</li>
 *   <li>FULL + EMPTY, hops, FULL + FULL, EMPTY + EMPTY: as the paper rule (zero net spin created).</li>
 * </ul>
 */
public final class SpinConservingRule implements ScatteringRule {
    public static final String NAME = "spin-conserving";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "SPIN+SPIN -> FULL+EMPTY with p = sin^2(phi/2)/2, else spins drawn toward the bisector "
                + "so that E[s1+s2] is conserved; FULL+EMPTY -> antiparallel pair, isotropic";
    }

    @Override
    public int kernel() {
        return RuleKernels.SPIN_CONSERVING;
    }

    @Override
    public double annihilationProbability(double dot) {
        return 0.25 * (1.0 - dot);
    }
}
