package spinsim.core.observe;

import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Histogram of cos(angle) between SPIN directions and a unit axis, in equal bins over [-1, 1].
 * Equal bins in cos(theta) make an isotropic population flat (each bin n/bins), and a TIA
 * population along the axis a spike in the last bin, so "delta + isotropic" (Fig. 4) has the
 * simple shape n_TIS/bins everywhere plus n_TIA in the top bin.
 */
public final class AngularHistogram {
    private AngularHistogram() {
    }

    public static void accumulate(StateStore s, int from, int to, double ax, double ay, double az, long[] counts) {
        final int bins = counts.length;
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        for (int i = from; i < to; i++) {
            if (k[i] == Kind.SPIN_CODE) {
                double c = x[i] * ax + y[i] * ay + z[i] * az;
                int b = (int) ((c + 1.0) * 0.5 * bins);
                counts[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
            }
        }
    }

    /** Centre of bin b in cos(theta). */
    public static double binCentre(int b, int bins) {
        return -1.0 + (b + 0.5) * 2.0 / bins;
    }

    /**
     * The "one delta (TIA) plus one isotropic sphere (TIS)" histogram with the same n_SPIN and
     * n_TIA: n_TIS/bins in every bin plus n_TIA in the top bin.
     */
    public static double[] deltaPlusIsotropic(double nSpin, double nTia, int bins) {
        double[] e = new double[bins];
        double flat = (nSpin - nTia) / bins;
        java.util.Arrays.fill(e, flat);
        e[bins - 1] += nTia;
        return e;
    }
}
