package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The estimators of Eq. 62-63 on synthetic records built from known coefficients: a TIA along +z
 * turned toward s2 at d(alpha) = A sin(phi) dn_inj / |S| per record, electrons entering at a
 * constant rate, and the electrons outside |S| growing by B (1 - cos phi) dn_inj plus a loss
 * kappa |S| n_TIS / n_states dt. The fit must return A, B and kappa; swapping sin and 1 - cos, or
 * leaving the loss in B, would fail.
 */
class TorqueFitTest {
    @Test
    void recoversKnownCoefficientsFromExactRecords() {
        double a = 0.83;
        double b = 1.4;
        double kappa = 0.25;
        double states = 1e6;
        double[] s2 = {Math.sin(Math.toRadians(60)), 0, Math.cos(Math.toRadians(60))};
        int n = 41;
        double dt = 0.5;
        double[] t = new double[n];
        double[][] s = new double[n][];
        double[] electrons = new double[n];
        double[] injected = new double[n];
        double[] nSpin = new double[n];
        double alpha = 0;
        double outside = 100;
        double sMag = 4e5;
        double inj = 0;
        double base = sMag + 1000;
        for (int k = 0; k < n; k++) {
            t[k] = k * dt;
            if (k > 0) {
                double d = 2000 * dt;
                double phi = Math.toRadians(60) - alpha;
                // the loss uses the previous record's values, the fit the interval's middle: use small steps
                double loss = kappa * sMag * outside / states * dt;
                alpha += a * Math.sin(phi) * d / sMag;
                double dOut = b * (1 - Math.cos(phi)) * d + loss;
                inj += d;
                outside += dOut;
                sMag += d - dOut;
            }
            s[k] = new double[] {sMag * Math.sin(alpha), 0, sMag * Math.cos(alpha)};
            injected[k] = inj;
            electrons[k] = base + inj;
            // every SPIN state outside |S| counts in n_TIS here (no FULL states)
            nSpin[k] = electrons[k];
            outside = electrons[k] - sMag;
        }
        TorqueFit.Coefficients f = TorqueFit.fit(t, s, electrons, injected, nSpin, states, s2, 0.0);
        // the records are exact; what remains is the midpoint rule of the fit against the explicit steps
        assertEquals(a, f.a(), 0.01 * a, "A");
        assertEquals(b, f.b(), 0.03 * b, "B");
        assertEquals(kappa, f.kappa(), 0.05 * kappa, "kappa");
        // with the loss left in, the one-regressor slope reads more than B
        org.junit.jupiter.api.Assertions.assertTrue(f.bRaw() > b * 1.05, "B raw " + f.bRaw());
    }
}
