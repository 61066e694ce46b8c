package spinsim.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad config is refused with one line naming the file, the key path, the value and what is allowed. */
class ConfigLoaderTest {
    @TempDir
    Path tmp;

    static List<BadConfigs.Case> cases() {
        return BadConfigs.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badConfigNamesFileKeyValueAndAllowed(BadConfigs.Case c) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, c.yaml());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        String msg = e.getMessage();
        assertFalse(msg.contains("\n") || msg.contains("\r"), "one line: " + msg);
        assertEquals(file.toString(), e.file(), msg);
        assertEquals(c.keyPath(), e.keyPath(), msg);
        if (c.value() == null) {
            assertNull(e.value(), msg);
        } else {
            assertTrue(e.value() != null && e.value().contains(c.value()), "value '" + c.value() + "' in: " + msg);
            assertTrue(msg.contains(c.keyPath() + " = " + e.value()), msg);
        }
        assertTrue(e.allowed().contains(c.allowed()), "allowed '" + c.allowed() + "' in: " + msg);
        assertTrue(msg.startsWith(file + ": "), msg);
        assertTrue(msg.endsWith(e.allowed()), msg);
    }

    @Test
    void missingFileIsNamed() {
        Path file = tmp.resolve("nowhere.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals("file not found", e.allowed());
    }

    @Test
    void nonFiniteYamlNumbersNameTheKeyPath() {
        // Jackson's YAML reader called these "Malformed numeric value" with no key path
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "ensemble: {states_per_cell: 10}\ndynamics: {pairing: poisson, dt: .inf}\n", "c.yaml", "c"));
        assertEquals("c.yaml: dynamics.dt = .inf: YAML reads this as a non-finite number, which no key of a "
                + "config takes (a number must be finite; quote the value if a text is meant)", e.getMessage());
        // a text key written as .inf is refused in words that fit it too, and a complex key by its parent's path
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("name: .inf\n", "c.yaml", "x"));
        assertTrue(e.getMessage().startsWith("c.yaml: name = .inf: YAML reads this as a non-finite number"), e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("dynamics:\n  ? {a: 1}\n  : 2\nseed: .nan\n", "c.yaml", "x"));
        assertEquals("dynamics", e.keyPath(), e.getMessage());
        assertTrue(e.getMessage().contains("a mapping key must be a plain name"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("name: x\nobserve: {axis: [0, .nan, 1]}\n",
                "c.yaml", "c"));
        assertEquals("observe.axis[1]", e.keyPath());
        // quoted, it is a string: the key's own check refuses it
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                BadConfigs.VALID.replace("filling: 1.0", "filling: '.inf'"), "c.yaml", "c"));
        assertEquals("c.yaml: ensemble.filling = '.inf': must be a number in [0, 2] (electrons per state)",
                e.getMessage());
    }

    @Test
    void anchorsAliasesAndMergeKeysAreRefusedWhereTheyAre() {
        // Jackson's tree held an alias as its plain name: "replicas = 's': must be a whole number ..."
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "seed: &s 7\nreplicas: *s\n", "c.yaml", "c"));
        assertEquals("c.yaml: seed = &s: YAML anchors and aliases are not supported; write the value out",
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(BadConfigs.VALID.replace(
                "      direction: [0, 0, 1]\n", "      direction: [0, 0, 1]\n    - *up\n"), "c.yaml", "c"));
        assertEquals("c.yaml: ensemble.spins[1] = *up: YAML anchors and aliases are not supported; write the value "
                + "out", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "defaults: &d {rule: paper}\ndynamics:\n  <<: *d\n", "c.yaml", "c"));
        assertEquals("defaults", e.keyPath());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "dynamics:\n  <<: *d\n  duration: 3\n", "c.yaml", "c"));
        assertEquals("c.yaml: dynamics.<<: YAML merge keys (<<) are not supported; write the keys out",
                e.getMessage());
        // quoted, '<<' and '*s' are plain text, refused by the keys' own checks
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                BadConfigs.VALID.replace("replicas: 2", "replicas: '*s'"), "c.yaml", "c"));
        assertEquals("replicas", e.keyPath());
        assertTrue(e.allowed().startsWith("must be a whole number"), e.getMessage());
    }

    @Test
    void theSeedIsAnySixtyFourBitInteger() throws Exception {
        for (long seed : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
            assertEquals(seed, ConfigLoader.parse(BadConfigs.VALID.replace("seed: 7", "seed: " + seed), "s.yaml", "s")
                    .seed());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                BadConfigs.VALID.replace("seed: 7", "seed: -9223372036854775809"), "s.yaml", "s"));
        assertEquals("s.yaml: seed = -9223372036854775809: must be a whole number in [-9223372036854775808, "
                + "9223372036854775807] (any 64-bit integer)", e.getMessage());
    }

    @Test
    void validConfigLoadsWithDefaultsFilledIn() throws Exception {
        RunSpec s = ConfigLoader.parse(BadConfigs.VALID, "small.yaml", "small");
        assertEquals(1000, s.statesPerCell());
        assertEquals(3, s.steps());
        assertEquals(40, s.histogramBins());
        assertEquals(List.of("name", "seed", "replicas", "ensemble", "dynamics", "observe"),
                List.copyOf(s.resolved().keySet()));
    }

    @Test
    void processParametersKeepTheirOrder() throws Exception {
        RunSpec s = ConfigLoader.parse(BadConfigs.VALID.replace("  duration: 3\n",
                "  duration: 3\n  processes: [{name: spin-relaxation, tau_spin: 50}]\n"), "p.yaml", "p");
        assertEquals(List.of("name", "tau_spin"), List.copyOf(s.processes().get(0).resolved().keySet()));
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, ConfigNode.editDistance("seed", "seed"));
        assertEquals(1, ConfigNode.editDistance("stats_per_cell", "states_per_cell"));
        assertEquals(2, ConfigNode.editDistance("sede", "seed"));
        assertEquals(4, ConfigNode.editDistance("", "cell"));
    }
}
