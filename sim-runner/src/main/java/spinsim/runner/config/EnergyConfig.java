package spinsim.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import spinsim.core.analytic.AnnihilationRateConstant;
import spinsim.core.initial.DensityOfStates;
import spinsim.core.initial.EnergyGrid;
import spinsim.core.initial.FermiDiracFilling;

/**
 * Reads the {@code ensemble.energy} section into an {@link EnergySpec}, strictly (see
 * {@link EnergySpec} for what the keys mean):
 * <pre>
 * energy:
 *   x_min: -10            # (E - E_F)/kT of the lower edge of the first cell
 *   x_max: 10             # upper edge of the last cell
 *   dx: 0.25              # cell width in x; (x_max - x_min)/dx whole
 *   states_per_cell: 20000   # states of a cell at E_F; elsewhere round(states_per_cell D(x)/D(0))
 *   dos: constant         # or a table [[x, D], ...] covering every cell midpoint and x = 0
 *   spin_count: {kind: independent-places}   # | {kind: eq18, c: 0.25 | eq15} | {kind: fraction, fraction: 0.3}
 *   average_from: 30      # t_sc; energy.csv averages records with t >= this (default: duration / 2)
 * </pre>
 */
final class EnergyConfig {
    /** The ensemble keys that an energy section replaces, with what to use instead. */
    static final Map<String, String> REPLACED = new LinkedHashMap<>();

    static {
        REPLACED.put("cells", "not used with ensemble.energy: the energy cells come from energy.x_min, x_max and dx");
        REPLACED.put("states_per_cell", "not used with ensemble.energy: give energy.states_per_cell (the states of a "
                + "cell at E_F; other cells scale with the density of states)");
        REPLACED.put("filling", "not used with ensemble.energy: the Fermi-Dirac distribution fills each energy cell "
                + "(electrons = rint(2 n f(x)))");
        REPLACED.put("spin_fraction", "not used with ensemble.energy: give energy.spin_count "
                + "({kind: independent-places} | {kind: eq18, c: ...} | {kind: fraction, fraction: ...})");
    }

    private static final long MAX_CELLS = 1_000_000;

    private EnergyConfig() {
    }

    /** Fails on any of {@link #REPLACED} present in the ensemble section beside an energy section. */
    static void rejectReplacedKeys(ConfigNode ens) throws ConfigException {
        for (Map.Entry<String, String> e : REPLACED.entrySet()) {
            if (ens.has(e.getKey())) {
                throw ens.error(e.getKey(), e.getValue());
            }
        }
    }

    static EnergySpec read(ConfigNode en) throws ConfigException {
        double xMin = en.number("x_min", Double.NaN, -1000, 1000, false, "(E - E_F)/kT of the first cell's lower edge");
        double xMax = en.number("x_max", Double.NaN, -1000, 1000, false, "(E - E_F)/kT of the last cell's upper edge");
        if (!(xMax > xMin)) {
            throw en.error("x_max", "must be greater than x_min = " + xMin);
        }
        double dx = en.number("dx", Double.NaN, 0, 1000, true, "cell width in (E - E_F)/kT");
        double span = xMax - xMin;
        long n = Math.round(span / dx);
        if (n < 1 || Math.abs(n * dx - span) > 1e-9 * Math.max(1.0, span)) {
            throw en.error("dx", String.format(Locale.ROOT, "(x_max - x_min)/dx = %s must be a whole number >= 1",
                    Double.toString(span / dx)));
        }
        if (n > MAX_CELLS) {
            throw en.error("dx", "gives " + n + " cells; at most " + MAX_CELLS);
        }
        long states = en.integer("states_per_cell", Long.MIN_VALUE, 2, ConfigLoader.MAX_STATES,
                "states of a cell at E_F");
        DensityOfStates dos = dos(en);
        Map<String, Object> countResolved = new LinkedHashMap<>();
        FermiDiracFilling.SpinCount count = spinCount(en.object("spin_count", false), countResolved);
        double averageFrom = en.raw("average_from") == null ? Double.NaN
                : en.number("average_from", Double.NaN, 0, 1e9, false, "t_sc; start of the averaging window");
        en.rejectUnknown();

        EnergySpec spec = new EnergySpec(xMin, xMax, dx, (int) states, dos, count, countResolved, averageFrom);
        EnergyGrid grid;
        try {
            grid = spec.grid();
        } catch (IllegalArgumentException e) {
            throw en.error(dos instanceof DensityOfStates.Tabulated ? "dos" : "states_per_cell", e.getMessage());
        }
        long total = 0;
        for (int c = 0; c < grid.cells(); c++) {
            total += grid.states(c);
        }
        if (total > ConfigLoader.MAX_STATES) {
            throw en.error("states_per_cell", "the energy cells would hold " + total + " states; at most "
                    + ConfigLoader.MAX_STATES + " (one store)");
        }
        return spec;
    }

