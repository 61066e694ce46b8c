package spinsim.core.analytic;

/**
 * The Fermi-Dirac filling of one place, Eq. 8-9, evaluated without overflow or cancellation at
 * large |x| (x = (E - E_F)/kT).
 */
public final class FermiDirac {
    private FermiDirac() {
    }

    /** F_electrons(x) = f(x) = 1/(1 + e^x) (Eq. 8). */
    public static double electrons(double x) {
        if (x >= 0) {
            double e = Math.exp(-x);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(x));
    }

    /** F_holes(x) = 1 - f(x) = 1/(1 + e^-x) (Eq. 9). */
    public static double holes(double x) {
        return electrons(-x);
    }

    /**
     * f(x)(1 - f(x)) = 1/(2 (1 + cosh x)), the combination through which Eq. 19 and 27-28 depend
     * on the energy; even in x (particle-hole symmetry), about e^{-|x|} for |x| >> 1.
     */
    public static double electronsTimesHoles(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }
}
