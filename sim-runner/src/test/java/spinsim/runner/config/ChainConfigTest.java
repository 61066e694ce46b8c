package spinsim.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import spinsim.core.process.CellDiffusion;
import spinsim.runner.output.Conservation;
import spinsim.runner.run.RunExecutor;
import spinsim.runner.run.RunResult;

/** The diffusion process entry and {@code ensemble.chain} of a config (Section 9, V16). */
class ChainConfigTest {
    static String config(int cells, String chain, String processes) {
        return """
                name: chain
                seed: 5
                replicas: 2
                ensemble:
                  cells: %d
                  states_per_cell: 1000
                  filling: 0.5
                  spin_fraction: 0.5
                  spins: [{kind: fixed, polar_deg: 0}]
                %s
                dynamics:
                  rule: paper
                  pairing: sweep
                  duration: 3
                  processes:
                %s
                """.formatted(cells, chain.indent(2), processes.indent(4));
    }

    @Test
    void diffusionAndChainBuildRoundTripAndRun() throws Exception {
        String yaml = config(6, "chain: {twist_deg: 30, axis: [0, 2, 0], depolarize: 0.5}",
                "- {name: spin-relaxation, tau_spin: 100}\n- {name: diffusion, rate: 0.2, boundary: closed}");
        RunSpec s = ConfigLoader.parse(yaml, "c.yaml", "c");
        CellDiffusion d = assertInstanceOf(CellDiffusion.class, s.processes().get(1).build());
        assertEquals(0.2, d.rate());
        assertEquals(CellDiffusion.Boundary.CLOSED, d.boundary());
        assertNotNull(s.chain());
        assertEquals(Math.toRadians(30), s.chain().twistRad(), 1e-15);
        assertEquals(1.0, s.chain().axis()[1]);
        RunSpec again = ConfigLoader.parse(new YAMLMapper().writeValueAsString(s.resolved()), "again.yaml", "again");
        assertEquals(s.resolved(), again.resolved());

        RunResult r = RunExecutor.execute(s, 2, new RunExecutor.Listener() { });
        Conservation c = Conservation.of(r);
        // diffusion moves electrons between cells, so the checks are of the ring's totals, which hold exactly
        assertTrue(c.acrossCells() && c.ok(), c.toString());
        // the helix is there at t = 0: cell 3's S is turned by 3 x 30 deg from cell 0's about +y
        var cells = r.replicas().get(0).get(0).tally().cells();
        double angle = Math.toDegrees(Math.atan2(cells[3].sx, cells[3].sz) - Math.atan2(cells[0].sx, cells[0].sz));
        // S_c is a sum of ~500 x (1 - q_c) fixed and ~500 q_c random unit spins: its angle scatters by
        // ~sqrt(500/3) / 250 rad ~ 3 deg at worst; 15 deg is ~5 of those
        assertEquals(90, angle, 15);
    }

    @Test
    void noChainMeansEveryCellAlike() throws Exception {
        RunSpec s = ConfigLoader.parse(config(2, "", "[]"), "c.yaml", "c");
        assertNull(s.chain());
        assertTrue(!((java.util.Map<?, ?>) s.resolved().get("ensemble")).containsKey("chain"), s.resolved().toString());
    }

    @Test
    void badDiffusionAndChainEntriesAreRefusedWithTheirKeyPath() {
        record Case(String yaml, String path, String fragment) {
        }
        for (Case k : new Case[] {
            new Case(config(4, "", "- {name: diffusion, rate: 0, boundary: periodic}"),
                    "dynamics.processes[0].rate", "(0,"),
            new Case(config(4, "", "- {name: diffusion, rate: 0.1}"), "dynamics.processes[0].boundary", "periodic"),
            new Case(config(4, "", "- {name: diffusion, rate: 0.1, boundary: open}"),
                    "dynamics.processes[0].boundary", "closed"),
            new Case(config(1, "", "- {name: diffusion, rate: 0.1, boundary: closed}"),
                    "dynamics.processes[0].name", "cells >= 2"),
            new Case(config(4, "", "- {name: diffusion, rate: 0.1, boundary: closed}\n- {name: spin-relaxation, tau_spin: 9}"),
                    "dynamics.processes[1].name", "before diffusion"),
            new Case(config(4, "", "- {name: diffusion, rate: 0.1, boundary: closed, d: 1}"),
                    "dynamics.processes[0].d", ""),
            new Case(config(1, "chain: {twist_deg: 10}", "[]"), "ensemble.chain", "cells >= 2"),
            new Case(config(4, "chain: {twist_deg: 400}", "[]"), "ensemble.chain.twist_deg", "360"),
            new Case(config(4, "chain: {depolarize: 1.5}", "[]"), "ensemble.chain.depolarize", "[0, 1]"),
            new Case(config(4, "chain: {axis: [0, 0, 0]}", "[]"), "ensemble.chain.axis", ""),
            new Case(config(4, "chain: {twist: 10}", "[]"), "ensemble.chain.twist", ""),
        }) {
            ConfigException e = ProcessConfigTest.bad(k.yaml());
            assertTrue(e.getMessage().contains(k.path()), k.path() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(k.fragment()), k.fragment() + ": " + e.getMessage());
        }
    }
}
