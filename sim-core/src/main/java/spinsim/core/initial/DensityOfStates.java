package spinsim.core.initial;

import java.util.Arrays;

/**
 * A density of states relative to its value at the Fermi energy, D(x)/D(0) with
 * x = (E - E_F)/kT, used by {@link EnergyGrid} to size its cells.
 */
public sealed interface DensityOfStates {
    /** D(x)/D(0) at x. */
    double relative(double x);

    /** A short description for reports. */
    String describe();

    /** Constant D (a metal near E_F; the paper's Eq. 21). */
    static DensityOfStates constant() {
        return new Constant();
    }

    /** D tabulated at increasing x, linearly interpolated; see {@link Tabulated}. */
    static DensityOfStates tabulated(double[] x, double[] d) {
        return new Tabulated(x, d);
    }

    /** D(x)/D(0) = 1. */
    record Constant() implements DensityOfStates {
        @Override
        public double relative(double x) {
            return 1.0;
        }

        @Override
        public String describe() {
            return "constant";
        }
    }

    /**
     * D given at strictly increasing points x[i] as values d[i] &gt;= 0 (any unit), linearly
     * interpolated and divided by the interpolated D(0). The table must cover x = 0 with D(0) &gt; 0;
     * outside the table D is not defined (no silent extrapolation).
     */
    record Tabulated(double[] x, double[] d) implements DensityOfStates {
        public Tabulated {
            if (x == null || d == null || x.length < 2 || x.length != d.length) {
                throw new IllegalArgumentException("a tabulated density of states needs >= 2 points and one value per point");
            }
            x = x.clone();
            d = d.clone();
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(d[i]) || d[i] < 0) {
                    throw new IllegalArgumentException("density of states point " + i + ": x = " + x[i] + ", D = " + d[i]
                            + " (need finite x and finite D >= 0)");
                }
                if (i > 0 && !(x[i] > x[i - 1])) {
                    throw new IllegalArgumentException("density of states x must increase strictly: x[" + (i - 1) + "] = "
                            + x[i - 1] + ", x[" + i + "] = " + x[i]);
                }
            }
            if (!(x[0] <= 0 && x[x.length - 1] >= 0)) {
                throw new IllegalArgumentException("the density of states table [" + x[0] + ", " + x[x.length - 1]
                        + "] must contain the Fermi energy x = 0");
            }
            if (!(interpolate(x, d, 0.0) > 0)) {
                throw new IllegalArgumentException("the density of states at the Fermi energy must be > 0");
            }
        }

        @Override
        public double relative(double at) {
            return interpolate(x, d, at) / interpolate(x, d, 0.0);
        }

        @Override
        public String describe() {
            return "tabulated at " + x.length + " points over [" + x[0] + ", " + x[x.length - 1] + "]";
        }

        private static double interpolate(double[] x, double[] d, double at) {
            if (!(at >= x[0] && at <= x[x.length - 1])) {
                throw new IllegalArgumentException("x = " + at + " is outside the density of states table ["
                        + x[0] + ", " + x[x.length - 1] + "]");
            }
            int i = Arrays.binarySearch(x, at);
            if (i >= 0) {
                return d[i];
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double w = (at - x[lo]) / (x[hi] - x[lo]);
            return d[lo] + w * (d[hi] - d[lo]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tabulated t && Arrays.equals(x, t.x) && Arrays.equals(d, t.d);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(x) + Arrays.hashCode(d);
        }

        @Override
        public String toString() {
            return "Tabulated[x=" + Arrays.toString(x) + ", d=" + Arrays.toString(d) + "]";
        }
    }
}
