package spinsim.core.process;

import java.util.SplittableRandom;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * Diffusion along a 1D chain of cells (Section 9, Appendix 3; MODEL.md section 4): cell c sits at
 * x = c dx, and neighbouring cells exchange the contents of randomly chosen states. Each exchange
 * (a bond event) takes one uniformly chosen bond (c, c + 1), one uniform state of each of its two
 * cells, and swaps their contents (kind and spin). Bond events arrive as a Poisson process of rate
 * {@code rate x states per cell} per bond, simulated event by event in continuous time within a
 * step (exponential gaps), so no bond is served before another and nothing drifts: the content of
 * any state hops to each neighbour at {@code rate} per t_sc and random-walks with diffusion
 * constant D = rate dx^2. An event can move a content that an earlier event of the same step
 * brought in, as in continuous time.
 *
 * <p>Consequences the tests check: every cell keeps its number of states; the electrons, and the
 * sum of the spins of the chain, are conserved exactly; a content's displacement after time t has
 * variance 2 rate t (cells^2) far from the ends; the expected spin vector of cell c obeys the
 * lattice diffusion equation dS_c/dt = rate (S_{c-1} - 2 S_c + S_{c+1}) (cells beyond a closed end
 * taken equal to the end cell; a chain of two cells has one bond whatever the boundary, so there
 * dS_0/dt = rate (S_1 - S_0)). Cells must all have the same number of states (otherwise the hop
 * rates of the two directions would differ).
 *
 * <p>Boundaries: {@link Boundary#PERIODIC} (a ring: bond (C - 1, 0) too; a chain of two cells has
 * its one bond once) or {@link Boundary#CLOSED} (no exchange past the ends: reflecting walls).
 * Draws per event: one double (the gap), one bounded int for the bond and one for each state.
 */
public final class CellDiffusion implements CellTransport {
    public static final String NAME = "diffusion";

    /** What happens at the ends of the chain. */
    public enum Boundary {
        /** The last cell neighbours the first (a ring). */
        PERIODIC("periodic"),
        /** No exchange past the first and the last cell (reflecting ends). */
        CLOSED("closed");

        private final String configName;

        Boundary(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        /** The boundary of a config name, or null. */
        public static Boundary byConfigName(String name) {
            for (Boundary b : values()) {
                if (b.configName.equals(name)) {
                    return b;
                }
            }
            return null;
        }
    }

    private final double rate;
    private final Boundary boundary;

    /**
     * @param rate     hops of a content to each neighbouring cell per t_sc (D / dx^2), &gt; 0 and finite
     * @param boundary the chain's ends
     */
    public CellDiffusion(double rate, Boundary boundary) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("diffusion: rate must be > 0 and finite, got " + rate);
        }
        if (boundary == null) {
            throw new IllegalArgumentException("diffusion: boundary must be given");
        }
        this.rate = rate;
        this.boundary = boundary;
    }

    public double rate() {
        return rate;
    }

    public Boundary boundary() {
        return boundary;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Bonds of a chain of {@code cells} cells with this boundary. */
    public int bonds(int cells) {
        if (cells < 2) {
            return 0;
        }
        return boundary == Boundary.PERIODIC && cells > 2 ? cells : cells - 1;
    }

    @Override
    public void checkLayout(CellLayout layout) {
        if (layout.cells() < 2) {
            throw new IllegalArgumentException("diffusion needs a chain of at least 2 cells, got " + layout.cells());
        }
        for (int c = 1; c < layout.cells(); c++) {
            if (layout.size(c) != layout.size(0)) {
                throw new IllegalArgumentException("diffusion needs cells of equal size; cell " + c + " has "
                        + layout.size(c) + " states, cell 0 " + layout.size(0));
            }
        }
    }

    @Override
    public void applyToCells(StateStore s, CellLayout layout, double dt, SplittableRandom rng) {
        final int cells = layout.cells();
        final int bonds = bonds(cells);
        if (bonds == 0) {
            return;
        }
        final int n = layout.size(0);
        // total event rate of the chain, per t_sc
        final double total = rate * n * bonds;
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        double t = 0;
        while (true) {
            // exponential gap: -ln(U) / total with U in (0, 1]
            t -= Math.log(1.0 - rng.nextDouble()) / total;
            if (t > dt) {
                return;
            }
            final int bond = rng.nextInt(bonds);
            final int right = bond + 1 == cells ? 0 : bond + 1;
            final int i = layout.start(bond) + rng.nextInt(n);
            final int j = layout.start(right) + rng.nextInt(n);
            StateStore.swap(k, x, y, z, i, j);
        }
    }
}
