package spinsim.core.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spinsim.core.TestSupport;
import spinsim.core.engine.Simulation;
import spinsim.core.engine.SimulationSetup;
import spinsim.core.engine.WorkerPool;
import spinsim.core.initial.Composition;
import spinsim.core.initial.Populator;
import spinsim.core.initial.SpinComponent;
import spinsim.core.initial.SpinMixture;
import spinsim.core.pairing.PairingScheme;
import spinsim.core.rule.ScatteringRules;
import spinsim.core.state.CellLayout;
import spinsim.core.state.StateStore;

/**
 * The two-assembly partition: exact grouping by direction, the weighted 2-means split, label
 * continuity from record to record, the merged state, and on a real paper-rule run the identities
 * coherent + diffuse = n_SPIN and S(partition) = S(tally).
 */
class AssemblyTrackerTest {
    private static final double[] Z = {0, 0, 1};
    private static final double[] D145 = polar(145);

    static double[] polar(double deg) {
        double t = Math.toRadians(deg);
        return new double[] {Math.sin(t), 0, Math.cos(t)};
    }

    /** Fills states from {@code at} with {@code n} spins along {@code d}; returns the next free state. */
    private static int put(StateStore s, int at, int n, double[] d) {
        for (int i = 0; i < n; i++) {
            s.setSpin(at + i, d[0], d[1], d[2]);
        }
        return at + n;
    }

    @Test
    void groupsAreRoundedDirectionsAndNegativeZeroIsZero() {
        StateStore s = new StateStore(20);
        int at = put(s, 0, 5, Z);
        s.setFull(at++);
        at = put(s, at, 3, D145);
        s.setEmpty(at++);
        // the same direction with -0.0 components
        for (int i = 0; i < 2; i++, at++) {
            s.setSpin(at, 0, 0, 1);
            s.sx[at] = -0.0f;
            s.sy[at] = -0.0f;
        }
        // one ulp away from z in x: the same group (renormalised bisectors drift by ulps) ...
        s.setSpin(at, 0, 0, 1);
        s.sx[at++] = Float.MIN_VALUE;
        // ... but two resolution steps away: another group (would fail with a coarser rounding)
        s.setSpin(at, 0, 0, 1);
        s.sx[at++] = (float) (2 * DirectionGroups.RESOLUTION);
        SplittableRandom rng = new SplittableRandom(3);
        while (at < s.size()) {
            double[] d = TestSupport.randomUnit(rng);
            s.setSpin(at++, d[0], d[1], d[2]);
        }
        DirectionGroups g = new DirectionGroups();
        g.collect(s, 0, s.size());
        assertEquals(18, g.spins());
        assertEquals(2 + 1 + 6, g.groups(), "z (8 with the -0.0 ones and the ulp neighbour), 145 deg, the 2-step neighbour, 6 random");
        assertEquals(8, g.count(0));
        assertEquals(3, g.count(1));
        assertEquals(1, g.count(2));
        assertEquals(0, g.first(0));
        assertEquals(6, g.first(1));
        // again, reusing the table: the same result
        g.collect(s, 0, s.size());
        assertEquals(9, g.groups());
        assertEquals(8, g.count(0));
    }

