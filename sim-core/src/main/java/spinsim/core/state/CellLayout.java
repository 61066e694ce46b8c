package spinsim.core.state;

import java.util.Arrays;

/**
 * How the states of a {@link StateStore} are grouped into cells: cell c holds the contiguous
 * index range {@code [start(c), end(c))}. States scatter only with states of their own cell.
 * A cell has an energy label (x = (E - E_F)/kT, for energy-resolved runs; 0 otherwise).
 */
public final class CellLayout {
    private final int[] offsets;
    private final double[] energy;

    private CellLayout(int[] offsets, double[] energy) {
        this.offsets = offsets;
        this.energy = energy;
    }

    /** {@code cells} cells of {@code statesPerCell} states each, all at energy label 0. */
    public static CellLayout uniform(int cells, int statesPerCell) {
        if (cells <= 0 || statesPerCell <= 0) {
            throw new IllegalArgumentException("cells and statesPerCell must be > 0");
        }
        long total = (long) cells * statesPerCell;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many states for one store: " + total);
        }
        int[] off = new int[cells + 1];
        for (int c = 0; c <= cells; c++) {
            off[c] = c * statesPerCell;
        }
        return new CellLayout(off, new double[cells]);
    }

    /** Cells with the given sizes and energy labels. */
    public static CellLayout of(int[] sizes, double[] energy) {
        if (sizes.length == 0 || sizes.length != energy.length) {
            throw new IllegalArgumentException("need one energy per cell and at least one cell");
        }
        int[] off = new int[sizes.length + 1];
        long acc = 0;
        for (int c = 0; c < sizes.length; c++) {
            if (sizes[c] <= 0) {
                throw new IllegalArgumentException("cell " + c + " has size " + sizes[c]);
            }
            acc += sizes[c];
            if (acc > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many states for one store: " + acc);
            }
            off[c + 1] = (int) acc;
        }
        return new CellLayout(off, energy.clone());
    }

    public int cells() {
        return offsets.length - 1;
    }

    public int start(int cell) {
        return offsets[cell];
    }

    public int end(int cell) {
        return offsets[cell + 1];
    }

    public int size(int cell) {
        return offsets[cell + 1] - offsets[cell];
    }

    public int totalStates() {
        return offsets[offsets.length - 1];
    }

    public double energy(int cell) {
        return energy[cell];
    }

    @Override
    public String toString() {
        return "CellLayout" + Arrays.toString(offsets);
    }
}
