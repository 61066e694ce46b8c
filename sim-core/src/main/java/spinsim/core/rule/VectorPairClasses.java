package spinsim.core.rule;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The pair classes of a matched working list with the incubating Vector API, four pairs per
 * 256-bit vector: the bit maps that {@link BatchedKernels}' matching otherwise builds inside its
 * loop, bit for bit the same. Loaded only where the module {@code jdk.incubator.vector} is
 * present (see {@link BatchedKernels#vectorFillAvailable()}). The kernel calls it only from
 * {@code BatchedKernels.match}, which C2 always compiles on its own: inlined too deep below a
 * compilation root, the API's operations run its allocating Java fallback (see there).
 *
 * <p>Two ints (w[2m], w[2m + 1]) of the list, each (local index &lt;&lt; 2 | kind), are read as
 * one long lane a | b &lt;&lt; 32. With the kind codes EMPTY 0, FULL 1, SPIN 2, the pair is
 * SPIN + SPIN when bit 1 of a &amp; b is set, and FULL + EMPTY (either order) when
 * (a ^ b) &amp; 3 is 1 (no other two codes differ in bit 0 alone: there is no code 3). Each
 * lane's 0 or 1 is shifted to its pair's bit and OR-ed into an accumulator, lane by lane, with no
 * mask operations: JDK 17 does not compile {@code VectorMask.toLong()} to vector instructions
 * (3.4 ns per pair against 0.6 for this form, in a standalone test).
 */
final class VectorPairClasses {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_256;
    /** Bit positions 0, 1, 2, 3 of a vector's four pairs in its word, before the vector's offset. */
    private static final LongVector LANE_BITS = LongVector.zero(LONGS).addIndex(1);

    private VectorPairClasses() {
    }

    /**
     * Sets {@code ss[wd]} and {@code fe[wd]} for the first {@code words} words of pairs (64
     * pairs, 128 ints of {@code w}, each): bit m of word wd for pair 64 wd + m.
     */
    static void classify(int[] w, int words, long[] ss, long[] fe) {
        for (int wd = 0; wd < words; wd++) {
            final int base = wd << 7;
            LongVector ssAcc = LongVector.zero(LONGS);
            LongVector feAcc = LongVector.zero(LONGS);
            for (int t = 0; t < 16; t++) {
                final LongVector a = IntVector.fromArray(INTS, w, base + 8 * t).reinterpretAsLongs();
                final LongVector b = a.lanewise(VectorOperators.LSHR, 32);
                final LongVector bit = LANE_BITS.add(4 * t);
                final LongVector spinSpin = a.and(b).lanewise(VectorOperators.LSHR, 1).and(1L);
                // (c ^ 1) - 1 is negative only for c = 1, FULL + EMPTY
                final LongVector c = a.lanewise(VectorOperators.XOR, b).and(3L);
                final LongVector fullEmpty = c.lanewise(VectorOperators.XOR, 1L).sub(1L)
                        .lanewise(VectorOperators.LSHR, 63);
                ssAcc = ssAcc.or(spinSpin.lanewise(VectorOperators.LSHL, bit));
                feAcc = feAcc.or(fullEmpty.lanewise(VectorOperators.LSHL, bit));
            }
            ss[wd] = ssAcc.reduceLanes(VectorOperators.OR);
            fe[wd] = feAcc.reduceLanes(VectorOperators.OR);
        }
    }
}
