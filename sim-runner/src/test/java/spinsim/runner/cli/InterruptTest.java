package spinsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) on a running {@code spinsim run} in a child JVM: it stops after the current step,
 * writes the replicas that finished with summary.json marked interrupted, and exits with 130.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptTest {
    static final String CONFIG = """
            name: endless
            seed: 5
            replicas: 10000
            ensemble: {cells: 1, states_per_cell: 20000}
            dynamics: {duration: 40}
            observe: {every: 40, histogram_bins: 8}
            """;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void ctrlCWritesTheFinishedReplicasAndExits130() throws Exception {
        Path config = tmp.resolve("endless.yaml");
        Files.writeString(config, CONFIG);
        Path out = tmp.resolve("run");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", cp, Main.class.getName(), "run",
                config.toString(), "--out", out.toString(), "--threads", "1").start();
        try {
            // the first plain progress line comes after ~5 s, when many replicas have finished
            CountDownLatch progress = new CountDownLatch(1);
            CountDownLatch heard = new CountDownLatch(1);
            StringBuilder err = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        synchronized (err) {
                            err.append(line).append('\n');
                        }
                        if (line.startsWith("progress: replica ") && !line.startsWith("progress: replica 1/")) {
                            progress.countDown();
                        }
                        if (line.startsWith("spinsim: interrupted")) {
                            heard.countDown();
                        }
                    }
                } catch (Exception e) {
                    // the process ended
                }
            });
            reader.start();
            AtomicReference<String> stdout = new AtomicReference<>("");
            Thread outReader = new Thread(() -> {
                try {
                    stdout.set(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (Exception e) {
                    // the process ended
                }
            });
            outReader.start();
            assertTrue(progress.await(60, TimeUnit.SECONDS), "no progress line: " + err);
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            int expected = 130;
            if (!heard.await(10, TimeUnit.SECONDS)) {
                // SIGINT is ignored when the build runs as a background job of a non-interactive shell
                // (the JVM inherits SIG_IGN and never sees it); SIGTERM runs the same shutdown path
                expected = 128 + 15;
                assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop");
            reader.join(5000);
            outReader.join(5000);
            assertEquals(expected, p.exitValue(), "stderr:\n" + err + "\nstdout:\n" + stdout.get());
            assertTrue(err.toString().contains("spinsim: interrupted; stopping after the current step"), err.toString());

            assertEquals(List.of("endless.yaml", "run"), Cli.entries(tmp), "no partial directory left");
            JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            assertTrue(s.get("interrupted").asBoolean());
            int done = s.get("replicas").asInt();
            assertTrue(done >= 1 && done < 10000, "replicas written: " + done);
            assertEquals(10000, s.get("replicas_requested").asInt());
            assertTrue(s.at("/conservation/electrons/conserved").asBoolean());
            assertTrue(Files.isRegularFile(out.resolve("counts.png")));
            assertTrue(stdout.get().contains("interrupted: " + done + " of 10000 replicas"), stdout.get());
        } finally {
            p.destroyForcibly();
        }
    }
}
