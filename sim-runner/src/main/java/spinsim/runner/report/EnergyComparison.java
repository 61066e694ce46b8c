package spinsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import spinsim.runner.run.EnergyResults;
import spinsim.runner.run.SeriesStats;
import spinsim.runner.run.SeriesStats.Estimate;

/**
 * A per-cell comparison of a measured energy profile with a reference: the sum of
 * z_c^2 = ((MC_c - ref_c) / SE_c)^2 over the cells whose value fluctuates (SE &gt; 0). Cells with
 * SE = 0 held the same count at every averaged record of every replica (e.g. deep tails where every
 * electron, or every hole, sits in a SPIN state); they are counted apart with their largest
 * |MC - ref|.
 *
 * <h2>Null distribution</h2>
 * Each SE is estimated from R independent units (replicas), so under the null z_c follows Student's t with nu = R - 1
 * degrees of freedom, not a normal: z^2 has mean nu/(nu - 2) and variance
 * 2 nu^2 (nu - 1)/((nu - 2)^2 (nu - 4)), larger than chi-square's 1 and 2. For nu &gt; 4 the sum over
 * n cells is approximated by a scaled chi-square a chi2_k with the same two moments,
 * a = var/(2 mean), k = n mean / a (Satterthwaite), and the p-value is P(chi2_k &gt;= sum/a); for
 * nu &lt;= 4 each z is first mapped to the normal deviate with the same two-sided tail probability
 * under t_nu, and the sum of their squares is held against chi2_n. The row's sigma is the
 * one-sided normal deviate of that p-value ({@link Stats#chiSquareZ}'s convention).
 */
