package spinsim.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.rule.ScatteringRules;

/**
 * The spinor (paper Eq. 1-2) and Bloch-vector forms of a spin are interchangeable up to a global
 * phase, and the FULL + EMPTY probability of Eq. 4 has the same value in both:
 * |a1 b2 - a2 b1|^2 = (1 - s1.s2)/2 = sin^2(phi/2).
 */
class SpinorTest {
    private static final double EPS = 1e-12;
    private static final int TRIALS = 20_000;

    @Test
    void blochToSpinorToBlochRoundTripsOnRandomDirections() {
        SplittableRandom rng = new SplittableRandom(0x5EED_0001L);
        for (int t = 0; t < TRIALS; t++) {
            double[] s = TestSupport.randomUnit(rng);
            Spinor chi = Spinor.fromBloch(s[0], s[1], s[2]);
            double norm = chi.aRe() * chi.aRe() + chi.aIm() * chi.aIm() + chi.bRe() * chi.bRe() + chi.bIm() * chi.bIm();
            assertEquals(1.0, norm, EPS, "spinor of " + java.util.Arrays.toString(s) + " not normalised");
            double[] back = chi.toBloch();
            for (int c = 0; c < 3; c++) {
                assertEquals(s[c], back[c], EPS, "component " + c + " of " + java.util.Arrays.toString(s));
            }
        }
    }

    @Test
    void roundTripAtThePolesAxesAndForUnnormalisedInput() {
        double[][] dirs = {{0, 0, 1}, {0, 0, -1}, {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {3.7, -1.2, 0.4}};
        for (double[] d : dirs) {
            double[] u = TestSupport.normalize(d);
            double[] back = Spinor.fromBloch(d[0], d[1], d[2]).toBloch();
            for (int c = 0; c < 3; c++) {
                assertEquals(u[c], back[c], EPS, "component " + c + " of " + java.util.Arrays.toString(d));
            }
        }
    }

    @Test
    void arbitrarySpinorRoundTripsUpToAGlobalPhase() {
        SplittableRandom rng = new SplittableRandom(0x5EED_0002L);
        for (int t = 0; t < TRIALS; t++) {
            // a random normalised complex spinor, not of the fromBloch gauge
            double[] v = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
            Spinor chi = new Spinor(v[0] / n, v[1] / n, v[2] / n, v[3] / n);
            double[] s = chi.toBloch();
            assertEquals(1.0, TestSupport.norm(s), EPS, "Bloch vector of a normalised spinor is a unit vector");
            Spinor back = Spinor.fromBloch(s[0], s[1], s[2]);
            // same state up to a global phase: |<chi|back>|^2 = 1
            double re = chi.aRe() * back.aRe() + chi.aIm() * back.aIm() + chi.bRe() * back.bRe() + chi.bIm() * back.bIm();
            double im = chi.aRe() * back.aIm() - chi.aIm() * back.aRe() + chi.bRe() * back.bIm() - chi.bIm() * back.bRe();
            assertEquals(1.0, re * re + im * im, 1e-11, "fidelity of " + chi + " and " + back);
        }
    }

    @Test
    void globalPhaseChangesNeitherBlochVectorNorScalarProduct() {
        SplittableRandom rng = new SplittableRandom(0x5EED_0003L);
        for (int t = 0; t < 2_000; t++) {
            double[] s1 = TestSupport.randomUnit(rng);
            double[] s2 = TestSupport.randomUnit(rng);
            Spinor c1 = Spinor.fromBloch(s1[0], s1[1], s1[2]);
            Spinor c2 = Spinor.fromBloch(s2[0], s2[1], s2[2]);
            Spinor p1 = phase(c1, 2 * Math.PI * rng.nextDouble());
            Spinor p2 = phase(c2, 2 * Math.PI * rng.nextDouble());
            double[] b = p1.toBloch();
            for (int c = 0; c < 3; c++) {
                assertEquals(s1[c], b[c], EPS, "Bloch vector depends on the global phase");
            }
            assertEquals(Spinor.scalarProductSquared(c1, c2), Spinor.scalarProductSquared(p1, p2), EPS,
                    "|a1 b2 - a2 b1|^2 depends on the global phase");
        }
    }

    @Test
    void scalarProductSquaredEqualsHalfOneMinusDotEqualsSinSquaredHalfAngle() {
        SplittableRandom rng = new SplittableRandom(0x5EED_0004L);
        for (int t = 0; t < TRIALS; t++) {
            double phi = Math.PI * rng.nextDouble();
            double[] s1 = TestSupport.randomUnit(rng);
            double[] s2 = TestSupport.atAngle(s1, phi, rng);
            Spinor c1 = Spinor.fromBloch(s1[0], s1[1], s1[2]);
            Spinor c2 = Spinor.fromBloch(s2[0], s2[1], s2[2]);
            double spinorForm = Spinor.scalarProductSquared(c1, c2);
            double blochForm = 0.5 * (1.0 - TestSupport.dot(s1, s2));
            double angleForm = Math.pow(Math.sin(phi / 2), 2);
            String msg = "phi = " + Math.toDegrees(phi) + " deg: |a1 b2 - a2 b1|^2 = " + spinorForm
                    + ", (1 - s1.s2)/2 = " + blochForm + ", sin^2(phi/2) = " + angleForm;
            assertEquals(angleForm, spinorForm, EPS, msg);
            assertEquals(angleForm, blochForm, EPS, msg);
            // the rules' annihilation probability is the same number
            assertEquals(spinorForm, ScatteringRules.byName("paper").annihilationProbability(TestSupport.dot(s1, s2)),
                    EPS, msg);
        }
    }

    @Test
    void parallelAndAntiparallelLimits() {
        SplittableRandom rng = new SplittableRandom(0x5EED_0005L);
        for (int t = 0; t < 1_000; t++) {
            double[] s = TestSupport.randomUnit(rng);
            Spinor up = Spinor.fromBloch(s[0], s[1], s[2]);
            Spinor down = Spinor.fromBloch(-s[0], -s[1], -s[2]);
            assertEquals(0.0, Spinor.scalarProductSquared(up, up), EPS, "parallel spins: no singlet part");
            assertEquals(1.0, Spinor.scalarProductSquared(up, down), EPS, "antiparallel spins: fully");
        }
    }

    private static Spinor phase(Spinor c, double g) {
        double cg = Math.cos(g);
        double sg = Math.sin(g);
        return new Spinor(c.aRe() * cg - c.aIm() * sg, c.aRe() * sg + c.aIm() * cg,
                c.bRe() * cg - c.bIm() * sg, c.bRe() * sg + c.bIm() * cg);
    }
}
