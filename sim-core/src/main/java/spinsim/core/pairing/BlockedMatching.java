package spinsim.core.pairing;

import java.util.SplittableRandom;

/**
 * Fast approximate sweep matching of a cell too large for one block (pairing {@code blocked}):
 * each step the cell is cut into blocks of about {@code maxBlock} states, each block draws a
 * uniform random perfect matching of its own states and scatters it ({@link
 * spinsim.core.rule.BatchedKernels}, fused, in cache), and blocks run in parallel. Which states
 * share a block is drawn afresh every step, so that every state can meet every other; no state
 * moves in memory for it.
 *
 * <p><b>Geometry.</b> The cell {@code [from, to)} of N states is cut into M = ceil(N / C) chunks
 * of C = {@value #CHUNK} states (a 64-byte line of each float array; the last chunk shorter). Each
 * step draws a shift s (uniform in [0, M)) and lays the chunks, starting at chunk s and wrapping
 * around, into rows of W = ceil(N / maxBlock) chunks (R = ceil(M / W) rows, the last one
 * partial). Block k of the step takes from every row r the chunk in slot (k + o_r) mod W, with a
 * rotation o_r uniform per row and step. So there are W blocks of about N / W &lt;= maxBlock
 * states, each made of one chunk of every row: a stratified sample of the whole cell. Every block
 * has an even size but the one holding the last chunk when N is odd (its odd one out sits the
 * step out), so every state scatters exactly once per step, as with the exact matching. (When
 * N / W would leave fewer than 2 chunks per block, W is lowered and blocks grow.)
 *
 * <p><b>Mixing, against the exact matching.</b> With the exact matching the partner of a state is
 * uniform over the cell and independent of the past. Here it is uniform over its block, and the
 * block is one chunk of every row at a random slot: any chunk outside the state's own row shares
 * its block with probability 1/W, so any such state is its partner with probability ~ 1/N, as
 * with the exact matching, and the row cut moves with s every step. The departures are (i) the
 * C - 1 chunk-mates share the state's block every step, so a state meets a given chunk-mate with
 * probability ~ 1/B per step (B ~ N / W) instead of 1/N; that matters only for a chunk-mate it is
 * already correlated with, i.e. met before, which is a second-order event ~ (t C / B)^2 over t
 * steps; (ii) states of the same row, chunk-mates apart, do not meet in that step. Any
 * arrangement of contents by position (a segregated start, say all up spins in the first half of
 * the cell) is broken at the first step, since every block samples every row. The tests compare
 * the V3-V5 curves of both matchings, from shuffled and from segregated starts, within error, and
 * show that blocks which never mix fail the same comparison.
 *
 * <p>Determinism: the shift and rotations come from the generator handed to {@link #prepare}
 * (the engine derives it from (seed, step, cell)), each block's scattering from (seed, step,
 * cell, block), so the result does not depend on which thread runs which block. Memory: R ints of
 * rotations; the blocks' positions live in the per-thread
 * {@link spinsim.core.rule.BatchedKernels.Scratch}.
 */
public final class BlockedMatching {
    /** States per chunk: 16 floats are one 64-byte cache line. */
    public static final int CHUNK = 16;

    private final int from;
    private final int to;
    private final int width;
    private final int chunks;
    private final int rows;
    private final int[] rotation;
    private int shift;

    /**
     * The geometry for the cell {@code [from, to)}.
     *
     * @param maxBlock the target block size in states (&gt;= 2 CHUNK); the cell must be larger
     */
    public BlockedMatching(int from, int to, int maxBlock) {
        final long n = (long) to - from;
        if (maxBlock < 2 * CHUNK) {
            throw new IllegalArgumentException("block size must be >= " + 2 * CHUNK + ", got " + maxBlock);
        }
        if (n <= maxBlock) {
            throw new IllegalArgumentException("a cell of " + n + " states fits one block of " + maxBlock
                    + ": it is matched exactly");
        }
        this.from = from;
        this.to = to;
        this.chunks = (int) ((n + CHUNK - 1) / CHUNK);
        long w = (n + maxBlock - 1) / maxBlock;
        // at least 2 rows, so that a block is not a single chunk
        this.width = (int) Math.max(1, Math.min(w, chunks / 2));
        this.rows = (chunks + width - 1) / width;
        this.rotation = new int[rows];
    }

    /** Chunks per row: the number of blocks of a step. */
    public int width() {
        return width;
    }

    /** Rows: the number of chunks of a block. */
    public int rows() {
        return rows;
    }

    /** The largest number of states a block holds. */
    public int maxBlockStates() {
        return (int) Math.min((long) to - from, (long) rows * CHUNK);
    }

    /** Draws the shift and the row rotations of a step from {@code rng}. Call once per step. */
    public void prepare(SplittableRandom rng) {
        shift = rng.nextInt(chunks);
        for (int r = 0; r < rows; r++) {
            rotation[r] = rng.nextInt(width);
        }
    }

    /** Blocks of a step. */
    public int blocks() {
        return width;
    }

    /**
     * Writes the positions of block {@code k} of the current step into {@code pos} (which must
     * hold {@link #maxBlockStates()}) and returns their number.
     */
    public int fill(int k, int[] pos) {
        int n = 0;
        for (int r = 0, rowStart = 0; r < rows; r++, rowStart += width) {
            int slot = k + rotation[r];
            if (slot >= width) {
                slot -= width;
            }
            int g = rowStart + slot;
            if (g >= chunks) {
                continue; // a slot of the last, partial row
            }
            g += shift;
            if (g >= chunks) {
                g -= chunks;
            }
            final int start = from + g * CHUNK;
            final int end = start + Math.min(CHUNK, to - start);
            for (int p = start; p < end; p++) {
                pos[n++] = p;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "BlockedMatching[" + (to - from) + " states: " + chunks + " chunks of " + CHUNK + ", " + rows
                + " rows x " + width + " blocks]";
    }
}