record EnergyComparison(double chi2, int dof, double pValue, double z, double maxAbsZ, double xAtMax, double[] x,
        double[] zs, int fixedCells, double fixedMaxDiff, int tailCells, double tailMaxAbsZ, double excludedMaxStates,
        boolean excludedOk) {
    /**
     * A cell enters the test when its minority occupation (the smaller of n_FULL, n_EMPTY, mean over
     * the window) is at least this: there F_spin fluctuates by many units and its replica means are
     * close to normal. Farther out F_spin is pinned by the electron count (n_SPIN = electrons -
     * 2 n_FULL with n_FULL = 0, 1, 2, ...), its distribution is lumpy, and those tail cells are only
     * reported (largest |z|); V8 tests the tails against Eq. 30.
     */
    static final double MIN_MINORITY = 10;

    /** Compares {@code measured(c)} with {@code reference(c)} over the cells with |x| <= xMax. */
    static EnergyComparison of(EnergyResults.Result r, java.util.function.IntFunction<Estimate> measured,
            IntToDoubleFunction reference, double xMax) {
        double chi2 = 0;
        int dof = 0;
        double maxZ = 0;
        double xMaxZ = Double.NaN;
        int fixed = 0;
        double fixedDiff = 0;
        int tails = 0;
        double tailZ = 0;
        double exStates = 0;
        boolean exOk = true;
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        for (int c = 0; c < r.size(); c++) {
            double x = r.cell(c).x();
            if (Math.abs(x) > xMax) {
                continue;
            }
            Estimate e = measured.apply(c);
            double ref = reference.applyAsDouble(c);
            EnergyResults.Cell cell = r.cell(c);
            double places = 2.0 * cell.states();
            // an excluded cell agrees when within one state (the count's resolution) or 5 SE of the reference
            double states = Math.abs(e.mean() - ref) * places;
            boolean close = states <= Math.max(1.0, 5 * (e.se() > 0 ? e.se() : 0) * places);
            if (!(e.se() > 0)) {
                fixed++;
                fixedDiff = Math.max(fixedDiff, Math.abs(e.mean() - ref));
                exStates = Math.max(exStates, states);
                exOk &= close;
                continue;
            }
            double z = (e.mean() - ref) / e.se();
            double minority = places * Math.min(cell.fFull().mean(), cell.fEmpty().mean());
            if (minority < MIN_MINORITY) {
                tails++;
                tailZ = Math.max(tailZ, Math.abs(z));
                exStates = Math.max(exStates, states);
                exOk &= close;
                continue;
            }
            chi2 += z * z;
            dof++;
            pts.add(new double[] {x, z});
            if (Math.abs(z) > maxZ) {
                maxZ = Math.abs(z);
                xMaxZ = x;
            }
        }
        double[] xs = new double[pts.size()];
        double[] zs = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pts.get(i)[0];
            zs[i] = pts.get(i)[1];
        }
        double[] pz = nullTest(zs, r.degreesOfFreedom());
        return new EnergyComparison(chi2, dof, pz[0], pz[1], maxZ, xMaxZ, xs, zs, fixed, fixedDiff, tails, tailZ,
                exStates, exOk);
    }

    /** {p, sigma} of the sum of squares of t_nu-distributed z values (see the class doc). */
    static double[] nullTest(double[] zs, int nu) {
        int n = zs.length;
        if (n == 0) {
            return new double[] {1, 0};
        }
        double p;
        if (nu > 4) {
            double mean = nu / (nu - 2.0);
            double var = 2.0 * nu * nu * (nu - 1.0) / ((nu - 2.0) * (nu - 2.0) * (nu - 4.0));
            double a = var / (2 * mean);
            double k = n * mean / a;
            double sum = 0;
            for (double z : zs) {
                sum += z * z;
            }
            p = sum <= 0 ? 1 : Gamma.regularizedGammaQ(k / 2, sum / a / 2);
            return new double[] {p, sigma(p, sum / a, k)};
        }
        double sum = 0;
        for (double z : zs) {
            double zn = SeriesStats.normalEquivalent(z, Math.max(1, nu));
            sum += zn * zn;
        }
        p = Stats.chiSquarePValue(sum, n);
        return new double[] {p, Stats.chiSquareZ(sum, n)};
    }

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** One-sided normal deviate of p (Wilson-Hilferty on chi2_k at x when p underflows), floored at 0. */
    private static double sigma(double p, double x, double k) {
        double z;
        if (p > 1e-12) {
            z = -NORMAL.inverseCumulativeProbability(p);
        } else {
            z = (Math.cbrt(x / k) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
        }
        return Math.max(0.0, z);
    }

    /** "sum t^2 = ... over n cells (p = ...)", or the excluded cells' agreement when no cell was tested. */
    String describe() {
        if (dof == 0) {
            return Fmt.f("no cell with >= %s minority states; %d cells compared count by count: largest |MC - ref| = %s "
                    + "SPIN states", Fmt.g(MIN_MINORITY), fixedCells + tailCells, Fmt.sig(excludedMaxStates, 3));
        }
        return Fmt.f("sum t^2 = %s over %d cells (p = %s), largest |t| = %s at x = %s", Fmt.sig(chi2, 4), dof,
                Fmt.sig(pValue, 2), Fmt.sig(maxAbsZ, 3), Fmt.g(xAtMax));
    }

    /** The sigma of the row: the test's, or NaN when no cell could be tested statistically. */
    double rowZ() {
        return dof > 0 ? z : Double.NaN;
    }

    /**
     * The verdict: the test's when it rejects; otherwise it agrees only if every cell outside the test
     * is within one state or 5 SE of the reference.
     */
    String verdict() {
        String crit = "cells outside the test within one SPIN state or 5 SE of the reference";
        if (dof > 0 && z > Row.THRESHOLD) {
            return Row.verdictOf(z);
        }
        if (!excludedOk) {
            return "disagrees (criterion: " + crit + ")";
        }
        return dof > 0 ? Row.verdictOf(z) : "agrees (criterion: " + crit + ")";
    }

    /** What was left out of the test: tail cells (lumpy counts) and cells without fluctuation. */
    String leftOut() {
        List<String> parts = new ArrayList<>();
        if (tailCells > 0) {
            parts.add(Fmt.f("%d tail cell%s with fewer than %s minority states outside the test (largest |t| there %s)",
                    tailCells, tailCells == 1 ? "" : "s", Fmt.g(MIN_MINORITY), Fmt.sig(tailMaxAbsZ, 3)));
        }
        if (fixedCells > 0) {
            parts.add(Fmt.f("%d cell%s without fluctuation (SE 0; largest |MC - ref| %s)", fixedCells,
                    fixedCells == 1 ? "" : "s", Fmt.sig(fixedMaxDiff, 2)));
        }
        if (!parts.isEmpty()) {
            parts.add(Fmt.f("those cells are %s (largest difference %s SPIN states)", excludedOk
                    ? "within one state or 5 SE of it" : "NOT all within one state or 5 SE of it",
                    Fmt.sig(excludedMaxStates, 3)));
        }
        return String.join("; ", parts);
    }

    boolean agrees() {
        return verdict().startsWith("agrees");
    }
}
