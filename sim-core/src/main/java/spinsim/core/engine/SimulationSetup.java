package spinsim.core.engine;

import java.util.List;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.process.Process;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.state.CellLayout;

/**
 * Everything that defines a simulation's dynamics. The order of one step is fixed: scattering,
 * then each process in list order (operator splitting with the same step).
 *
 * @param dt        step length in t_sc: exactly 1 for {@link PairingScheme#SWEEP} and BLOCKED, in (0, 1]
 *                  for POISSON
 * @param blockSize states per block (even, fixed, independent of the thread count); also the
 *                  target block size of {@link PairingScheme#BLOCKED} matching
 */
public record SimulationSetup(CellLayout layout, ScatteringRule rule, PairingScheme pairing, double dt,
        List<Process> processes, long seed, int blockSize) {

    /** 2^16 states (~850 KB of state): a block's arrays stay in L2 while it is scattered. */
    public static final int DEFAULT_BLOCK_SIZE = 1 << 16;

    public SimulationSetup {
        if (pairing.isSweep() && dt != 1.0) {
            throw new IllegalArgumentException(pairing.configName()
                    + " pairing has step 1 (one matching per t_sc), got dt = " + dt);
        }
        if (!(dt > 0 && dt <= 1)) {
            throw new IllegalArgumentException("dt must be in (0, 1], got " + dt);
        }
        if (blockSize < 2 || (blockSize & 1) != 0) {
            throw new IllegalArgumentException("block size must be even and >= 2, got " + blockSize);
        }
        processes = List.copyOf(processes);
    }

    public static SimulationSetup of(CellLayout layout, ScatteringRule rule, PairingScheme pairing, double dt,
            List<Process> processes, long seed) {
        return new SimulationSetup(layout, rule, pairing, dt, processes, seed, DEFAULT_BLOCK_SIZE);
    }

    /**
     * Bytes of pairing buffers a run of this setup holds on {@code threads} threads: each thread's
     * {@link spinsim.core.rule.BatchedKernels.Scratch} sized for the largest block it matches
     * ({@link spinsim.core.rule.BatchedKernels.Scratch#bytesFor}: ~4.1 bytes per state of the block,
     * plus the chunk starts of a block of a blocked cell); the exact matching
     * of a large cell permutes the store in place and Poisson pairing picks partners directly: 0).
     * With the store's {@link spinsim.core.state.StateStore#BYTES_PER_STATE}, this is the memory
     * of a run beside the JVM's own.
     */
    public long pairingBufferBytes(int threads) {
        if (pairing == PairingScheme.POISSON) {
            return 0;
        }
        long perThread = 0;
        for (int c = 0; c < layout.cells(); c++) {
            int n = layout.size(c);
            if (n <= blockSize) {
                perThread = Math.max(perThread, spinsim.core.rule.BatchedKernels.Scratch.bytesFor(n, 1));
            } else if (pairing == PairingScheme.BLOCKED) {
                spinsim.core.pairing.BlockedMatching bm = new spinsim.core.pairing.BlockedMatching(layout.start(c),
                        layout.end(c), blockSize);
                perThread = Math.max(perThread, spinsim.core.rule.BatchedKernels.Scratch.bytesFor(
                        bm.maxBlockStates(), bm.maxBlockChunks()));
            }
        }
        return perThread == 0 ? 0 : threads * (perThread + spinsim.core.rule.BatchedKernels.Scratch.FIXED_BYTES);
    }

    /** The splitting order as it is applied each step, for the run record. */
    public List<String> stageOrder() {
        java.util.ArrayList<String> order = new java.util.ArrayList<>();
        order.add("scattering(" + rule.name() + ", " + pairing.configName() + ")");
        for (Process p : processes) {
            order.add(p.name());
        }
        return order;
    }
}
