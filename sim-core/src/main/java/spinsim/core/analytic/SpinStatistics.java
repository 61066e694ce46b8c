package spinsim.core.analytic;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The equilibrium "spin statistics" of the TIS assembly, Eq. 16-21, for a rate constant c
 * (conventions in {@link spinsim.core.analytic}).
 *
 * <h2>Reconstruction of Eq. 16-19</h2>
 * Creation (Eq. 11): dF_spin/dt = +2 F_full F_empty p_sc. Annihilation (Eq. 15):
 * dF_spin/dt = -c F_spin^2 p_sc, with c = 0.1916 in the paper. Equilibrium (Eq. 16-17):
 * <pre>   c F_spin^2 = 2 F_full F_empty.</pre>
 * With Eq. 10, F_full = (F_el - F_spin)/2 and F_empty = (F_h - F_spin)/2, this is the quadratic
 * <pre>   (1 - 2c) F_spin^2 - (F_el + F_h) F_spin + F_el F_h = 0,</pre>
 * whose physical root (0 &lt;= F_spin &lt;= min(F_el, F_h)) is Eq. 18,
 * <pre>   F_spin = [ (F_el + F_h)/2 - sqrt( ((F_el + F_h)/2)^2 - (1 - 2c) F_el F_h ) ] / (1 - 2c),</pre>
 * printed with 1 - 2c = 0.6168. With F_el + F_h = 1 and F_el F_h = f(1-f) = 1/(2 (1 + cosh x)),
 * Eq. 19: F_spin = [1 - sqrt(1 - 2 (1 - 2c)/(1 + cosh x))] / (2 (1 - 2c)), printed with
 * 2(1 - 2c) = 1.2336 (from the rounded c = 0.1916; with the exact c of Eq. 15, 1 - 2c = pi^2/16). The code uses the rationalised form
 * <pre>   F_spin = 2 F_el F_h / ( (F_el + F_h) + sqrt((F_el + F_h)^2 - 4 (1 - 2c) F_el F_h) ),</pre>
 * which is the same root, free of cancellation for small F_el F_h, and valid through c = 1/2
 * (where the quadratic degenerates to F_spin = F_el F_h, the independent-place result, see
 * {@link IndependentPlaces}) and beyond.
 *
 * <h2>Special values (derived by hand, checked in the tests)</h2>
 * <ul>
 *   <li>x = 0: F_spin = 1/(2 (1 + sqrt(2c))), F_full = F_empty = (1/2 - F_spin)/2.</li>
 *   <li>|x| &gt;&gt; 1: F_spin = q + (1 - 2c) q^2 + O(q^3) with q = f(1-f) = e^{-|x|} - 2 e^{-2|x|} + ...,
 *       so F_spin e^{|x|} = 1 - (1 + 2c) e^{-|x|} + O(e^{-2|x|}) -&gt; 1 (Eq. 30 with x_pol = 0);
 *       F_full -&gt; 1/2, F_empty -&gt; 0 for x -&gt; -inf and the reverse for x -&gt; +inf.</li>
 *   <li>c = 0: no annihilation, F_spin = min(F_el, F_h) (all electrons, or all holes, in SPIN
 *       states).</li>
 * </ul>
 *
 * <h2>Eq. 20-21</h2>
 * n_spin = int D(E) F_spin(E) dE = D(E_F) kT int (D(x)/D(E_F)) F_spin(x) dx. For constant D the
 * integral is computed after the substitution x -&gt; f = f(x), dx = -df/(f(1-f)):
 * int F_spin dx = int_0^1 2 df / (1 + sqrt(1 - 4 (1 - 2c) f (1 - f))), a smooth integrand on a
 * finite interval (= 1 exactly for c = 1/2).
 */
public final class SpinStatistics {
    /**
     * Eq. 21 as the paper prints it, n_spin = 1.1428 D(E_F) kT: a reference only, quoted beside
     * {@link #spinIntegral} (which computes it) wherever a text shows the printed number.
     */
    public static final double PRINTED_EQ21 = 1.1428;

    private SpinStatistics() {
    }

    /**
     * Eq. 18: F_spin,TIS for given F_el, F_h (each in [0, 1]) and rate constant c &gt;= 0.
     */
    public static double spin(double fElectrons, double fHoles, double c) {
        checkRateConstant(c);
        double s = fElectrons + fHoles;
        double p = fElectrons * fHoles;
        if (p == 0) {
            return 0.0;
        }
        double root = 2.0 * p / (s + Math.sqrt(Math.max(0.0, s * s - 4.0 * (1.0 - 2.0 * c) * p)));
        // the root lies in [0, min(F_el, F_h)]; clamp the last-bit round-off (c = 0 sits on the bound)
        return Math.min(root, Math.min(fElectrons, fHoles));
    }

