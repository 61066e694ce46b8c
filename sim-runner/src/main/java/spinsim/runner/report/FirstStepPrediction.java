package spinsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import spinsim.core.initial.SpinComponent;
import spinsim.core.rule.PaperPlanarRule;
import spinsim.core.rule.PaperRule;
import spinsim.core.rule.SpinConservingRule;

/**
 * The expected change of the total spin vector S and of n_SPIN over the first sweep step, derived
 * from the pair rule alone and integrated numerically over the initial distribution. This is the
 * independent explanation of why the paper rule loses spin.
 *
 * <p>Derivation. For SPIN s1 + SPIN s2 at angle phi the paper rule gives FULL + EMPTY (spin 0) with
 * probability sin^2(phi/2) and two spins along the bisector b = (s1 + s2)/|s1 + s2| with probability
 * cos^2(phi/2). Since |s1 + s2| = 2 cos(phi/2), the expected spin after the event is
 * cos^2(phi/2) * 2 b = cos(phi/2) (s1 + s2): the pair loses (1 - cos(phi/2))(s1 + s2) on average.
 * FULL + EMPTY creates an exactly antiparallel pair and the hops move spins unchanged, so only
 * SPIN + SPIN pairs change S. The spin-conserving variant keeps E[s1 + s2] by construction (0).
 * The planar rule, on spins in the xz half-plane, has the same form with phi = theta1 - theta2.
 *
 * <p>In a sweep (uniform random perfect matching of a cell of N states, N even) each unordered pair
 * of states is matched with probability q = 1/(N - 1) (for odd N, (N - 1)/(N (N - 1)) per pair). The
 * states of one step are the initial ones, so the expectation over the first step is exact:
 * E[dS] = q/2 * sum over ordered pairs of distinct spins of E[(cos(phi/2) - 1)(s1 + s2)], and
 * E[dn_SPIN] = q * (2 n_FULL n_EMPTY - sum over ordered pairs of distinct spins of E[p_annihilate]).
 * Spins of one component are i.i.d. draws (that is how the populator samples them), so the sum over
 * distinct pairs is sum_{c,d} n_c (n_d - [c = d]) E_{c,d}.
 */
public final class FirstStepPrediction {
    /** Gauss-Legendre nodes in cos(theta) and equispaced azimuths per continuous component. */
    static final int NU = 48;
    static final int NPSI = 96;

    /** Expected first-step change of S (vector) and n_SPIN per cell, and the matched pair counts. */
    public record Result(double[] dS, double dNspin, double ssPairs, double fePairs) {
    }

    private FirstStepPrediction() {
    }

