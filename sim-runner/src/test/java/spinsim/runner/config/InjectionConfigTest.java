package spinsim.runner.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.initial.SpinComponent;
import spinsim.core.process.Injection;

/**
 * The config side of Section 8: the {@code injection} process, directions given as polar_deg /
 * azimuth_deg (process and spin components), and {@code observe.assemblies}; strict one-line
 * errors, and resolved configs that show the resolved vectors and load back to the same run.
 */
class InjectionConfigTest {
    static String config(String spins, String processes, String observe) {
        return """
                name: s8
                seed: 3
                replicas: 2
                ensemble:
                  cells: 1
                  states_per_cell: 1000
                  filling: 1.0
                  spin_fraction: 0.5
                  spins:
                %s
                dynamics:
                  rule: paper
                  duration: 3
                  processes:
                %s
                observe:
                  every: 1
                %s
                """.formatted(spins.indent(4), processes.indent(4), observe.indent(2));
    }

    static final String TWO_FIXED = """
            - {kind: fixed, weight: 0.8, direction: [0, 0, 1]}
            - {kind: fixed, weight: 0.2, polar_deg: 145}""";
    static final String INJECT = "- {name: injection, rate: 0.002, polar_deg: 30, azimuth_deg: 90, source: empty}";

    static ConfigException bad(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "bad.yaml", "bad"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml: "), e.getMessage());
        return e;
    }

    static double[] polar(double deg, double az) {
        double t = Math.toRadians(deg);
        double p = Math.toRadians(az);
        return new double[] {Math.sin(t) * Math.cos(p), Math.sin(t) * Math.sin(p), Math.cos(t)};
    }

    @Test
    void injectionBuildsTheProcessAndTheResolvedConfigShowsTheVector() throws Exception {
        RunSpec s = ConfigLoader.parse(config(TWO_FIXED, INJECT + "\n- {name: injection, rate: 0, direction: [1, 0, 0], "
                + "source: full}", "assemblies: true"), "s8.yaml", "s8");
        Injection a = assertInstanceOf(Injection.class, s.processes().get(0).build());
        assertEquals(0.002, a.rate());
        assertEquals(Injection.Source.EMPTY, a.source());
        assertArrayEquals(polar(30, 90), a.direction(), 1e-15);
        Injection b = assertInstanceOf(Injection.class, s.processes().get(1).build());
        assertEquals(Injection.Source.FULL, b.source());
        assertEquals(0, b.rate());
        assertEquals(List.of("name", "rate", "direction", "source"), List.copyOf(s.processes().get(0).resolved().keySet()));
        assertEquals(List.of(polar(30, 90)[0], polar(30, 90)[1], polar(30, 90)[2]),
                s.processes().get(0).resolved().get("direction"));
        assertEquals(List.of("scattering(paper, sweep)", "injection", "injection"), s.setup(1).stageOrder());
        assertTrue(ProcessSpec.InjectionSpec.present(s.processes()));

        // the spin component given by polar_deg resolves to its vector
        SpinComponent.Fixed f = assertInstanceOf(SpinComponent.Fixed.class, s.spins().get(1).component());
        assertArrayEquals(polar(145, 0), f.direction(), 1e-15);
        assertEquals(List.of(polar(145, 0)[0], 0.0, polar(145, 0)[2]), s.spins().get(1).resolved().get("direction"));

        // the assemblies follow the two fixed components
        assertEquals(0, s.assemblies().minGroup());
        assertArrayEquals(new double[] {0, 0, 1}, s.assemblies().first(), 0);
        assertArrayEquals(polar(145, 0), s.assemblies().second(), 1e-15);

        // the resolved config loads back to the same run, in every part
        String again = new YAMLMapper().writeValueAsString(s.resolved());
        assertFalse(again.contains("polar_deg"), again);
        RunSpec t = ConfigLoader.parse(again, "again.yaml", "again");
        assertEquals(s.resolved(), t.resolved());
        assertArrayEquals(s.assemblies().second(), t.assemblies().second(), 0);
        assertArrayEquals(((Injection) s.processes().get(0).build()).direction(),
                ((Injection) t.processes().get(0).build()).direction(), 0);
    }

    @Test
    void assembliesTakeAMinGroupAndCanUseTheInjectionDirection() throws Exception {
        RunSpec s = ConfigLoader.parse(config("- {kind: fixed, direction: [0, 0, 1]}\n- {kind: isotropic}", INJECT,
                "assemblies: {min_group: 50}"), "s8.yaml", "s8");
        assertEquals(50, s.assemblies().minGroup());
        assertArrayEquals(polar(30, 90), s.assemblies().second(), 1e-15);
        assertEquals(50, s.assemblies().tracker().minGroupFor(1_000_000));
        RunSpec t = ConfigLoader.parse(new YAMLMapper().writeValueAsString(s.resolved()), "again.yaml", "again");
        assertEquals(50, t.assemblies().minGroup());
        // off: absent or false
        assertNull(ConfigLoader.parse(config(TWO_FIXED, "[]", "assemblies: false"), "s8.yaml", "s8").assemblies());
        assertNull(ConfigLoader.parse(config(TWO_FIXED, "[]", "axis: [0, 0, 1]"), "s8.yaml", "s8").assemblies());
        // a cone component takes the angular form too
        RunSpec c = ConfigLoader.parse(config("- {kind: cone, polar_deg: 90, azimuth_deg: 180, half_angle_deg: 5}",
                "[]", "axis: [0, 0, 1]"), "s8.yaml", "s8");
        SpinComponent.Cone cone = assertInstanceOf(SpinComponent.Cone.class, c.spins().get(0).component());
        assertArrayEquals(polar(90, 180), cone.direction(), 1e-15);
    }

