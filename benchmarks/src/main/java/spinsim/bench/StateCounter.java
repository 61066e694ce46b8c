package spinsim.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * States processed, reported by JMH beside the primary score as the secondary result
 * {@code <method>:states} in ops/s = states/s (ns per state = 1e9 / rate).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class StateCounter {
    public long states;

    @Setup(Level.Iteration)
    public void reset() {
        states = 0;
    }
}
