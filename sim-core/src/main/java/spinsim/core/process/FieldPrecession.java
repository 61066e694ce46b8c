package spinsim.core.process;

import java.util.SplittableRandom;
import spinsim.core.state.StateStore;

/**
 * Precession and precession damping of every SPIN state in a uniform field along the unit vector h
 * (paper Section 5, Eq. 31-34, Appendix 2; MODEL.md section 4). Registered as
 * {@value #NAME}.
 *
 * <p>Per step dt, with the exact solution of {@link PrecessionKernels}:
 * <ul>
 *   <li>the angle theta to h follows Eq. 33, d theta/dt = -sin(theta)/t_lambda, exactly:
 *       tan(theta'/2) = tan(theta/2) exp(-dt/t_lambda) (A2.8), evaluated without trigonometry;</li>
 *   <li>the azimuth about h advances by omega_L dt in the <b>right-handed</b> sense about h
 *       (ds/dt = omega_L h x s: counter-clockwise seen from the tip of h), as the paper's A2.4
 *       S_x + i S_y ~ exp(+i omega_L t) for a field along z. A negative omega_L turns the other way.</li>
 * </ul>
 * Sign convention: as in the paper, h is the direction the spins turn toward. (For a real
 * electron, whose moment is antiparallel to its spin, the damping turns the spin toward -B and the
 * spin precesses right-handed about B; pass h = -B/|B| and omega_L = -g mu_B B/hbar to model that.
 * The angular distribution about the axis, which is all Section 5 uses, does not depend on the
 * sense of precession.)
 *
 * <p>Parameters (reduced units): t_lambda in t_sc (> 0, or infinity for pure precession), omega_L in
 * radians per t_sc, h any finite non-zero vector (normalised here). {@link #fromPhysicalUnits} builds
 * them from tesla, g, lambda and t_sc by Eq. 34 (see {@link PrecessionParameters}).
 *
 * <p>Arrays: reads {@code kind}, reads and writes {@code sx, sy, sz} of SPIN states of the range.
 * Draws: none (the generator is ignored; the process is deterministic). Conserves: every state's
 * kind, hence n_EMPTY, n_FULL, n_SPIN and electrons per cell. Does not conserve the spin vector S:
 * damping builds S along h (for an isotropic population at rate (2/3) n_SPIN / t_lambda, see
 * {@link spinsim.core.analytic.FieldConversion}); pure precession conserves S.h.
 */
public final class FieldPrecession implements Process {
    public static final String NAME = "field-precession";
    private final double hx;
    private final double hy;
    private final double hz;
    private final double tLambda;
    private final double omegaL;

    /**
     * @param axis    field direction h (any finite non-zero vector; normalised here)
     * @param tLambda damping time in t_sc, > 0, {@link Double#POSITIVE_INFINITY} for none
     * @param omegaL  Larmor frequency in rad per t_sc, finite
     */
    public FieldPrecession(double[] axis, double tLambda, double omegaL) {
        this(axis, new PrecessionParameters(tLambda, omegaL));
    }

    public FieldPrecession(double[] axis, PrecessionParameters p) {
        double[] h = PrecessionKernels.unitAxis(axis, NAME + ": axis h");
        this.hx = h[0];
        this.hy = h[1];
        this.hz = h[2];
        this.tLambda = p.tLambda();
        this.omegaL = p.omegaL();
    }

    /**
     * A field of {@code fieldTesla} along {@code axis} on electrons of g-factor {@code gFactor} with
     * the paper's damping parameter {@code lambda} (1/(J s), Eq. 31), for a scattering time of
     * {@code scatteringSeconds}: t_lambda by Eq. 34 and omega_L = g mu_B B / hbar, both in t_sc.
     */
    public static FieldPrecession fromPhysicalUnits(double[] axis, double fieldTesla, double gFactor, double lambda,
            double scatteringSeconds) {
        return new FieldPrecession(axis,
                PrecessionParameters.fromPhysical(fieldTesla, gFactor, lambda, scatteringSeconds));
    }

    public double[] axis() {
        return new double[] {hx, hy, hz};
    }

    public double tLambda() {
        return tLambda;
    }

    public double omegaL() {
        return omegaL;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
        PrecessionKernels.step(s, from, to, hx, hy, hz, tLambda, omegaL, dt);
    }

    @Override
    public String toString() {
        return NAME + "(h = [" + hx + ", " + hy + ", " + hz + "], t_lambda = " + tLambda + " t_sc, omega_L = "
                + omegaL + " rad/t_sc)";
    }
}
