package spinsim.bench;

import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Shared set-up of the benchmarks (not a benchmark itself): a realistic ensemble at half filling
 * (electrons = states), spin fraction 0.5, isotropic spins, and a one-line description of its kind
 * mix for the benchmark log. The benchmarks that use it are run with
 *
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package &amp;&amp; java -jar benchmarks/target/benchmarks.jar
 * </pre>
 */
final class Ensembles {
    /** The seed of every benchmark ensemble and of its generators. */
    static final long SEED = 20131101L;
    /** Sweeps (steps of 1 t_sc) run before measuring, so that the kind mix is the steady one. */
    static final int WARMUP_SWEEPS = 20;

    private Ensembles() {
    }

    /** {@code cells} equal cells of {@code states / cells} states each, half filled, populated. */
    static StateStore halfFilled(CellLayout layout) {
        return halfFilled(layout, true);
    }

    /** As {@link #halfFilled(CellLayout)}, with the store's spin arrays staggered or not. */
    static StateStore halfFilled(CellLayout layout, boolean stagger) {
        StateStore s = new StateStore(layout.totalStates(), stagger);
        Composition[] perCell = new Composition[layout.cells()];
        for (int c = 0; c < perCell.length; c++) {
            perCell[c] = Composition.of(layout.size(c), layout.size(c), 0.5);
        }
        Populator.populate(s, layout, perCell, SpinMixture.of(new SpinComponent.Isotropic()), SEED);
        return s;
    }

    /** Fractions of SPIN, FULL and EMPTY states and |S| / n_SPIN, for the log. */
    static String kindMix(StateStore s) {
        long spin = 0;
        long full = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = 0; i < s.size(); i++) {
            byte k = s.kind[i];
            if (k == Kind.SPIN_CODE) {
                spin++;
            } else if (k == Kind.FULL_CODE) {
                full++;
            }
            x += s.sx[i];
            y += s.sy[i];
            z += s.sz[i];
        }
        double n = s.size();
        return String.format("kind mix: SPIN %.4f FULL %.4f EMPTY %.4f, |S|/n_SPIN %.4f",
                spin / n, full / n, (n - spin - full) / n, Math.sqrt(x * x + y * y + z * z) / Math.max(1, spin));
    }
}
