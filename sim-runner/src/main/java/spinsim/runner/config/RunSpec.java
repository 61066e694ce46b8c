package spinsim.runner.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.initial.ChainProfile;
import spinsim.core.initial.Composition;
import spinsim.core.initial.SpinMixture;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.process.Process;
import spinsim.core.rule.ScatteringRule;
import spinsim.core.state.CellLayout;

/**
 * A validated run: everything a config says, immutable. Times are in scattering times t_sc.
 *
 * @param name          the run's name (the config file's stem unless given)
 * @param replicas      independent replicas; errors are standard errors across them
 * @param cells         independent, identical cells
 * @param statesPerCell states in each cell
 * @param filling       electrons per state, in [0, 2]
 * @param spinFraction  fraction of each cell's states that are SPIN at t = 0 (rounded to the
 *                      electron count's parity, see {@link Composition#of})
 * @param duration      simulated time in t_sc
 * @param recordEvery   record a snapshot every this many steps (and always at the end)
 * @param axis          fixed unit axis for projections and the fixed-axis histogram
 * @param energy        the energy layout of an energy-resolved run ({@code ensemble.energy}), or
 *                      null for identical cells. When present, {@code cells} is the number of
 *                      energy cells, {@code statesPerCell} the states of a cell at E_F (cells
 *                      elsewhere follow the density of states), and {@code filling} and
 *                      {@code spinFraction} are NaN: the Fermi-Dirac distribution and
 *                      {@code energy.spin_count} fix every cell's composition
 *                      ({@link #compositions()}).
 * @param assemblies    {@code observe.assemblies}: follow two coherent spin populations at every
 *                      record ({@link AssemblyObservation}), or null (off)
 * @param chain         {@code ensemble.chain}: the initial twist and modulation along a chain of
 *                      cells ({@link ChainProfile}), or null (every cell alike)
 */
