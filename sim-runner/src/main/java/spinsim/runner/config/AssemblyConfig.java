package spinsim.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import spinsim.core.initial.SpinComponent;

/**
 * Reads {@code observe.assemblies}: {@code true}, {@code false} (the default) or
 * {@code {min_group: N}}. The two directions to follow are the first two {@code fixed} components
 * of {@code ensemble.spins}; with only one, an injection process's direction s2 is the second.
 */
final class AssemblyConfig {
    static final String KEY = "assemblies";

    private AssemblyConfig() {
    }

    /** The observation, or null when it is off. */
    static AssemblyObservation read(ConfigNode obs, List<SpinSpec> spins, List<ProcessSpec> processes)
            throws ConfigException {
        JsonNode v = obs.raw(KEY);
        if (v == null || v.isBoolean() && !v.booleanValue()) {
            return null;
        }
        int minGroup = 0;
        if (v.isObject()) {
            ConfigNode n = obs.object(KEY, true);
            minGroup = (int) n.integer("min_group", 0, 2, Integer.MAX_VALUE,
                    "SPIN states sharing one direction (rounded to 1.5e-5) needed to count as coherent; default max(3, 1e-4 n_SPIN)");
            n.rejectUnknown();
        } else if (!v.isBoolean()) {
            throw obs.error(KEY, "must be true, false or a mapping {min_group: N}");
        }
        List<double[]> dirs = new ArrayList<>();
        for (SpinSpec s : spins) {
            if (s.component() instanceof SpinComponent.Fixed f) {
                dirs.add(f.direction().clone());
            }
        }
        int fixed = dirs.size();
        if (fixed == 1) {
            for (ProcessSpec p : processes) {
                ProcessSpec q = p instanceof ProcessSpec.Wrapped w ? w.inner() : p;
                if (q instanceof ProcessSpec.InjectionSpec inj && dirs.size() < 2) {
                    dirs.add(inj.direction());
                }
            }
        }
        if (dirs.size() < 2) {
            throw obs.error(KEY, "needs two directions to follow: the first two 'fixed' components of ensemble.spins "
                    + "(found " + fixed + "), or one and an injection process");
        }
        return new AssemblyObservation(minGroup, dirs.get(0), dirs.get(1));
    }
}
