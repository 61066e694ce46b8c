package spinsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import spinsim.core.observe.CellTally;
import spinsim.core.observe.Snapshot;
import spinsim.core.observe.Tally;

/** The recorder hands every offered snapshot to its sink, in order, off the caller's thread. */
class RecorderTest {

    private static Snapshot snapshot(long step) {
        CellTally c = new CellTally();
        c.nSpin = step;
        return new Snapshot(0, step, step * 1.0, Tally.of(new CellTally[] {c}), new long[4], new double[] {0, 0, 1},
                new long[4]);
    }

    @Test
    void everySnapshotArrivesInOrder() {
        final int count = 20_000;
        List<Snapshot> offered = new ArrayList<>();
        List<Snapshot> received = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        // a tiny queue so that the producer repeatedly finds it full and must wait for the sink
        try (Recorder r = new Recorder(s -> {
            received.add(s);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
            }
            if (s.step() % 1000 == 0) {
                Thread.sleep(1);
            }
        }, 4)) {
            for (int i = 0; i < count; i++) {
                Snapshot s = snapshot(i);
                offered.add(s);
                r.offer(s);
            }
        }
        // close() joined the recorder thread, so its writes to 'received' are visible here
        assertEquals(count, received.size(), "snapshots received");
        for (int i = 0; i < count; i++) {
            assertSame(offered.get(i), received.get(i), "snapshot " + i + " out of order or replaced");
        }
        assertTrue(!threads.get(0).equals(Thread.currentThread().getName()), "the sink ran on the caller's thread");
    }

    @Test
    void closeWithoutOffersReturns() {
        List<Snapshot> received = new ArrayList<>();
        Recorder r = new Recorder(received::add, 16);
        r.close();
        assertEquals(0, received.size());
    }

    @Test
    void aFailingSinkMakesCloseThrow() {
        IllegalArgumentException boom = new IllegalArgumentException("disk full");
        Recorder r = new Recorder(s -> {
            if (s.step() == 3) {
                throw boom;
            }
        }, 16);
        // offer may itself report the failure once the recorder thread has seen it
        int offered = 0;
        try {
            for (int i = 0; i < 10; i++) {
                r.offer(snapshot(i));
                offered++;
            }
        } catch (IllegalStateException e) {
            assertSame(boom, e.getCause(), "offer must report the sink's exception");
        }
        assertTrue(offered >= 4, "offers before the failing snapshot cannot fail: " + offered);
        IllegalStateException e = assertThrows(IllegalStateException.class, r::close);
        assertSame(boom, e.getCause(), "close must report the sink's exception");
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    }
}
