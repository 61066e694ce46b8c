package spinsim.runner.config;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML a config may use, checked on the parser's events before the text is read into a tree,
 * so that a refusal names the key path like any other config error:
 * <ul>
 *   <li>no non-finite number ({@code .inf}, {@code -.inf}, {@code .nan}, or one beyond the doubles
 *       such as {@code 1e400}), which Jackson's YAML reader would report as "Malformed numeric
 *       value" without a key path, and none of which any key allows;</li>
 *   <li>no anchor ({@code &name}), alias ({@code *name}) or merge key ({@code <<}): Jackson's tree
 *       holds an alias as the plain string "name" and a merge key as a key "<<", which the strict
 *       reader would then refuse as a wrong type or an unknown key.</li>
 * </ul>
 *
 * <p>Only the first document is looked at (the loader refuses a second one). Events are checked in
 * the order the reader meets them, so a value is refused where the reader would have failed on
 * it; a fault in the YAML itself is left to the reader, whose message says where and why.
 */
public final class YamlSubset {
    /** YAML 1.1's non-finite floats, as the resolver of Jackson's reader (SnakeYAML's) tags them. */
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Resolver RESOLVER = new Resolver();
    // the key's own type is not known here (name: .inf would be a text), so the messages say what YAML read
    static final String FINITE = "YAML reads this as a non-finite number, which no key of a config takes (a number "
            + "must be finite; quote the value if a text is meant)";
    static final String OVERFLOW = "YAML reads this as a number beyond the largest double (about 1.8e308), which no "
            + "key of a config takes (quote the value if a text is meant)";
    static final String COMPLEX_KEY = "a mapping key must be a plain name, not a list or mapping ('? ...' complex "
            + "keys are not supported)";
    static final String ANCHORS = "YAML anchors and aliases are not supported; write the value out";
    static final String MERGE = "YAML merge keys (<<) are not supported; write the keys out";

    /** Where the events are: one open mapping or list, with its key path. */
    private static final class Level {
        final String path;
        final boolean mapping;
        /** Whether this collection is itself a mapping key (a complex key), not a value. */
        final boolean isKey;
        /** In a mapping: whether the next node is a key; the key just read. In a list: the last index. */
        boolean atKey = true;
        String key;
        int index = -1;

        Level(String path, boolean mapping, boolean isKey) {
            this.path = path;
            this.mapping = mapping;
            this.isKey = isKey;
        }
    }

    private YamlSubset() {
    }

    /**
     * Fails on the first value of the first document that a config does not take, naming its key
     * path ("dynamics.dt", "ensemble.spins[0].direction[2]") and the value as written.
     */
    public static void check(String yaml, String source) throws ConfigException {
        Deque<Level> open = new ArrayDeque<>();
        try {
            for (Event e : new Yaml().parse(new StringReader(yaml))) {
                if (e instanceof DocumentEndEvent) {
                    return;
                }
                if (e instanceof CollectionEndEvent) {
                    Level done = open.pop();
                    Level parent = open.peek();
                    if (parent != null && parent.mapping && !done.isKey) {
                        parent.atKey = true;
                    }
                    continue;
                }
                if (!(e instanceof NodeEvent)) {
                    continue;
                }
                Level at = open.peek();
                boolean isKey = at != null && at.mapping && at.atKey;
                String path;
                if (at == null) {
                    path = "";
                } else if (!at.mapping) {
                    path = at.path + "[" + ++at.index + "]";
                } else if (isKey) {
                    if (!(e instanceof ScalarEvent) && !(e instanceof AliasEvent)) {
                        // where Jackson's reader would fail ("expected a field name") without a key path
                        throw new ConfigException(source, at.path, null, COMPLEX_KEY);
                    }
                    at.key = e instanceof ScalarEvent s ? s.getValue() : "?";
                    at.atKey = false;
                    path = child(at.path, at.key);
                } else {
                    path = child(at.path, at.key);
                }
                if (e instanceof AliasEvent alias) {
                    throw new ConfigException(source, isKey ? at.path : path, "*" + alias.getAnchor(), ANCHORS);
                }
                String anchor = ((NodeEvent) e).getAnchor();
                if (anchor != null) {
                    throw new ConfigException(source, path, "&" + anchor, ANCHORS);
                }
                if (isKey && e instanceof ScalarEvent s && isMergeKey(s)) {
                    throw new ConfigException(source, path, null, MERGE);
                }
                if (!isKey && e instanceof ScalarEvent s) {
                    nonFinite(s, source, path);
                }
                if (e instanceof CollectionStartEvent) {
                    open.push(new Level(path, e instanceof MappingStartEvent, isKey));
                } else if (at != null && at.mapping && !isKey) {
                    at.atKey = true;
                }
            }
        } catch (YAMLException notYaml) {
            // not valid YAML from here on: the loader's reader fails on it with the line, column and reason
        }
    }

    private static void nonFinite(ScalarEvent s, String source, String path) throws ConfigException {
        if (!Tag.FLOAT.getValue().equals(tagOf(s))) {
            return;
        }
        String v = s.getValue().strip();
        if (NON_FINITE.matcher(v).matches()) {
            throw new ConfigException(source, path, v, FINITE);
        }
        double d;
        try {
            d = Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException other) {
            return; // a YAML 1.1 float Java does not parse (base 60, 1:30.5): left to the reader
        }
        if (Double.isInfinite(d)) {
            throw new ConfigException(source, path, v, OVERFLOW);
        }
    }

    /** A plain {@code <<} key (quoted, it is an ordinary key, and unknown). */
    private static boolean isMergeKey(ScalarEvent s) {
        return Tag.MERGE.getValue().equals(tagOf(s));
    }

    /** The tag the reader gives a scalar: its explicit tag, else the one the resolver infers from its text. */
    private static String tagOf(ScalarEvent s) {
        String tag = s.getTag();
        return tag == null || tag.equals("!")
                ? RESOLVER.resolve(NodeId.scalar, s.getValue(), s.getImplicit().canOmitTagInPlainScalar()).getValue()
                : tag;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
