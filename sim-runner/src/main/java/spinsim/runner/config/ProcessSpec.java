package spinsim.runner.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import spinsim.core.process.CellDiffusion;
import spinsim.core.process.ExchangeField;
import spinsim.core.process.FieldPrecession;
import spinsim.core.process.Injection;
import spinsim.core.process.PrecessionParameters;
import spinsim.core.process.Process;
import spinsim.core.process.SpinRelaxation;

/**
 * A validated process entry of a config ({@code dynamics.processes[i]}); {@link #build()} makes the
 * engine's process. Entries are parsed by {@link ProcessSpecs}, the name-to-parser registry: adding
 * a process is one record here and one line there. Processes are applied after scattering, in list
 * order, with the run's step (operator splitting; the run records the order).
 */
public sealed interface ProcessSpec {
    String name();

    Process build();

    /** Parameters as they go into the resolved config (a config that loads back to the same spec). */
    Map<String, Object> resolved();

    /**
     * Whether the process moves states between cells (a {@code CellTransport}): the engine applies it
     * after the block stage, it must come last in the list, the spin budget does not wrap it, and
     * conservation is checked on each replica's totals.
     */
    default boolean movesBetweenCells() {
        return false;
    }

    /** Whether any of {@code processes} moves states between cells. */
    static boolean anyMovesBetweenCells(List<ProcessSpec> processes) {
        for (ProcessSpec p : processes) {
            if (p.movesBetweenCells()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code processes} include one named {@code name}: by name, so that a wrapped spec counts. */
    static boolean present(List<ProcessSpec> processes, String name) {
        for (ProcessSpec p : processes) {
            if (name.equals(p.name())) {
                return true;
            }
        }
        return false;
    }

    /** {@code spin-relaxation}: tau_spin in t_sc (Eq. 22, 49, 56). */
    record SpinRelaxationSpec(double tauSpin) implements ProcessSpec {
        @Override
        public String name() {
            return SpinRelaxation.NAME;
        }

        @Override
        public Process build() {
            return new SpinRelaxation(tauSpin);
        }

        @Override
        public Map<String, Object> resolved() {
            // insertion order, not Map.of: Map.of iterates in an order that changes from one JVM to the next
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name());
            m.put("tau_spin", tauSpin);
            return m;
        }
    }

    /**
     * A field given in physical units: B in tesla, the g-factor, and the damping either as the
     * paper's lambda of Eq. 31 (1/(J s)) or as the dimensionless Landau-Lifshitz constant
     * alpha = lambda hbar / 2 (exactly one of them; the other is NaN), with the scattering time in
     * seconds. t_lambda follows by Eq. 34 (Eq. 47 for the exchange field) and omega_L = g mu_B B / hbar
     * (see {@link PrecessionParameters}).
     */
    record PhysicalField(double tesla, double g, double lambda, double alpha, double tScSeconds) {
        public PrecessionParameters parameters() {
            return Double.isNaN(alpha) ? PrecessionParameters.fromPhysical(tesla, g, lambda, tScSeconds)
                    : PrecessionParameters.fromDampingConstant(tesla, g, alpha, tScSeconds);
        }

        /** lambda in 1/(J s), given or from alpha. */
        public double lambdaValue() {
            return Double.isNaN(alpha) ? lambda : 2.0 * alpha / PrecessionParameters.HBAR;
        }

        Map<String, Object> resolvedField() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("tesla", tesla);
            f.put("g", g);
            if (Double.isNaN(alpha)) {
                f.put("lambda", lambda);
            } else {
                f.put("alpha", alpha);
            }
            return f;
        }
    }

    /**
     * What the two field processes share: the unit direction h, t_lambda in t_sc and omega_L in rad
     * per t_sc (reduced units, as used), and the physical field they came from, or null when the
     * config gave reduced units.
     */
    record FieldParameters(double[] direction, double tLambda, double omegaL, PhysicalField physical) {
        public FieldParameters {
            direction = direction.clone();
        }

        @Override
        public double[] direction() {
            return direction.clone();
        }

