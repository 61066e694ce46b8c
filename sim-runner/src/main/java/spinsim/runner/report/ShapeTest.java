package spinsim.runner.report;

/**
 * Is an angular histogram "one delta (TIA) plus one isotropic sphere (TIS)" (Fig. 4, A1.2, A1.6)?
 *
 * <p>Input per replica: counts of cos(angle to the axis) in equal bins over [-1, 1] (an isotropic
 * population is flat there), n_SPIN, and the TIA size A (the spin projected on the axis). The model
 * is (n - A)/bins in every bin plus A in the top bin. Replicas are pooled; the Pearson chi-square
 * has dof = bins - 1 (the total is fixed; A is measured from the same spins, not fitted).
 *
 * <p>Spins of this gas are not independent draws (the two survivors of a bisector event are
 * parallel, a created pair is antiparallel), so the bin counts are over-dispersed. The dispersion
 * factor phi is the replica-to-replica variance of the residuals of the flat bins divided by their
 * expected counts, averaged over those bins and floored at 1; the chi-square is divided by it.
 * The scalar check beside it: the top-bin excess over the mean of the other bins, per n_SPIN, which
 * is A/n_SPIN for delta + isotropic, with its SE across replicas.
 */
record ShapeTest(double chi2, int dof, double pValue, double z, double phi, Stats.MeanSe deltaExcess,
        Stats.MeanSe pTia, Stats.MeanSe excessMinusPTia, double[] observedFraction, double[] expectedFraction) {

    static ShapeTest of(long[][] hist, double[] nSpin, double[] tia) {
        int reps = hist.length;
        int bins = hist[0].length;
        double[][] d = new double[reps][bins];
        double[] pooledObs = new double[bins];
        double[] pooledExp = new double[bins];
        double nTot = 0;
        double[] de = new double[reps];
        double[] pt = new double[reps];
        double[] diff = new double[reps];
        for (int r = 0; r < reps; r++) {
            double flat = (nSpin[r] - tia[r]) / bins;
            double rest = 0;
            for (int b = 0; b < bins; b++) {
                double e = flat + (b == bins - 1 ? tia[r] : 0);
                d[r][b] = hist[r][b] - e;
                pooledObs[b] += hist[r][b];
                pooledExp[b] += e;
                if (b < bins - 1) {
                    rest += hist[r][b];
                }
            }
            nTot += nSpin[r];
            de[r] = (hist[r][bins - 1] - rest / (bins - 1)) / nSpin[r];
            pt[r] = tia[r] / nSpin[r];
            diff[r] = de[r] - pt[r];
        }
        double phi = 1;
        if (reps >= 2) {
            double acc = 0;
            int used = 0;
            for (int b = 0; b < bins - 1; b++) {
                double[] col = new double[reps];
                double meanE = pooledExp[b] / reps;
                for (int r = 0; r < reps; r++) {
                    col[r] = d[r][b];
                }
                Stats.MeanSe ms = Stats.meanSe(col);
                double var = ms.se() * ms.se() * reps;
                if (meanE > 0) {
                    acc += var / meanE;
                    used++;
                }
            }
            if (used > 0) {
                phi = Math.max(1, acc / used);
            }
        }
        double chi2 = Stats.pearson(pooledObs, pooledExp) / phi;
        int dof = bins - 1;
        double[] of = new double[bins];
        double[] ef = new double[bins];
        for (int b = 0; b < bins; b++) {
            of[b] = pooledObs[b] / nTot;
            ef[b] = pooledExp[b] / nTot;
        }
        return new ShapeTest(chi2, dof, Stats.chiSquarePValue(chi2, dof), Stats.chiSquareZ(chi2, dof), phi,
                Stats.meanSe(de), Stats.meanSe(pt), Stats.meanSe(diff), of, ef);
    }
}
