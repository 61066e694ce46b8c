package spinsim.core.pairing;

/**
 * How states find their scattering partners within a cell (MODEL.md section 3). Time is in
 * scattering times: in one unit every state takes part in one scattering on average.
 */
public enum PairingScheme {
    /**
     * Each step of length 1 draws a uniform random perfect matching of each cell (an odd one out,
     * chosen at random, sits the step out) and scatters every pair once.
     */
    SWEEP("sweep"),
    /**
     * For a step dt << 1, each state starts a scattering with probability dt/2 with a uniformly
     * chosen partner of its cell, so that each state takes part in dt scatterings per step on
     * average (as initiator and as partner) and the clock agrees with {@link #SWEEP}. MODEL.md's
     * wording "starts with probability dt" would make a state take part in 2 dt per step.
     */
    POISSON("poisson"),
    /**
     * As {@link #SWEEP} (step 1, every state scatters once per step), but a cell larger than a
     * block is matched block by block, with blocks that change every step so that all states mix
     * ({@link BlockedMatching}): fast and parallel at any size; shown equal to the exact sweep
     * within statistical error by the tests. A cell that fits a block is matched exactly.
     */
    BLOCKED("blocked");

    private final String configName;

    PairingScheme(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** True for the schemes that scatter every state once per step of length 1 (sweep, blocked). */
    public boolean isSweep() {
        return this != POISSON;
    }

    public static PairingScheme byName(String name) {
        for (PairingScheme p : values()) {
            if (p.configName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pairing '" + name + "'; known: sweep, poisson, blocked");
    }
}
