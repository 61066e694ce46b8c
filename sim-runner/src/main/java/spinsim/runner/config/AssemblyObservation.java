package spinsim.runner.config;

import java.util.LinkedHashMap;
import java.util.Map;
import spinsim.core.observe.AssemblyFrame;
import spinsim.core.observe.AssemblyTracker;

/**
 * {@code observe.assemblies}: follow two coherent spin populations record by record with
 * {@link AssemblyTracker} (paper Section 8).
 *
 * @param minGroup smallest coherent group of equal directions; 0 for the tracker's default
 *                 max(3, 1e-4 n_SPIN)
 * @param first    initial direction of assembly 1 (TIA1): the first {@code fixed} component of
 *                 ensemble.spins
 * @param second   initial direction of assembly 2 (TIA2): the second {@code fixed} component, or
 *                 the injection direction s2 when the spins have only one
 */
public record AssemblyObservation(int minGroup, double[] first, double[] second) {
    public AssemblyObservation {
        first = first.clone();
        second = second.clone();
    }

    @Override
    public double[] first() {
        return first.clone();
    }

    @Override
    public double[] second() {
        return second.clone();
    }

    /** A new tracker for one replica. */
    public AssemblyTracker tracker() {
        return new AssemblyTracker(first, second, minGroup);
    }

    /** The frame in which angles are reported: z = the first initial direction. */
    public AssemblyFrame frame() {
        return new AssemblyFrame(first, second);
    }

    /** As it goes into the resolved config: {@code true}, or {@code {min_group: N}}. */
    Object resolved() {
        if (minGroup == 0) {
            return Boolean.TRUE;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_group", minGroup);
        return m;
    }
}
