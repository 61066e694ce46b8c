package spinsim.runner.config;

import java.util.LinkedHashSet;
import java.util.Set;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.rule.ScatteringRules;

/**
 * The rule names a config may use: the engine's registry ({@link ScatteringRules}) plus
 * {@code none} ({@link NoScattering}), which exists only on the runner side.
 */
public final class Rules {
    private Rules() {
    }

    public static Set<String> names() {
        Set<String> s = new LinkedHashSet<>(ScatteringRules.names());
        s.add(NoScattering.NAME);
        return s;
    }

    /** The rule of that name; an unknown name fails with the known names. */
    public static ScatteringRule byName(String name) {
        if (NoScattering.NAME.equals(name)) {
            return new NoScattering();
        }
        if (!ScatteringRules.names().contains(name)) {
            throw new IllegalArgumentException("unknown rule '" + name + "'; known rules: " + String.join(", ", names()));
        }
        return ScatteringRules.byName(name);
    }
}
