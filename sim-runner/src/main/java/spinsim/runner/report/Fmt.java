package spinsim.runner.report;

import java.util.Locale;

/** Number formatting for the report: Locale.ROOT, values rounded to their standard error. */
public final class Fmt {
    private Fmt() {
    }

    public static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A number to {@code sig} significant digits, plain notation for moderate magnitudes. */
    public static String sig(double v, int sig) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e7 || a < 1e-4) {
            return f("%." + (sig - 1) + "e", v);
        }
        int exp = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, sig - 1 - exp);
        return f("%." + decimals + "f", v);
    }

    /** Compact: whole numbers without decimals, others to 6 significant digits without trailing zeros. */
    public static String g(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return sig(v, 6);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = sig(v, 6);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** "value ± se" with the SE to two significant digits and the value to the same decimal place. */
    public static String pm(double v, double se) {
        if (Double.isNaN(se) || se <= 0) {
            return sig(v, 6);
        }
        int exp = (int) Math.floor(Math.log10(se));
        int decimals = Math.max(0, 1 - exp);
        if (decimals > 10 || Math.abs(v) >= 1e9) {
            return f("%.4e ± %.2e", v, se);
        }
        return f("%." + decimals + "f ± %." + decimals + "f", v, se);
    }

    /** The sigma column: "n/a" for rows without a statistical reference. */
    public static String z(double z) {
        if (Double.isNaN(z)) {
            return "n/a";
        }
        double a = Math.abs(z);
        if (a >= 1e4) {
            return f("%.2e", z);
        }
        return a >= 100 ? f("%.0f", z) : f("%.1f", z);
    }
}
