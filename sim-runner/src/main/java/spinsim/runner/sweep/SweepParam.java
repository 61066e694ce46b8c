package spinsim.runner.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spinsim.runner.config.ConfigException;

/**
 * One swept parameter: a key path into the config and its values, from
 * {@code --param PATH=VALUES}.
 *
 * <pre>
 *   dynamics.processes[0].t_lambda=10,30,100        a list (numbers, true/false or words)
 *   dynamics.processes[1].tau_spin=1:10:4            a linear range: FROM:TO:N (N values, ends included)
 *   dynamics.processes[0].field.tesla=log:0.1:100:7  a geometric range: log:FROM:TO:N
 * </pre>
 * The path is the config's own key path (the one its errors name): keys joined by dots, list
 * entries by [index]. The key must exist, or its parent mapping must (to set a key left at its
 * default); the value is then checked by the strict config loader like any other.
 */
public record SweepParam(String path, List<JsonNode> values) {
    static final String SOURCE = "command line";
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");
    private static final String FORM = "must be PATH=V1,V2,... or PATH=FROM:TO:N or PATH=log:FROM:TO:N, "
            + "PATH a config key path such as dynamics.processes[0].t_lambda";

    public SweepParam {
        values = List.copyOf(values);
    }

    /** Parses {@code PATH=VALUES}. */
    public static SweepParam parse(String arg) throws ConfigException {
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw new ConfigException(SOURCE, "--param", "'" + arg + "'", FORM);
        }
        String path = arg.substring(0, eq).strip();
        String spec = arg.substring(eq + 1).strip();
        steps(path, arg);
        List<JsonNode> values = new ArrayList<>();
        String[] range = spec.split(":", -1);
        if (range.length == 3 || range.length == 4 && range[0].equals("log")) {
            boolean log = range.length == 4;
            double from;
            double to;
            int n;
            try {
                from = Double.parseDouble(range[log ? 1 : 0]);
                to = Double.parseDouble(range[log ? 2 : 1]);
                n = Integer.parseInt(range[log ? 3 : 2]);
            } catch (NumberFormatException e) {
                throw new ConfigException(SOURCE, "--param", "'" + arg + "'", FORM);
            }
            if (n < 1 || n > 10_000 || !Double.isFinite(from) || !Double.isFinite(to) || log && !(from > 0 && to > 0)) {
                throw new ConfigException(SOURCE, "--param", "'" + arg + "'",
                        "a range needs finite ends (positive for log) and 1 <= N <= 10000");
            }
            for (int i = 0; i < n; i++) {
                double f = n == 1 ? 0 : (double) i / (n - 1);
                double v = log ? from * Math.pow(to / from, f) : from + (to - from) * f;
                if (i == n - 1) {
                    v = to;
                }
                // 12 significant digits: log:1:1000:7 gives 10, not 9.999999999999998
                v = Double.parseDouble(String.format(Locale.ROOT, "%.12g", v));
                values.add(JsonNodeFactory.instance.numberNode(v));
            }
        } else {
            for (String token : spec.split(",", -1)) {
                String t = token.strip();
                if (t.isEmpty()) {
                    throw new ConfigException(SOURCE, "--param", "'" + arg + "'", "empty value in the list; " + FORM);
                }
                values.add(value(t));
            }
        }
        return new SweepParam(path, values);
    }

    static JsonNode value(String t) {
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(t));
        } catch (NumberFormatException e) {
            // not a whole number
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return JsonNodeFactory.instance.numberNode(d);
            }
        } catch (NumberFormatException e) {
            // not a number
        }
        if (t.equals("true") || t.equals("false")) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(t));
        }
        return JsonNodeFactory.instance.textNode(t);
    }

    /** The text of value i as it goes into tables. */
    public String label(int i) {
        JsonNode v = values.get(i);
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Value i as a number, NaN when it is not one. */
    public double number(int i) {
        JsonNode v = values.get(i);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /** The last key of the path, for column headers ("t_lambda"). */
    public String shortName() {
        String p = path.replaceAll("\\[\\d+\\]$", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    /** Sets value i at this path in {@code root} (a mutable copy of the config). */
    void apply(ObjectNode root, int i, String file) throws ConfigException {
        List<Object> steps = steps(path, path);
        JsonNode node = root;
        String at = "";
        for (int s = 0; s < steps.size() - 1; s++) {
            Object step = steps.get(s);
            JsonNode next = child(node, step);
            at = join(at, step);
            if (next == null || !(next.isObject() || next.isArray())) {
                throw new ConfigException(file, at, null, "--param " + path + ": no such mapping or list in the config"
                        + describe(node, step));
            }
            node = next;
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode v = values.get(i);
        if (last instanceof String key) {
            if (!node.isObject()) {
                throw new ConfigException(file, join(at, last), null, "--param " + path + ": " + (at.isEmpty() ? "the config"
                        : at) + " is not a mapping");
            }
            ((ObjectNode) node).set(key, v);
        } else {
            int idx = (Integer) last;
            if (!node.isArray() || idx >= node.size()) {
                throw new ConfigException(file, join(at, last), null, "--param " + path + ": no such list entry"
                        + describe(node, last));
            }
            ((ArrayNode) node).set(idx, v);
        }
    }

    private static String describe(JsonNode parent, Object step) {
        return step instanceof Integer && parent != null && parent.isArray()
                ? " (the list has " + parent.size() + " entries)" : "";
    }

    private static JsonNode child(JsonNode node, Object step) {
        if (step instanceof String key) {
            return node.isObject() ? node.get(key) : null;
        }
        int idx = (Integer) step;
        return node.isArray() && idx < node.size() ? node.get(idx) : null;
    }

    private static String join(String at, Object step) {
        if (step instanceof Integer idx) {
            return at + "[" + idx + "]";
        }
        return at.isEmpty() ? (String) step : at + "." + step;
    }

    /** The path as keys (String) and list indices (Integer). */
    private static List<Object> steps(String path, String arg) throws ConfigException {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new ConfigException(SOURCE, "--param", "'" + arg + "'", FORM);
            }
            out.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                long i;
                try {
                    i = Long.parseLong(idx.group(1));
                } catch (NumberFormatException e) {
                    i = Long.MAX_VALUE;
                }
                if (i > 1_000_000) {
                    throw new ConfigException(SOURCE, "--param", "'" + arg + "'", "list index [" + idx.group(1)
                            + "] is out of range: a list of the config has far fewer entries");
                }
                out.add((int) i);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            l.add(label(i));
        }
        return String.format(Locale.ROOT, "%s=%s", path, String.join(",", l));
    }
}
