package spinsim.core.rule;

import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The assumption behind the paper's Eq. 14-15 made into a rule: every spin is a polar angle theta
 * in [0, pi] in the xz half-plane (stored as (sin theta, 0, cos theta); azimuth ignored).
 * <ul>
 *   <li>SPIN + SPIN: FULL + EMPTY with probability sin^2((theta1 - theta2)/2); otherwise both take
 *       the mean angle (theta1 + theta2)/2 (the bisector, which stays in the half-plane).</li>
 *   <li>FULL + EMPTY: theta with density sin(theta)/2 and its partner pi - theta (so only the z
 *       components are antiparallel).</li>
 * </ul>
 * Only z components are meaningful under this rule.
 */
public final class PaperPlanarRule implements ScatteringRule {
    public static final String NAME = "paper-planar";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "polar angles only: SPIN+SPIN -> FULL+EMPTY with p = sin^2((theta1-theta2)/2), else mean angle; "
                + "FULL+EMPTY -> theta ~ sin(theta)/2 and pi - theta";
    }

    @Override
    public int kernel() {
        return RuleKernels.PAPER_PLANAR;
    }

    /** Projects every spin onto the xz half-plane, keeping its polar angle: (sin theta, 0, cos theta). */
    @Override
    public void canonicalize(StateStore s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                double c = Math.max(-1.0, Math.min(1.0, s.sz[i]));
                s.sx[i] = (float) Math.sqrt(1.0 - c * c);
                s.sy[i] = 0f;
                s.sz[i] = (float) c;
            }
        }
    }

    @Override
    public double annihilationProbability(double dot) {
        return 0.5 * (1.0 - dot);
    }
}
