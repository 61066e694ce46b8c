package spinsim.core.observe;

/**
 * The SPIN states of one record split into two coherent assemblies and a diffuse rest (see
 * {@link AssemblyTracker} for the method). Every SPIN state is in exactly one of the three, so
 * {@code first.electrons + second.electrons + diffuse = nSpin} and
 * {@code first.spin + second.spin + diffuseSpin = S} (the tally's total spin, up to the order of
 * the float sums).
 *
 * @param nSpin           SPIN states in all
 * @param minGroup        the group size from which a group counted as coherent at this record
 * @param first           the assembly followed from the first initial direction (TIA1)
 * @param second          the assembly followed from the second initial direction (TIA2)
 * @param diffuse         SPIN states in groups smaller than {@code minGroup} (TIS-like: spins born
 *                        from FULL + EMPTY pairs, or bisectors involving such a spin)
 * @param diffuseSpin     sum of the diffuse unit spin vectors
 * @param coherentGroups  groups of at least {@code minGroup} states (both assemblies)
 * @param groups          distinct directions among all SPIN states
 * @param angleBetweenRad angle between the two centres; 0 when {@link #merged}; NaN when there is no
 *                        coherent spin at all
 * @param merged          one assembly is empty (or the centres coincide within
 *                        {@link AssemblyTracker#MERGED_RAD}, when the second is folded into the
 *                        first): the two populations are one, or one of them is gone
 */
public record AssemblyPartition(long nSpin, int minGroup, Assembly first, Assembly second, long diffuse,
        double[] diffuseSpin, int coherentGroups, int groups, double angleBetweenRad, boolean merged) {
    public AssemblyPartition {
        diffuseSpin = diffuseSpin.clone();
    }

    @Override
    public double[] diffuseSpin() {
        return diffuseSpin.clone();
    }

    /** Assembly 1 (k = 1, TIA1) or 2 (k = 2, TIA2). */
    public Assembly assembly(int k) {
        if (k == 1) {
            return first;
        }
        if (k == 2) {
            return second;
        }
        throw new IllegalArgumentException("assembly 1 or 2, got " + k);
    }

    /** SPIN states in the two assemblies. */
    public long coherent() {
        return first.electrons() + second.electrons();
    }

    public double angleBetweenDeg() {
        return Math.toDegrees(angleBetweenRad);
    }

    /** The total spin vector rebuilt from the partition: both assemblies plus the diffuse part. */
    public double[] totalSpin() {
        double[] a = first.spin();
        double[] b = second.spin();
        return new double[] {a[0] + b[0] + diffuseSpin[0], a[1] + b[1] + diffuseSpin[1], a[2] + b[2] + diffuseSpin[2]};
    }
}
