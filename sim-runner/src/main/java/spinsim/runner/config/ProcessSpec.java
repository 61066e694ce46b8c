package spinsim.runner.config;

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
            return Map.of("name", name(), "tau_spin", tauSpin);
        }
    }
}