    private static DensityOfStates dos(ConfigNode en) throws ConfigException {
        JsonNode v = en.raw("dos");
        String allowed = "constant, or a table of [x, D] pairs with x strictly increasing, D >= 0, covering x = 0 and "
                + "every cell midpoint, e.g. [[-10, 0.9], [0, 1], [10, 1.1]]";
        if (v == null || v.isTextual() && v.asText().equals("constant")) {
            return DensityOfStates.constant();
        }
        if (!v.isArray() || v.size() < 2) {
            throw en.error("dos", "must be " + allowed);
        }
        double[] x = new double[v.size()];
        double[] d = new double[v.size()];
        for (int i = 0; i < v.size(); i++) {
            JsonNode row = v.get(i);
            if (!row.isArray() || row.size() != 2 || !row.get(0).isNumber() || !row.get(1).isNumber()) {
                throw new ConfigException(en.file(), en.path() + ".dos[" + i + "]", ConfigNode.show(row),
                        "must be a pair [x, D] of numbers; dos must be " + allowed);
            }
            x[i] = row.get(0).asDouble();
            d[i] = row.get(1).asDouble();
        }
        try {
            return DensityOfStates.tabulated(x, d);
        } catch (IllegalArgumentException e) {
            throw en.error("dos", e.getMessage() + "; dos must be " + allowed);
        }
    }

    private static FermiDiracFilling.SpinCount spinCount(ConfigNode sc, Map<String, Object> resolved)
            throws ConfigException {
        List<String> kinds = List.of("independent-places", "eq18", "fraction");
        String kind = sc.string("kind", "independent-places", new LinkedHashSet<>(kinds));
        resolved.put("kind", kind);
        FermiDiracFilling.SpinCount out;
        switch (kind) {
            case "eq18" -> {
                JsonNode c = sc.raw("c");
                String allowed = "required with kind eq18: a rate constant >= 0, or eq15 for (1 - pi^2/16)/2 = "
                        + String.format(java.util.Locale.ROOT, "%.4f", AnnihilationRateConstant.planarClosedForm());
                double value;
                if (c != null && c.isTextual() && c.asText().equals("eq15")) {
                    value = AnnihilationRateConstant.planarClosedForm();
                    resolved.put("c", "eq15");
                } else if (c != null && c.isNumber() && c.asDouble() >= 0 && Double.isFinite(c.asDouble())) {
                    value = c.asDouble();
                    resolved.put("c", value);
                } else {
                    throw c == null ? sc.missing("c", allowed) : sc.error("c", allowed);
                }
                out = FermiDiracFilling.SpinCount.equilibrium(value);
            }
            case "fraction" -> {
                double f = sc.number("fraction", Double.NaN, 0, 1, false, "fraction of each cell's states that are SPIN, "
                        + "clamped to what its electrons allow");
                resolved.put("fraction", f);
                out = FermiDiracFilling.SpinCount.stateFraction(f);
            }
            default -> out = FermiDiracFilling.SpinCount.independentPlaces();
        }
        sc.rejectUnknown();
        return out;
    }
}
