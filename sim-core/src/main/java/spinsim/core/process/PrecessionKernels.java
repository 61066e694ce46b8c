package spinsim.core.process;

import spinsim.core.rule.BatchedKernels;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * The exact one-step solution of the Landau-Lifshitz equation of a conduction-electron spin about a
 * fixed unit axis h (paper Eq. 31-34, Appendix 2), shared by {@link FieldPrecession} and
 * {@link ExchangeField}.
 *
 * <h2>The equation and its exact step</h2>
 * For the unit spin direction s (s = 2S, paper Eq. 32 and A2.6), with theta the angle between s and h:
 * <pre>
 *   ds/dt = omega_L h x s  +  (h - (s.h) s) / t_lambda          (unit-vector form of A2.1)
 *   => d theta/dt = -sin(theta) / t_lambda                       (Eq. 33 / A2.7)
 *      azimuth about h advances at omega_L                        (A2.4: S+ ~ exp(i omega_L t))
 * </pre>
 * The precession term turns only the azimuth and the damping term, being symmetric about h, only
 * theta; the two flows commute, so a step of length dt is exactly "damp, then rotate" (or the
 * reverse). Damping uses the closed form A2.8, tan(theta'/2) = tan(theta/2) q with
 * q = exp(-dt/t_lambda), written without trigonometry: with c = cos(theta) = s.h,
 * <pre>
 *   D  = (1 + c) + q^2 (1 - c)
 *   c' = ((1 + c) - q^2 (1 - c)) / D              (the h component)
 *   p' = (2 q / D) p,   p = s - c h                (the perpendicular part)
 * </pre>
 * (from tan^2(theta/2) = (1 - c)/(1 + c) and sin(theta')/sin(theta) = 2q/D; note
 * c'^2 + (2q/D)^2 (1 - c^2) = 1 exactly, and equivalently c' = tanh(atanh(c) + dt/t_lambda)).
 * Then p' is rotated about h by phi = omega_L dt in the right-handed sense,
 * p'' = cos(phi) p' + sin(phi) (h x p'). theta = pi (c = -1, p = 0) is a fixed point, unstable:
 * a small p grows by 1/q per step there. Step composition is exact: one step of 2 dt equals two
 * steps of dt up to float rounding.
 *
 * <h2>Numerics</h2>
 * Each stored (float) vector is renormalised on reading, so c and p are the exact cosine and
 * perpendicular part of the stored direction and unit length cannot drift; the result is unit to
 * double precision before it is rounded to float. Near theta = 0 the angle lives in the
 * perpendicular components (accurate to float relative precision even when c rounds to 1), and the
 * update scales them rather than recomputing them from c, so small angles keep their azimuth.
 *
 * <h2>Arrays, draws, conservation</h2>
 * Reads {@code kind}, reads and writes {@code sx, sy, sz} of SPIN states only; EMPTY and FULL states
 * are not touched (the Vector API form, {@link VectorPrecession}, used with the other Vector API
 * passes where {@link BatchedKernels#vectorFill()} is on, writes their old values back). No
 * random draws. Conserves every kind and hence electrons per cell; it does not
 * conserve the spin vector S (damping builds S along h). With no damping {@link #precess} carries
 * the h component c of every spin over unchanged in double arithmetic (only the final rounding of
 * the components to float, ~6e-8 relative, can move it).
 */
public final class PrecessionKernels {
    private PrecessionKernels() {
    }

    /**
     * Damping toward h by the factor q = exp(-dt/t_lambda) on tan(theta/2), then right-handed
     * rotation about h by the angle whose cosine and sine are given, for the SPIN states of
     * {@code [from, to)}.
     *
     * @param hx unit axis h (the caller normalises it once)
     * @param q  exp(-dt/t_lambda), in (0, 1]
     */
    public static void precessAndDamp(StateStore s, int from, int to, double hx, double hy, double hz, double q,
            double cosPhi, double sinPhi) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final double q2 = q * q;
        final double twoQ = 2.0 * q;
        for (int i = from; i < to; i++) {
            if (k[i] != Kind.SPIN_CODE) {
                continue;
            }
            double sx = x[i];
            double sy = y[i];
            double sz = z[i];
            final double inv = 1.0 / Math.sqrt(sx * sx + sy * sy + sz * sz);
            sx *= inv;
            sy *= inv;
            sz *= inv;
            double c = sx * hx + sy * hy + sz * hz;
            c = c > 1.0 ? 1.0 : c < -1.0 ? -1.0 : c;
            // perpendicular part p = s - c h
            final double px = sx - c * hx;
            final double py = sy - c * hy;
            final double pz = sz - c * hz;
            final double onePlus = 1.0 + c;
            final double oneMinus = 1.0 - c;
            final double d = onePlus + q2 * oneMinus;
            final double c1 = (onePlus - q2 * oneMinus) / d;
            final double f = twoQ / d;
            // h x p
            final double qx = hy * pz - hz * py;
            final double qy = hz * px - hx * pz;
            final double qz = hx * py - hy * px;
            final double fc = f * cosPhi;
            final double fs = f * sinPhi;
            final double nx = c1 * hx + fc * px + fs * qx;
            final double ny = c1 * hy + fc * py + fs * qy;
            final double nz = c1 * hz + fc * pz + fs * qz;
            x[i] = (float) nx;
            y[i] = (float) ny;
            z[i] = (float) nz;
        }
    }

    /**
     * Pure precession (t_lambda infinite): right-handed rotation about h by the angle whose cosine
     * and sine are given, for the SPIN states of {@code [from, to)}. The h component c = s.h of
     * the (renormalised) stored direction is carried over unchanged (before float rounding).
     */
    public static void precess(StateStore s, int from, int to, double hx, double hy, double hz, double cosPhi,
            double sinPhi) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        for (int i = from; i < to; i++) {
            if (k[i] != Kind.SPIN_CODE) {
                continue;
            }
            double sx = x[i];
            double sy = y[i];
            double sz = z[i];
            final double inv = 1.0 / Math.sqrt(sx * sx + sy * sy + sz * sz);
            sx *= inv;
            sy *= inv;
            sz *= inv;
            final double c = sx * hx + sy * hy + sz * hz;
            final double px = sx - c * hx;
            final double py = sy - c * hy;
            final double pz = sz - c * hz;
            final double qx = hy * pz - hz * py;
            final double qy = hz * px - hx * pz;
            final double qz = hx * py - hy * px;
            x[i] = (float) (c * hx + cosPhi * px + sinPhi * qx);
            y[i] = (float) (c * hy + cosPhi * py + sinPhi * qy);
            z[i] = (float) (c * hz + cosPhi * pz + sinPhi * qz);
        }
    }

    /**
     * One step of length dt with the given parameters on {@code [from, to)}: picks the undamped
     * kernel when t_lambda is infinite, and does nothing for dt = 0.
     */
    static void step(StateStore s, int from, int to, double hx, double hy, double hz, double tLambda, double omegaL,
            double dt) {
        if (dt == 0.0) {
            return;
        }
        final double phi = omegaL * dt;
        final double cosPhi = Math.cos(phi);
        final double sinPhi = Math.sin(phi);
        final boolean damped = !Double.isInfinite(tLambda);
        final double q = damped ? Math.exp(-dt / tLambda) : 1.0;
        // the Vector API loop takes the states while 8 remain, the scalar loop the rest
        int start = from;
        if (BatchedKernels.vectorFill()) {
            start = damped
                    ? VectorPrecession.precessAndDamp(s.kind, s.sx, s.sy, s.sz, from, to, hx, hy, hz, q * q, 2.0 * q,
                            cosPhi, sinPhi)
                    : VectorPrecession.precess(s.kind, s.sx, s.sy, s.sz, from, to, hx, hy, hz, cosPhi, sinPhi);
        }
        if (damped) {
            precessAndDamp(s, start, to, hx, hy, hz, q, cosPhi, sinPhi);
        } else {
            precess(s, start, to, hx, hy, hz, cosPhi, sinPhi);
        }
    }

    /** The unit vector along {@code v}; fails (naming {@code what}) unless v is finite and non-zero. */
    static double[] unitAxis(double[] v, String what) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException(what + " must have 3 components");
        }
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException(what + " must be a finite non-zero vector, got ["
                    + v[0] + ", " + v[1] + ", " + v[2] + "]");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
