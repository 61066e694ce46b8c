package spinsim.runner.config;

import java.util.LinkedHashMap;
import java.util.Map;
import spinsim.core.process.Process;
import spinsim.core.process.SpinRelaxation;

/** A validated process entry of a config; {@link #build()} makes the engine's process. */
public sealed interface ProcessSpec {
    String name();

    Process build();

    /** Parameters as they go into the resolved config. */
    Map<String, Object> resolved();

    /** {@code spin-relaxation}: tau_spin in t_sc. */
    record SpinRelaxationSpec(double tauSpin) implements ProcessSpec {
        @Override
        public String name() {
            return SpinRelaxation.NAME;
        }

        @Override
        public Process build() {
            return new SpinRelaxation(tauSpin);
        }

        @Override
        public Map<String, Object> resolved() {
            // insertion order, not Map.of: Map.of iterates in an order that changes from one JVM to the next
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name());
            m.put("tau_spin", tauSpin);
            return m;
        }
    }
}
