package spinsim.core.rule;

/**
 * The paper's rule (Section 2, Eq. 4-5, Fig. 2-3), the default.
 * <ul>
 *   <li>SPIN s1 + SPIN s2 (cos phi = s1.s2): FULL + EMPTY with probability sin^2(phi/2) (a fair
 *       coin picks which state is FULL); otherwise both spins along the bisector
 *       (s1 + s2)/|s1 + s2|, probability cos^2(phi/2).</li>
 *   <li>FULL + EMPTY: two antiparallel SPIN states, direction uniform on the sphere.</li>
 *   <li>SPIN + EMPTY, FULL + SPIN: the spin hops, direction kept. FULL + FULL, EMPTY + EMPTY:
 *       unchanged.</li>
 * </ul>
 * Note that the expected spin of a SPIN + SPIN pair after the event is cos(phi/2)(s1 + s2): this
 * rule does not conserve the total spin vector, a fact the validation report measures (V5).
 */
public final class PaperRule implements ScatteringRule {
    public static final String NAME = "paper";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "SPIN+SPIN -> FULL+EMPTY with p = sin^2(phi/2), else both along the bisector; "
                + "FULL+EMPTY -> antiparallel pair, isotropic";
    }

    @Override
    public int kernel() {
        return RuleKernels.PAPER;
    }

    @Override
    public double annihilationProbability(double dot) {
        return 0.5 * (1.0 - dot);
    }
}