    /** A synthetic store with known groups: the partition is exactly what was put in. */
    @Test
    void syntheticStorePartitionsIntoTheKnownGroups() {
        double[] a2 = polar(2); // a second group of assembly 1, 2 deg from z
        double[] b2 = polar(150);
        StateStore s = new StateStore(2000);
        int at = put(s, 0, 600, Z);
        at = put(s, at, 200, a2);
        at = put(s, at, 150, D145);
        at = put(s, at, 50, b2);
        at = put(s, at, 2, polar(90)); // a pair: below min_group 3, diffuse
        SplittableRandom rng = new SplittableRandom(11);
        double[] diffuse = new double[3];
        for (int i = 0; i < 98; i++) {
            double[] d = TestSupport.randomUnit(rng);
            s.setSpin(at, d[0], d[1], d[2]);
            diffuse[0] += s.sx[at];
            diffuse[1] += s.sy[at];
            diffuse[2] += s.sz[at];
            at++;
        }
        diffuse[0] += 2 * s.sx[1001];
        diffuse[2] += 2 * s.sz[1001];
        for (; at < s.size(); at++) {
            if (at % 2 == 0) {
                s.setFull(at);
            } else {
                s.setEmpty(at);
            }
        }
        AssemblyTracker t = new AssemblyTracker(Z, D145, 0);
        AssemblyPartition p = t.observe(s);
        assertEquals(1100, p.nSpin());
        assertEquals(3, p.minGroup(), "max(3, 1e-4 n_SPIN)");
        assertEquals(800, p.first().electrons());
        assertEquals(2, p.first().groups());
        assertEquals(200, p.second().electrons());
        assertEquals(2, p.second().groups());
        assertEquals(100, p.diffuse());
        assertEquals(1000, p.coherent());
        assertEquals(4, p.coherentGroups());
        assertEquals(4 + 1 + 98, p.groups());
        assertFalse(p.merged());
        // centres: normalised weighted means; spreads: weighted RMS angles
        double[] m1 = TestSupport.normalize(new double[] {200 * a2[0], 0, 600 + 200 * a2[2]});
        assertArrayEquals(m1, p.first().direction(), 1e-6);
        double th1 = Math.atan2(m1[0], m1[2]);
        double spread1 = Math.sqrt((600 * th1 * th1 + 200 * Math.pow(Math.toRadians(2) - th1, 2)) / 800);
        assertEquals(spread1, p.first().spreadRad(), 1e-6);
        double th2 = Math.atan2(150 * D145[0] + 50 * b2[0], 150 * D145[2] + 50 * b2[2]);
        assertEquals(Math.toDegrees(th2 - th1), p.angleBetweenDeg(), 1e-4);
        assertArrayEquals(diffuse, p.diffuseSpin(), 1e-9);
        CellTally tally = new CellTally();
        tally.accumulate(s, 0, s.size());
        assertArrayEquals(new double[] {tally.sx, tally.sy, tally.sz}, p.totalSpin(), 1e-9);
        // a fixed min_group of 100 makes the 50 at 150 deg diffuse
        AssemblyPartition q = new AssemblyTracker(Z, D145, 100).observe(s);
        assertEquals(150, q.second().electrons());
        assertEquals(150, q.diffuse());
    }

