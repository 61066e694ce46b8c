package spinsim.runner.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import spinsim.core.process.CellDiffusion;
import spinsim.core.process.ExchangeField;
import spinsim.core.process.FieldPrecession;
import spinsim.core.process.Injection;
import spinsim.core.process.PrecessionParameters;
import spinsim.core.process.SpinRelaxation;

/**
 * The process registry of configs: one parser per process name ({@code dynamics.processes[i].name}).
 * A parser reads and checks every key of its entry (unknown keys are refused) and returns the
 * validated {@link ProcessSpec}; errors name the file, the key path, the value and what is allowed.
 *
 * <pre>
 * - {name: spin-relaxation, tau_spin: 100}                         # t_sc
 * - {name: field-precession, direction: [0, 0, 1], t_lambda: 30, omega_l: 0}   # reduced: t_sc, rad/t_sc
 * - {name: field-precession, direction: [0, 0, 1],
 *    field: {tesla: 1.0, g: 2.0, lambda: 1.9e33},  t_sc_seconds: 1e-12}       # physical, Eq. 34
 * - {name: exchange-field, direction: [0, 0, 1], t_lambda: 10}       # t_lambda,exch (Eq. 46-47)
 * - {name: injection, rate: 0.002, polar_deg: 30, source: empty}   # per t_sc per source state (Eq. 62-63)
 * - {name: diffusion, rate: 0.1, boundary: periodic}               # hops per t_sc to each neighbouring cell (Sec. 9)
 * </pre>
 * A direction may be given as {@code direction: [x, y, z]} or as {@code polar_deg} (and
 * {@code azimuth_deg}) for injection (see {@link DirectionKeys}).
 * In {@code field}, {@code alpha} (the dimensionless Landau-Lifshitz constant, lambda hbar / 2) may
 * replace {@code lambda}; {@code g} defaults to 2.
 */
public final class ProcessSpecs {
    interface Parser {
        ProcessSpec parse(ConfigNode entry) throws ConfigException;
    }

