package spinsim.core.reference;

import java.util.SplittableRandom;

/**
 * Replays the draw protocol of {@link spinsim.core.rule.BatchedKernels} for
 * {@link NaiveReference}, so that the reference and the fast kernel see the same random numbers:
 * SplitMix64 seeded with one {@code nextLong()} of the block's {@link SplittableRandom}; the
 * matching takes 32-bit values, the high then the low half of each 64-bit output (a value Lemire's
 * method rejects is redrawn from the high halves of fresh outputs, the pending low half kept);
 * the odd one out takes the high half of a fresh output; a half left over when the matching ends
 * is dropped; uniforms are the top 53 bits of one output; a Marsaglia candidate (u, v) is one
 * output, u its high and v its low 32 bits, each read as a signed int times 2^-31. Written from
 * the protocol in the kernel's Javadoc, not from its code.
 */
public final class SplitMix64Draws implements NaiveReference.Draws {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private long state;
    private long pending;
    private boolean hasPending;
    private int rejections;

    public SplitMix64Draws(SplittableRandom blockGenerator) {
        this.state = blockGenerator.nextLong();
    }

    private long next() {
        state += GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Lemire: floor(t * bound / 2^32), rejecting t whose low product is below 2^32 mod bound. */
    private int lemire(long t, int bound) {
        long m = t * bound;
        long threshold = (1L << 32) % bound;
        while ((m & 0xFFFFFFFFL) < threshold) {
            rejections++;
            m = (next() >>> 32) * bound;
        }
        return (int) (m >>> 32);
    }

    @Override
    public int bounded(int bound) {
        long t;
        if (hasPending) {
            t = pending;
            hasPending = false;
        } else {
            long z = next();
            t = z >>> 32;
            pending = z & 0xFFFFFFFFL;
            hasPending = true;
        }
        return lemire(t, bound);
    }

    @Override
    public int boundedFresh(int bound) {
        return lemire(next() >>> 32, bound);
    }

    @Override
    public double uniform() {
        return (next() >>> 11) * 0x1.0p-53;
    }

    @Override
    public double[] candidate() {
        long z = next();
        return new double[] {(int) (z >>> 32) * 0x1.0p-31, (int) z * 0x1.0p-31};
    }

    /** Values Lemire's method rejected so far (a test checks that its redraw path ran). */
    public int rejections() {
        return rejections;
    }

    @Override
    public void endOfMatching() {
        hasPending = false;
    }
}
