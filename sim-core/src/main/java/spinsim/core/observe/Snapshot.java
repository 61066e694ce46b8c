package spinsim.core.observe;

/**
 * What is observed of one replica at one step: time (t_sc), tallies, and the angular histograms of
 * SPIN directions against the TIA axis of the whole ensemble and against a fixed axis.
 */
public record Snapshot(int replica, long step, double time, Tally tally, long[] histogramTia, double[] axis,
        long[] histogramAxis) {
}