    private static final Map<String, Parser> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put(SpinRelaxation.NAME, ProcessSpecs::spinRelaxation);
        PARSERS.put(FieldPrecession.NAME, p -> new ProcessSpec.FieldPrecessionSpec(field(p)));
        PARSERS.put(ExchangeField.NAME, p -> new ProcessSpec.ExchangeFieldSpec(field(p)));
        PARSERS.put(Injection.NAME, ProcessSpecs::injection);
        PARSERS.put(CellDiffusion.NAME, ProcessSpecs::diffusion);
    }

    private ProcessSpecs() {
    }

    /** The registered process names, in registration order. */
    public static Set<String> names() {
        return new LinkedHashSet<>(PARSERS.keySet());
    }

    /** Parses one entry of {@code dynamics.processes}. */
    static ProcessSpec parse(ConfigNode p) throws ConfigException {
        Set<String> known = names();
        String name = p.string("name", null, known);
        if (name == null) {
            throw p.missing("name", "required; one of: " + String.join(", ", known));
        }
        ProcessSpec out = PARSERS.get(name).parse(p);
        p.rejectUnknown();
        return out;
    }

    private static ProcessSpec spinRelaxation(ConfigNode p) throws ConfigException {
        return new ProcessSpec.SpinRelaxationSpec(p.number("tau_spin", Double.NaN, 0, 1e12, true, "t_sc"));
    }

    /** rate (per t_sc per source state), direction or polar_deg/azimuth_deg, source: empty | full. */
    private static ProcessSpec injection(ConfigNode p) throws ConfigException {
        double rate = p.number("rate", Double.NaN, 0, 1e6, false, "conversions per t_sc per state of the source kind");
        double[] direction = DirectionKeys.read(p, "direction", null);
        String source = required(p, "source", Injection.Source.values(), Injection.Source::configName,
                "empty (EMPTY -> SPIN, an electron enters), full (FULL -> SPIN, an electron leaves)");
        return new ProcessSpec.InjectionSpec(rate, direction, Injection.Source.byConfigName(source));
    }

    /** rate (hops per t_sc to each neighbouring cell, D / dx^2), boundary: periodic | closed. */
    private static ProcessSpec diffusion(ConfigNode p) throws ConfigException {
        // at most 100 hops per t_sc: the step's events grow with the rate (a rate of 1e6 would take
        // ~1e12 events a step), and a state that hops ~100 times between two scatterings is already
        // far from what operator splitting with the step of the scattering describes
        double rate = p.number("rate", Double.NaN, 0, 100, true,
                "hops of a state's content to each neighbouring cell per t_sc (D / dx^2)");
        String boundary = required(p, "boundary", CellDiffusion.Boundary.values(), CellDiffusion.Boundary::configName,
                "periodic (a ring of cells), closed (no exchange past the first and the last cell)");
        return new ProcessSpec.DiffusionSpec(rate, CellDiffusion.Boundary.byConfigName(boundary));
    }

    /** A required key whose value is the config name of one of {@code values}; {@code meaning} explains them. */
    private static <E> String required(ConfigNode p, String key, E[] values, java.util.function.Function<E, String> name,
            String meaning) throws ConfigException {
        java.util.Set<String> names = new LinkedHashSet<>();
        for (E v : values) {
            names.add(name.apply(v));
        }
        String value = p.string(key, null, names);
        if (value == null) {
            throw p.missing(key, "required; one of: " + meaning);
        }
        return value;
    }

    /** direction + either (t_lambda, omega_l) or (field {tesla, g, lambda | alpha}, t_sc_seconds). */
    private static ProcessSpec.FieldParameters field(ConfigNode p) throws ConfigException {
        double[] direction = p.vector3("direction", new double[] {0, 0, 1});
        if (p.has("field")) {
            for (String reduced : new String[] {"t_lambda", "omega_l"}) {
                if (p.has(reduced)) {
                    throw p.error(reduced, "give the field either in reduced units (t_lambda, omega_l) or in physical "
                            + "units (field: {tesla, g, lambda}, t_sc_seconds), not both");
                }
            }
            ConfigNode f = p.object("field", true);
            double tesla = f.number("tesla", Double.NaN, 0, 1e6, false, "tesla");
            double g = f.number("g", 2.0, 0, 1e3, true, "electron g-factor");
            double lambda = Double.NaN;
            double alpha = Double.NaN;
            if (f.has("lambda") && f.has("alpha")) {
                throw f.error("alpha", "give the damping as lambda (1/(J s), Eq. 31) or as alpha = lambda hbar / 2, not both");
            }
            if (f.has("alpha")) {
                alpha = f.number("alpha", Double.NaN, 0, 1e6, false, "dimensionless Landau-Lifshitz damping, lambda hbar / 2");
            } else {
                lambda = f.number("lambda", Double.NaN, 0, 1e60, false,
                        "damping parameter of Eq. 31 in 1/(J s), or give alpha = lambda hbar / 2 instead");
            }
            f.rejectUnknown();
            double tSc = p.number("t_sc_seconds", Double.NaN, 0, 1, true,
                    "the scattering time t_sc in seconds, needed to convert a field in tesla");
            ProcessSpec.PhysicalField phys = new ProcessSpec.PhysicalField(tesla, g, lambda, alpha, tSc);
            PrecessionParameters pp;
            try {
                pp = phys.parameters();
            } catch (IllegalArgumentException e) {
                throw p.error("field", e.getMessage());
            }
            return new ProcessSpec.FieldParameters(direction, pp.tLambda(), pp.omegaL(), phys);
        }
        p.object("field", false); // absent or null: marks the key as read
        if (p.has("t_sc_seconds")) {
            throw p.error("t_sc_seconds", "only used with a field in physical units (field: {tesla, g, lambda}); "
                    + "t_lambda and omega_l are already in t_sc");
        }
        double tLambda = p.number("t_lambda", Double.NaN, 0, 1e300, true,
                "damping time in t_sc (a huge value for practically no damping); or give field: {tesla, g, lambda} and "
                        + "t_sc_seconds");
        double omega = p.number("omega_l", 0.0, -1e9, 1e9, false, "Larmor frequency in rad per t_sc");
        return new ProcessSpec.FieldParameters(direction, tLambda, omega, null);
    }
}
