package spinsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.BatchedKernels;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * A compiled simulation step allocates next to nothing: the kernel works in per-thread scratch
 * buffers, and the Vector API passes must stay compiled to vector instructions. An operation of
 * that API which C2 does not inline runs the API's Java fallback, which allocates per operation
 * (~11 MB per step of 2^16 states, found once in the JMH step benchmark, with -prof gc, after
 * the classification pass was called from a small method that C2 inlined too deep). Whether
 * that failure shows depends on the order in which C2 compiles the callers, so this test cannot
 * provoke it reliably: it checks the property itself, on the bytes the JVM says the stepping
 * thread allocated after enough steps for C2 to compile the step. Not a timing test.
 */
class StepAllocationTest {

    @Test
    void aCompiledStepAllocatesAlmostNothing() {
        final int states = 1 << 14;
        CellLayout layout = CellLayout.uniform(1, states);
        StateStore store = new StateStore(states);
        Populator.populate(store, layout, new Composition[] {Composition.of(states, states, 0.5)},
                SpinMixture.of(new SpinComponent.Isotropic()), 11L);
        SimulationSetup setup = SimulationSetup.of(layout, ScatteringRules.byName("paper"),
                PairingScheme.byName("sweep"), 1.0, List.of(), 11L);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count the bytes a thread allocates");
        long thread = Thread.currentThread().getId();
        // one thread: the pool runs the step's tasks on the calling thread
        try (WorkerPool pool = new WorkerPool(1)) {
            Simulation sim = new Simulation(setup, store, pool);
            // 20000 steps of 2^14 states, ~2 s compiled: C2 compiles the step's task as a whole
            for (int s = 0; s < 20_000; s++) {
                sim.step();
            }
            final int steps = 500;
            long before = threads.getThreadAllocatedBytes(thread);
            for (int s = 0; s < steps; s++) {
                sim.step();
            }
            long perStep = (threads.getThreadAllocatedBytes(thread) - before) / steps;
            // the fallback allocates ~3 MB per step of 2^14 states; a compiled step, tens of bytes
            assertTrue(perStep < 4096, perStep + " bytes allocated per step of " + states + " states (Vector API passes "
                    + (BatchedKernels.vectorFill() ? "on" : "off") + ")");
        }
    }
}
