package spinsim.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import spinsim.core.analytic.AnnihilationRateConstant;
import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.SpinStatistics;
import spinsim.core.initial.Composition;
import spinsim.core.state.CellLayout;

/** The {@code ensemble.energy} section: what it builds, and every bad value refused in the loader's error style. */
class EnergyConfigTest {
    static final String VALID = """
            name: energy
            seed: 3
            replicas: 2
            ensemble:
              energy:
                x_min: -4
                x_max: 4
                dx: 0.5
                states_per_cell: 1000
                spin_count: {kind: independent-places}
              spins:
                - kind: isotropic
            dynamics:
              rule: paper
              duration: 10
            observe:
              every: 1
            """;

    @TempDir
    Path tmp;

    static String replace(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return VALID.replace(from, to);
    }

    @Test
    void energySectionBuildsFermiDiracCellsWithExactCounts() throws Exception {
        RunSpec s = ConfigLoader.parse(VALID, "e.yaml", "e");
        assertTrue(s.energyResolved());
        CellLayout l = s.layout();
        assertEquals(16, l.cells());
        assertEquals(16, s.cells());
        assertEquals(16_000, s.totalStates());
        assertEquals(8000.0, s.pairsPerSweep());
        Composition[] comps = s.compositions();
        for (int c = 0; c < l.cells(); c++) {
            double x = -4 + (c + 0.5) * 0.5;
            assertEquals(x, l.energy(c), 1e-12);
            assertEquals(1000, l.size(c));
            // electrons = rint(2 n f(x)): within 1/2 of the Fermi-Dirac count
            assertEquals(2000 * FermiDirac.electrons(x), comps[c].electrons(), 0.5, "cell " + c);
            // independent places: P(SPIN) = 2 F_el (1 - F_el), within one state of the parity-rounded target
            double f = comps[c].electrons() / 2000.0;
            assertEquals(1000 * 2 * f * (1 - f), comps[c].nSpin(), 1.0, "cell " + c);
            assertEquals(comps[c].electrons(), 2 * comps[c].nFull() + comps[c].nSpin());
        }
        assertThrows(IllegalStateException.class, s::composition);
        Map<String, Object> ens = castMap(s.resolved().get("ensemble"));
        assertEquals(List.of("energy", "spins"), List.copyOf(ens.keySet()));
        Map<String, Object> en = castMap(ens.get("energy"));
        assertEquals(List.of("x_min", "x_max", "dx", "states_per_cell", "dos", "spin_count", "average_from"),
                List.copyOf(en.keySet()));
        assertEquals(5.0, en.get("average_from"), "default: half the duration");
    }

    @Test
    void spinCountEq18AndTabulatedDensityOfStates() throws Exception {
        RunSpec s = ConfigLoader.parse(replace("    spin_count: {kind: independent-places}\n",
                "    spin_count: {kind: eq18, c: eq15}\n    dos: [[-5, 0.5], [0, 1], [5, 1.5]]\n    average_from: 7\n"),
                "e.yaml", "e");
        CellLayout l = s.layout();
        // D(x)/D(0) = 1 + x/10 here: cell sizes follow it (round half up)
        assertEquals(Math.floor(1000 * (1 + l.energy(0) / 10) + 0.5), l.size(0));
        assertEquals(Math.floor(1000 * (1 + l.energy(15) / 10) + 0.5), l.size(15));
        double c = AnnihilationRateConstant.planarClosedForm();
        Composition[] comps = s.compositions();
        for (int k = 0; k < l.cells(); k++) {
            double f = comps[k].electrons() / (2.0 * comps[k].states());
            assertEquals(comps[k].states() * 2 * SpinStatistics.spin(f, 1 - f, c), comps[k].nSpin(), 1.0);
        }
        assertEquals(7.0, s.energy().averageFrom(s.duration()));
        Map<String, Object> en = castMap(castMap(s.resolved().get("ensemble")).get("energy"));
        assertEquals(Map.of("kind", "eq18", "c", "eq15"), en.get("spin_count"));
        assertEquals(List.of(List.of(-5.0, 0.5), List.of(0.0, 1.0), List.of(5.0, 1.5)), en.get("dos"));
        // quick scaling keeps the layout and scales the states at E_F
        RunSpec half = s.withStatesPerCell(500);
        assertEquals(500, half.energy().statesAtFermi());
        assertEquals(Math.floor(500 * (1 + half.layout().energy(0) / 10) + 0.5), half.layout().size(0));
    }

    @Test
    void plainConfigsAreUnchanged() throws Exception {
        RunSpec s = ConfigLoader.parse(BadConfigs.VALID, "small.yaml", "small");
        assertFalse(s.energyResolved());
        assertNull(s.energy());
        assertEquals(1, s.compositions().length);
        assertEquals(s.composition(), s.compositions()[0]);
    }

