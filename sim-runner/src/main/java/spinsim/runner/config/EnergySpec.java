package spinsim.runner.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spinsim.core.initial.Composition;
import spinsim.core.initial.DensityOfStates;
import spinsim.core.initial.EnergyGrid;
import spinsim.core.initial.FermiDiracFilling;

/**
 * The energy layout of an energy-resolved run (config section {@code ensemble.energy}; paper
 * Section 4, Fig. 5): cells over x = (E - E_F)/kT, each filled with the electrons of the
 * Fermi-Dirac distribution at its energy, scattering only among its own states (elastic
 * scattering keeps an electron at its energy).
 *
 * <h2>What the keys mean</h2>
 * <ul>
 *   <li>{@code x_min, x_max, dx}: cell c spans [x_min + c dx, x_min + (c+1) dx] and is labelled by
 *       its midpoint ({@link EnergyGrid#uniform}); (x_max - x_min)/dx must be whole.</li>
 *   <li>{@code states_per_cell}: the states of a cell at E_F. A cell at x holds
 *       round(states_per_cell D(x)/D(0)) states (half up), so states per cell follow the density
 *       of states, and D(E_F) kT = 2 states_per_cell / dx places per unit x (Eq. 20-21).</li>
 *   <li>{@code dos}: {@code constant} (the paper's metal, Eq. 21) or a table of [x, D] pairs,
 *       linearly interpolated, which must cover every cell's midpoint and x = 0.</li>
 *   <li>{@code spin_count}: how many of a cell's states start as SPIN (the rest of the electrons
 *       are in FULL states): {@code independent-places} (P(SPIN) = 2 F_el (1 - F_el)),
 *       {@code eq18} with {@code c} (Eq. 18 with rate constant c; {@code c: eq15} is
 *       Eq. 15's (1 - pi^2/16)/2, computed by {@code AnnihilationRateConstant}), or {@code fraction}
 *       with {@code fraction}.
 *       The directions of the SPIN states come from {@code ensemble.spins}.</li>
 *   <li>{@code average_from}: energy.csv and the summary average each cell over the records with
 *       t &gt;= average_from (t_sc); default half the duration.</li>
 * </ul>
 *
 * <h2>Electron bookkeeping (exact)</h2>
 * A cell of n states at x gets electrons = rint(2 n f(x)), the nearest integer with ties to even
 * ({@link FermiDiracFilling}): |electrons - 2 n f(x)| &lt;= 1/2. The SPIN count is the nearest
 * count of the electrons' parity to the {@code spin_count} target (ties to the lower), clamped to
 * what the electrons allow ({@link Composition#of}); n_FULL = (electrons - n_SPIN)/2 and the rest
 * are EMPTY. Every spin-independent scattering conserves each cell's electrons, so the realised
 * filling F_el = electrons/(2n) of a cell is fixed for the run, and references are evaluated at it.
 *
 * <p>With {@code ensemble.energy}, the keys {@code ensemble.cells}, {@code states_per_cell},
 * {@code filling} and {@code spin_fraction} are refused: the energy section defines all four.
 *
 * @param spinCountResolved the {@code spin_count} mapping as it goes into the resolved config
 * @param averageFrom       t_sc, or NaN for half the duration
 */
public record EnergySpec(double xMin, double xMax, double dx, int statesAtFermi, DensityOfStates dos,
        FermiDiracFilling.SpinCount spinCount, Map<String, Object> spinCountResolved, double averageFrom) {

    public EnergySpec {
        spinCountResolved = new LinkedHashMap<>(spinCountResolved);
    }

    /** The cells (sizes from the density of states); throws IllegalArgumentException on a bad layout. */
    public EnergyGrid grid() {
        return EnergyGrid.uniform(xMin, xMax, dx, statesAtFermi, dos);
    }

    /** The exact initial composition of every cell. */
    public Composition[] compositions() {
        return FermiDiracFilling.compositions(grid().layout(), spinCount);
    }

    /** The same layout with {@code n} states per cell at E_F (for reduced validation sizes). */
    public EnergySpec withStatesAtFermi(int n) {
        return new EnergySpec(xMin, xMax, dx, n, dos, spinCount, spinCountResolved, averageFrom);
    }

    /** The same layout averaged from {@code t} (t_sc). */
    public EnergySpec withAverageFrom(double t) {
        return new EnergySpec(xMin, xMax, dx, statesAtFermi, dos, spinCount, spinCountResolved, t);
    }

    /** Start of the averaging window for a run of {@code duration} t_sc. */
    public double averageFrom(double duration) {
        return Double.isNaN(averageFrom) ? duration / 2 : averageFrom;
    }

    /** The section as it goes into the resolved config. */
    public Map<String, Object> resolved(double duration) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x_min", xMin);
        m.put("x_max", xMax);
        m.put("dx", dx);
        m.put("states_per_cell", statesAtFermi);
        if (dos instanceof DensityOfStates.Tabulated t) {
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < t.x().length; i++) {
                rows.add(List.of(t.x()[i], t.d()[i]));
            }
            m.put("dos", rows);
        } else {
            m.put("dos", "constant");
        }
        m.put("spin_count", new LinkedHashMap<>(spinCountResolved));
        m.put("average_from", averageFrom(duration));
        return m;
    }
}
