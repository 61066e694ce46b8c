package spinsim.core.analytic;

/**
 * The expected spin vectors of a chain of cells whose contents only diffuse: the lattice diffusion
 * equation dS_c/dt = rate (S_{c-1} - 2 S_c + S_{c+1}) of {@code spinsim.core.process.CellDiffusion}
 * (a closed end's cell has one neighbour: dS_0/dt = rate (S_1 - S_0)), integrated from given
 * vectors. It is the derived reference of V16 for a rule that conserves each pair's spin: such
 * scattering leaves every cell's S unchanged, so the cells' mean S follows this equation, and
 * quantities of the run (the loss of sum_c |S_c| of a twisted ring, the weight of Eq. 65) can be
 * computed from it exactly as from the run's records, step by step, with the profile's own decay
 * of helix and n_TIA modes instead of their values at t = 0.
 *
 * <p>Classical fourth-order Runge-Kutta with a fixed step h of at most {@link #MAX_STEP} / rate: a
 * linear system whose fastest mode decays at 4 rate, so the local error is at most ~ (4 rate h)^5
 * / 120 = 9e-15 relative per step, ~1e-11 over the 1200 steps of V16's 12 t_sc at rate 0.1.
 */
public final class LatticeSpinDiffusion {
    /** Largest Runge-Kutta step, in units of 1/rate. */
    public static final double MAX_STEP = 0.001;

    private final double rate;
    private final boolean periodic;

    /**
     * @param rate     hops to each neighbour per t_sc (D / dx^2), &gt; 0 and finite
     * @param periodic a ring (true) or a chain with closed ends (false)
     */
    public LatticeSpinDiffusion(double rate, boolean periodic) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be > 0 and finite, got " + rate);
        }
        this.rate = rate;
        this.periodic = periodic;
    }

    /**
     * The cells' vectors at each of the increasing times {@code t} (t[0] is the time of {@code s0}),
     * as [time][cell][component].
     *
     * @param s0 the cells' vectors at t[0], [cell][3], at least 2 cells
     */
    public double[][][] evolve(double[][] s0, double[] t) {
        int cells = s0.length;
        if (cells < 2) {
            throw new IllegalArgumentException("a chain needs at least 2 cells, got " + cells);
        }
        double[] s = new double[3 * cells];
        for (int c = 0; c < cells; c++) {
            System.arraycopy(s0[c], 0, s, 3 * c, 3);
        }
        double[][][] out = new double[t.length][][];
        double[] k1 = new double[s.length];
        double[] k2 = new double[s.length];
        double[] k3 = new double[s.length];
        double[] k4 = new double[s.length];
        double[] tmp = new double[s.length];
        for (int i = 0; i < t.length; i++) {
            if (i > 0) {
                double span = t[i] - t[i - 1];
                if (!(span >= 0)) {
                    throw new IllegalArgumentException("times must increase: " + t[i - 1] + " then " + t[i]);
                }
                int steps = (int) Math.ceil(span * rate / MAX_STEP);
                double h = steps == 0 ? 0 : span / steps;
                for (int n = 0; n < steps; n++) {
                    derivative(s, k1);
                    axpy(s, 0.5 * h, k1, tmp);
                    derivative(tmp, k2);
                    axpy(s, 0.5 * h, k2, tmp);
                    derivative(tmp, k3);
                    axpy(s, h, k3, tmp);
                    derivative(tmp, k4);
                    for (int j = 0; j < s.length; j++) {
                        s[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
                    }
                }
            }
            double[][] at = new double[cells][3];
            for (int c = 0; c < cells; c++) {
                System.arraycopy(s, 3 * c, at[c], 0, 3);
            }
            out[i] = at;
        }
        return out;
    }

    private void derivative(double[] s, double[] ds) {
        int cells = s.length / 3;
        // as CellDiffusion.bonds: a ring of two cells has its one bond once, not twice
        boolean wrap = periodic && cells > 2;
        for (int c = 0; c < cells; c++) {
            for (int j = 0; j < 3; j++) {
                double here = s[3 * c + j];
                double flow = 0;
                if (c > 0 || wrap) {
                    flow += s[3 * ((c + cells - 1) % cells) + j] - here;
                }
                if (c < cells - 1 || wrap) {
                    flow += s[3 * ((c + 1) % cells) + j] - here;
                }
                ds[3 * c + j] = rate * flow;
            }
        }
    }

    private static void axpy(double[] s, double a, double[] k, double[] out) {
        for (int j = 0; j < s.length; j++) {
            out[j] = s[j] + a * k[j];
        }
    }
}
