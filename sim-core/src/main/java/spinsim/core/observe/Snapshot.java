package spinsim.core.observe;

/**
 * What is observed of one replica at one step: time (t_sc), tallies, and the angular histograms of
 * SPIN directions against the TIA axis of the whole ensemble and against a fixed axis.
 *
 * @param injectedElectrons net electrons put into the store by processes since t = 0 (the sum of
 *                          their {@link spinsim.core.process.Process#electronChange()}; negative
 *                          when an injection takes electrons out; 0 without injection)
 * @param assemblies        the two-assembly partition of the SPIN states at this step
 *                          ({@link AssemblyTracker}), or null when it was not observed
 */
public record Snapshot(int replica, long step, double time, Tally tally, long[] histogramTia, double[] axis,
        long[] histogramAxis, long injectedElectrons, AssemblyPartition assemblies) {

    /** A snapshot without injected electrons and without an assembly partition. */
    public Snapshot(int replica, long step, double time, Tally tally, long[] histogramTia, double[] axis,
            long[] histogramAxis) {
        this(replica, step, time, tally, histogramTia, axis, histogramAxis, 0L, null);
    }

    /** This snapshot with the assembly partition {@code p}. */
    public Snapshot withAssemblies(AssemblyPartition p) {
        return new Snapshot(replica, step, time, tally, histogramTia, axis, histogramAxis, injectedElectrons, p);
    }
}
