package spinsim.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A YAML node with its key path, for strict reading: every getter checks the type and range and
 * fails with a {@link ConfigException} naming file, path, value and what is allowed, and
 * {@link #rejectUnknown()} fails on any key that was not read.
 */
final class ConfigNode {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();

    ConfigNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigException error(String key, String allowed) {
        JsonNode v = node.get(key);
        return new ConfigException(file, child(key), v == null ? null : show(v), allowed);
    }

    ConfigException errorHere(String allowed) {
        return new ConfigException(file, path, show(node), allowed);
    }

    static String show(JsonNode v) {
        String s = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    /** The raw value of {@code key} (null when absent), marked as read: for values of more than one shape. */
    JsonNode raw(String key) {
        read.add(key);
        return has(key) ? node.get(key) : null;
    }

    /** The file this node was read from. */
    String file() {
        return file;
    }

    ConfigNode object(String key, boolean required) throws ConfigException {
        read.add(key);
        if (!has(key)) {
            if (required) {
                throw missing(key, "required section is missing");
            }
            return new ConfigNode(file, child(key), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        }
        JsonNode v = node.get(key);
        if (!v.isObject()) {
            throw error(key, "must be a mapping of keys to values");
        }
        return new ConfigNode(file, child(key), v);
    }

    List<ConfigNode> list(String key) throws ConfigException {
        read.add(key);
        List<ConfigNode> out = new ArrayList<>();
        if (!has(key)) {
            return out;
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error(key, "must be a list");
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String p = child(key) + "[" + i + "]";
            if (!item.isObject()) {
                throw new ConfigException(file, p, show(item), "each entry must be a mapping");
            }
            out.add(new ConfigNode(file, p, item));
        }
        return out;
    }

    String string(String key, String def, Set<String> allowed) throws ConfigException {
        read.add(key);
        if (!has(key)) {
            return def;
        }
        JsonNode v = node.get(key);
        if (!v.isTextual()) {
            throw error(key, allowed == null ? "must be a string" : "must be one of: " + String.join(", ", allowed));
        }
        String s = v.asText();
        if (allowed != null && !allowed.contains(s)) {
            throw error(key, "must be one of: " + String.join(", ", allowed));
        }
        return s;
    }

    double number(String key, double def, double min, double max, boolean minOpen, String unit) throws ConfigException {
        read.add(key);
        String range = (minOpen ? "(" : "[") + fmt(min) + ", " + fmt(max) + "]";
        String allowed = "must be a number in " + range + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!has(key)) {
            if (Double.isNaN(def)) {
                throw missing(key, "required; " + allowed);
            }
            return def;
        }
        JsonNode v = node.get(key);
        if (!v.isNumber()) {
            throw error(key, allowed);
        }
        double d = v.asDouble();
        if (!(minOpen ? d > min : d >= min) || !(d <= max) || Double.isNaN(d)) {
            throw error(key, allowed);
        }
        return d;
    }

    long integer(String key, long def, long min, long max, String unit) throws ConfigException {
        read.add(key);
        String allowed = "must be a whole number in [" + min + ", " + max + "]" + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!has(key)) {
            if (def == Long.MIN_VALUE) {
                throw missing(key, "required; " + allowed);
            }
            return def;
        }
        JsonNode v = node.get(key);
        if (v.isNumber() && !v.isIntegralNumber() && v.asDouble() == Math.rint(v.asDouble())
                && !(Math.abs(v.asDouble()) < 9e15) && v.asDouble() >= min && v.asDouble() <= max) {
            // 1e18 is read as floating point, whose integers are exact only up to 2^53
            throw error(key, allowed + "; write it in digits (a number in exponent form is exact only below 9e15)");
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 9e15)) {
            throw error(key, allowed);
        }
        long l = v.isIntegralNumber() ? v.asLong() : (long) v.asDouble();
        if (v.isBigInteger() || l < min || l > max) {
            throw error(key, allowed);
        }
        return l;
    }

    double[] vector3(String key, double[] def) throws ConfigException {
        read.add(key);
        if (!has(key)) {
            if (def == null) {
                throw missing(key, "required; must be a list of 3 numbers [x, y, z]");
            }
            return def.clone();
        }
        JsonNode v = node.get(key);
        String allowed = "must be a list of 3 numbers [x, y, z], not all zero";
        if (!v.isArray() || v.size() != 3) {
            throw error(key, allowed);
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            if (!v.get(i).isNumber()) {
                throw error(key, allowed);
            }
            out[i] = v.get(i).asDouble();
        }
        double big = Math.max(Math.abs(out[0]), Math.max(Math.abs(out[1]), Math.abs(out[2])));
        if (!(big > 0) || Double.isInfinite(big)) {
            throw error(key, allowed);
        }
        double n = Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
        if (!(n > 0) || Double.isInfinite(n)) {
            // a huge or tiny (finite, nonzero) vector whose squares overflow or underflow: scaled by its
            // largest component first (only then, so that every other vector keeps its bits)
            for (int i = 0; i < 3; i++) {
                out[i] /= big;
            }
            n = Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
        }
        return new double[] {out[0] / n, out[1] / n, out[2] / n};
    }

    /**
     * The error for a required key that is absent; a present key that looks like a misspelling of
     * it (edit distance <= 2) is reported instead, as the unknown key it is.
     */
    ConfigException missing(String key, String allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!k.equals(key) && !read.contains(k) && editDistance(k, key) <= 2) {
                return new ConfigException(file, child(k), show(node.get(k)), "unknown key; did you mean " + key + "?");
            }
        }
        return new ConfigException(file, child(key), null, allowed);
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Fails on the first key of this mapping that no getter asked for. */
    void rejectUnknown() throws ConfigException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!read.contains(k)) {
                String guess = null;
                for (String r : read) {
                    if (guess == null && editDistance(k, r) <= 2) {
                        guess = r;
                    }
                }
                throw new ConfigException(file, child(k), show(node.get(k)), "unknown key"
                        + (guess == null ? "" : " (did you mean " + guess + "?)") + "; allowed keys here: "
                        + String.join(", ", read));
            }
        }
    }

    /** A number for a message: whole numbers without decimals, others to 6 significant digits. */
    static String shortNumber(double v) {
        if (!Double.isFinite(v) || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return fmt(v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    private static String fmt(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
