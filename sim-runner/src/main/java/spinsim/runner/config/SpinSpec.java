package spinsim.runner.config;

import java.util.LinkedHashMap;
import java.util.Map;
import spinsim.core.initial.SpinComponent;

/** One component of the initial SPIN mixture as configured, with its relative weight. */
public record SpinSpec(String kind, double weight, SpinComponent component, Map<String, Object> resolved) {
    static Map<String, Object> resolvedOf(String kind, double weight, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("weight", weight);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
