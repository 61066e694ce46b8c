package spinsim.core.process;

import java.util.Arrays;
import java.util.SplittableRandom;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The s-d exchange field of a ferromagnet on the conduction electrons (paper Section 5 end and
 * Section 7, Eq. 46-47, 55-58). Registered as {@value #NAME}.
 *
 * <p>The physics is that of {@link FieldPrecession} with the local d-electron spin direction as
 * the axis: every SPIN state precesses about it at omega_exch and turns toward it with the damping
 * time t_lambda,exch = 2 / (lambda_exch g mu_B H_exch,eff) (Eq. 47), by the exact step of
 * {@link PrecessionKernels} (A2.8 for the angle, right-handed rotation by omega_exch dt). What
 * differs is the axis: the d-electron direction is <em>local</em>, one unit vector per cell, so a
 * 1D chain can carry a domain wall or any magnetisation texture. A uniform ferromagnet is
 * {@link #uniform}. The d-electrons are a fixed background here; their own precession (the last
 * remark of Section 5, when s and d spins are comparable) is not modelled.
 *
 * <p>Parameters (reduced units): the axis per cell (finite non-zero vectors, normalised here),
 * t_lambda,exch in t_sc (> 0, or infinity), omega_exch in rad per t_sc. {@link #fromPhysicalUnits}
 * converts H_exch,eff in tesla, g, lambda_exch and t_sc by Eq. 47 (see {@link PrecessionParameters}).
 *
 * <p>Arrays: reads {@code kind}, reads and writes {@code sx, sy, sz} of SPIN states of the range.
 * Draws: none (deterministic). Conserves every kind, hence electrons per cell; does not conserve S
 * (it builds S along the local axis, which is how Section 7 polarises a ferromagnet's conduction
 * electrons).
 */
public final class ExchangeField implements Process {
    public static final String NAME = "exchange-field";
    /** Start index of each axis segment, plus the total length at the end. */
    private final int[] segmentStart;
    /** Unit axis of segment g at [3g, 3g + 3). */
    private final double[] axes;
    private final double tLambda;
    private final double omega;

    private ExchangeField(int[] segmentStart, double[] axes, PrecessionParameters p) {
        this.segmentStart = segmentStart;
        this.axes = axes;
        this.tLambda = p.tLambda();
        this.omega = p.omegaL();
    }

    /**
     * A ferromagnet whose d-electron direction in cell c is {@code axisPerCell[c]}.
     *
     * @param layout      the cells of the store the process will be applied to
     * @param axisPerCell one direction per cell (normalised here)
     * @param p           t_lambda,exch and omega_exch in reduced units
     */
    public static ExchangeField perCell(CellLayout layout, double[][] axisPerCell, PrecessionParameters p) {
        if (axisPerCell.length != layout.cells()) {
            throw new IllegalArgumentException(NAME + ": need one axis per cell (" + layout.cells() + "), got "
                    + axisPerCell.length);
        }
        int[] start = new int[layout.cells() + 1];
        double[] ax = new double[3 * layout.cells()];
        for (int c = 0; c < layout.cells(); c++) {
            start[c] = layout.start(c);
            double[] h = PrecessionKernels.unitAxis(axisPerCell[c], NAME + ": d-electron direction of cell " + c);
            System.arraycopy(h, 0, ax, 3 * c, 3);
        }
        start[layout.cells()] = layout.totalStates();
        return new ExchangeField(start, ax, p);
    }

    /** A uniformly magnetised ferromagnet: one d-electron direction for every state. */
    public static ExchangeField uniform(double[] axis, PrecessionParameters p) {
        double[] h = PrecessionKernels.unitAxis(axis, NAME + ": d-electron direction");
        return new ExchangeField(new int[] {0, Integer.MAX_VALUE}, h, p);
    }

    /** A uniform ferromagnet from H_exch,eff in tesla, g, lambda_exch in 1/(J s) and t_sc in s (Eq. 47). */
    public static ExchangeField fromPhysicalUnits(double[] axis, double exchangeFieldTesla, double gFactor,
            double lambdaExchange, double scatteringSeconds) {
        return uniform(axis, PrecessionParameters.fromPhysical(exchangeFieldTesla, gFactor, lambdaExchange,
                scatteringSeconds));
    }

    public double tLambda() {
        return tLambda;
    }

    public double omega() {
        return omega;
    }

    /** The unit d-electron direction acting on state {@code i}. */
    public double[] axisAt(int i) {
        int g = segmentOf(i);
        return new double[] {axes[3 * g], axes[3 * g + 1], axes[3 * g + 2]};
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
        if (from >= to || dt == 0.0) {
            return;
        }
        if (to > segmentStart[segmentStart.length - 1]) {
            throw new IndexOutOfBoundsException("range end " + to + " outside the layout of " + NAME);
        }
        // a block lies inside one cell in the engine, but any range is handled segment by segment
        int g = segmentOf(from);
        int lo = from;
        while (lo < to) {
            int hi = Math.min(to, segmentStart[g + 1]);
            PrecessionKernels.step(s, lo, hi, axes[3 * g], axes[3 * g + 1], axes[3 * g + 2], tLambda, omega, dt);
            lo = hi;
            g++;
        }
    }

    private int segmentOf(int i) {
        if (i < 0 || i >= segmentStart[segmentStart.length - 1]) {
            throw new IndexOutOfBoundsException("state " + i + " outside the layout of " + NAME);
        }
        int k = Arrays.binarySearch(segmentStart, 0, segmentStart.length - 1, i);
        if (k >= 0) {
            // first segment starting at i (cells are non-empty, so starts are distinct)
            return k;
        }
        return -k - 2;
    }

    @Override
    public String toString() {
        return NAME + "(" + (segmentStart.length - 1) + " axis segment(s), t_lambda,exch = " + tLambda
                + " t_sc, omega_exch = " + omega + " rad/t_sc)";
    }
}
