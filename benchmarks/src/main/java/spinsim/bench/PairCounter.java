package spinsim.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pairs scattered (or matched), reported by JMH beside the primary score as the secondary result
 * {@code <method>:pairs} in ops/s = pairs/s (ns/pair = 1e9 / rate). Used where the work of an
 * invocation depends on a parameter, instead of {@code @OperationsPerInvocation}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PairCounter {
    public long pairs;

    @Setup(Level.Iteration)
    public void reset() {
        pairs = 0;
    }
}
