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
 * of C states (the last chunk shorter), C = {@link #chunkFor}(maxBlock): 256 for the default
 * blocks of 2^16 states, i.e. runs of 1 KB of each float array that the hardware prefetcher
 * streams and whose lines are mostly whole (16 states, a single line, would waste most of every
 * line fetched and cost a TLB entry per 16 states). Each
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
    /** Smallest chunk: 16 floats are one 64-byte cache line. */
    public static final int MIN_CHUNK = 16;
    /** Largest chunk: 1 KB runs of each float array, long enough for the hardware prefetcher. */
    public static final int MAX_CHUNK = 256;
    /** Chunks per block aimed at: a block is a sample of this many places of the cell. */
    public static final int CHUNKS_PER_BLOCK = 256;

    private final int from;
    private final int to;
    private final int chunk;
    private final int width;
    private final int chunks;
    private final int rows;
    private final int[] rotation;
    private int shift;

    /**
     * The geometry for the cell {@code [from, to)}.
     *
     * @param maxBlock the target block size in states (&gt;= 2 MIN_CHUNK); the cell must be larger
     */
    public BlockedMatching(int from, int to, int maxBlock) {
        final long n = (long) to - from;
        if (maxBlock < 2 * MIN_CHUNK) {
            throw new IllegalArgumentException("block size must be >= " + 2 * MIN_CHUNK + ", got " + maxBlock);
        }
        if (n <= maxBlock) {
            throw new IllegalArgumentException("a cell of " + n + " states fits one block of " + maxBlock
                    + ": it is matched exactly");
        }
        this.from = from;
        this.to = to;
        this.chunk = chunkFor(maxBlock);
        this.chunks = (int) ((n + chunk - 1) / chunk);
        long w = (n + maxBlock - 1) / maxBlock;
        // at least 2 rows, so that a block is not a single chunk
        this.width = (int) Math.max(1, Math.min(w, chunks / 2));
        this.rows = (chunks + width - 1) / width;
        this.rotation = new int[rows];
    }

    /**
     * The chunk size for blocks of {@code maxBlock} states: maxBlock / {@value #CHUNKS_PER_BLOCK}
     * rounded down to a power of two, within [{@value #MIN_CHUNK}, {@value #MAX_CHUNK}] (256 for
     * the default 2^16-state blocks).
     */
    public static int chunkFor(int maxBlock) {
        int c = Integer.highestOneBit(Math.max(1, maxBlock / CHUNKS_PER_BLOCK));
        return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, c));
    }

    /** States per chunk. */
    public int chunk() {
        return chunk;
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
        return (int) Math.min((long) to - from, (long) rows * chunk);
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

    /** log2 of the chunk size (the chunk shift of the kernel's chunked form). */
    public int chunkShift() {
        return Integer.numberOfTrailingZeros(chunk);
    }

    /** The most chunks a block holds (the length {@link #fill} needs). */
    public int maxBlockChunks() {
        return rows;
    }

    /**
     * Writes the starts of the chunks of block {@code k} of the current step into {@code starts}
     * (which must hold {@link #maxBlockChunks()}) and returns the block's number of states. All
     * its chunks are full but the last: the cell's short last chunk, if the block has it, is put
     * last (the kernel then finds local index l at starts[l / C] + l mod C).
     */
    public int fill(int k, int[] starts) {
        int c = 0;
        int partialStart = -1;
        int partialLength = 0;
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
            final int start = from + g * chunk;
            final int length = Math.min(chunk, to - start);
            if (length < chunk) {
                partialStart = start;
                partialLength = length;
            } else {
                starts[c++] = start;
            }
        }
        int n = c * chunk;
        if (partialStart >= 0) {
            starts[c] = partialStart;
            n += partialLength;
        }
        return n;
    }

    @Override
    public String toString() {
        return "BlockedMatching[" + (to - from) + " states: " + chunks + " chunks of " + chunk + ", " + rows
                + " rows x " + width + " blocks]";
    }
}
