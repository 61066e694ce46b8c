package spinsim.core.process;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import spinsim.core.state.Kind;
import spinsim.core.state.StateStore;

/**
 * Injection of spin-polarized electrons from an external source (paper Section 8, Eq. 62-63;
 * MODEL.md section 4): every state of the source kind turns into a SPIN state along the unit
 * direction s2 with probability 1 - exp(-rate dt) per step, independently. Registered as
 * {@value #NAME}.
 * <ul>
 *   <li>source {@link Source#EMPTY}: EMPTY -&gt; SPIN s2, one electron enters per conversion;</li>
 *   <li>source {@link Source#FULL}: FULL -&gt; SPIN s2, one electron leaves per conversion: the one
 *       of spin -s2, so the electron that stays has spin s2 (a FULL state is a singlet of two
 *       opposite spins along any axis).</li>
 * </ul>
 * The rate is per source state (not per state of the cell), so the injection current falls as
 * the source kind is used up; with rate r dt &lt;&lt; 1 and a steady population of n_source
 * source states, about r n_source electrons are converted per t_sc.
 *
 * <p>Bookkeeping: the process counts the conversions it made. Each call adds its block's integer
 * count to one atomic counter; integer sums do not depend on the order of the blocks, so the
 * count is the same for any thread count (the draws are the per-(step, block) generator's).
 * {@link #electronChange()} is the net electrons put in: +conversions for source empty,
 * -conversions for source full. The injected spins are written as the same three floats every
 * time, so they form one group of bit-identical directions (see
 * {@link spinsim.core.observe.AssemblyTracker}).
 *
 * <p>Arrays: reads {@code kind}; writes {@code kind, sx, sy, sz} of converted states. Draws: one
 * double per state of the source kind in the range (none when the rate is 0). Allocation-free.
 * Does not conserve electrons (that is its point), n_FULL - n_EMPTY changes by
 * {@link #electronChange()} as well, and S changes by s2 per conversion.
 */
public final class Injection implements Process {
    public static final String NAME = "injection";

    /** Which kind of state takes (empty) or gives (full) an electron. */
    public enum Source {
        /** EMPTY -&gt; SPIN: an electron enters. */
        EMPTY(Kind.EMPTY_CODE, 1),
        /** FULL -&gt; SPIN: an electron (of spin -s2) leaves. */
        FULL(Kind.FULL_CODE, -1);

        private final byte code;
        private final int electronsPerConversion;

        Source(byte code, int electronsPerConversion) {
            this.code = code;
            this.electronsPerConversion = electronsPerConversion;
        }

        /** The lowercase name used in configs. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Electrons added to the store by one conversion: +1 (empty) or -1 (full). */
        public int electronsPerConversion() {
            return electronsPerConversion;
        }

        /** The source of a config name ({@code empty} or {@code full}), or null. */
        public static Source byConfigName(String name) {
            for (Source s : values()) {
                if (s.configName().equals(name)) {
                    return s;
                }
            }
            return null;
        }
    }

    private final double rate;
    private final double[] direction;
    private final float dx;
    private final float dy;
    private final float dz;
    private final Source source;
    private final AtomicLong conversions = new AtomicLong();

    /**
     * @param rate      conversions per t_sc per state of the source kind, &gt;= 0 and finite
     * @param direction s2, any finite non-zero vector (normalised here)
     * @param source    which kind of state is converted
     */
    public Injection(double rate, double[] direction, Source source) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(NAME + ": rate must be >= 0 and finite, got " + rate);
        }
        if (source == null) {
            throw new IllegalArgumentException(NAME + ": source must be empty or full");
        }
        double[] u = PrecessionKernels.unitAxis(direction, NAME + ": direction s2");
        this.rate = rate;
        this.direction = u;
        this.source = source;
        // the same rounding as StateStore.setSpin, so an injected spin equals a configured one
        double inv = 1.0 / Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        this.dx = (float) (u[0] * inv);
        this.dy = (float) (u[1] * inv);
        this.dz = (float) (u[2] * inv);
    }

    public double rate() {
        return rate;
    }

    /** The unit direction s2 (a copy). */
    public double[] direction() {
        return direction.clone();
    }

    public Source source() {
        return source;
    }

    /** Conversions made since this process was built (all blocks, all steps so far). */
    public long conversions() {
        return conversions.get();
    }

    /** Net electrons put in: conversions for source empty, -conversions for source full. */
    @Override
    public long electronChange() {
        return conversions.get() * source.electronsPerConversion();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(StateStore s, int from, int to, double dt, SplittableRandom rng) {
        final double p = -Math.expm1(-rate * dt);
        if (p == 0) {
            return;
        }
        final byte[] k = s.kind;
        final float[] x = s.sx;
        final float[] y = s.sy;
        final float[] z = s.sz;
        final byte src = source.code;
        long n = 0;
        for (int i = from; i < to; i++) {
            if (k[i] == src && rng.nextDouble() < p) {
                k[i] = Kind.SPIN_CODE;
                x[i] = dx;
                y[i] = dy;
                z[i] = dz;
                n++;
            }
        }
        if (n != 0) {
            conversions.addAndGet(n);
        }
    }

    @Override
    public String toString() {
        return NAME + "(rate = " + rate + " per t_sc per " + source.configName() + " state, s2 = [" + direction[0]
                + ", " + direction[1] + ", " + direction[2] + "], source " + source.configName() + ")";
    }
}
