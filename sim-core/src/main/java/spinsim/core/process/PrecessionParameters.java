package spinsim.core.process;

/**
 * The two rates of a field process in reduced units, and their conversion from physical units
 * (paper Eq. 31, 34, 47 and Appendix 2).
 *
 * <h2>Reduced units</h2>
 * {@code tLambda}: the precession damping time t_lambda in scattering times t_sc, > 0, or
 * {@link Double#POSITIVE_INFINITY} for no damping. {@code omegaL}: the Larmor frequency in radians
 * per t_sc (any finite sign; positive is right-handed about the axis, see {@link FieldPrecession}).
 *
 * <h2>Physical units: the reconstruction of Eq. 31 and Eq. 34</h2>
 * The paper writes the Landau-Lifshitz equation (Eq. 31) for the electron moment
 * M_el = -g mu_B S with S the spin vector "in units of hbar" (dimensionless, |S| = 1/2, Eq. 32:
 * S_z = cos(theta)/2), dM/dt = gamma M x H + lambda M x (M x H), and for the spin (A2.1)
 * dS/dt = -gamma S x H - lambda g mu_B S x (S x H). With |S| = 1/2 and H along z, the damping
 * term gives dS_z/dt = lambda g mu_B H (1/4 - S_z^2) = lambda g mu_B H sin^2(theta)/4 and, with
 * S_z = cos(theta)/2, d theta/dt = -(lambda g mu_B H / 2) sin(theta), i.e. Eq. 33 with
 * <pre>
 *   t_lambda = 2 / (lambda g mu_B H)                                  (Eq. 34; Eq. 47 with H_exch,eff)
 * </pre>
 * Units (the assumption made here): S is dimensionless and "H" is the field in tesla (the paper's
 * H read as B = mu_0 H, so that mu_B H is an energy in joules). Then the two sides of Eq. 31,
 * dM/dt in J/(T s) and lambda M x (M x H) in lambda J^2/T, give lambda in 1/(J s), and
 * lambda g mu_B B in 1/s as Eq. 34 needs. The precession part gives
 * omega_L = g mu_B B / hbar (A2.4; for g = 2 this is e B / m_e). The ratio of the two rates is
 * the dimensionless Landau-Lifshitz damping constant
 * <pre>
 *   alpha = 1 / (omega_L t_lambda) = lambda hbar / 2,
 * </pre>
 * so lambda = 2 alpha / hbar ~ 1.9e34 alpha J^-1 s^-1: a realistic alpha of 1e-3 to 1 is lambda of
 * order 1e31 to 1e34 in these units. {@link #fromDampingConstant} takes alpha instead of lambda.
 *
 * <p>Constants: CODATA 2018 (mu_B = 9.2740100783e-24 J/T, h = 6.62607015e-34 J s exactly).
 */
public record PrecessionParameters(double tLambda, double omegaL) {
    /** Bohr magneton in J/T (CODATA 2018). */
    public static final double BOHR_MAGNETON = 9.2740100783e-24;
    /** Reduced Planck constant in J s (h / 2 pi, h exact in the SI since 2019). */
    public static final double HBAR = 6.62607015e-34 / (2.0 * Math.PI);

    public PrecessionParameters {
        if (!(tLambda > 0)) {
            throw new IllegalArgumentException("t_lambda must be > 0 (in t_sc; infinity for no damping), got " + tLambda);
        }
        if (!Double.isFinite(omegaL)) {
            throw new IllegalArgumentException("omega_L must be finite (rad per t_sc), got " + omegaL);
        }
    }

    /**
     * From physical units by Eq. 34 and omega_L = g mu_B B / hbar.
     *
     * @param fieldTesla        field magnitude B in tesla, >= 0 (its direction is the process's axis)
     * @param gFactor           electron g-factor, > 0
     * @param lambda            the paper's damping parameter lambda of Eq. 31, in 1/(J s), >= 0
     * @param scatteringSeconds the scattering time t_sc in seconds, > 0
     * @return t_lambda = 2 / (lambda g mu_B B t_sc) (infinite when lambda B = 0) and
     *         omega_L = g mu_B B t_sc / hbar
     */
    public static PrecessionParameters fromPhysical(double fieldTesla, double gFactor, double lambda,
            double scatteringSeconds) {
        checkPhysical(fieldTesla, gFactor, scatteringSeconds);
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0 (1/(J s)), got " + lambda);
        }
        double energy = gFactor * BOHR_MAGNETON * fieldTesla; // g mu_B B in J
        double rate = lambda * energy / 2.0;                  // 1/t_lambda in 1/s
        double tLambda = rate > 0 ? 1.0 / (rate * scatteringSeconds) : Double.POSITIVE_INFINITY;
        return new PrecessionParameters(tLambda, energy / HBAR * scatteringSeconds);
    }

    /**
     * From physical units with the dimensionless damping constant alpha = lambda hbar / 2 instead
     * of lambda: t_lambda = 1 / (alpha omega_L).
     */
    public static PrecessionParameters fromDampingConstant(double fieldTesla, double gFactor, double alpha,
            double scatteringSeconds) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        return fromPhysical(fieldTesla, gFactor, 2.0 * alpha / HBAR, scatteringSeconds);
    }

    /** alpha = 1 / (omega_L t_lambda), the dimensionless Landau-Lifshitz damping constant (lambda hbar / 2). */
    public double dampingConstant() {
        return 1.0 / (Math.abs(omegaL) * tLambda);
    }

    /** True when t_lambda is infinite (pure precession). */
    public boolean undamped() {
        return Double.isInfinite(tLambda);
    }

    private static void checkPhysical(double fieldTesla, double gFactor, double scatteringSeconds) {
        if (!(fieldTesla >= 0) || Double.isInfinite(fieldTesla)) {
            throw new IllegalArgumentException("field must be finite and >= 0 tesla, got " + fieldTesla);
        }
        if (!(gFactor > 0) || Double.isInfinite(gFactor)) {
            throw new IllegalArgumentException("g-factor must be finite and > 0, got " + gFactor);
        }
        if (!(scatteringSeconds > 0) || Double.isInfinite(scatteringSeconds)) {
            throw new IllegalArgumentException("scattering time must be finite and > 0 seconds, got " + scatteringSeconds);
        }
    }
}