    @Test
    void badInjectionEntriesAreRefusedInOneLine() {
        ConfigException e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, polar_deg: 30, source: emtpy}", ""));
        assertEquals("dynamics.processes[0].source", e.keyPath());
        assertEquals("'emtpy'", e.value());
        assertTrue(e.allowed().contains("must be one of: empty, full"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, polar_deg: 30}", ""));
        assertEquals("dynamics.processes[0].source", e.keyPath());
        assertTrue(e.allowed().startsWith("required; one of: empty"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: -0.002, polar_deg: 30, source: empty}", ""));
        assertEquals("dynamics.processes[0].rate", e.keyPath());
        assertEquals("-0.002", e.value());
        assertTrue(e.allowed().contains("[0, 1000000]"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, polar_deg: 30, source: empty}", ""));
        assertEquals("dynamics.processes[0].rate", e.keyPath());
        assertTrue(e.allowed().startsWith("required"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, direction: [0, 0, 1], polar_deg: 30, source: empty}", ""));
        assertEquals("dynamics.processes[0].polar_deg", e.keyPath());
        assertEquals("30", e.value());
        assertTrue(e.allowed().contains("not both"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, direction: [0, 0, 1], azimuth_deg: 30, source: full}", ""));
        assertEquals("dynamics.processes[0].azimuth_deg", e.keyPath());
        assertTrue(e.allowed().contains("not both"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, azimuth_deg: 30, source: full}", ""));
        assertEquals("dynamics.processes[0].azimuth_deg", e.keyPath());
        assertTrue(e.allowed().contains("needs polar_deg"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, source: full}", ""));
        assertEquals("dynamics.processes[0].direction", e.keyPath());
        assertTrue(e.allowed().contains("direction: [x, y, z] or polar_deg"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, polar_deg: 200, source: full}", ""));
        assertEquals("dynamics.processes[0].polar_deg", e.keyPath());
        assertTrue(e.allowed().contains("[0, 180]"), e.getMessage());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, direction: [0, 0, 0], source: full}", ""));
        assertEquals("dynamics.processes[0].direction", e.keyPath());

        e = bad(config(TWO_FIXED, "- {name: injection, rate: 0.1, polar_deg: 3, source: full, sorce: empty}", ""));
        assertEquals("dynamics.processes[0].sorce", e.keyPath());
        assertTrue(e.allowed().contains("unknown key"), e.getMessage());
    }

    @Test
    void badDirectionsOfSpinComponentsAreRefused() {
        ConfigException e = bad(config("- {kind: fixed, direction: [0, 0, 1], polar_deg: 10}", "[]", ""));
        assertEquals("ensemble.spins[0].polar_deg", e.keyPath());
        assertTrue(e.allowed().contains("not both"), e.getMessage());

        e = bad(config("- {kind: cone, half_angle_deg: 3}", "[]", ""));
        assertEquals("ensemble.spins[0].direction", e.keyPath());
        assertTrue(e.allowed().contains("or polar_deg"), e.getMessage());

        e = bad(config("- {kind: fixed, azimuth_deg: 10}", "[]", ""));
        assertEquals("ensemble.spins[0].azimuth_deg", e.keyPath());

        e = bad(config("- {kind: fixed, polar_deg: 10, azimuth_deg: 400}", "[]", ""));
        assertEquals("ensemble.spins[0].azimuth_deg", e.keyPath());
        assertTrue(e.allowed().contains("[-360, 360]"), e.getMessage());

        // the angular keys belong to fixed and cone only
        e = bad(config("- {kind: isotropic, polar_deg: 10}", "[]", ""));
        assertEquals("ensemble.spins[0].polar_deg", e.keyPath());
        assertTrue(e.allowed().contains("unknown key"), e.getMessage());
    }

    @Test
    void badAssemblyObservationsAreRefused() {
        ConfigException e = bad(config(TWO_FIXED, "[]", "assemblies: yes please"));
        assertEquals("observe.assemblies", e.keyPath());
        assertTrue(e.allowed().contains("true, false or a mapping {min_group: N}"), e.getMessage());

        e = bad(config("- {kind: fixed, direction: [0, 0, 1]}\n- {kind: isotropic}", "[]", "assemblies: true"));
        assertEquals("observe.assemblies", e.keyPath());
        assertTrue(e.allowed().contains("found 1"), e.getMessage());

        e = bad(config("- {kind: isotropic}", INJECT, "assemblies: true"));
        assertEquals("observe.assemblies", e.keyPath());
        assertTrue(e.allowed().contains("found 0"), e.getMessage());

        e = bad(config(TWO_FIXED, "[]", "assemblies: {min_group: 1}"));
        assertEquals("observe.assemblies.min_group", e.keyPath());
        assertTrue(e.allowed().contains("[2, "), e.getMessage());

        e = bad(config(TWO_FIXED, "[]", "assemblies: {min_grop: 10}"));
        assertEquals("observe.assemblies.min_grop", e.keyPath());
        assertTrue(e.allowed().contains("unknown key"), e.getMessage());
    }
}
