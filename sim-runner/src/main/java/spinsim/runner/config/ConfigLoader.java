package spinsim.runner.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import spinsim.core.initial.ChainProfile;
import spinsim.core.initial.Composition;
import spinsim.core.initial.SpinComponent;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.state.StateStore;

/**
 * Reads a YAML run config into a {@link RunSpec}, strictly: an unknown key, a wrong type, a value
 * out of range, an unknown rule or process, or an ensemble that does not fit the heap is a
 * {@link ConfigException} naming the file, the key path, the value and what is allowed.
 *
 * <p>The layout (every key but {@code ensemble.states_per_cell} has a default):
 * <pre>
 * name, seed, replicas
 * ensemble:  cells, states_per_cell, filling, spin_fraction, spins: [ {kind, weight, ...} ]
 *            or, energy-resolved: energy: {x_min, x_max, dx, states_per_cell, dos, spin_count, average_from},
 *            spins (see {@link EnergySpec}; cells, states_per_cell, filling, spin_fraction are then refused)
 * dynamics:  rule (or none), pairing, dt, duration, processes: [ {name, ...} ] (see {@link ProcessSpecs})
 * observe:   every, histogram_bins, axis, assemblies (see {@link AssemblyConfig})
 * </pre>
 * A {@code fixed} or {@code cone} spin component takes {@code direction: [x, y, z]} or
 * {@code polar_deg} (and {@code azimuth_deg}), see {@link DirectionKeys}.
 */
public final class ConfigLoader {
    /** Largest number of states one store holds (Java arrays are int-indexed). */
    public static final long MAX_STATES = Integer.MAX_VALUE - 8;
    /** Most steps a run may take (10^9: ~30 years of the quickstart's step at one per second). */
    static final double MAX_STEPS = 1e9;

    private ConfigLoader() {
    }

    public static RunSpec load(Path file) throws ConfigException {
        String text = readText(file);
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(text, file.toString(), stem);
    }

