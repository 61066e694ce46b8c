package spinsim.runner.config;

/**
 * Values of command-line options, read from their text by the commands themselves (not by
 * picocli's converters, whose "'x' is not an int" names neither the range nor the unit), so that
 * a bad one fails like a bad config value: one line naming "command line", the option, the value
 * as given and what is allowed. Shared by run, sweep, validate and bench.
 */
public final class OptionValues {
    /** The "file" of a command-line error. */
    public static final String SOURCE = "command line";

    private OptionValues() {
    }

    /** A whole number in [min, max] ({@code what}: the unit or meaning, in parentheses). */
    public static long whole(String option, String value, long min, long max, String what) throws ConfigException {
        String range = max == Long.MAX_VALUE && min == Long.MIN_VALUE ? ""
                : max == Long.MAX_VALUE ? " >= " + min : " in [" + min + ", " + max + "]";
        String allowed = "must be a whole number" + range + " (" + what + ")";
        long v;
        try {
            v = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(SOURCE, option, "'" + value + "'", allowed);
        }
        if (v < min || v > max) {
            throw new ConfigException(SOURCE, option, value.strip(), allowed);
        }
        return v;
    }

    /** A finite number in [min, max]; {@code allowed} says so in words. */
    public static double number(String option, String value, double min, double max, String allowed)
            throws ConfigException {
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(SOURCE, option, "'" + value + "'", allowed);
        }
        if (!(v >= min && v <= max)) {
            throw new ConfigException(SOURCE, option, value.strip(), allowed);
        }
        return v;
    }
}
