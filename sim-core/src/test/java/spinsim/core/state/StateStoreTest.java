package spinsim.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StateStoreTest {
    @Test
    void staggeredArraysStartStaggerBytesApartModulo4KWhenBackToBack() {
        for (int size : new int[] {0, 1, 3, 1000, 1 << 14, (1 << 14) + 5, 1 << 20, 123_457}) {
            int pad = StateStore.staggerPad(size);
            assertTrue(pad >= 0 && pad < 1024, "pad " + pad);
            // next array's data start, when allocated right after: header + 4 (size + pad), 8-byte aligned
            long bytes = (16L + 4L * (size + pad) + 7) & ~7L;
            long off = bytes % 4096;
            assertTrue(off >= StateStore.STAGGER_BYTES && off <= StateStore.STAGGER_BYTES + 4, size + ": " + off);
        }
    }

    @Test
    void staggeringChangesNeitherSizeNorContents() {
        StateStore s = new StateStore(1000);
        StateStore u = new StateStore(1000, false);
        assertEquals(1000, s.size());
        assertEquals(1000, u.size());
        assertEquals(1000, u.sx.length);
        assertTrue(s.sx.length >= 1000 && s.sy.length >= 1000 && s.sz.length == 1000 && s.kind.length == 1000);
        s.setSpin(7, 0, 0, 2);
        StateStore c = s.copy();
        assertEquals(1f, c.sz[7]);
        assertEquals(Kind.SPIN, c.kindOf(7));
    }
}