public record RunSpec(String name, String source, long seed, int replicas, int cells, int statesPerCell,
        double filling, double spinFraction, List<SpinSpec> spins, String rule, PairingScheme pairing,
        double dt, double duration, int recordEvery, int histogramBins, double[] axis,
        List<ProcessSpec> processes, EnergySpec energy, AssemblyObservation assemblies, ChainProfile chain) {

    public RunSpec {
        spins = List.copyOf(spins);
        processes = List.copyOf(processes);
        axis = axis.clone();
    }

    /** A run without the assembly observation. */
    public RunSpec(String name, String source, long seed, int replicas, int cells, int statesPerCell,
            double filling, double spinFraction, List<SpinSpec> spins, String rule, PairingScheme pairing,
            double dt, double duration, int recordEvery, int histogramBins, double[] axis,
            List<ProcessSpec> processes, EnergySpec energy) {
        this(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing, dt,
                duration, recordEvery, histogramBins, axis, processes, energy, null, null);
    }

    /** A run of identical cells (no energy layout). */
    public RunSpec(String name, String source, long seed, int replicas, int cells, int statesPerCell,
            double filling, double spinFraction, List<SpinSpec> spins, String rule, PairingScheme pairing,
            double dt, double duration, int recordEvery, int histogramBins, double[] axis,
            List<ProcessSpec> processes) {
        this(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing, dt,
                duration, recordEvery, histogramBins, axis, processes, null);
    }

    /** Whether this is an energy-resolved run ({@code ensemble.energy}). */
    public boolean energyResolved() {
        return energy != null;
    }

    public long totalStates() {
        return energy != null ? layout().totalStates() : (long) cells * statesPerCell;
    }

    /** Pairs of one sweep step: floor(size/2) summed over cells. */
    public double pairsPerSweep() {
        if (energy == null) {
            return (double) cells * (statesPerCell / 2);
        }
        CellLayout l = layout();
        double p = 0;
        for (int c = 0; c < l.cells(); c++) {
            p += l.size(c) / 2;
        }
        return p;
    }

    /** Steps to run: duration / dt, rounded to the nearest whole step. */
    public long steps() {
        return Math.max(1, Math.round(duration / dt));
    }

    /** Electrons per cell: filling x states, rounded to the nearest integer. */
    public long electronsPerCell() {
        return Math.round(filling * statesPerCell);
    }

    /** The composition of every cell of identical cells; an energy-resolved run has one per cell ({@link #compositions()}). */
    public Composition composition() {
        if (energy != null) {
            throw new IllegalStateException("an energy-resolved run has one composition per cell: use compositions()");
        }
        return Composition.of(statesPerCell, electronsPerCell(), spinFraction);
    }

    /** The exact initial composition of each cell, in layout order. */
    public Composition[] compositions() {
        if (energy != null) {
            return energy.compositions();
        }
        Composition[] out = new Composition[cells];
        java.util.Arrays.fill(out, composition());
        return out;
    }

    public SpinMixture mixture() {
        List<SpinMixture.Weighted> w = new ArrayList<>();
        for (SpinSpec s : spins) {
            w.add(new SpinMixture.Weighted(s.weight(), s.component()));
        }
        return new SpinMixture(w);
    }

    public ScatteringRule scatteringRule() {
        return Rules.byName(rule);
    }

    public CellLayout layout() {
        return energy != null ? energy.grid().layout() : CellLayout.uniform(cells, statesPerCell);
    }

    public List<Process> buildProcesses() {
        List<Process> out = new ArrayList<>();
        for (ProcessSpec p : processes) {
            out.add(p.build());
        }
        return out;
    }

    public SimulationSetup setup(long replicaSeed) {
        return SimulationSetup.of(layout(), scatteringRule(), pairing, dt, buildProcesses(), replicaSeed);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(name, source, s, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, assemblies, chain);
    }

    public RunSpec withReplicas(int r) {
        return new RunSpec(name, source, seed, r, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, assemblies, chain);
    }

    /** n states per cell; for an energy-resolved run, n states per cell at E_F (the others scale with D). */
    public RunSpec withStatesPerCell(int n) {
        return new RunSpec(name, source, seed, replicas, cells, n, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes,
                energy == null ? null : energy.withStatesAtFermi(n), assemblies, chain);
    }

    public RunSpec withDuration(double d) {
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, d, recordEvery, histogramBins, axis, processes, energy, assemblies, chain);
    }

    /** An energy-resolved run averaged from {@code t} (t_sc); IllegalStateException for other runs. */
    public RunSpec withEnergyAverageFrom(double t) {
        if (energy == null) {
            throw new IllegalStateException("run '" + name + "' has no energy layout");
        }
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy.withAverageFrom(t), assemblies, chain);
    }

    public RunSpec withRule(String r) {
        Rules.byName(r);
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, r, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, assemblies, chain);
    }

    public RunSpec withName(String n) {
        return new RunSpec(n, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, assemblies, chain);
    }

    /** The same run with another process list (e.g. the processes wrapped to record their spin budget). */
    public RunSpec withProcesses(List<ProcessSpec> p) {
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, p, energy, assemblies, chain);
    }

    /** The same run with {@code observe.assemblies} set to {@code a} (null: off). */
    public RunSpec withAssemblies(AssemblyObservation a) {
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, a, chain);
    }

    /** The same run with the initial chain profile {@code c} (null: every cell alike). */
    public RunSpec withChain(ChainProfile c) {
        return new RunSpec(name, source, seed, replicas, cells, statesPerCell, filling, spinFraction, spins, rule, pairing,
                dt, duration, recordEvery, histogramBins, axis, processes, energy, assemblies, c);
    }

    /** {@code ensemble.chain} as the resolved config gives it; null without a chain profile. */
    public Map<String, Object> chainResolved() {
        if (chain == null) {
            return null;
        }
        Map<String, Object> ch = new LinkedHashMap<>();
        ch.put("twist_deg", Math.toDegrees(chain.twistRad()));
        double[] a = chain.axis();
        ch.put("axis", List.of(a[0], a[1], a[2]));
        ch.put("depolarize", chain.depolarize());
        return ch;
    }

    /** The config with every default filled in, in the config's own key layout. */
    public Map<String, Object> resolved() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("seed", seed);
        root.put("replicas", replicas);
        Map<String, Object> ens = new LinkedHashMap<>();
        if (energy != null) {
            ens.put("energy", energy.resolved(duration));
        } else {
            ens.put("cells", cells);
            ens.put("states_per_cell", statesPerCell);
            ens.put("filling", filling);
            ens.put("spin_fraction", spinFraction);
        }
        List<Object> sp = new ArrayList<>();
        for (SpinSpec s : spins) {
            sp.add(s.resolved());
        }
        ens.put("spins", sp);
        if (chain != null) {
            ens.put("chain", chainResolved());
        }
        root.put("ensemble", ens);
        Map<String, Object> dyn = new LinkedHashMap<>();
        dyn.put("rule", rule);
        dyn.put("pairing", pairing.configName());
        dyn.put("dt", dt);
        dyn.put("duration", duration);
        List<Object> pr = new ArrayList<>();
        for (ProcessSpec p : processes) {
            pr.add(p.resolved());
        }
        dyn.put("processes", pr);
        root.put("dynamics", dyn);
        Map<String, Object> obs = new LinkedHashMap<>();
        obs.put("every", recordEvery);
        obs.put("histogram_bins", histogramBins);
        obs.put("axis", List.of(axis[0], axis[1], axis[2]));
        if (assemblies != null) {
            obs.put("assemblies", assemblies.resolved());
        }
        root.put("observe", obs);
        return root;
    }
}
