package spinsim.runner.run;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (or SIGTERM) handling of a command that simulates and then writes its results: the JVM's
 * shutdown hook sets {@link #stop()}, which the runs poll between steps, and then holds the JVM
 * open until the command {@linkplain #close() is done} writing what finished, so that an
 * interrupt leaves no half-written directory behind, provided the current steps and the writing
 * end within {@link #GRACE_SECONDS} (after that the JVM halts and a hidden partial directory may
 * remain). The process then exits with the signal's status (130 for SIGINT, 143 for SIGTERM),
 * whatever the command returns. Install it before the output directory exists; close it after
 * the directory is committed or cleaned up (the directory's try-with-resources inside the
 * guard's).
 */
public final class InterruptGuard implements AutoCloseable {
    /** How long an interrupt waits for the current step and the writing of the results. */
    public static final long GRACE_SECONDS = 120;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private InterruptGuard(PrintWriter err, String whatHappens) {
        hook = new Thread(() -> {
            stop.set(true);
            err.println();
            err.println("spinsim: interrupted; " + whatHappens + " (Ctrl-C again will not hurry it)");
            err.flush();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spinsim-interrupt");
    }

    /**
     * Registers the hook; {@code whatHappens} completes the message printed on an interrupt, e.g.
     * "stopping after the current step and writing the replicas that finished".
     */
    public static InterruptGuard install(PrintWriter err, String whatHappens) {
        InterruptGuard g = new InterruptGuard(err, whatHappens);
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** Set once an interrupt has arrived: the runs stop after their current step. */
    public AtomicBoolean stop() {
        return stop;
    }

    /** True when an interrupt has arrived. */
    public boolean interrupted() {
        return stop.get();
    }

    /** Lets a waiting shutdown proceed, or unregisters the hook when no interrupt came. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already (Ctrl-C): the hook is waiting for us
        }
    }
}
