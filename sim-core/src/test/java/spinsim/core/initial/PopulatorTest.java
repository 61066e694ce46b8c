package spinsim.core.initial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.observe.CellTally;
import spinsim.core.state.CellLayout;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/** The initial population: exact compositions per cell, exact component counts, and the samplers. */
class PopulatorTest {
    private static final long SEED = 0x909_0001L;

    private static CellLayout layout(int... sizes) {
        return CellLayout.of(sizes, new double[sizes.length]);
    }

    @Test
    void populatesExactlyTheCompositionOfEachCell() {
        CellLayout layout = layout(100, 333, 1, 2048, 7);
        Composition[] comps = {
            Composition.of(100, 100, 0.5), Composition.of(333, 400, 0.1), Composition.of(1, 1, 1.0),
            Composition.of(2048, 1000, 0.9), Composition.of(7, 14, 0.5)};
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(2, new SpinComponent.Fixed(new double[] {0, 3, 0})),
                new SpinMixture.Weighted(1, new SpinComponent.Isotropic()),
                new SpinMixture.Weighted(1, new SpinComponent.Cone(new double[] {1, 1, 1}, 0.3)),
                new SpinMixture.Weighted(1, new SpinComponent.UpDown(new double[] {0, 0, 1}, 0.25))));
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, mix, SEED);
        for (int c = 0; c < layout.cells(); c++) {
            CellTally t = new CellTally();
            t.accumulate(s, layout.start(c), layout.end(c));
            assertEquals(comps[c].nEmpty(), t.nEmpty, "cell " + c + " n_EMPTY");
            assertEquals(comps[c].nFull(), t.nFull, "cell " + c + " n_FULL");
            assertEquals(comps[c].nSpin(), t.nSpin, "cell " + c + " n_SPIN");
            assertEquals(comps[c].electrons(), s.electrons(layout.start(c), layout.end(c)), "cell " + c + " electrons");
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                assertEquals(1.0, TestSupport.norm(TestSupport.vec(s, i)), 1e-6, "state " + i);
            } else {
                assertEquals(0.0, TestSupport.norm(TestSupport.vec(s, i)), 0.0, "state " + i);
            }
        }
    }

    @Test
    void eachComponentGetsExactlyItsApportionedShare() {
        // three fixed, distinguishable directions: count each one per cell
        double[][] dirs = {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}};
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(3, new SpinComponent.Fixed(dirs[0])),
                new SpinMixture.Weighted(2, new SpinComponent.Fixed(dirs[1])),
                new SpinMixture.Weighted(1.5, new SpinComponent.Fixed(dirs[2]))));
        CellLayout layout = layout(1000, 77);
        Composition[] comps = {Composition.of(1000, 1000, 0.613), Composition.of(77, 60, 0.9)};
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, mix, SEED);
        for (int c = 0; c < 2; c++) {
            long[] expected = mix.apportion(comps[c].nSpin());
            long[] seen = new long[3];
            for (int i = layout.start(c); i < layout.end(c); i++) {
                if (s.kind[i] == Kind.SPIN_CODE) {
                    for (int m = 0; m < 3; m++) {
                        if (TestSupport.dot(TestSupport.vec(s, i), dirs[m]) > 0.999) {
                            seen[m]++;
                        }
                    }
                }
            }
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(seen), "cell " + c);
        }
    }

    @Test
    void upDownGivesExactCounts() {
        double[] axis = TestSupport.normalize(new double[] {1, 1, 0});
        CellLayout layout = layout(1001);
        StateStore s = new StateStore(1001);
        Populator.populate(s, layout, new Composition[] {Composition.of(1001, 1001, 1.0)},
                SpinMixture.of(new SpinComponent.UpDown(new double[] {2, 2, 0}, 0.3)), SEED);
        long up = 0;
        long down = 0;
        for (int i = 0; i < 1001; i++) {
            double d = TestSupport.dot(TestSupport.vec(s, i), axis);
            if (Math.abs(d - 1) < 1e-6) {
                up++;
            } else if (Math.abs(d + 1) < 1e-6) {
                down++;
            }
        }
        // round(0.3 * 1001) = round(300.3) = 300
        assertEquals(300, up, "up count");
        assertEquals(701, down, "down count");
    }

    @Test
    void coneSamplesLieInTheCapWithTheRightMeanCosine() {
        final int n = 40_000;
        final double half = Math.toRadians(40);
        double[] dir = TestSupport.randomUnit(new SplittableRandom(SEED));
        StateStore s = new StateStore(n);
        Populator.populate(s, layout(n), new Composition[] {Composition.of(n, n, 1.0)},
                SpinMixture.of(new SpinComponent.Cone(new double[] {3 * dir[0], 3 * dir[1], 3 * dir[2]}, half)), SEED);
        double[] e1 = TestSupport.randomPerpendicular(dir, new SplittableRandom(1));
        double[] e2 = TestSupport.cross(dir, e1);
        double sumCos = 0;
        double[] sumPerp = new double[2];
        double[] sumPerp2 = new double[2];
        double cMin = Math.cos(half);
        for (int i = 0; i < n; i++) {
            double[] v = TestSupport.vec(s, i);
            double c = TestSupport.dot(v, dir);
            assertTrue(c >= cMin - 1e-6, "sample " + i + " at " + Math.toDegrees(Math.acos(Math.min(1, c)))
                    + " deg, outside the 40 deg cap");
            sumCos += c;
            double p1 = TestSupport.dot(v, e1);
            double p2 = TestSupport.dot(v, e2);
            sumPerp[0] += p1;
            sumPerp[1] += p2;
            sumPerp2[0] += p1 * p1;
            sumPerp2[1] += p2 * p2;
        }
        // uniform on the cap means cos(theta) uniform on [cos a, 1]: mean (1 + cos a)/2,
        // standard deviation (1 - cos a)/sqrt(12)
        double mean = sumCos / n;
        double expect = (1 + cMin) / 2;
        double se = (1 - cMin) / Math.sqrt(12.0 * n);
        assertTrue(Math.abs(mean - expect) < 5 * se, String.format(
                "mean cos = %.5f, expected (1 + cos a)/2 = %.5f +- 5 x %.5f", mean, expect, se));
        // a sampler with theta (not cos theta) uniform would give sin(a)/a: far outside
        assertTrue(Math.abs(Math.sin(half) / half - expect) > 50 * se, "the mean-cos test has power");
        for (int k = 0; k < 2; k++) {
            double m = sumPerp[k] / n;
            double sek = Math.sqrt((sumPerp2[k] / n - m * m) / (n - 1));
            assertTrue(Math.abs(m) < 5 * sek, String.format(
                    "mean perpendicular component %d = %.5f, expected 0 +- 5 x %.5f", k, m, sek));
        }
    }

    @Test
    void coneOfZeroHalfAngleIsTheDirection() {
        double[] out = new double[30];
        new SpinComponent.Cone(new double[] {0, 2, 0}, 0.0).sample(10, new SplittableRandom(2), out);
        for (int i = 0; i < 10; i++) {
            assertEquals(0.0, out[3 * i], 1e-12);
            assertEquals(1.0, out[3 * i + 1], 1e-12);
            assertEquals(0.0, out[3 * i + 2], 1e-12);
        }
    }

    @Test
    void populationIsShuffledWithinTheCell() {
        // 5000 SPIN among 10000 states: the SPIN count in the first half is hypergeometric with
        // mean 2500 and variance n K (N - K)(N - n) / (N^2 (N - 1)) = 625.1 (sd 25.0)
        final int n = 10_000;
        StateStore s = new StateStore(n);
        Populator.populate(s, layout(n), new Composition[] {Composition.of(n, n, 0.5)},
                SpinMixture.of(new SpinComponent.Isotropic()), SEED);
        long firstHalf = 0;
        for (int i = 0; i < n / 2; i++) {
            if (s.kind[i] == Kind.SPIN_CODE) {
                firstHalf++;
            }
        }
        double sd = Math.sqrt(5000.0 * 5000 * 5000 * 5000 / ((double) n * n * (n - 1)));
        assertTrue(Math.abs(firstHalf - 2500) < 5 * sd, "SPIN states in the first half: " + firstHalf
                + ", expected 2500 +- 5 x " + sd);
    }

    @Test
    void deterministicForASeed() {
        CellLayout layout = layout(500, 300);
        Composition[] comps = {Composition.of(500, 500, 0.4), Composition.of(300, 200, 0.3)};
        SpinMixture mix = SpinMixture.of(new SpinComponent.Isotropic());
        StateStore a = new StateStore(800);
        StateStore b = new StateStore(800);
        StateStore c = new StateStore(800);
        Populator.populate(a, layout, comps, mix, SEED);
        Populator.populate(b, layout, comps, mix, SEED);
        Populator.populate(c, layout, comps, mix, SEED + 1);
        assertTrue(a.sameContents(b), "same seed, different population");
        assertFalse(a.sameContents(c), "different seeds, same population");
    }

    @Test
    void rejectsMismatchedCompositions() {
        CellLayout layout = layout(10, 20);
        StateStore s = new StateStore(30);
        SpinMixture mix = SpinMixture.of(new SpinComponent.Isotropic());
        assertThrows(IllegalArgumentException.class,
                () -> Populator.populate(s, layout, new Composition[] {Composition.of(10, 10, 0.5)}, mix, 1));
        assertThrows(IllegalArgumentException.class, () -> Populator.populate(s, layout,
                new Composition[] {Composition.of(10, 10, 0.5), Composition.of(21, 10, 0.5)}, mix, 1));
        assertThrows(IllegalArgumentException.class, () -> new SpinComponent.Cone(new double[] {0, 0, 1}, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new SpinComponent.Cone(new double[] {0, 0, 1}, 4.0));
        assertThrows(IllegalArgumentException.class, () -> new SpinComponent.UpDown(new double[] {0, 0, 1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new SpinComponent.Fixed(new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new SpinComponent.Fixed(new double[] {1, 0}));
    }

    /**
     * Drawing directions in chunks of {@link Populator#CHUNK} (so populating needs no buffer the
     * size of the cell) gives bit for bit the population of drawing each component in one batch,
     * as the populator did before: components larger than a chunk, an up/down split that falls
     * inside a later chunk, two cells.
     */
    @Test
    void chunkedDirectionsEqualOneBatchBitForBit() {
        CellLayout layout = layout(300_001, 1000);
        Composition[] comps = {Composition.of(300_001, 300_001, 0.9), Composition.of(1000, 900, 0.5)};
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(0.5, new SpinComponent.UpDown(new double[] {0, 0, 1}, 0.7)),
                new SpinMixture.Weighted(0.3, new SpinComponent.Isotropic()),
                new SpinMixture.Weighted(0.2, new SpinComponent.Cone(new double[] {1, 0, 0}, 0.4))));
        assertTrue(Math.round(0.5 * 0.9 * 300_001 * 0.7) > Populator.CHUNK, "the up/down split is past the first chunk");
        StateStore chunked = new StateStore(layout.totalStates());
        Populator.populate(chunked, layout, comps, mix, SEED);
        // the populator as it was: every component's directions in one buffer
        StateStore oneBatch = new StateStore(layout.totalStates());
        for (int c = 0; c < layout.cells(); c++) {
            SplittableRandom rng = spinsim.core.engine.RandomStreams.of(SEED, spinsim.core.engine.RandomStreams.INITIAL, 0, c);
            int i = layout.start(c);
            long[] per = mix.apportion(comps[c].nSpin());
            for (int m = 0; m < per.length; m++) {
                double[] dirs = new double[3 * (int) per[m]];
                mix.components().get(m).component().sample((int) per[m], rng, dirs);
                for (int q = 0; q < per[m]; q++) {
                    oneBatch.setSpin(i++, dirs[3 * q], dirs[3 * q + 1], dirs[3 * q + 2]);
                }
            }
            for (long q = 0; q < comps[c].nFull(); q++) {
                oneBatch.setFull(i++);
            }
            for (long q = 0; q < comps[c].nEmpty(); q++) {
                oneBatch.setEmpty(i++);
            }
            for (int q = layout.end(c) - 1; q > layout.start(c); q--) {
                oneBatch.swap(q, layout.start(c) + rng.nextInt(q - layout.start(c) + 1));
            }
        }
        assertTrue(oneBatch.sameContents(chunked), "chunked population differs from the one-batch population");
    }

    /**
     * Large cells are arranged by sequential sampling (same law as filling and shuffling): exact
     * composition and exact up/down and component counts per cell, and every kind and component
     * spread uniformly over the cell: the counts per tenth of the cell of SPIN-up, SPIN-down,
     * isotropic, FULL and EMPTY states pass a chi-square test of homogeneity (dof 4 x 9 = 36,
     * false-failure probability 1e-4). The threshold is lowered so that a small cell takes that path.
     */
    @Test
    void largeCellsArrangedSequentiallyHaveTheExactCompositionSpreadUniformly() {
        int n = 200_000;
        CellLayout layout = layout(n, 50);
        Composition[] comps = {Composition.of(n, n, 0.6), Composition.of(50, 50, 0.5)};
        SpinMixture mix = new SpinMixture(List.of(
                new SpinMixture.Weighted(0.5, new SpinComponent.UpDown(new double[] {0, 0, 1}, 0.3)),
                new SpinMixture.Weighted(0.5, new SpinComponent.Isotropic())));
        StateStore s = new StateStore(layout.totalStates());
        Populator.populate(s, layout, comps, mix, SEED, 1000);
        long[] per = mix.apportion(comps[0].nSpin());
        long up = Math.round(0.3 * per[0]);
        long[][] counts = new long[5][10];
        for (int i = 0; i < n; i++) {
            int bin = (int) ((long) i * 10 / n);
            int cat;
            if (s.kind[i] == Kind.SPIN_CODE) {
                cat = s.sz[i] == 1f && s.sx[i] == 0f ? 0 : s.sz[i] == -1f && s.sx[i] == 0f ? 1 : 2;
            } else {
                cat = s.kind[i] == Kind.FULL_CODE ? 3 : 4;
            }
            counts[cat][bin]++;
        }
        long[] totals = new long[5];
        for (int c = 0; c < 5; c++) {
            for (long v : counts[c]) {
                totals[c] += v;
            }
        }
        assertEquals(up, totals[0], "up spins");
        assertEquals(per[0] - up, totals[1], "down spins");
        assertEquals(per[1], totals[2], "isotropic spins");
        assertEquals(comps[0].nFull(), totals[3], "FULL");
        assertEquals(comps[0].nEmpty(), totals[4], "EMPTY");
        double chi2 = 0;
        for (int c = 0; c < 5; c++) {
            for (int b = 0; b < 10; b++) {
                double binSize = ((long) (b + 1) * n / 10) - ((long) b * n / 10);
                double e = totals[c] * binSize / n;
                chi2 += (counts[c][b] - e) * (counts[c][b] - e) / e;
            }
        }
        double crit = TestSupport.chiSquareCritical(36, 1e-4);
        assertTrue(chi2 < crit, "chi-square of kinds and components over tenths of the cell " + chi2 + " >= " + crit);
        // the isotropic part is isotropic: mean z and mean z^2 within 5 SE of 0 and 1/3
        double mz = 0;
        double mzz = 0;
        for (int i = 0; i < n; i++) {
            if (s.kind[i] == Kind.SPIN_CODE && !(s.sx[i] == 0f && Math.abs(s.sz[i]) == 1f)) {
                mz += s.sz[i];
                mzz += s.sz[i] * s.sz[i];
            }
        }
        mz /= totals[2];
        mzz /= totals[2];
        assertTrue(Math.abs(mz) < 5 * Math.sqrt(1.0 / 3 / totals[2]), "mean z of the isotropic part " + mz);
        assertTrue(Math.abs(mzz - 1.0 / 3) < 5 * Math.sqrt(4.0 / 45 / totals[2]), "mean z^2 of the isotropic part " + mzz);
        // the small cell kept the shuffle path: its composition is exact too
        CellTally t = new CellTally();
        t.accumulate(s, layout.start(1), layout.end(1));
        assertEquals(comps[1].nSpin(), t.nSpin);
    }
}