    /** Two well-separated clouds of groups, seeds at the initial directions: each cloud is one assembly. */
    @Test
    void twoMeansSplitsTwoWellSeparatedClouds() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] w = new double[n];
        double[] s1 = new double[3];
        double[] s2 = new double[3];
        for (int i = 0; i < n; i++) {
            double[] centre = i % 2 == 0 ? Z : D145;
            double[] d = TestSupport.atAngle(centre, Math.toRadians(10 * rng.nextDouble()), rng);
            x[i] = d[0];
            y[i] = d[1];
            z[i] = d[2];
            w[i] = 1 + rng.nextInt(100);
            double[] acc = i % 2 == 0 ? s1 : s2;
            acc[0] += w[i] * d[0];
            acc[1] += w[i] * d[1];
            acc[2] += w[i] * d[2];
        }
        double[] c1 = Z.clone();
        double[] c2 = D145.clone();
        int[] label = new int[n];
        int rounds = SphericalTwoMeans.cluster(x, y, z, w, n, c1, c2, label);
        assertTrue(rounds <= 3, rounds + " rounds");
        for (int i = 0; i < n; i++) {
            assertEquals(i % 2, label[i], "point " + i);
        }
        assertArrayEquals(TestSupport.normalize(s1), c1, 1e-12);
        assertArrayEquals(TestSupport.normalize(s2), c2, 1e-12);
        // seeds swapped: the split is the same with the labels swapped
        double[] d1 = D145.clone();
        double[] d2 = Z.clone();
        SphericalTwoMeans.cluster(x, y, z, w, n, d1, d2, label);
        for (int i = 0; i < n; i++) {
            assertEquals(1 - i % 2, label[i]);
        }
    }

    /**
     * Labels follow the populations: two populations approach each other record by record and the
     * smaller one becomes the larger; each keeps its label. Then the second disappears (merged:
     * angle 0, second empty at the first's direction) and reappears near where it was tracked.
     */
    @Test
    void labelsAreContinuousAndTheMergedStateIsClear() {
        AssemblyTracker t = new AssemblyTracker(Z, D145, 0);
        double[] theta1 = {0, 10, 25, 40, 55};
        double[] theta2 = {145, 120, 100, 80, 65};
        int[] n1 = {800, 600, 400, 300, 200};
        int[] n2 = {200, 300, 450, 600, 700};
        for (int r = 0; r < theta1.length; r++) {
            StateStore s = new StateStore(n1[r] + n2[r]);
            put(s, put(s, 0, n2[r], polar(theta2[r])), n1[r], polar(theta1[r])); // the second population first
            AssemblyPartition p = t.observe(s);
            assertEquals(n1[r], p.first().electrons(), "record " + r);
            assertEquals(n2[r], p.second().electrons(), "record " + r);
            assertEquals(theta2[r] - theta1[r], p.angleBetweenDeg(), 1e-4);
            assertEquals(theta1[r], Math.toDegrees(AssemblyTracker.angle(p.first().direction(), Z)), 1e-4);
            assertEquals(0, p.first().spreadRad(), 1e-6);
        }
        // the second population is gone: merged, angle 0, second empty and reported at the first's direction
        StateStore s = new StateStore(500);
        put(s, 0, 500, polar(58));
        AssemblyPartition p = t.observe(s);
        assertTrue(p.merged());
        assertEquals(0, p.angleBetweenRad());
        assertEquals(500, p.first().electrons());
        assertTrue(p.second().isEmpty());
        assertArrayEquals(p.first().direction(), p.second().direction(), 0);
        assertArrayEquals(polar(65), t.centre(2), 1e-6, "the empty assembly is still tracked where it was");
        // it reappears near its tracked direction (e.g. injected spins): picked up again as assembly 2
        s = new StateStore(600);
        put(s, put(s, 0, 500, polar(58)), 100, polar(70));
        p = t.observe(s);
        assertFalse(p.merged());
        assertEquals(500, p.first().electrons());
        assertEquals(100, p.second().electrons());
        assertEquals(12, p.angleBetweenDeg(), 1e-4);
        // no coherent spin at all: both empty, angle undefined
        s = new StateStore(10);
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10; i++) {
            double[] d = TestSupport.randomUnit(rng);
            s.setSpin(i, d[0], d[1], d[2]);
        }
        p = t.observe(s);
        assertTrue(p.merged());
        assertTrue(Double.isNaN(p.angleBetweenRad()));
        assertEquals(10, p.diffuse());
        assertEquals(0, p.coherent());
    }

    /**
     * A real run: paper rule, all states SPIN (filling 1, spin fraction 1), 80 % along z and 20 % at
     * 145 deg, several blocks on two threads. After one t_sc every SPIN state is coherent or
     * diffuse, the spin of the partition is the tally's S, and the coherent directions are the
     * handful that bisectors of the two initial directions can make.
     */
    @Test
    void realRunPartitionAddsUpToTheTally() {
        int n = 100_000;
        CellLayout layout = CellLayout.uniform(1, n);
        SpinMixture mix = new SpinMixture(List.of(new SpinMixture.Weighted(0.8, new SpinComponent.Fixed(Z)),
                new SpinMixture.Weighted(0.2, new SpinComponent.Fixed(D145))));
        StateStore s = new StateStore(n);
        Populator.populate(s, layout, new Composition[] {Composition.of(n, n, 1.0)}, mix, 2024);
        try (WorkerPool pool = new WorkerPool(2)) {
            Simulation sim = new Simulation(new SimulationSetup(layout, ScatteringRules.byName("paper"),
                    PairingScheme.BLOCKED, 1.0, List.of(), 77, 1 << 14), s, pool);
            AssemblyTracker t = new AssemblyTracker(Z, D145, 0);
            AssemblyPartition p0 = t.observe(s);
            assertEquals(n, p0.nSpin());
            assertEquals(80_000, p0.first().electrons());
            assertEquals(20_000, p0.second().electrons());
            assertEquals(145, p0.angleBetweenDeg(), 1e-5);
            assertEquals(0, p0.diffuse());
            for (int step = 1; step <= 3; step++) {
                sim.step();
                CellTally tally = sim.tally().total();
                AssemblyPartition p = t.observe(s);
                assertEquals(tally.nSpin, p.nSpin());
                assertEquals(p.nSpin(), p.coherent() + p.diffuse(), "coherent + diffuse = n_SPIN");
                double[] total = p.totalSpin();
                assertEquals(tally.sx, total[0], 1e-9 * n);
                assertEquals(tally.sy, total[1], 1e-9 * n);
                assertEquals(tally.sz, total[2], 1e-9 * n);
                if (step == 1) {
                    // survivors of one matching: z, 145 deg and their bisector at 72.5 deg (plus
                    // one-ulp renormalised copies of z and 145 deg); no FULL + EMPTY pair has
                    // scattered yet, so nothing is diffuse
                    assertTrue(p.coherentGroups() >= 3 && p.coherentGroups() <= 5, p.coherentGroups() + " groups");
                    assertEquals(0, p.diffuse());
                    assertTrue(p.angleBetweenDeg() > 70 && p.angleBetweenDeg() < 146, p.angleBetweenDeg() + " deg");
                } else {
                    // the pairs created from FULL + EMPTY are unique directions: diffuse
                    assertTrue(p.diffuse() > 0);
                    assertTrue(p.coherent() > 0);
                }
            }
        }
    }
}
