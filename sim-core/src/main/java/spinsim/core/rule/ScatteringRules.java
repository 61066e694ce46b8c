package spinsim.core.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The registry of scattering rules by name: adding a rule is adding one class and one line here. */
public final class ScatteringRules {
    private static final Map<String, Supplier<ScatteringRule>> RULES = new LinkedHashMap<>();

    static {
        RULES.put(PaperRule.NAME, PaperRule::new);
        RULES.put(PaperPlanarRule.NAME, PaperPlanarRule::new);
        RULES.put(SpinConservingRule.NAME, SpinConservingRule::new);
    }

    private ScatteringRules() {
    }

    public static Set<String> names() {
        return RULES.keySet();
    }

    /** The rule registered as {@code name}; an unknown name fails with the list of known names. */
    public static ScatteringRule byName(String name) {
        Supplier<ScatteringRule> s = RULES.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown rule '" + name + "'; known rules: " + String.join(", ", names()));
        }
        return s.get();
    }
}
