package spinsim.core.observe;

import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Counts and spin moments of a set of states (MODEL.md section 5): n_EMPTY, n_FULL, n_SPIN, the
 * total spin vector S (sum of unit Bloch vectors of SPIN states) and the second moments
 * sum s_a^2 (used for the mixing of an up/down gas: sum sz^2 / n_SPIN falls from 1 to 1/3).
 *
 * <p>n_TIA = |S| is the emergent spin accumulation along its own axis; it is biased upward by
 * about sqrt(n_SPIN) when the true accumulation is near zero, so {@link #projection} on a known
 * axis is also offered.
 */
public final class CellTally {
    public long nEmpty;
    public long nFull;
    public long nSpin;
    public double sx;
    public double sy;
    public double sz;
    public double sxx;
    public double syy;
    public double szz;

    /** Adds the states of {@code [from, to)}. */
    public void accumulate(StateStore s, int from, int to) {
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        long ne = 0;
        long nf = 0;
        long ns = 0;
        double ax = 0;
        double ay = 0;
        double az = 0;
        double axx = 0;
        double ayy = 0;
        double azz = 0;
        for (int i = from; i < to; i++) {
            byte kk = k[i];
            if (kk == Kind.SPIN_CODE) {
                ns++;
                double xi = x[i];
                double yi = y[i];
                double zi = z[i];
                ax += xi;
                ay += yi;
                az += zi;
                axx += xi * xi;
                ayy += yi * yi;
                azz += zi * zi;
            } else if (kk == Kind.FULL_CODE) {
                nf++;
            } else {
                ne++;
            }
        }
        nEmpty += ne;
        nFull += nf;
        nSpin += ns;
        sx += ax;
        sy += ay;
        sz += az;
        sxx += axx;
        syy += ayy;
        szz += azz;
    }

    public void add(CellTally o) {
        nEmpty += o.nEmpty;
        nFull += o.nFull;
        nSpin += o.nSpin;
        sx += o.sx;
        sy += o.sy;
        sz += o.sz;
        sxx += o.sxx;
        syy += o.syy;
        szz += o.szz;
    }

    public long states() {
        return nEmpty + nFull + nSpin;
    }

    /** 2 n_FULL + n_SPIN. */
    public long electrons() {
        return 2 * nFull + nSpin;
    }

    /** n_TIA = |S|. */
    public double nTia() {
        return Math.sqrt(sx * sx + sy * sy + sz * sz);
    }

    /** n_TIS = n_SPIN - n_TIA. */
    public double nTis() {
        return nSpin - nTia();
    }

    /** x = n_TIA / n_SPIN (Eq. 24); NaN without SPIN states. */
    public double polarization() {
        return nSpin == 0 ? Double.NaN : nTia() / nSpin;
    }

    /** S projected on the unit axis (ax, ay, az): an unbiased estimator when the axis is known. */
    public double projection(double ax, double ay, double az) {
        return sx * ax + sy * ay + sz * az;
    }

    /** Unit TIA direction S/|S|, or (0, 0, 1) when S = 0. */
    public double[] tiaDirection() {
        double n = nTia();
        return n == 0 ? new double[] {0, 0, 1} : new double[] {sx / n, sy / n, sz / n};
    }

    /** Mean of s_z^2 over SPIN states: 1 for a pure up/down gas, 1/3 for an isotropic one. */
    public double meanSzz() {
        return nSpin == 0 ? Double.NaN : szz / nSpin;
    }

    public CellTally copy() {
        CellTally c = new CellTally();
        c.add(this);
        return c;
    }
}