    /**
     * @param rule       registered rule name
     * @param states     states in the cell
     * @param nFull      FULL states in the cell
     * @param nEmpty     EMPTY states in the cell
     * @param components the SPIN mixture's components
     * @param counts     exact SPIN count of each component in the cell
     */
    public static Result sweep(String rule, long states, long nFull, long nEmpty, List<SpinComponent> components,
            long[] counts) {
        boolean planar = rule.equals(PaperPlanarRule.NAME);
        boolean conserving = rule.equals(SpinConservingRule.NAME);
        if (!planar && !conserving && !rule.equals(PaperRule.NAME)) {
            throw new IllegalArgumentException("no first-step prediction for rule " + rule);
        }
        // split up/down components into two fixed ones with their exact counts
        List<double[][]> nodes = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            SpinComponent c = components.get(i);
            if (c instanceof SpinComponent.UpDown u) {
                long up = Math.round(u.upFraction() * counts[i]);
                double[] a = u.axis();
                nodes.add(new double[][] {{a[0], a[1], a[2], 1}});
                n.add(up);
                nodes.add(new double[][] {{-a[0], -a[1], -a[2], 1}});
                n.add(counts[i] - up);
            } else {
                nodes.add(nodes(c));
                n.add(counts[i]);
            }
        }
        if (planar) {
            for (double[][] set : nodes) {
                for (double[] p : set) {
                    double z = Math.max(-1, Math.min(1, p[2]));
                    p[0] = Math.sqrt(1 - z * z);
                    p[1] = 0;
                    p[2] = z;
                }
            }
        }
        double pairProb = states < 2 ? 0 : 2.0 * (states / 2) / ((double) states * (states - 1));
        double[] dS = new double[3];
        double sumP = 0;
        double ssOrdered = 0;
        for (int c = 0; c < nodes.size(); c++) {
            for (int d = 0; d < nodes.size(); d++) {
                double mult = (double) n.get(c) * (n.get(d) - (c == d ? 1 : 0));
                if (mult <= 0) {
                    continue;
                }
                ssOrdered += mult;
                double[] e = pairExpectation(nodes.get(c), nodes.get(d), conserving);
                for (int k = 0; k < 3; k++) {
                    dS[k] += mult * e[k];
                }
                sumP += mult * e[3];
            }
        }
        for (int k = 0; k < 3; k++) {
            dS[k] *= pairProb / 2;
        }
        double dN = pairProb * (2.0 * nFull * nEmpty - sumP);
        return new Result(dS, dN, pairProb * ssOrdered / 2, pairProb * nFull * nEmpty);
    }

    /**
     * E over s1 from {@code a} and s2 from {@code b} of {(cos(phi/2) - 1)(s1 + s2) (3 components),
     * p_annihilate}.
     */
    static double[] pairExpectation(double[][] a, double[][] b, boolean conserving) {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        double p = 0;
        for (double[] u : a) {
            double ex = 0;
            double ey = 0;
            double ez = 0;
            double ep = 0;
            for (double[] v : b) {
                double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
                double w = v[3];
                if (!conserving) {
                    double loss = Math.sqrt(Math.max(0, 0.5 * (1 + dot))) - 1;
                    ex += w * loss * (u[0] + v[0]);
                    ey += w * loss * (u[1] + v[1]);
                    ez += w * loss * (u[2] + v[2]);
                    ep += w * 0.5 * (1 - dot);
                } else {
                    ep += w * 0.25 * (1 - dot);
                }
            }
            sx += u[3] * ex;
            sy += u[3] * ey;
            sz += u[3] * ez;
            p += u[3] * ep;
        }
        return new double[] {sx, sy, sz, p};
    }

    /** Quadrature nodes {x, y, z, weight} of a component's direction distribution (weights sum to 1). */
    static double[][] nodes(SpinComponent c) {
        if (c instanceof SpinComponent.Fixed f) {
            double[] d = f.direction();
            return new double[][] {{d[0], d[1], d[2], 1}};
        }
        double[] axis;
        double cMin;
        if (c instanceof SpinComponent.Isotropic) {
            axis = new double[] {0, 0, 1};
            cMin = -1;
        } else if (c instanceof SpinComponent.Cone cone) {
            axis = cone.direction();
            cMin = Math.cos(cone.halfAngleRad());
            if (cone.halfAngleRad() == 0) {
                return new double[][] {{axis[0], axis[1], axis[2], 1}};
            }
        } else {
            throw new IllegalArgumentException("no quadrature for " + c.describe());
        }
        GaussIntegrator g = new GaussIntegratorFactory().legendre(NU, cMin, 1);
        double[][] e = basis(axis);
        double[][] out = new double[NU * NPSI][];
        int k = 0;
        for (int i = 0; i < NU; i++) {
            double u = g.getPoint(i);
            double wu = g.getWeight(i) / (1 - cMin);
            double s = Math.sqrt(Math.max(0, 1 - u * u));
            for (int j = 0; j < NPSI; j++) {
                double psi = 2 * Math.PI * (j + 0.5) / NPSI;
                double a = s * Math.cos(psi);
                double b = s * Math.sin(psi);
                out[k++] = new double[] {
                    a * e[0][0] + b * e[1][0] + u * axis[0],
                    a * e[0][1] + b * e[1][1] + u * axis[1],
                    a * e[0][2] + b * e[1][2] + u * axis[2],
                    wu / NPSI};
            }
        }
        return out;
    }

    private static double[][] basis(double[] d) {
        double[] t = Math.abs(d[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = Eq6Reference.unit(new double[] {
            t[1] * d[2] - t[2] * d[1], t[2] * d[0] - t[0] * d[2], t[0] * d[1] - t[1] * d[0]});
        double[] e2 = {d[1] * e1[2] - d[2] * e1[1], d[2] * e1[0] - d[0] * e1[2], d[0] * e1[1] - d[1] * e1[0]};
        return new double[][] {e1, e2};
    }
}
