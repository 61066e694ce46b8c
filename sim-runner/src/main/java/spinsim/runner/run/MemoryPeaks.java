package spinsim.runner.run;

import java.io.IOException;
import java.nio.file.Path;

/** The memory peaks of this JVM so far: read when a run ends, before its outputs are written. */
public final class MemoryPeaks {
    private MemoryPeaks() {
    }

    /** Peak use of the heap pools since the JVM started (garbage included). */
    public static long heapPeakBytes() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident set (VmHWM of /proc/self/status), or -1 where there is none. */
    public static long rssPeakBytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.trim().split("\\s+");
                    return Long.parseLong(f[1]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
