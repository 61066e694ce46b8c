package spinsim.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import spinsim.runner.config.ConfigException;
import spinsim.runner.config.ConfigLoader;

/**
 * Strict reading of the small experiment configs of the kernel-level experiments (V1, V2): every
 * getter checks type and range, {@link #rejectUnknown()} fails on any key nobody asked for, and
 * every failure is a {@link ConfigException} naming the file, key path, value and what is allowed.
 */
final class StrictNode {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();

    private StrictNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static StrictNode load(Path p) throws ConfigException {
        // read as a run config is: the same messages for a missing, unreadable or non-UTF-8 file
        return parse(ConfigLoader.readText(p), p.toString());
    }

    static StrictNode parse(String yaml, String source) throws ConfigException {
        // as a run config is read: a key given twice or a second document is refused, not silently dropped
        JsonNode root = ConfigLoader.readTree(yaml, source);
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, "", null, "an experiment config must be a YAML mapping");
        }
        return new StrictNode(source, "", root);
    }

    String file() {
        return file;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    private ConfigException error(String key, String allowed) {
        JsonNode v = node.get(key);
        String shown = v == null ? null : v.isTextual() ? "'" + v.asText() + "'" : v.toString();
        return new ConfigException(file, child(key), shown, allowed);
    }

    ConfigException errorAt(String key, String allowed) {
        return error(key, allowed);
    }

    StrictNode object(String key, boolean required) throws ConfigException {
        read.add(key);
        if (!has(key)) {
            if (required) {
                throw new ConfigException(file, child(key), null, "required section is missing");
            }
            return new StrictNode(file, child(key), JsonNodeFactory.instance.objectNode());
        }
        if (!node.get(key).isObject()) {
            throw error(key, "must be a mapping of keys to values");
        }
        return new StrictNode(file, child(key), node.get(key));
    }

    boolean present(String key) {
        return has(key);
    }

    String string(String key, String def, Set<String> allowed) throws ConfigException {
        read.add(key);
        if (!has(key)) {
            if (def == null) {
                throw new ConfigException(file, child(key), null,
                        "required" + (allowed == null ? "" : "; one of: " + String.join(", ", allowed)));
            }
            return def;
        }
        JsonNode v = node.get(key);
        String what = allowed == null ? "must be a string" : "must be one of: " + String.join(", ", allowed);
        if (!v.isTextual() || allowed != null && !allowed.contains(v.asText())) {
            throw error(key, what);
        }
        return v.asText();
    }

    long integer(String key, Long def, long min, long max, String unit) throws ConfigException {
        read.add(key);
        String allowed = "must be a whole number in [" + min + ", " + max + "]" + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!has(key)) {
            if (def == null) {
                throw new ConfigException(file, child(key), null, "required; " + allowed);
            }
            return def;
        }
        JsonNode v = node.get(key);
        boolean whole = v.isIntegralNumber() && !v.isBigInteger()
                || v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 9e15;
        if (!whole) {
            throw error(key, allowed);
        }
        long l = v.isIntegralNumber() ? v.asLong() : (long) v.asDouble();
        if (l < min || l > max) {
            throw error(key, allowed);
        }
        return l;
    }

    double number(String key, Double def, double min, double max, String unit) throws ConfigException {
        read.add(key);
        String allowed = "must be a number in [" + min + ", " + max + "]" + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!has(key)) {
            if (def == null) {
                throw new ConfigException(file, child(key), null, "required; " + allowed);
            }
            return def;
        }
        JsonNode v = node.get(key);
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw error(key, allowed);
        }
        return v.asDouble();
    }

    /** Fails on the first key that no getter asked for. */
    void rejectUnknown() throws ConfigException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!read.contains(k)) {
                throw error(k, "unknown key; allowed keys here: " + String.join(", ", read));
            }
        }
    }
}
