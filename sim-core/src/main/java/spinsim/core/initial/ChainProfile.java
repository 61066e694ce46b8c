package spinsim.core.initial;

import java.util.SplittableRandom;
import spinsim.core.engine.RandomStreams;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.SphereSampling;
import spinsim.core.state.StateStore;

/**
 * An initial state that varies along a chain of cells (Section 9): after the cells are populated
 * from the mixture, the SPIN states of cell c
 * <ol>
 *   <li>are each redrawn isotropically with probability q_c = depolarize (1 + sin(2 pi c / C)) / 2
 *       (C cells), which scales the cell's expected spin accumulation n_TIA by 1 - q_c, a
 *       smooth periodic modulation along the chain that keeps n_SPIN and the electrons;</li>
 *   <li>are then rotated by the angle c x twist about {@code axis} (Rodrigues' formula), so the
 *       TIA direction turns by {@code twist} from each cell to the next: a helix.</li>
 * </ol>
 * Cell c draws from the stream (seed, INITIAL, 1, c) (the populator uses step 0). Draws: one
 * double per SPIN state of a cell with q_c &gt; 0, plus a direction per redrawn state. The run
 * applies the profile before the rule's canonical form (so under {@code paper-planar}, which
 * folds every spin into its half-plane, only a twist within that plane survives).
 *
 * @param twistRad  rotation from one cell to the next, radians
 * @param axis      unit rotation axis
 * @param depolarize amplitude of the modulation of n_TIA, in [0, 1]
 */
public record ChainProfile(double twistRad, double[] axis, double depolarize) {
    public ChainProfile {
        if (!Double.isFinite(twistRad)) {
            throw new IllegalArgumentException("twist must be finite, got " + twistRad);
        }
        if (!(depolarize >= 0 && depolarize <= 1)) {
            throw new IllegalArgumentException("depolarize must be in [0, 1], got " + depolarize);
        }
        try {
            axis = SpinComponent.unit(axis);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the twist axis: " + e.getMessage(), e);
        }
    }

    @Override
    public double[] axis() {
        return axis.clone();
    }

    /** The probability that a SPIN state of cell c of {@code cells} is redrawn isotropically. */
    public double redrawProbability(int c, int cells) {
        return depolarize * 0.5 * (1 + Math.sin(2 * Math.PI * c / cells));
    }

    /** Applies the profile to the populated store. */
    public void apply(StateStore s, CellLayout layout, long seed) {
        final int cells = layout.cells();
        for (int c = 0; c < cells; c++) {
            SplittableRandom rng = RandomStreams.of(seed, RandomStreams.INITIAL, 1, c);
            final double q = redrawProbability(c, cells);
            final double angle = c * twistRad;
            final double cos = Math.cos(angle);
            final double sin = Math.sin(angle);
            final double ax = axis[0];
            final double ay = axis[1];
            final double az = axis[2];
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (s.kind[i] != Kind.SPIN_CODE) {
                    continue;
                }
                double x = s.sx[i];
                double y = s.sy[i];
                double z = s.sz[i];
                if (q > 0 && rng.nextDouble() < q) {
                    double[] u = SphereSampling.uniform(rng);
                    x = u[0];
                    y = u[1];
                    z = u[2];
                }
                // Rodrigues: v cos + (a x v) sin + a (a . v)(1 - cos)
                final double dot = ax * x + ay * y + az * z;
                s.setSpin(i, x * cos + (ay * z - az * y) * sin + ax * dot * (1 - cos),
                        y * cos + (az * x - ax * z) * sin + ay * dot * (1 - cos),
                        z * cos + (ax * y - ay * x) * sin + az * dot * (1 - cos));
            }
        }
    }
}
