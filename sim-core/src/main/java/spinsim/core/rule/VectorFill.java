package spinsim.core.rule;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The working-list fill of {@link BatchedKernels} written with the incubating Vector API
 * ({@code jdk.incubator.vector}): eight kinds at a time are widened from bytes to ints and or-ed
 * into {@code (l << 2)}. It writes exactly the ints of the scalar loop, so a run gives
 * bit-identical results with or without it.
 *
 * <p>Why the fill: it is a straight, dependence-free loop over arrays, and C2 (JDK 17) does not
 * vectorize its scalar form (byte to int widening in a mixed loop); measured on this AVX2 host
 * (JMH, {@code VectorApiBenchmark}), 0.09 instead of 0.39 ns per state. The pairs' classes are
 * the other such pass ({@link VectorPairClasses}). The remaining passes are built on random
 * gathers and scatters (AVX2 has no scatter) or on SplitMix64, whose 64-bit multiplies AVX2
 * lacks: a lane-parallel SplitMix64 (bit-identical draws) measured 1.9x slower than the scalar
 * one (docs/performance.md).
 *
 * <p>This class is loaded only when the module is in the boot layer (the spinsim launcher adds it
 * unless {@code SPINSIM_VECTOR=0}); otherwise the scalar loop runs ({@link BatchedKernels#vectorFill()}).
 * 256-bit vectors (eight ints) are used where the hardware has them ({@link #hardwareSupported()}):
 * AVX2 has them and wider hosts run them too; narrower hosts keep the scalar loop.
 */
final class VectorFill {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;
    private static final VectorSpecies<Byte> KINDS = ByteVector.SPECIES_64;
    /** 0, 4, 8, ..., 28: the (l << 2) of eight consecutive local indices from 0. */
    private static final IntVector SHIFTED_IOTA = IntVector.zero(INTS).addIndex(4);

    private VectorFill() {
    }

    /**
     * True when the host's preferred vectors hold at least 256 bits, so that {@link #fill} is
     * compiled to vector instructions rather than run by the API's Java fallback.
     */
    static boolean hardwareSupported() {
        return IntVector.SPECIES_PREFERRED.vectorBitSize() >= INTS.vectorBitSize();
    }

    /** {@code w[l] = (l << 2) | k[shift + l]} for l in [from, to). */
    static void fill(byte[] k, int[] w, int from, int to, int shift) {
        int l = from;
        final int up = from + INTS.loopBound(to - from);
        for (; l < up; l += INTS.length()) {
            final IntVector kinds = (IntVector) ByteVector.fromArray(KINDS, k, shift + l)
                    .convertShape(VectorOperators.B2I, INTS, 0);
            SHIFTED_IOTA.add(l << 2).or(kinds).intoArray(w, l);
        }
        for (; l < to; l++) {
            w[l] = (l << 2) | k[shift + l];
        }
    }
}
