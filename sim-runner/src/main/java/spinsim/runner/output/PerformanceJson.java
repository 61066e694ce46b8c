package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import spinsim.core.state.StateStore;
import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;

/**
 * {@code performance.json}: everything that depends on the machine and not on the physics: wall
 * time, threads, JVM, heap, throughput in scattered pairs, and the distribution of step times
 * (HdrHistogram, 3 significant digits) over every step taken, including those of a replica
 * cut short by an interrupt.
 */
public final class PerformanceJson implements Output {
    public static final String FILE = "performance.json";

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        Json.write(dir.resolve(FILE), content(run.result()).toMap());
    }

    /** The measurements of one run. Times in seconds unless the name says ms or ns. */
    public record Performance(double wallSeconds, int threads, int availableProcessors, long maxHeapBytes,
            String jvmVendor, String jvmVersion, String jvmName, String os, long states, int bytesPerState,
            long stepsTimed, double pairsPerStep, boolean pairsExact, double pairs, double stepSeconds,
            double pairsPerSecond, double nsPerPair, double p50Ms, double p90Ms, double p99Ms, double maxMs,
            double meanMs, long pairingBufferBytes, long heapPeakBytes, long rssPeakBytes) {

        /** Bytes per state of the run's data: the store plus the pairing buffers. */
        public double bytesPerStateAll() {
            return states == 0 ? Double.NaN : (states * (double) bytesPerState + pairingBufferBytes) / states;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wall_seconds", Num.json(wallSeconds));
            m.put("threads", threads);
            m.put("available_processors", availableProcessors);
            m.put("max_heap_bytes", maxHeapBytes);
            Map<String, Object> jvm = new LinkedHashMap<>();
            jvm.put("vendor", jvmVendor);
            jvm.put("version", jvmVersion);
            jvm.put("name", jvmName);
            // how the kernel's fill pass ran (outputs are bit-identical either way; speed is not)
            jvm.put("vector_api_fill", spinsim.core.rule.BatchedKernels.vectorFill());
            m.put("jvm", jvm);
            m.put("os", os);
            m.put("states", states);
            m.put("bytes_per_state", bytesPerState);
            m.put("store_bytes", states * bytesPerState);
            Map<String, Object> mem = new LinkedHashMap<>();
            mem.put("pairing_buffer_bytes", pairingBufferBytes);
            mem.put("bytes_per_state_all", Num.json(bytesPerStateAll()));
            mem.put("heap_peak_bytes", heapPeakBytes);
            mem.put("rss_peak_bytes", rssPeakBytes);
            mem.put("note", "bytes_per_state_all = (store + pairing buffers) / states; heap_peak_bytes: the JVM's "
                    + "peak heap use (all pools, garbage included); rss_peak_bytes: the process's peak resident "
                    + "memory (Linux VmHWM, -1 elsewhere), JVM and code included");
            m.put("memory", mem);
            m.put("steps_timed", stepsTimed);
            m.put("pairs_per_step", Num.json(pairsPerStep));
            m.put("pairs_scattered", Num.json(pairs));
            m.put("pairs_note", pairsExact ? "sweep pairing: floor(states_per_cell / 2) pairs per cell per step"
                    : "poisson pairing: expected states_per_cell * dt / 2 pairs per cell per step");
            m.put("step_seconds_total", Num.json(stepSeconds));
            m.put("pairs_per_second", Num.json(pairsPerSecond));
            m.put("ns_per_pair", Num.json(nsPerPair));
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("p50", Num.json(p50Ms));
            st.put("p90", Num.json(p90Ms));
            st.put("p99", Num.json(p99Ms));
            st.put("max", Num.json(maxMs));
            st.put("mean", Num.json(meanMs));
            m.put("step_ms", st);
            m.put("step_time_note", "wall time of the scattering and process stages of one step (not the "
                    + "snapshots), all replicas");
            return m;
        }

        /** A few lines for the end of a run. */
        public String describe() {
            return String.format(Locale.ROOT, "performance: %.2f s wall on %d thread%s; %s pairs/s (%.1f ns/pair); "
                            + "step p50 %s ms, p99 %s ms, max %s ms%nmemory: %.2f bytes/state (store %d + pairing "
                            + "buffers %.2f), %s GB for %d states; JVM heap peak %s GB, process peak RSS %s GB",
                    wallSeconds, threads, threads == 1 ? "" : "s", shortCount(pairsPerSecond), nsPerPair,
                    Num.plain(round3(p50Ms)), Num.plain(round3(p99Ms)), Num.plain(round3(maxMs)),
                    bytesPerStateAll(), bytesPerState, (double) pairingBufferBytes / Math.max(1, states),
                    gb(states * (double) bytesPerState + pairingBufferBytes), states, gb(heapPeakBytes),
                    rssPeakBytes < 0 ? "n/a" : gb(rssPeakBytes));
        }
    }

    public static Performance content(RunResult r) {
        RunSpec spec = r.spec();
        Histogram h = r.stepNanos();
        long steps = h.getTotalCount();
        boolean sweep = spec.pairing().isSweep();
        double pairsPerStep = sweep ? spec.pairsPerSweep() : spec.totalStates() * spec.dt() / 2;
        double pairs = pairsPerStep * steps;
        double stepNs = steps == 0 ? 0 : h.getMean() * steps;
        Runtime rt = Runtime.getRuntime();
        return new Performance(r.wallSeconds(), r.threads(), rt.availableProcessors(), rt.maxMemory(),
                System.getProperty("java.vendor"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                spec.totalStates(), StateStore.BYTES_PER_STATE, steps, pairsPerStep, sweep, pairs, stepNs * 1e-9,
                stepNs > 0 ? pairs / (stepNs * 1e-9) : Double.NaN, pairs > 0 ? stepNs / pairs : Double.NaN,
                ms(h, 50), ms(h, 90), ms(h, 99), steps == 0 ? Double.NaN : h.getMaxValue() * 1e-6,
                steps == 0 ? Double.NaN : h.getMean() * 1e-6, spec.setup(spec.seed()).pairingBufferBytes(r.threads()),
                r.heapPeakBytes(), r.rssPeakBytes());
    }

    private static String gb(double bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / 1e9);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) * 1e-6;
    }

    private static double round3(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static String shortCount(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2fG", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