    /** A config file's text, or the one-line reason it cannot be read (missing, a directory, permission, encoding). */
    public static String readText(Path file) throws ConfigException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "", null, "file not found");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ConfigException(file.toString(), "", null, "cannot read file: permission denied");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file.toString(), "", null, "cannot read file: not UTF-8 text (a config is a "
                    + "UTF-8 YAML file)");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", null, "cannot read file: " + (Files.isDirectory(file)
                    ? "it is a directory" : e.getMessage()));
        }
    }

    public static RunSpec parse(String yaml, String source, String defaultName) throws ConfigException {
        JsonNode root = readTree(yaml, source);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(source, "", null, "the file is empty; a config is a YAML mapping (see "
                    + "configs/quickstart.yaml)");
        }
        if (!root.isObject()) {
            throw new ConfigException(source, "", null, "a config must be a YAML mapping (see configs/quickstart.yaml)");
        }
        ConfigNode top = new ConfigNode(source, "", root);
        if (root.has("experiment") && !root.has("ensemble")) {
            // configs/v01-*.yaml and v02-*.yaml define kernel experiments of the report, not runs
            String id = root.get("experiment").asText();
            throw top.error("experiment", "this is the config of a validation experiment, not of a run: use "
                    + "`spinsim validate " + id + "`");
        }
        String name = top.string("name", defaultName, null);
        long seed = top.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "any 64-bit integer");
        int replicas = (int) top.integer("replicas", 4, 1, 10_000, "independent replicas for standard errors");

        ConfigNode ens = top.object("ensemble", true);
        EnergySpec energy = null;
        int cells;
        long statesPerCell;
        double filling;
        double spinFraction;
        if (ens.has("energy")) {
            // an energy-resolved run: the energy section defines cells, sizes, filling and SPIN counts
            EnergyConfig.rejectReplacedKeys(ens);
            energy = EnergyConfig.read(ens.object("energy", true));
            cells = energy.grid().cells();
            statesPerCell = energy.statesAtFermi();
            filling = Double.NaN;
            spinFraction = Double.NaN;
        } else {
            cells = (int) ens.integer("cells", 1, 1, 1_000_000, "independent cells");
            statesPerCell = ens.integer("states_per_cell", Long.MIN_VALUE, 2, MAX_STATES, "states in each cell");
            if ((long) cells * statesPerCell > MAX_STATES) {
                throw ens.error("states_per_cell", "cells x states_per_cell must be at most " + MAX_STATES
                        + " (one store); here " + cells + " x " + statesPerCell);
            }
            filling = ens.number("filling", 1.0, 0, 2, false, "electrons per state");
            long electrons = Math.round(filling * statesPerCell);
            double maxFraction = (double) Composition.maxSpin(statesPerCell, electrons) / statesPerCell;
            spinFraction = ens.number("spin_fraction", Math.min(0.5, maxFraction), 0, 1, false,
                    "fraction of states that are SPIN at t = 0");
            if (spinFraction > maxFraction + 1.0 / statesPerCell) {
                throw ens.error("spin_fraction", String.format(java.util.Locale.ROOT,
                        "at most %.6g with filling %s: a SPIN state holds one electron, so n_SPIN <= min(electrons, 2 states - electrons)",
                        maxFraction, filling));
            }
            ens.raw("energy"); // listed among the allowed keys of the section
        }
        List<SpinSpec> spins = new ArrayList<>();
        for (ConfigNode s : ens.list("spins")) {
            spins.add(spin(s));
        }
        if (spins.isEmpty()) {
            spins.add(new SpinSpec("isotropic", 1.0, new SpinComponent.Isotropic(), SpinSpec.resolvedOf("isotropic", 1.0)));
        }
        ChainProfile chain = chain(ens, energy != null, cells);
        ens.rejectUnknown();

        ConfigNode dyn = top.object("dynamics", false);
        String rule = dyn.string("rule", "paper", Rules.names());
        String pairingName = dyn.string("pairing", "sweep", new LinkedHashSet<>(List.of("sweep", "poisson", "blocked")));
        PairingScheme pairing = PairingScheme.byName(pairingName);
        if (NoScattering.NAME.equals(rule) && pairing == PairingScheme.POISSON) {
            throw dyn.error("pairing", "must not be poisson with rule: none (no scattering; the step is then 1 t_sc)");
        }
        double dt;
        if (pairing.isSweep()) {
            dt = dyn.number("dt", 1.0, 1.0, 1.0, false, "t_sc; " + pairingName
                    + " pairing scatters every state once per step of 1");
        } else {
            dt = dyn.number("dt", 0.1, 0, 1, true, "t_sc; poisson pairing needs dt << 1");
        }
        double duration = dyn.number("duration", 50, 0, 1e9, true, "t_sc");
        double steps = duration / dt;
        if (steps > MAX_STEPS + 0.5) {
            throw dyn.error("duration", "at most " + (long) MAX_STEPS + " steps of dt = " + ConfigNode.shortNumber(dt) + " t_sc, i.e. "
                    + "duration <= " + ConfigNode.shortNumber(MAX_STEPS * dt) + " t_sc here");
        }
        // the run takes whole steps: a silent round would run for another time than the one written;
        // a few ulps of slack for durations like 0.3 with dt 0.1 (3 x 0.1 is 0.30000000000000004)
        if (Math.rint(steps) < 1) {
            throw dyn.error("duration", "at least one step of dt = " + ConfigNode.shortNumber(dt) + " t_sc");
        }
        if (Math.abs(Math.rint(steps) * dt - duration) > 4 * Math.ulp(duration)) {
            throw dyn.error("duration", "must be a whole number of steps of dt = " + ConfigNode.shortNumber(dt) + " t_sc; the nearest are "
                    + ConfigNode.shortNumber(Math.max(1, Math.floor(steps)) * dt) + " and " + ConfigNode.shortNumber((Math.floor(steps) + 1) * dt) + " t_sc");
        }
        List<ProcessSpec> processes = new ArrayList<>();
        List<ConfigNode> processNodes = dyn.list("processes");
        for (ConfigNode p : processNodes) {
            processes.add(process(p));
        }
        checkTransport(processNodes, processes, energy != null, cells);
        dyn.rejectUnknown();

        ConfigNode obs = top.object("observe", false);
        int every = (int) obs.integer("every", 1, 1, Integer.MAX_VALUE, "steps between snapshots");
        int bins = (int) obs.integer("histogram_bins", 40, 2, 100_000, "bins in cos(theta) over [-1, 1]");
        double[] axis = obs.vector3("axis", new double[] {0, 0, 1});
        AssemblyObservation assemblies = AssemblyConfig.read(obs, spins, processes);
        obs.rejectUnknown();
        top.rejectUnknown();

        if (energy != null && !Double.isNaN(energy.averageFrom()) && !(energy.averageFrom() < duration)) {
            throw new ConfigException(source, "ensemble.energy.average_from", Double.toString(energy.averageFrom()),
                    "must be less than dynamics.duration = " + Double.toString(duration) + " (t_sc)");
        }
        checkHeap(source, energy != null ? energy.grid().layout().totalStates() : cells * statesPerCell);
        return new RunSpec(name, source, seed, replicas, cells, (int) statesPerCell, filling, spinFraction, spins, rule,
                pairing, dt, duration, every, bins, axis, processes, energy, assemblies, chain);
    }

    /**
     * {@code ensemble.chain: {twist_deg, axis, depolarize}} ({@link ChainProfile}), or null when
     * absent. Needs identical cells (no energy layout) and at least 2 of them.
     */
    private static ChainProfile chain(ConfigNode ens, boolean energyResolved, int cells) throws ConfigException {
        if (!ens.has("chain")) {
            ens.object("chain", false); // marks the key as allowed
            return null;
        }
        if (energyResolved) {
            throw ens.error("chain", "not with ensemble.energy: a chain profile varies along cells in space, "
                    + "and energy cells are not positions");
        }
        if (cells < 2) {
            throw ens.error("chain", "needs ensemble.cells >= 2 (the cells are the chain's positions), got cells = "
                    + cells);
        }
        ConfigNode ch = ens.object("chain", true);
        double twist = ch.number("twist_deg", 0.0, -360, 360, false,
                "degrees the initial spins turn from one cell to the next");
        double[] axis = ch.vector3("axis", new double[] {0, 1, 0});
        double depolarize = ch.number("depolarize", 0.0, 0, 1, false,
                "amplitude of the modulation of n_TIA along the chain: cell c's spins are redrawn isotropically "
                        + "with probability depolarize (1 + sin(2 pi c / cells)) / 2");
        ch.rejectUnknown();
        return new ChainProfile(Math.toRadians(twist), axis, depolarize);
    }

    /**
     * Transport between cells (diffusion) needs a chain of identical cells (no energy layout, at
     * least 2) and comes after every local process, since the engine applies it after the block
     * stage.
     */
    private static void checkTransport(List<ConfigNode> nodes, List<ProcessSpec> processes, boolean energyResolved,
            int cells) throws ConfigException {
        int firstTransport = -1;
        for (int i = 0; i < processes.size(); i++) {
            boolean transport = processes.get(i).movesBetweenCells();
            if (transport && firstTransport < 0) {
                firstTransport = i;
                if (energyResolved) {
                    throw nodes.get(i).error("name", "diffusion is not allowed with ensemble.energy: it moves "
                            + "states between cells in space, and energy cells are not positions");
                }
                if (cells < 2) {
                    throw nodes.get(i).error("name", "diffusion needs ensemble.cells >= 2 (a chain of cells), got "
                            + "cells = " + cells);
                }
            } else if (!transport && firstTransport >= 0) {
                throw nodes.get(i).error("name", "must come before diffusion (index " + firstTransport + "): transport "
                        + "between cells is applied after every local process of the step");
            }
        }
    }

    /**
     * The tree of a config file's one YAML document (null or a null node when it is empty): the
     * YAML a config may use is checked first ({@link YamlSubset}: Jackson's reader fails on .inf
     * and .nan without naming the key), a key given twice and a second document are refused. Run
     * configs and the experiment configs of the report (V1, V2) are read alike.
     */
    public static JsonNode readTree(String yaml, String source) throws ConfigException {
        YamlSubset.check(yaml, source);
        JsonNode root;
        ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        try (com.fasterxml.jackson.core.JsonParser docs = mapper.getFactory().createParser(yaml)) {
            root = mapper.readTree(docs);
            // an empty document after the first (a trailing '---') holds nothing to ignore
            com.fasterxml.jackson.core.JsonToken more = root == null ? null : docs.nextToken();
            while (more == com.fasterxml.jackson.core.JsonToken.VALUE_NULL
                    || more == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && docs.getText().isEmpty()) {
                more = docs.nextToken();
            }
            if (more != null) {
                // a second document (after ---) would be ignored without a word
                throw new ConfigException(source, "", null, "the file holds more than one YAML document (a line "
                        + "'---' starts another); a config is one document");
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, "", null, yamlProblem(e));
        } catch (IOException e) {
            throw new ConfigException(source, "", null, "cannot read the YAML text: " + e.getMessage());
        }
        return root;
    }

    /** One line on what is wrong with the YAML text (the parser's own messages span several lines). */
    static String yamlProblem(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                String context = m.getContext() == null ? ""
                        : " (" + m.getContext().strip()
                                + (m.getContextMark() == null ? "" : " from line " + (m.getContextMark().getLine() + 1)) + ")";
                return "not valid YAML at line " + (m.getProblemMark().getLine() + 1) + ", column "
                        + (m.getProblemMark().getColumn() + 1) + ": " + m.getProblem().strip() + context;
            }
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        String msg = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        return "not valid YAML" + where + ": " + msg.strip().split("\\R", 2)[0];
    }

    private static SpinSpec spin(ConfigNode s) throws ConfigException {
        String kind = s.string("kind", null, new LinkedHashSet<>(List.of("isotropic", "fixed", "cone", "updown")));
        if (kind == null) {
            throw new ConfigException(sourceOf(s), s.path() + ".kind", null, "required; one of: isotropic, fixed, cone, updown");
        }
        double w = s.number("weight", 1.0, 0, 1e100, true, "relative weight of this component");
        SpinSpec out;
        switch (kind) {
            case "isotropic" -> out = new SpinSpec(kind, w, new SpinComponent.Isotropic(), SpinSpec.resolvedOf(kind, w));
            case "fixed" -> {
                double[] d = DirectionKeys.read(s, "direction", null);
                out = new SpinSpec(kind, w, new SpinComponent.Fixed(d), SpinSpec.resolvedOf(kind, w, "direction", list(d)));
            }
            case "cone" -> {
                double[] d = DirectionKeys.read(s, "direction", null);
                double a = s.number("half_angle_deg", Double.NaN, 0, 180, false, "degrees");
                out = new SpinSpec(kind, w, new SpinComponent.Cone(d, Math.toRadians(a)),
                        SpinSpec.resolvedOf(kind, w, "direction", list(d), "half_angle_deg", a));
            }
            default -> {
                double[] ax = s.vector3("axis", new double[] {0, 0, 1});
                double up = s.number("up_fraction", 0.5, 0, 1, false, "fraction of this component along +axis");
                out = new SpinSpec(kind, w, new SpinComponent.UpDown(ax, up),
                        SpinSpec.resolvedOf(kind, w, "axis", list(ax), "up_fraction", up));
            }
        }
        s.rejectUnknown();
        return out;
    }

    /** One entry of dynamics.processes, by the registry {@link ProcessSpecs}. */
    private static ProcessSpec process(ConfigNode p) throws ConfigException {
        return ProcessSpecs.parse(p);
    }

    /** Fails when one replica's store would not fit in the heap the JVM was given. */
    static void checkHeap(String source, long states) throws ConfigException {
        long need = states * StateStore.BYTES_PER_STATE;
        long max = Runtime.getRuntime().maxMemory();
        long usable = (long) (max * 0.85) - (64L << 20);
        if (need > usable) {
            throw new ConfigException(source, "ensemble.states_per_cell", Long.toString(states) + " states in all",
                    String.format(java.util.Locale.ROOT,
                            "the ensemble needs %.2f GiB (%d bytes/state) but the heap allows about %.2f GiB; "
                                    + "reduce it or raise the heap, e.g. SPINSIM_JAVA_OPTS=-Xmx20g",
                            need / 1073741824.0, StateStore.BYTES_PER_STATE, Math.max(0, usable) / 1073741824.0));
        }
    }

    private static List<Double> list(double[] d) {
        return List.of(d[0], d[1], d[2]);
    }

    private static String sourceOf(ConfigNode n) {
        return n.error("x", "").file();
    }
}
