package spinsim.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.observe.CellTally;
import spinsim.core.process.ExchangeField;
import spinsim.core.process.FieldPrecession;
import spinsim.core.process.PrecessionParameters;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

/** The process entries of a config (field-precession, exchange-field, spin-relaxation) and rule: none. */
class ProcessConfigTest {
    static String config(String rule, String processes) {
        return """
                name: p
                seed: 3
                replicas: 2
                ensemble: {cells: 1, states_per_cell: 1000, filling: 1.0, spin_fraction: 0.5}
                dynamics:
                  rule: %s
                  pairing: sweep
                  duration: 3
                  processes:
                %s
                """.formatted(rule, processes.indent(4));
    }

    static ConfigException bad(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "bad.yaml", "bad"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml: "), e.getMessage());
        return e;
    }

    @Test
    void reducedUnitsBuildTheProcessesAndRoundTrip() throws Exception {
        RunSpec s = ConfigLoader.parse(config("paper", """
                - {name: field-precession, direction: [0, 0, 2], t_lambda: 30, omega_l: 0.5}
                - {name: exchange-field, direction: [1, 0, 0], t_lambda: 10}
                - {name: spin-relaxation, tau_spin: 100}"""), "p.yaml", "p");
        assertEquals(3, s.processes().size());
        FieldPrecession f = assertInstanceOf(FieldPrecession.class, s.processes().get(0).build());
        assertEquals(30, f.tLambda());
        assertEquals(0.5, f.omegaL());
        assertEquals(List.of(0.0, 0.0, 1.0), List.of(f.axis()[0], f.axis()[1], f.axis()[2]));
        ExchangeField x = assertInstanceOf(ExchangeField.class, s.processes().get(1).build());
        assertEquals(10, x.tLambda());
        assertEquals(List.of("name", "direction", "t_lambda", "omega_l"),
                List.copyOf(s.processes().get(0).resolved().keySet()));
        // the resolved config loads back to the same processes
        String again = new YAMLMapper().writeValueAsString(s.resolved());
        RunSpec t = ConfigLoader.parse(again, "again.yaml", "again");
        for (int i = 0; i < 3; i++) {
            assertEquals(s.processes().get(i).resolved(), t.processes().get(i).resolved());
        }
        assertEquals(List.of("scattering(paper, sweep)", "field-precession", "exchange-field", "spin-relaxation"),
                s.setup(1).stageOrder());
    }

    @Test
    void physicalUnitsGiveTLambdaByEq34() throws Exception {
        RunSpec s = ConfigLoader.parse(config("paper", """
                - name: field-precession
                  field: {tesla: 2.0, g: 2.0, alpha: 0.1}
                  t_sc_seconds: 1.0e-12"""), "p.yaml", "p");
        FieldPrecession f = (FieldPrecession) s.processes().get(0).build();
        PrecessionParameters p = PrecessionParameters.fromDampingConstant(2.0, 2.0, 0.1, 1e-12);
        assertEquals(p.tLambda(), f.tLambda(), 1e-12 * p.tLambda());
        assertEquals(p.omegaL(), f.omegaL(), 1e-12 * p.omegaL());
        // by hand: omega_L = g mu_B B / hbar t_sc, t_lambda = 1 / (alpha omega_L)
        double omega = 2.0 * 9.2740100783e-24 * 2.0 / (6.62607015e-34 / (2 * Math.PI)) * 1e-12;
        assertEquals(omega, f.omegaL(), 1e-9 * omega);
        assertEquals(1 / (0.1 * omega), f.tLambda(), 1e-9 / (0.1 * omega));
        RunSpec l = ConfigLoader.parse(config("paper", """
                - name: exchange-field
                  field: {tesla: 2.0, lambda: 1.0e33}
                  t_sc_seconds: 1.0e-12"""), "p.yaml", "p");
        ExchangeField x = (ExchangeField) l.processes().get(0).build();
        assertEquals(PrecessionParameters.fromPhysical(2.0, 2.0, 1e33, 1e-12).tLambda(), x.tLambda(), 1e-9);
        assertEquals(List.of("name", "direction", "field", "t_sc_seconds"),
                List.copyOf(l.processes().get(0).resolved().keySet()));
    }

