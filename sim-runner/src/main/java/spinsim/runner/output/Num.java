package spinsim.runner.output;

import java.util.Locale;

/** Number formats: exact round-trip text for files, short text for people. Locale-independent. */
public final class Num {
    private Num() {
    }

    /** Round-trip text of a double (Double.toString; "NaN" for NaN), locale-independent. */
    public static String exact(double v) {
        return Double.toString(v);
    }

    /** As {@link #exact}, but empty for NaN (a missing standard error). */
    public static String exactOrEmpty(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A JSON value: the double itself, or null when it is not finite. */
    public static Double json(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A short plain number: whole numbers without decimals, others to 6 significant digits. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
    }

    /** "value ± se" with the SE to 2 significant digits and the value to the same decimal place. */
    public static String pm(double v, double se) {
        if (!Double.isFinite(se) || se <= 0 || !Double.isFinite(v)) {
            return plain(v) + (Double.isFinite(se) ? " ± 0" : "");
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(se)));
        if (decimals > 12) {
            return String.format(Locale.ROOT, "%.4g ± %.2g", v, se);
        }
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " ± " + f, v, se);
    }
}