    /** Eq. 19: F_spin,TIS at x = (E - E_F)/kT for the Fermi-Dirac filling (Eq. 8-9). */
    public static double spinAt(double x, double c) {
        checkRateConstant(c);
        double q = FermiDirac.electronsTimesHoles(x);
        double root = 2.0 * q / (1.0 + Math.sqrt(Math.max(0.0, 1.0 - 4.0 * (1.0 - 2.0 * c) * q)));
        return Math.min(root, Math.min(FermiDirac.electrons(x), FermiDirac.holes(x)));
    }

    /** F_spin, F_full, F_empty at x (Eq. 17 with Eq. 10; no TIA). */
    public static SpinProfile profile(double x, double c) {
        return profileOf(FermiDirac.electrons(x), FermiDirac.holes(x), spinAt(x, c), c, 0.0);
    }

    /** F_spin, F_full, F_empty for a realised filling F_el (F_h = 1 - F_el), e.g. a cell's integer count. */
    public static SpinProfile profileForFilling(double fElectrons, double c) {
        double fHoles = 1.0 - fElectrons;
        return profileOf(fElectrons, fHoles, spin(fElectrons, fHoles, c), c, 0.0);
    }

    /**
     * The profile for a total F_spin split into TIS and TIA by the polarization. The larger of
     * F_full, F_empty comes from Eq. 10 (or 25), the smaller from the balance
     * c F_spin^2 = 2 F_full F_empty: deep in a tail the smaller one is ~c e^{-2|x|}, which the
     * subtraction F_h - F_spin of two numbers ~e^{-|x|} cannot resolve.
     */
    static SpinProfile profileOf(double fEl, double fH, double fSpin, double c, double polarization) {
        double full = 0.5 * (fEl - fSpin);
        double empty = 0.5 * (fH - fSpin);
        if (full >= empty) {
            empty = full > 0 ? c * fSpin * fSpin / (2.0 * full) : 0.0;
        } else {
            full = empty > 0 ? c * fSpin * fSpin / (2.0 * empty) : 0.0;
        }
        return new SpinProfile((1.0 - polarization) * fSpin, polarization * fSpin, full, empty);
    }

    /**
     * Eq. 17 solved by a root finder (Brent) instead of the closed form: the root of
     * g(F) = c F^2 - (F_el - F)(F_h - F)/2 in [0, min(F_el, F_h)], where g rises from
     * -F_el F_h/2 &lt;= 0 to c min^2 &gt;= 0 (g' = 2cF + (F_el + F_h)/2 - F &gt; 0 there), so the root
     * is bracketed and unique.
     */
    public static double spinByRootFinding(double fElectrons, double fHoles, double c) {
        checkRateConstant(c);
        double hi = Math.min(fElectrons, fHoles);
        if (hi <= 0) {
            return 0.0;
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-15);
        return solver.solve(1000, f -> c * f * f - 0.5 * (fElectrons - f) * (fHoles - f), 0.0, hi);
    }

    /** F_spin at x = 0 in closed form: 1/(2 (1 + sqrt(2c))). */
    public static double spinAtFermiLevel(double c) {
        checkRateConstant(c);
        return 0.5 / (1.0 + Math.sqrt(2.0 * c));
    }

    /**
     * Eq. 21 for constant D: n_spin / (D(E_F) kT) = int_{-inf}^{inf} F_spin(x) dx, computed as
     * int_0^1 2 df / (1 + sqrt(1 - 4 (1 - 2c) f (1 - f))). The paper prints 1.1428 for c = 0.1916.
     */
    public static double spinIntegral(double c) {
        checkRateConstant(c);
        double a = 1.0 - 2.0 * c;
        return Quadrature.integrate(f -> 2.0 / (1.0 + Math.sqrt(Math.max(0.0, 1.0 - 4.0 * a * f * (1.0 - f)))), 0.0, 1.0);
    }

    /**
     * Eq. 20 in units of D(E_F) kT for a density of states D(x)/D(E_F) = {@code relativeDos} over
     * [xMin, xMax]: int (D(x)/D(0)) F_spin(x) dx, numerically.
     */
    public static double spinIntegral(double c, DoubleUnaryOperator relativeDos, double xMin, double xMax) {
        checkRateConstant(c);
        return Quadrature.integrate(x -> relativeDos.applyAsDouble(x) * spinAt(x, c), xMin, xMax);
    }

    /**
     * The rate constant a measured profile implies, c = 2 F_full F_empty / F_spin^2 (Eq. 17 solved
     * for c): the quantity to compare across energies when a rule's effective c is not known.
     */
    public static double impliedRateConstant(double fSpin, double fFull, double fEmpty) {
        return 2.0 * fFull * fEmpty / (fSpin * fSpin);
    }

    static void checkRateConstant(double c) {
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("rate constant must be finite and >= 0, got " + c);
        }
    }
}
