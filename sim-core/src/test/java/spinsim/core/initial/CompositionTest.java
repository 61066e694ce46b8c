package spinsim.core.initial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Exact initial counts: Composition.of and the apportionment of SPIN states among components. */
class CompositionTest {

    private static void assertComposition(Composition c, long empty, long full, long spin) {
        assertEquals(empty, c.nEmpty(), "n_EMPTY of " + c);
        assertEquals(full, c.nFull(), "n_FULL of " + c);
        assertEquals(spin, c.nSpin(), "n_SPIN of " + c);
    }

    @Test
    void exactCountsAndParityRounding() {
        // 10 states, 10 electrons (even): target 3.5 spins, nearest even count is 4
        assertComposition(Composition.of(10, 10, 0.35), 3, 3, 4);
        // odd electrons: n_SPIN odd
        assertComposition(Composition.of(10, 9, 0.5), 3, 2, 5);
        // target 6 with odd electrons: 5 and 7 tie, the lower wins
        assertComposition(Composition.of(10, 9, 0.6), 3, 2, 5);
        // spin fraction 0 with odd electrons: one spin is unavoidable
        assertComposition(Composition.of(10, 7, 0.0), 6, 3, 1);
        assertComposition(Composition.of(10, 0, 0.7), 10, 0, 0);
        assertComposition(Composition.of(10, 20, 0.3), 0, 10, 0);
        assertComposition(Composition.of(1, 1, 0.0), 0, 0, 1);
    }

    @Test
    void spinCountIsClampedToWhatTheElectronsAllow() {
        // 3 electrons in 10 states: at most 3 spins
        assertComposition(Composition.of(10, 3, 1.0), 7, 0, 3);
        // 18 electrons in 10 states: at most 2 * 10 - 18 = 2 spins
        assertComposition(Composition.of(10, 18, 1.0), 0, 8, 2);
        assertEquals(3, Composition.maxSpin(10, 3));
        assertEquals(2, Composition.maxSpin(10, 18));
    }

    @Test
    void rejectsOutOfRangeArguments() {
        assertThrows(IllegalArgumentException.class, () -> Composition.of(0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(-5, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(10, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(10, 21, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(10, 10, -0.01));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(10, 10, 1.01));
        assertThrows(IllegalArgumentException.class, () -> Composition.of(10, 10, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Composition(-1, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Composition.of(10, 21, 0.5));
        assertTrue(e.getMessage().contains("21"), "the message names the value: " + e.getMessage());
    }

    @Property(tries = 200, seed = "20240604")
    void compositionIsExactAndNearest(
            @ForAll @LongRange(min = 1, max = 1_000_000) long states,
            @ForAll @DoubleRange(min = 0, max = 1) double fillFraction,
            @ForAll @DoubleRange(min = 0, max = 1) double spinFraction) {
        long electrons = Math.round(fillFraction * 2 * states);
        Composition c = Composition.of(states, electrons, spinFraction);
        String what = states + " states, " + electrons + " electrons, spin fraction " + spinFraction + ": " + c;
        assertEquals(states, c.states(), what);
        assertEquals(electrons, c.electrons(), what);
        assertEquals(electrons, 2 * c.nFull() + c.nSpin(), what);
        long parity = electrons & 1;
        assertEquals(parity, c.nSpin() & 1, "n_SPIN parity, " + what);
        long maxSpin = Composition.maxSpin(states, electrons);
        assertTrue(c.nSpin() >= parity && c.nSpin() <= maxSpin, "n_SPIN range, " + what);
        // nearest admissible count to the target (same parity, within [parity, maxSpin]); lower on ties
        double target = spinFraction * states;
        double dist = Math.abs(c.nSpin() - target);
        if (c.nSpin() - 2 >= parity) {
            assertTrue(Math.abs(c.nSpin() - 2 - target) > dist, "n_SPIN - 2 is nearer, " + what);
        }
        if (c.nSpin() + 2 <= maxSpin) {
            assertTrue(Math.abs(c.nSpin() + 2 - target) >= dist, "n_SPIN + 2 is nearer, " + what);
        }
    }

    @Test
    void apportionByLargestRemainder() {
        SpinMixture equal = mixture(1, 1, 1);
        assertArrayEquals(new long[] {4, 3, 3}, equal.apportion(10));
        assertArrayEquals(new long[] {4, 2, 1}, mixture(0.5, 0.3, 0.2).apportion(7));
        assertArrayEquals(new long[] {0, 0, 0}, equal.apportion(0));
        assertArrayEquals(new long[] {12345}, mixture(2.5).apportion(12345));
    }

    @Property(tries = 200, seed = "20240605")
    void apportionSumsExactly(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0.001, max = 1000) @Scale(6) Double> weights,
            @ForAll @IntRange(min = 0, max = 1_000_000_000) int total) {
        SpinMixture m = mixture(weights.stream().mapToDouble(Double::doubleValue).toArray());
        long[] n = m.apportion(total);
        double wsum = weights.stream().mapToDouble(Double::doubleValue).sum();
        long sum = 0;
        for (int c = 0; c < n.length; c++) {
            assertTrue(n[c] >= 0, "negative share " + n[c]);
            double exact = total * weights.get(c) / wsum;
            assertTrue(Math.abs(n[c] - exact) < 1 + 1e-6, "share " + c + " = " + n[c] + ", exact " + exact);
            sum += n[c];
        }
        assertEquals(total, sum, "shares " + java.util.Arrays.toString(n) + " of weights " + weights);
    }

    @Test
    void mixtureRejectsBadWeights() {
        SpinComponent iso = new SpinComponent.Isotropic();
        assertThrows(IllegalArgumentException.class, () -> new SpinMixture.Weighted(0, iso));
        assertThrows(IllegalArgumentException.class, () -> new SpinMixture.Weighted(-1, iso));
        assertThrows(IllegalArgumentException.class, () -> new SpinMixture.Weighted(Double.NaN, iso));
        assertThrows(IllegalArgumentException.class, () -> new SpinMixture.Weighted(Double.POSITIVE_INFINITY, iso));
        assertThrows(IllegalArgumentException.class, () -> new SpinMixture(List.of()));
    }

    static SpinMixture mixture(double... weights) {
        List<SpinMixture.Weighted> list = new ArrayList<>();
        for (double w : weights) {
            list.add(new SpinMixture.Weighted(w, new SpinComponent.Isotropic()));
        }
        return new SpinMixture(list);
    }
}