    @Test
    void badProcessEntriesNameTheKeyTheValueAndWhatIsAllowed() {
        ConfigException e = bad(config("paper", "- {name: field-precesion, t_lambda: 3}"));
        assertEquals("dynamics.processes[0].name", e.keyPath());
        assertTrue(e.allowed().contains("field-precession, exchange-field"), e.getMessage());

        e = bad(config("paper", "- {name: field-precession}"));
        assertEquals("dynamics.processes[0].t_lambda", e.keyPath());
        assertTrue(e.allowed().startsWith("required"), e.getMessage());

        e = bad(config("paper", "- {name: field-precession, t_lambda: 0}"));
        assertEquals("dynamics.processes[0].t_lambda", e.keyPath());
        assertEquals("0", e.value());

        e = bad(config("paper", "- {name: field-precession, t_lambda: 3, field: {tesla: 1, alpha: 0.1}}"));
        assertEquals("dynamics.processes[0].t_lambda", e.keyPath());
        assertTrue(e.allowed().contains("not both"), e.getMessage());

        e = bad(config("paper", "- {name: field-precession, field: {tesla: 1, alpha: 0.1}}"));
        assertEquals("dynamics.processes[0].t_sc_seconds", e.keyPath());
        assertTrue(e.allowed().contains("seconds"), e.getMessage());

        e = bad(config("paper", "- {name: field-precession, field: {tesla: 1, lambda: 1e30, alpha: 0.1}, t_sc_seconds: 1e-12}"));
        assertEquals("dynamics.processes[0].field.alpha", e.keyPath());

        e = bad(config("paper", "- {name: field-precession, field: {tesla: 1, alpha: 0.1, gauss: 3}, t_sc_seconds: 1e-12}"));
        assertEquals("dynamics.processes[0].field.gauss", e.keyPath());
        assertTrue(e.allowed().contains("unknown key"), e.getMessage());

        e = bad(config("paper", "- {name: field-precession, field: {tesla: -1, alpha: 0.1}, t_sc_seconds: 1e-12}"));
        assertEquals("dynamics.processes[0].field.tesla", e.keyPath());

        e = bad(config("paper", "- {name: field-precession, t_lambda: 3, t_sc_seconds: 1e-12}"));
        assertEquals("dynamics.processes[0].t_sc_seconds", e.keyPath());

        e = bad(config("paper", "- {name: exchange-field, t_lambda: 3, direction: [0, 0, 0]}"));
        assertEquals("dynamics.processes[0].direction", e.keyPath());

        e = bad(config("paper", "- {name: spin-relaxation, tau_spin: 3, t_lambda: 4}"));
        assertEquals("dynamics.processes[0].t_lambda", e.keyPath());
        assertTrue(e.allowed().contains("unknown key"), e.getMessage());

        e = bad(config("none", "- {name: spin-relaxation, tau_spin: 3}").replace("pairing: sweep", "pairing: poisson"));
        assertEquals("dynamics.pairing", e.keyPath());
    }

    /**
     * Spin flips alone (rule none): all spins start along +z and each is redrawn with probability
     * 1 - exp(-1/tau) per step, so E S_z = N exp(-t/tau) and, the spins being independent,
     * Var S_z = N (q + (1 - q)/3 - q^2) with q = exp(-t/tau). Every record of every replica is within
     * 5 of these standard deviations; the mean over 8 replicas within 5 of its SE.
     */
    @Test
    void spinFlipsAloneDecayTheTiaExponentially() throws Exception {
        String yaml = """
                name: flips
                seed: 11
                replicas: 8
                ensemble:
                  cells: 1
                  states_per_cell: 20000
                  filling: 1.0
                  spin_fraction: 1.0
                  spins: [{kind: fixed, direction: [0, 0, 1]}]
                dynamics:
                  rule: none
                  duration: 12
                  processes: [{name: spin-relaxation, tau_spin: 4}]
                """;
        RunSpec spec = ConfigLoader.parse(yaml, "flips.yaml", "flips");
        RunResult r = RunExecutor.execute(spec, 2, new RunExecutor.Listener() { });
        double tau = 4;
        int n = 20000;
        for (int k = 0; k < r.records(); k++) {
            double t = r.replicas().get(0).get(k).time();
            double q = Math.exp(-t / tau);
            double sd = Math.sqrt(n * (q + (1 - q) / 3 - q * q));
            double mean = 0;
            for (var rep : r.replicas()) {
                CellTally c = rep.get(k).tally().total();
                assertEquals(n, c.nSpin, "rule none changes no kind");
                assertTrue(Math.abs(c.sz - n * q) <= 5 * sd + 1e-9, String.format(
                        "t = %s: S_z = %.1f, expected N exp(-t/tau) = %.1f +- 5 x %.1f", t, c.sz, n * q, sd));
                mean += c.sz / r.replicas().size();
            }
            double se = sd / Math.sqrt(r.replicas().size());
            assertTrue(Math.abs(mean - n * q) <= 5 * se + 1e-9, String.format(
                    "t = %s: mean S_z = %.1f, expected %.1f +- 5 x %.1f", t, mean, n * q, se));
        }
    }

    @Test
    void ruleNoneLeavesEveryStateAsItIsWithoutProcesses() throws Exception {
        String yaml = config("none", "[]").replace("processes:\n    []", "processes: []");
        RunSpec spec = ConfigLoader.parse(yaml, "none.yaml", "none");
        assertEquals("none", spec.scatteringRule().name());
        RunResult r = RunExecutor.execute(spec, 1, new RunExecutor.Listener() { });
        for (var rep : r.replicas()) {
            CellTally a = rep.get(0).tally().total();
            CellTally b = rep.get(rep.size() - 1).tally().total();
            assertEquals(a.nSpin, b.nSpin);
            assertEquals(a.nFull, b.nFull);
            assertEquals(a.sz, b.sz, 1e-9);
            assertEquals(a.sx, b.sx, 1e-9);
        }
    }
}