        PrecessionParameters reduced() {
            return new PrecessionParameters(tLambda, omegaL);
        }

        Map<String, Object> resolved(String name) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("direction", List.of(direction[0], direction[1], direction[2]));
            if (physical == null) {
                m.put("t_lambda", tLambda);
                m.put("omega_l", omegaL);
            } else {
                m.put("field", physical.resolvedField());
                m.put("t_sc_seconds", physical.tScSeconds());
            }
            return m;
        }
    }

    /**
     * {@code field-precession}: precession about h at omega_L and damping toward h with time
     * t_lambda, by the exact solution A2.8 per step (Section 5, Eq. 31-34, Appendix 2).
     */
    record FieldPrecessionSpec(FieldParameters field) implements ProcessSpec {
        @Override
        public String name() {
            return FieldPrecession.NAME;
        }

        @Override
        public Process build() {
            return new FieldPrecession(field.direction(), field.reduced());
        }

        @Override
        public Map<String, Object> resolved() {
            return field.resolved(name());
        }
    }

    /**
     * {@code exchange-field}: the s-d exchange field of a uniformly magnetised ferromagnet along the
     * d-electron direction h: the same motion with t_lambda,exch of Eq. 47 (Section 5 end, Section 7).
     */
    record ExchangeFieldSpec(FieldParameters field) implements ProcessSpec {
        @Override
        public String name() {
            return ExchangeField.NAME;
        }

        @Override
        public Process build() {
            return ExchangeField.uniform(field.direction(), field.reduced());
        }

        @Override
        public Map<String, Object> resolved() {
            return field.resolved(name());
        }
    }

    /**
     * {@code injection}: states of the source kind turn into SPIN states along s2 with probability
     * 1 - exp(-rate dt) per step (Section 8, Eq. 62-63; see {@link Injection}).
     *
     * @param rate      per t_sc, per state of the source kind
     * @param direction s2, unit
     */
    record InjectionSpec(double rate, double[] direction, Injection.Source source) implements ProcessSpec {
        public InjectionSpec {
            direction = direction.clone();
        }

        @Override
        public double[] direction() {
            return direction.clone();
        }

        @Override
        public String name() {
            return Injection.NAME;
        }

        @Override
        public Process build() {
            return new Injection(rate, direction, source);
        }

        @Override
        public Map<String, Object> resolved() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name());
            m.put("rate", rate);
            m.put("direction", List.of(direction[0], direction[1], direction[2]));
            m.put("source", source.configName());
            return m;
        }

        /** Whether {@code processes} (wrapped or not) include an injection. */
        public static boolean present(List<ProcessSpec> processes) {
            return ProcessSpec.present(processes, Injection.NAME);
        }
    }

    /**
     * {@code diffusion}: contents hop between neighbouring cells of the chain at {@code rate} per
     * t_sc to each side (D / dx^2, Section 9); {@code boundary} periodic or closed.
     */
    record DiffusionSpec(double rate, CellDiffusion.Boundary boundary) implements ProcessSpec {
        @Override
        public String name() {
            return CellDiffusion.NAME;
        }

        @Override
        public Process build() {
            return new CellDiffusion(rate, boundary);
        }

        @Override
        public Map<String, Object> resolved() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name());
            m.put("rate", rate);
            m.put("boundary", boundary.configName());
            return m;
        }

        @Override
        public boolean movesBetweenCells() {
            return true;
        }
    }

    /**
     * Another spec whose built process is passed through {@code wrapper} (an instrument that
     * observes the process, e.g. the spin budget of {@link spinsim.runner.run.SpinBudget}); the name
     * and the resolved parameters are those of the inner spec. The wrapper must not change what
     * the process does.
     */
    record Wrapped(ProcessSpec inner, UnaryOperator<Process> wrapper) implements ProcessSpec {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Process build() {
            return wrapper.apply(inner.build());
        }

        @Override
        public Map<String, Object> resolved() {
            return inner.resolved();
        }

        @Override
        public boolean movesBetweenCells() {
            return inner.movesBetweenCells();
        }
    }
}
