package spinsim.core.engine;

import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.MpscArrayQueue;
import spinsim.core.observe.Snapshot;

/**
 * Takes snapshots off the simulation threads: the step loop offers them to a bounded JCTools
 * queue and a recorder thread hands them to a {@link Sink} (which may write files). A slow sink
 * stalls the simulation only when the queue is full. A sink failure is rethrown by {@link #close}
 * and by the next {@link #offer}.
 */
public final class Recorder implements AutoCloseable {
    /** Receives snapshots in the order offered, on the recorder thread. */
    public interface Sink {
        void accept(Snapshot s) throws Exception;
    }

    private final MpscArrayQueue<Snapshot> queue;
    private final Sink sink;
    private final Thread thread;
    private volatile boolean closing;
    private volatile Throwable failure;

    public Recorder(Sink sink, int capacity) {
        this.sink = sink;
        this.queue = new MpscArrayQueue<>(Math.max(2, capacity));
        this.thread = new Thread(this::drainLoop, "spinsim-recorder");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public void offer(Snapshot s) {
        rethrow();
        while (!queue.offer(s)) {
            rethrow();
            LockSupport.parkNanos(50_000);
        }
    }

    private void drainLoop() {
        try {
            while (true) {
                Snapshot s = queue.poll();
                if (s != null) {
                    sink.accept(s);
                } else if (closing && queue.isEmpty()) {
                    return;
                } else {
                    LockSupport.parkNanos(100_000);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("recorder sink failed: " + f.getMessage(), f);
        }
    }

    /** Waits until every offered snapshot is handed to the sink. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }
}
