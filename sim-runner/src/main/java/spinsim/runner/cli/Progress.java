package spinsim.runner.cli;

import java.io.PrintWriter;
import java.util.Locale;
import spinsim.runner.run.RunExecutor;

/**
 * Progress of a run on stderr: on a terminal one line rewritten in place (at most 5 times a
 * second), otherwise a plain line at most every 5 s, for logs. Nothing is shown during the first
 * 2 s, so short runs stay quiet.
 */
final class Progress implements RunExecutor.Listener {
    private static final long QUIET_NS = 2_000_000_000L;
    private static final long TERMINAL_EVERY_NS = 200_000_000L;
    private static final long LOG_EVERY_NS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int replicas;
    private final long start = System.nanoTime();
    private long last = start;
    private int width;
    private boolean shown;

    Progress(PrintWriter err, boolean terminal, int replicas) {
        this.err = err;
        this.terminal = terminal;
        this.replicas = replicas;
    }

    @Override
    public void onStep(int replica, long step, long steps) {
        long now = System.nanoTime();
        if (now - start < QUIET_NS || now - last < (terminal ? TERMINAL_EVERY_NS : LOG_EVERY_NS)) {
            return;
        }
        last = now;
        double seconds = (now - start) * 1e-9;
        long total = (long) replicas * steps;
        long done = (long) replica * steps + step;
        double rate = done / seconds;
        double eta = rate > 0 ? (total - done) / rate : Double.NaN;
        String line = String.format(Locale.ROOT, "replica %d/%d  step %d/%d  %5.1f%%  %s steps/s  ETA %s",
                replica + 1, replicas, step, steps, 100.0 * done / total, rate(rate), duration(eta));
        synchronized (this) {
            if (terminal) {
                err.print("\r" + pad(line));
            } else {
                err.println("progress: " + line);
            }
            err.flush();
            shown = true;
        }
    }

    /** Clears the terminal line (call before printing anything else). */
    synchronized void finish() {
        if (terminal && shown) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
        shown = false;
    }

    private String pad(String line) {
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        width = Math.max(width, line.length());
        return padded;
    }

    private static String rate(double r) {
        return r >= 100 ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.3g", r);
    }

    static String duration(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        long t = Math.round(s);
        if (t < 60) {
            return t + "s";
        }
        if (t < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", t / 3600, (t % 3600) / 60);
    }
}
