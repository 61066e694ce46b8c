package spinsim.runner.config;

import java.util.List;

/**
 * Bad configs, each a small valid config with one thing wrong, and what the error must name:
 * the key path, (part of) the shown value and (part of) what is allowed. Shared by the loader's
 * and the command line's tests.
 */
public final class BadConfigs {
    /** A valid, small config (1000 states, 3 steps). */
    public static final String VALID = """
            name: small
            seed: 7
            replicas: 2
            ensemble:
              cells: 1
              states_per_cell: 1000
              filling: 1.0
              spin_fraction: 0.5
              spins:
                - kind: fixed
                  direction: [0, 0, 1]
            dynamics:
              rule: paper
              pairing: sweep
              duration: 3
            observe:
              every: 1
            """;

    /**
     * One bad config.
     *
     * @param keyPath  the key path the error must name ("" for the file as a whole)
     * @param value    a substring of the shown value, or null when the error shows no value
     * @param allowed  a substring of what the error says is allowed
     */
    public record Case(String label, String yaml, String keyPath, String value, String allowed) {
        @Override
        public String toString() {
            return label;
        }
    }

    private BadConfigs() {
    }

    static String replace(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return VALID.replace(from, to);
    }

    public static List<Case> cases() {
        return List.of(
                new Case("unknown top-level key", VALID + "sede: 3\n", "sede", "3", "unknown key"),
                new Case("unknown nested key (misspelt)", replace("states_per_cell: 1000", "stats_per_cell: 1000"),
                        "ensemble.stats_per_cell", "1000", "unknown key; did you mean states_per_cell?"),
                new Case("unknown nested key", replace("  filling: 1.0\n", "  filling: 1.0\n  colour: red\n"),
                        "ensemble.colour", "'red'", "allowed keys here: cells, states_per_cell"),
                new Case("unknown key in a list entry", replace("      direction: [0, 0, 1]\n",
                        "      direction: [0, 0, 1]\n      spread: 3\n"), "ensemble.spins[0].spread", "3", "unknown key"),
                new Case("wrong type", replace("states_per_cell: 1000", "states_per_cell: \"many\""),
                        "ensemble.states_per_cell", "'many'", "must be a whole number in [2, "),
                new Case("fractional size", replace("states_per_cell: 1000", "states_per_cell: 10.5"),
                        "ensemble.states_per_cell", "10.5", "must be a whole number"),
                new Case("zero states", replace("states_per_cell: 1000", "states_per_cell: 0"),
                        "ensemble.states_per_cell", "0", "must be a whole number in [2, "),
                new Case("negative states", replace("states_per_cell: 1000", "states_per_cell: -5"),
                        "ensemble.states_per_cell", "-5", "must be a whole number in [2, "),
                new Case("zero cells", replace("cells: 1", "cells: 0"), "ensemble.cells", "0", "[1, 1000000]"),
                new Case("negative cells", replace("cells: 1", "cells: -3"), "ensemble.cells", "-3", "[1, 1000000]"),
                new Case("zero replicas", replace("replicas: 2", "replicas: 0"), "replicas", "0", "[1, 10000]"),
                new Case("negative duration", replace("duration: 3", "duration: -1"), "dynamics.duration", "-1",
                        "must be a number in (0, "),
                new Case("filling 2.5", replace("filling: 1.0", "filling: 2.5"), "ensemble.filling", "2.5",
                        "must be a number in [0, 2]"),
                new Case("filling -0.1", replace("filling: 1.0", "filling: -0.1"), "ensemble.filling", "-0.1",
                        "must be a number in [0, 2]"),
                new Case("spin_fraction beyond the filling", replace("filling: 1.0", "filling: 0.2"),
                        "ensemble.spin_fraction", "0.5", "at most 0.2"),
                new Case("unknown rule", replace("rule: paper", "rule: papr"), "dynamics.rule", "'papr'",
                        "must be one of: paper, paper-planar, spin-conserving"),
                new Case("unknown pairing", replace("pairing: sweep", "pairing: random"), "dynamics.pairing",
                        "'random'", "must be one of: sweep, poisson"),
                new Case("cells x states beyond one store", replace("cells: 1", "cells: 100")
                        .replace("states_per_cell: 1000", "states_per_cell: 2000000000"), "ensemble.states_per_cell",
                        "2000000000", "cells x states_per_cell must be at most"),
                new Case("ensemble beyond the heap", replace("states_per_cell: 1000", "states_per_cell: 2100000000"),
                        "ensemble.states_per_cell", "2100000000", "but the heap allows about"),
                new Case("invalid YAML", replace("seed: 7", "seed: [7,"), "", null,
                        "not valid YAML at line"),
                new Case("duplicate key", VALID + "seed: 8\n", "", null, "Duplicate field 'seed'"),
                new Case("not a mapping", "- just\n- a list\n", "", null, "a config must be a YAML mapping"),
                new Case("duration not a whole number of steps", replace("duration: 3", "duration: 2.5"),
                        "dynamics.duration", "2.5", "whole number of steps of dt = 1 t_sc; the nearest are 2 and 3 t_sc"),
                new Case("duration of poisson steps not a whole number", replace("pairing: sweep", "pairing: poisson\n  dt: 0.3")
                        .replace("duration: 3", "duration: 2"), "dynamics.duration", "2", "steps of dt = 0.3"),
                new Case("a step so small the run never ends", replace("pairing: sweep", "pairing: poisson\n  dt: 1e-300"),
                        "dynamics.duration", "3", "at most 1000000000 steps"),
                new Case("a seed in exponent form beyond exact doubles", replace("seed: 7", "seed: 1e18"), "seed", "1.0E18",
                        "write it in digits"),
                new Case("a duration shorter than one step", replace("pairing: sweep", "pairing: poisson\n  dt: 0.1")
                        .replace("duration: 3", "duration: 0.0005"), "dynamics.duration", "5.0E-4", "at least one step"),
                new Case("an empty file", "", "", null, "the file is empty"),
                new Case("two YAML documents", VALID + "---\nreplicas: 0\n", "", null, "more than one YAML document"),
                new Case("experiment config given to run", "experiment: V1\nrule: paper\n", "experiment", "'V1'",
                        "use `spinsim validate V1`"),
                new Case("weight that overflows the mixture's sum", replace("      direction: [0, 0, 1]\n",
                        "      direction: [0, 0, 1]\n      weight: 1e308\n"), "ensemble.spins[0].weight", "1.0E308",
                        "(0, 1.0E100]"),
                new Case("YAML .inf", replace("pairing: sweep", "pairing: poisson\n  dt: .inf"), "dynamics.dt", ".inf",
                        "YAML reads this as a non-finite number, which no key of a config takes (a number must be finite; quote the value if a text is meant)"),
                new Case("YAML -.inf in a list", replace("direction: [0, 0, 1]", "direction: [0, 0, -.inf]"),
                        "ensemble.spins[0].direction[2]", "-.inf", "a number must be finite"),
                new Case("YAML .nan", replace("filling: 1.0", "filling: .NaN"), "ensemble.filling", ".NaN",
                        "a number must be finite"),
                new Case("a number beyond the doubles", replace("duration: 3", "duration: 1e400"), "dynamics.duration",
                        "1e400", "beyond the largest double (about 1.8e308), which no key of a config takes"),
                new Case("YAML anchor", replace("seed: 7", "seed: &s 7"), "seed", "&s",
                        "YAML anchors and aliases are not supported; write the value out"),
                new Case("YAML alias", replace("replicas: 2", "replicas: *s"), "replicas", "*s",
                        "YAML anchors and aliases are not supported; write the value out"),
                new Case("YAML merge key", replace("      direction: [0, 0, 1]\n",
                        "      direction: [0, 0, 1]\n      <<: {weight: 2}\n"), "ensemble.spins[0].<<", null,
                        "YAML merge keys (<<) are not supported; write the keys out"));
    }
}