    record Case(String label, String yaml, String keyPath, String value, String allowed) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Case> bad() {
        return List.of(
                new Case("cells beside energy", replace("  energy:\n", "  cells: 4\n  energy:\n"), "ensemble.cells", "4",
                        "not used with ensemble.energy"),
                new Case("states_per_cell beside energy", replace("  energy:\n", "  states_per_cell: 10\n  energy:\n"),
                        "ensemble.states_per_cell", "10", "give energy.states_per_cell"),
                new Case("filling beside energy", replace("  energy:\n", "  filling: 1.0\n  energy:\n"), "ensemble.filling",
                        "1.0", "the Fermi-Dirac distribution fills each energy cell"),
                new Case("spin_fraction beside energy", replace("  energy:\n", "  spin_fraction: 0.5\n  energy:\n"),
                        "ensemble.spin_fraction", "0.5", "give energy.spin_count"),
                new Case("x_max below x_min", replace("x_max: 4", "x_max: -5"), "ensemble.energy.x_max", "-5",
                        "must be greater than x_min"),
                new Case("dx not dividing the range", replace("dx: 0.5", "dx: 0.3"), "ensemble.energy.dx", "0.3",
                        "must be a whole number"),
                new Case("negative dx", replace("dx: 0.5", "dx: -0.5"), "ensemble.energy.dx", "-0.5", "must be a number in (0"),
                new Case("missing states_per_cell", replace("    states_per_cell: 1000\n", ""),
                        "ensemble.energy.states_per_cell", null, "required"),
                new Case("unknown energy key", replace("    dx: 0.5\n", "    dx: 0.5\n    dy: 1\n"), "ensemble.energy.dy", "1",
                        "unknown key"),
                new Case("unknown dos name", replace("    dx: 0.5\n", "    dx: 0.5\n    dos: parabolic\n"),
                        "ensemble.energy.dos", "'parabolic'", "constant, or a table of [x, D] pairs"),
                new Case("dos row not a pair", replace("    dx: 0.5\n", "    dx: 0.5\n    dos: [[-5, 1], [0, 1, 2], [5, 1]]\n"),
                        "ensemble.energy.dos[1]", "[0,1,2]", "must be a pair [x, D]"),
                new Case("dos not covering the cells", replace("    dx: 0.5\n", "    dx: 0.5\n    dos: [[-1, 1], [5, 1]]\n"),
                        "ensemble.energy.dos", "[[-1,1],[5,1]]", "outside the density of states table"),
                new Case("dos decreasing x", replace("    dx: 0.5\n", "    dx: 0.5\n    dos: [[5, 1], [-5, 1]]\n"),
                        "ensemble.energy.dos", "[[5,1],[-5,1]]", "must increase strictly"),
                new Case("unknown spin_count kind", replace("{kind: independent-places}", "{kind: thermal}"),
                        "ensemble.energy.spin_count.kind", "'thermal'", "independent-places, eq18, fraction"),
                new Case("eq18 without c", replace("{kind: independent-places}", "{kind: eq18}"),
                        "ensemble.energy.spin_count.c", null, "required with kind eq18"),
                new Case("eq18 with a bad c", replace("{kind: independent-places}", "{kind: eq18, c: paper}"),
                        "ensemble.energy.spin_count.c", "'paper'", "or eq15"),
                new Case("fraction out of range", replace("{kind: independent-places}", "{kind: fraction, fraction: 1.5}"),
                        "ensemble.energy.spin_count.fraction", "1.5", "must be a number in [0, 1]"),
                new Case("average_from beyond the run", replace("    dx: 0.5\n", "    dx: 0.5\n    average_from: 10\n"),
                        "ensemble.energy.average_from", "10.0", "must be less than dynamics.duration"),
                new Case("too many states", replace("states_per_cell: 1000", "states_per_cell: 200000000"),
                        "ensemble.energy.states_per_cell", null, "at most"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void badEnergyConfigNamesFileKeyValueAndAllowed(Case c) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, c.yaml());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        String msg = e.getMessage();
        assertFalse(msg.contains("\n"), "one line: " + msg);
        assertEquals(file.toString(), e.file(), msg);
        assertEquals(c.keyPath(), e.keyPath(), msg);
        if (c.value() != null) {
            assertTrue(e.value() != null && e.value().contains(c.value()), "value '" + c.value() + "' in: " + msg);
        }
        assertTrue(e.allowed().contains(c.allowed()), "allowed '" + c.allowed() + "' in: " + msg);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
