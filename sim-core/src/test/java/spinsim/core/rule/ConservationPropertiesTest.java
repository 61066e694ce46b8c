package spinsim.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import spinsim.core.TestSupport;
import spinsim.core.pairing.PoissonPairing;
import spinsim.core.pairing.SweepMatching;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Invariants of scattering over random store contents, every registered rule and every way the
 * engine pairs states: per range, electrons (2 n_FULL + n_SPIN) and n_FULL - n_EMPTY are
 * conserved, SPIN vectors stay unit, EMPTY and FULL keep zero vectors, and nothing outside the
 * range is touched. Hops exchange contents exactly. Fixed jqwik seeds keep CI reproducible.
 */
class ConservationPropertiesTest {

    /** The ways the engine scatters a cell. */
    enum Pairing {
        /** fused matching and scattering of a cell that fits in a block */
        MATCH_AND_SCATTER,
        /** exact matching of a large cell, then its blocks scatter adjacent pairs */
        SWEEP_ARRANGE_THEN_ADJACENT_BLOCKS,
        /** Poisson pairing of a cell for a step dt */
        POISSON,
        /** single pairs drawn at random */
        SINGLE_PAIRS
    }

    @Provide
    Arbitrary<String> ruleNames() {
        return Arbitraries.of(ScatteringRules.names());
    }

    @Property(tries = 200, seed = "20240601")
    void scatteringConservesCountsAndUnitSpins(
            @ForAll("ruleNames") String ruleName,
            @ForAll Pairing pairing,
            @ForAll @IntRange(min = 0, max = 257) int cellSize,
            @ForAll @IntRange(min = 0, max = 9) int padBefore,
            @ForAll @IntRange(min = 0, max = 9) int padAfter,
            @ForAll @IntRange(min = 1, max = 6) int rounds,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double dt,
            @ForAll long seed) {
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        SplittableRandom rng = new SplittableRandom(seed);
        int from = padBefore;
        int to = padBefore + cellSize;
        StateStore s = randomStore(to + padAfter, rng);
        rule.canonicalize(s, from, to);
        StateStore before = s.copy();
        long electrons = s.electrons(from, to);
        long fullMinusEmpty = fullMinusEmpty(s, from, to);
        for (int r = 0; r < rounds; r++) {
            switch (pairing) {
                case MATCH_AND_SCATTER -> rule.matchAndScatter(s, from, to, rng);
                case SWEEP_ARRANGE_THEN_ADJACENT_BLOCKS -> {
                    SweepMatching.arrange(s, from, to, rng);
                    // blocks of a large cell start at even offsets from the cell start
                    int cut = Math.min(to, from + 2 * rng.nextInt(cellSize / 2 + 1));
                    rule.scatterAdjacent(s, from, cut, rng);
                    rule.scatterAdjacent(s, cut, to, rng);
                }
                case POISSON -> PoissonPairing.scatterCell(rule.kernel(), s, from, to, dt, rng);
                case SINGLE_PAIRS -> {
                    for (int e = 0; cellSize >= 2 && e < cellSize; e++) {
                        int i = from + rng.nextInt(cellSize);
                        int j = from + rng.nextInt(cellSize - 1);
                        rule.scatter(s, i, j >= i ? j + 1 : j, rng);
                    }
                }
                default -> throw new AssertionError(pairing);
            }
            String where = ruleName + ", " + pairing + ", round " + r + ", cell [" + from + ", " + to + ")";
            assertEquals(electrons, s.electrons(from, to), "electrons, " + where);
            assertEquals(fullMinusEmpty, fullMinusEmpty(s, from, to), "n_FULL - n_EMPTY, " + where);
            checkVectors(s, from, to, where);
            if (rule instanceof PaperPlanarRule) {
                for (int i = from; i < to; i++) {
                    if (s.kind[i] == Kind.SPIN_CODE) {
                        assertEquals(0f, s.sy[i], "planar rule left the xz-plane, " + where);
                        assertTrue(s.sx[i] >= 0f, "planar rule left the half-plane sx >= 0, " + where);
                    }
                }
            }
            for (int i = 0; i < s.size(); i++) {
                if (i < from || i >= to) {
                    assertEquals(before.kind[i], s.kind[i], "state " + i + " outside the cell changed, " + where);
                    assertEquals(before.sx[i], s.sx[i], "state " + i + " outside the cell changed, " + where);
                    assertEquals(before.sy[i], s.sy[i], "state " + i + " outside the cell changed, " + where);
                    assertEquals(before.sz[i], s.sz[i], "state " + i + " outside the cell changed, " + where);
                }
            }
        }
    }

