package spinsim.runner.output;

import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.runner.config.ProcessSpec;
import spinsim.runner.run.RunResult;

/**
 * The exact conservation checks of a run: electrons (2 n_full + n_spin) and n_full - n_empty,
 * compared per cell and per replica between the first and the last record. Scattering conserves
 * both in every cell; the totals reported are of the whole ensemble.
 *
 * @param electronsInitial ensemble total at the first record (the same in every replica)
 * @param electronsFinal   ensemble total at the last record, of the replica that moved most
 *                         (equal to the initial value when conserved)
 * @param electronsConserved  every cell of every replica kept its electron count
 * @param fullMinusEmptyInitial / Final / Conserved  the same for n_full - n_empty
 * @param matchesComposition  the first record's counts equal the exact initial composition of each cell
 * @param netOfInjection  the run injects electrons: both checks are then of the ensemble total of
 *                        each replica against the electrons the injection counted (an EMPTY -&gt;
 *                        SPIN conversion adds one electron and one to n_full - n_empty, a FULL -&gt;
 *                        SPIN one takes one from each), not per cell
 * @param acrossCells     the run moves states between cells (diffusion): both checks are then of
 *                        the ensemble total of each replica (diffusion swaps contents, so it keeps
 *                        the totals exactly but not a cell's count)
 */
public record Conservation(long electronsInitial, long electronsFinal, boolean electronsConserved,
        long fullMinusEmptyInitial, long fullMinusEmptyFinal, boolean fullMinusEmptyConserved,
        boolean matchesComposition, boolean netOfInjection, boolean acrossCells) {

    public boolean ok() {
        return electronsConserved && fullMinusEmptyConserved && matchesComposition;
    }

    public static Conservation of(RunResult r) {
        final boolean injects = ProcessSpec.InjectionSpec.present(r.spec().processes());
        final boolean moves = ProcessSpec.anyMovesBetweenCells(r.spec().processes());
        int last = r.records() - 1;
        long eInit = 0;
        long dInit = 0;
        long eFinal = 0;
        long dFinal = 0;
        long worstE = -1;
        long worstD = -1;
        boolean eOk = true;
        boolean dOk = true;
        boolean compOk = true;
        for (int rep = 0; rep < r.replicas().size(); rep++) {
            Snapshot first = r.replicas().get(rep).get(0);
            Snapshot end = r.replicas().get(rep).get(last);
            CellTally[] a = first.tally().cells();
            CellTally[] b = end.tally().cells();
            long e0 = 0;
            long e1 = 0;
            long d0 = 0;
            long d1 = 0;
            boolean cellsE = true;
            boolean cellsD = true;
            for (int c = 0; c < a.length; c++) {
                cellsE &= a[c].electrons() == b[c].electrons();
                cellsD &= a[c].nFull - a[c].nEmpty == b[c].nFull - b[c].nEmpty;
                var comp = r.initialPerCell()[c];
                compOk &= a[c].nEmpty == comp.nEmpty() && a[c].nFull == comp.nFull() && a[c].nSpin == comp.nSpin();
                e0 += a[c].electrons();
                e1 += b[c].electrons();
                d0 += a[c].nFull - a[c].nEmpty;
                d1 += b[c].nFull - b[c].nEmpty;
            }
            long injected = end.injectedElectrons() - first.injectedElectrons();
            eOk &= injects || moves ? e1 - e0 == injected : cellsE;
            dOk &= injects || moves ? d1 - d0 == injected : cellsD;
            if (rep == 0) {
                eInit = e0;
                dInit = d0;
            }
            if (Math.abs(e1 - e0) > worstE) {
                worstE = Math.abs(e1 - e0);
                eFinal = e1 - e0 + eInit;
            }
            if (Math.abs(d1 - d0) > worstD) {
                worstD = Math.abs(d1 - d0);
                dFinal = d1 - d0 + dInit;
            }
        }
        return new Conservation(eInit, eFinal, eOk, dInit, dFinal, dOk, compOk, injects, moves);
    }
}
