package spinsim.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The steady-state detector on synthetic series with known answers: y(t) = y_inf + A exp(-t/tau)
 * plus AR(1) noise e_k = phi e_{k-1} + sigma w_k (w standard normal), whose window mean over W
 * records has the variance sigma^2 / (1 - phi)^2 / W for W much longer than the correlation
 * (1 + phi)/(1 - phi) records. Tolerances: 4 standard errors as reported by the detector, and a
 * factor 2 on the reported SE against that theory.
 */
class SteadyStateTest {
    private static final double Y_INF = 5.0;
    private static final double AMP = -4.0;
    private static final double TAU = 10.0;
    private static final double PHI = 0.5;
    private static final double SIGMA = 0.05;

    static double[] times(int n, double dt) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * dt;
        }
        return t;
    }

    static double[] series(double[] t, double yInf, double amp, double tau, double phi, double sigma, SplittableRandom rng) {
        double[] y = new double[t.length];
        double e = sigma / Math.sqrt(1 - phi * phi) * gauss(rng);
        for (int k = 0; k < t.length; k++) {
            e = k == 0 ? e : phi * e + sigma * gauss(rng);
            y[k] = yInf + amp * Math.exp(-t[k] / tau) + e;
        }
        return y;
    }

    static double gauss(SplittableRandom rng) {
        // Box-Muller, one value
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static double[][] replicas(int reps, double[] t, double amp, double tau, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] v = new double[reps][];
        for (int r = 0; r < reps; r++) {
            v[r] = series(t, Y_INF, amp, tau, PHI, SIGMA, rng.split());
        }
        return v;
    }

    /** Theoretical SE of the mean over W records of R replicas of the AR(1) noise. */
    static double theorySe(int window, int reps) {
        return SIGMA / (1 - PHI) / Math.sqrt((double) window * reps);
    }

    @Test
    void exponentialApproachGivesTheSteadyValueTheRelaxationTimeAndTheirErrors() {
        double[] t = times(400, 0.5);
        double[][] v = replicas(8, t, AMP, TAU, 11);
        SteadyState.Result r = SteadyState.detect(t, v);
        assertTrue(r.steady(), r.note());
        assertEquals(Y_INF, r.value(), 4 * r.se(), "steady value: " + r);
        double theory = theorySe(t.length - r.start(), 8);
        assertTrue(r.se() > theory / 2 && r.se() < 2 * theory, "SE " + r.se() + " against the AR(1) theory " + theory);
        assertEquals(TAU, r.tau(), 4 * r.tauSe(), "relaxation time: " + r);
        assertTrue(r.tauSe() > 0 && r.tauSe() < 1.0, "tau SE " + r.tauSe());
        assertEquals(AMP, r.amplitude(), 0.1, "amplitude");
        // the window starts once the transient is below half an SE: A exp(-t/tau) < se/2
        double bias = Math.abs(AMP) * Math.exp(-r.startTime() / TAU);
        assertTrue(bias < r.se(), "transient at the window start " + bias + " vs SE " + r.se() + " (" + r.note() + ")");
        assertTrue(r.note().contains("jackknife"), r.note());
    }

    @Test
    void errorsAreCalibratedOverManyIndependentSeries() {
        double[] t = times(300, 0.5);
        int trials = 120;
        int valueOutside = 0;
        int tauOutside = 0;
        for (int i = 0; i < trials; i++) {
            SteadyState.Result r = SteadyState.detect(t, replicas(8, t, AMP, TAU, 1000 + i));
            if (Math.abs(r.value() - Y_INF) > 3 * r.se()) {
                valueOutside++;
            }
            if (Math.abs(r.tau() - TAU) > 3 * r.tauSe()) {
                tauOutside++;
            }
        }
        // |t| > 3 with 7 degrees of freedom has probability 2 %; allow up to 10 % (binomial: 12 of 120 is
        // more than 4 sigma above 2.4 expected)
        assertTrue(valueOutside <= trials / 10, valueOutside + " of " + trials + " steady values outside 3 SE");
        assertTrue(tauOutside <= trials / 10, tauOutside + " of " + trials + " relaxation times outside 3 SE");
    }

    @Test
    void aFlatSeriesHasNoTransientAndIsSteadyFromTheStart() {
        double[] t = times(200, 1.0);
        double[][] v = replicas(4, t, 0.0, TAU, 5);
        SteadyState.Result r = SteadyState.detect(t, v);
        assertTrue(r.steady(), r.note());
        assertTrue(Double.isNaN(r.tau()), "no relaxation time without a transient: " + r);
        assertTrue(r.start() <= t.length / 2, "window start " + r.start());
        assertEquals(Y_INF, r.value(), 4 * r.se());
        assertTrue(r.note().contains("no transient"), r.note());
    }

    @Test
    void aRunShorterThanItsRelaxationIsNotSteady() {
        double[] t = times(200, 0.5); // t up to 100, tau = 100
        SteadyState.Result r = SteadyState.detect(t, replicas(4, t, AMP, 100.0, 6));
        assertFalse(r.steady(), r.note());
        assertTrue(r.note().startsWith("NOT steady"), r.note());
    }

    @Test
    void aDriftingSeriesIsNotSteady() {
        double[] t = times(300, 1.0);
        double[][] v = replicas(4, t, 0.0, TAU, 7);
        for (double[] r : v) {
            for (int k = 0; k < t.length; k++) {
                r[k] += 0.002 * t[k]; // 0.6 over the run: far above the noise of the mean
            }
        }
        SteadyState.Result r = SteadyState.detect(t, v);
        assertFalse(r.steady(), r.note());
        assertTrue(r.note().contains("drifts"), r.note());
    }

    @Test
    void oneReplicaUsesBatchMeansWithACalibratedError() {
        double[] t = times(2000, 0.5);
        double[] v = series(t, Y_INF, AMP, TAU, PHI, SIGMA, new SplittableRandom(8));
        SteadyState.Result r = SteadyState.detect(t, v);
        assertTrue(r.steady(), r.note());
        assertTrue(r.seMethod().startsWith("batch means"), r.seMethod());
        assertEquals(Y_INF, r.value(), 4 * r.se());
        double theory = theorySe(t.length - r.start(), 1);
        assertTrue(r.se() > theory / 2.5 && r.se() < 2.5 * theory, "SE " + r.se() + " against " + theory);
        assertEquals(TAU, r.tau(), 4 * r.tauSe(), r.note());
    }

    @Test
    void deterministicForTheSameInput() {
        double[] t = times(300, 0.5);
        double[][] v = replicas(4, t, AMP, TAU, 9);
        assertEquals(SteadyState.detect(t, v), SteadyState.detect(t, v));
    }
}