    @Property(tries = 200, seed = "20240602")
    void hopsExchangeContentsExactly(
            @ForAll("ruleNames") String ruleName,
            @ForAll boolean fullPartner,
            @ForAll boolean spinFirst,
            @ForAll long seed) {
        ScatteringRule rule = ScatteringRules.byName(ruleName);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = TestSupport.randomUnit(rng);
        StateStore s = new StateStore(2);
        int spin = spinFirst ? 0 : 1;
        int other = 1 - spin;
        s.setSpin(spin, v[0], v[1], v[2]);
        if (fullPartner) {
            s.setFull(other);
        } else {
            s.setEmpty(other);
        }
        StateStore before = s.copy();
        rule.scatter(s, 0, 1, rng);
        String what = ruleName + ": SPIN + " + (fullPartner ? "FULL" : "EMPTY") + (spinFirst ? "" : " (reversed)");
        assertEquals(before.kind[spin], s.kind[other], what);
        assertEquals(before.kind[other], s.kind[spin], what);
        assertEquals(before.sx[spin], s.sx[other], what);
        assertEquals(before.sy[spin], s.sy[other], what);
        assertEquals(before.sz[spin], s.sz[other], what);
        assertEquals(0f, s.sx[spin], what);
        assertEquals(0f, s.sy[spin], what);
        assertEquals(0f, s.sz[spin], what);
    }

    @Property(tries = 100, seed = "20240603")
    void fullFullAndEmptyEmptyAreUnchanged(@ForAll("ruleNames") String ruleName, @ForAll boolean full,
            @ForAll long seed) {
        StateStore s = new StateStore(2);
        for (int i = 0; i < 2; i++) {
            if (full) {
                s.setFull(i);
            } else {
                s.setEmpty(i);
            }
        }
        StateStore before = s.copy();
        ScatteringRules.byName(ruleName).scatter(s, 0, 1, new SplittableRandom(seed));
        assertTrue(before.sameContents(s), ruleName + (full ? ": FULL + FULL" : ": EMPTY + EMPTY") + " changed");
    }

    /** Random kinds (with random proportions, so some stores are nearly all one kind) and unit spins. */
    static StateStore randomStore(int size, SplittableRandom rng) {
        StateStore s = new StateStore(size);
        double pSpin = rng.nextDouble();
        double pFull = rng.nextDouble() * (1 - pSpin);
        for (int i = 0; i < size; i++) {
            double u = rng.nextDouble();
            if (u < pSpin) {
                double[] v = TestSupport.randomUnit(rng);
                s.setSpin(i, v[0], v[1], v[2]);
            } else if (u < pSpin + pFull) {
                s.setFull(i);
            } else {
                s.setEmpty(i);
            }
        }
        return s;
    }

    static long fullMinusEmpty(StateStore s, int from, int to) {
        long d = 0;
        for (int i = from; i < to; i++) {
            d += s.kind[i] == Kind.FULL_CODE ? 1 : s.kind[i] == Kind.EMPTY_CODE ? -1 : 0;
        }
        return d;
    }

    static void checkVectors(StateStore s, int from, int to, String where) {
        for (int i = from; i < to; i++) {
            byte k = s.kind[i];
            assertTrue(k == Kind.EMPTY_CODE || k == Kind.FULL_CODE || k == Kind.SPIN_CODE,
                    "state " + i + " has kind code " + k + ", " + where);
            if (k == Kind.SPIN_CODE) {
                double n = TestSupport.norm(TestSupport.vec(s, i));
                assertEquals(1.0, n, 1e-5, "|s| of SPIN state " + i + ", " + where);
            } else {
                assertEquals(0f, s.sx[i], "vector of non-SPIN state " + i + ", " + where);
                assertEquals(0f, s.sy[i], "vector of non-SPIN state " + i + ", " + where);
                assertEquals(0f, s.sz[i], "vector of non-SPIN state " + i + ", " + where);
            }
        }
    }
}
