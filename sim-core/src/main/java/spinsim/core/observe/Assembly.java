package spinsim.core.observe;

/**
 * One coherent spin population (a TIA assembly of paper Section 8) at one record: the coherent
 * groups of shared directions (rounded to {@link DirectionGroups#RESOLUTION}) that {@link AssemblyTracker} put on its side.
 *
 * @param electrons  SPIN states (= electrons) in the assembly
 * @param groups     distinct directions (groups) in it
 * @param spin       sum of its unit spin vectors, {S_x, S_y, S_z}
 * @param direction  its centre: the normalised {@code spin}; for an empty assembly the direction
 *                   it is tracked at (see {@link AssemblyPartition#merged()})
 * @param spreadRad  weighted RMS angle of its spins to {@code direction}, radians (0 when empty)
 */
public record Assembly(long electrons, int groups, double[] spin, double[] direction, double spreadRad) {
    public Assembly {
        spin = spin.clone();
        direction = direction.clone();
    }

    /** An empty assembly tracked at {@code direction}. */
    public static Assembly empty(double[] direction) {
        return new Assembly(0, 0, new double[3], direction, 0);
    }

    public boolean isEmpty() {
        return electrons == 0;
    }

    @Override
    public double[] spin() {
        return spin.clone();
    }

    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** |spin|: the assembly's contribution to n_TIA if it were alone (at most {@link #electrons}). */
    public double spinLength() {
        return Math.sqrt(spin[0] * spin[0] + spin[1] * spin[1] + spin[2] * spin[2]);
    }

    public double spreadDeg() {
        return Math.toDegrees(spreadRad);
    }
}
