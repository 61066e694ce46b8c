package spinsim.core.state;

/**
 * A spin-1/2 spinor chi = (a, b) (paper Eq. 1-2) and its equivalence with the Bloch vector
 * s = (2 Re(a* b), 2 Im(a* b), |a|^2 - |b|^2) that the store keeps. The two forms agree up to a
 * global phase; the engine stores Bloch vectors because the rules need only dot products and sums.
 *
 * <p>The scattering probability of two SPIN states into FULL + EMPTY, the squared scalar product
 * of their spinors (Eq. 4), is {@code |a1 b2 - a2 b1|^2 = (1 - s1.s2)/2 = sin^2(phi/2)}.
 */
public record Spinor(double aRe, double aIm, double bRe, double bIm) {

    /** The spinor of the Bloch direction (x, y, z) (normalised here), with a real and >= 0. */
    public static Spinor fromBloch(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        double theta = Math.acos(Math.max(-1.0, Math.min(1.0, z / n)));
        double phi = Math.atan2(y, x);
        double a = Math.cos(theta / 2);
        double b = Math.sin(theta / 2);
        return new Spinor(a, 0.0, b * Math.cos(phi), b * Math.sin(phi));
    }

    /** The Bloch vector {x, y, z} of this spinor (normalised). */
    public double[] toBloch() {
        double norm = aRe * aRe + aIm * aIm + bRe * bRe + bIm * bIm;
        // a* b = (aRe - i aIm)(bRe + i bIm)
        double re = aRe * bRe + aIm * bIm;
        double im = aRe * bIm - aIm * bRe;
        double z = aRe * aRe + aIm * aIm - bRe * bRe - bIm * bIm;
        return new double[] {2 * re / norm, 2 * im / norm, z / norm};
    }

    /** |a1 b2 - a2 b1|^2: the FULL + EMPTY probability of Eq. 4 from the spinors themselves. */
    public static double scalarProductSquared(Spinor s1, Spinor s2) {
        // a1 b2 - a2 b1, complex
        double re = (s1.aRe * s2.bRe - s1.aIm * s2.bIm) - (s2.aRe * s1.bRe - s2.aIm * s1.bIm);
        double im = (s1.aRe * s2.bIm + s1.aIm * s2.bRe) - (s2.aRe * s1.bIm + s2.aIm * s1.bRe);
        return re * re + im * im;
    }
}
