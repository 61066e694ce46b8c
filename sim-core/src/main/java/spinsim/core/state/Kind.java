package spinsim.core.state;

/**
 * Occupation of one delocalized electron state (MODEL.md section 1, paper Fig. 1a).
 * The byte codes are what {@link StateStore#kind} holds.
 */
public enum Kind {
    /** No electron; spin 0. */
    EMPTY,
    /** Two electrons of opposite spin; spin 0 and no direction. */
    FULL,
    /** One electron with a spin direction (a unit Bloch vector). */
    SPIN;

    public static final byte EMPTY_CODE = 0;
    public static final byte FULL_CODE = 1;
    public static final byte SPIN_CODE = 2;

    public byte code() {
        return (byte) ordinal();
    }

    public static Kind of(byte code) {
        return values()[code];
    }

    /** Electrons held by a state of this kind: 0, 2 or 1. */
    public int electrons() {
        return this == EMPTY ? 0 : this == FULL ? 2 : 1;
    }
}
