package spinsim.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import spinsim.core.analytic.FermiDirac;
import spinsim.core.analytic.IndependentPlaces;
import spinsim.core.analytic.PolarizedSpinStatistics;
import spinsim.core.analytic.SpinProfile;

/** The references of energy cells against independent evaluations (sim-core's own are tested there). */
class EnergyReferencesTest {
    /**
     * The closed-cell independent-place result against brute force: every way to put e electrons on
     * the 2n places of n states, counting the states that hold exactly one.
     */
    @Test
    void closedCellIndependentPlacesByEnumeration() {
        for (int n = 1; n <= 6; n++) {
            for (int e = 0; e <= 2 * n; e++) {
                double spinStates = 0;
                long ways = 0;
                for (int mask = 0; mask < 1 << (2 * n); mask++) {
                    if (Integer.bitCount(mask) != e) {
                        continue;
                    }
                    ways++;
                    for (int s = 0; s < n; s++) {
                        if (Integer.bitCount((mask >> (2 * s)) & 3) == 1) {
                            spinStates++;
                        }
                    }
                }
                double fSpin = spinStates / ways / (2.0 * n);
                double f = e / (2.0 * n);
                SpinProfile p = EnergyReferences.independent(f, n);
                String at = "n = " + n + ", e = " + e;
                assertEquals(fSpin, p.fSpin(), 1e-12, at);
                assertEquals(f, p.fElectrons(), 1e-12, "Eq. 10, " + at);
                assertEquals(0.5, p.fSpin() + p.fFull() + p.fEmpty(), 1e-12, at);
            }
        }
        // and the infinite cell is sim-core's independent-place reference
        SpinProfile big = EnergyReferences.independent(0.3, 1L << 40);
        assertEquals(IndependentPlaces.profileForFilling(0.3).fSpin(), big.fSpin(), 1e-12);
    }

    /** At the exact Fermi-Dirac filling the filling-based profiles are sim-core's energy-based ones. */
    @Test
    void fillingBasedProfilesMatchTheEnergyBasedOnes() {
        double c = EnergyReferences.paperC();
        for (double x : new double[] {-9, -3, -0.5, 0, 0.7, 2, 6, 11}) {
            double f = FermiDirac.electrons(x);
            for (double pol : new double[] {0, 0.3, 0.75, 1}) {
                SpinProfile mine = EnergyReferences.eq27(f, c, pol);
                SpinProfile core = PolarizedSpinStatistics.paper(x, pol, c);
                String at = "x = " + x + ", pol = " + pol;
                assertEquals(core.fSpinTis(), mine.fSpinTis(), 1e-12 * Math.max(1, core.fSpinTis()), at);
                assertEquals(core.fSpinTia(), mine.fSpinTia(), 1e-12, at);
                // the larger of F_full, F_empty from Eq. 25 is exact; the smaller (from the balance) relative
                double small = Math.min(core.fFull(), core.fEmpty());
                assertEquals(small, Math.min(mine.fFull(), mine.fEmpty()), 1e-9 * small + 1e-15, at);
                SpinProfile all = EnergyReferences.allPairs(f, 0.5, 0.5, pol);
                SpinProfile coreAll = PolarizedSpinStatistics.allPairs(x, pol, 0.5, 0.5);
                assertEquals(coreAll.fSpin(), all.fSpin(), 1e-12, at);
                // for the 3D paper rule all pairs is Eq. 18 with c (1 - x^2)
                assertEquals(EnergyReferences.eq18(f, 0.5 * (1 - pol * pol)).fSpin(), all.fSpin(), 1e-12, at);
                // the balance c_eff F_spin^2 = 2 F_full F_empty
                double cEff = 0.5 * (1 - pol * pol);
                assertEquals(cEff * all.fSpin() * all.fSpin(), 2 * all.fFull() * all.fEmpty(),
                        1e-9 * cEff * all.fSpin() * all.fSpin() + 1e-300, at);
            }
        }
    }
}
