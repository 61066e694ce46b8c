package spinsim.runner.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens an HTML file in a real headless Chromium (Debian's {@code chromium}) and reports what the
 * browser saw: the natural width of every {@code <img>} after load (0 = not decoded, -1 = not
 * complete) and every link whose target is missing.
 *
 * <p>How: a copy of the page gets a small script that, on the load event, writes those facts into
 * a {@code <pre id="spinsim-check">}; {@code chromium --headless --dump-dom --virtual-time-budget}
 * prints the DOM after the page settled, and the facts are read back from it. The page itself is
 * not changed. The binary is {@code $SPINSIM_CHROMIUM}, else the first of chromium,
 * chromium-browser, google-chrome found on the PATH. {@code $SPINSIM_REQUIRE_CHROMIUM=1} (set by
 * .ci/run) turns a missing browser into a failure instead of a skipped test.
 */
final class HeadlessChromium {
    static final String REQUIRE_ENV = "SPINSIM_REQUIRE_CHROMIUM";
    private static final Pattern RESULT = Pattern.compile(
            "<pre id=\"spinsim-check\">IMAGES\\[([^\\]]*)\\] LINKS\\[(\\d+)\\] BROKEN\\[([^\\]]*)\\]</pre>");
    private static final String SCRIPT = """
            <script>
            window.addEventListener('load', function () {
              var w = [];
              for (var i = 0; i < document.images.length; i++) {
                var im = document.images[i];
                w.push(im.complete ? im.naturalWidth : -1);
              }
              var bad = [];
              var a = document.querySelectorAll('a[href]');
              for (var j = 0; j < a.length; j++) {
                var h = a[j].getAttribute('href');
                if (h.charAt(0) !== '#' || !document.getElementById(decodeURIComponent(h.substring(1)))) { bad.push(h); }
              }
              var p = document.createElement('pre');
              p.id = 'spinsim-check';
              p.textContent = 'IMAGES[' + w.join(',') + '] LINKS[' + a.length + '] BROKEN[' + bad.join(' ') + ']';
              document.body.appendChild(p);
            });
            </script>
            """;

    /** What the browser saw. */
    record Seen(List<Integer> imageWidths, int links, List<String> brokenLinks) {
    }

    private HeadlessChromium() {
    }

    /** The browser binary, or null when none is installed. */
    static String binary() {
        String env = System.getenv("SPINSIM_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return env;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            String path = System.getenv("PATH");
            if (path == null) {
                break;
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    static boolean required() {
        return "1".equals(System.getenv(REQUIRE_ENV));
    }

    private static List<String> baseCommand(String binary, Path profile) {
        return new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    }

    /** Loads {@code html} (a copy with the check script) in the browser and returns what it saw. */
    static Seen open(String binary, Path html, Path work) throws IOException, InterruptedException {
        String page = Files.readString(html);
        int end = page.lastIndexOf("</body>");
        if (end < 0) {
            throw new IOException(html + " has no </body>");
        }
        Path copy = work.resolve("check-" + html.getFileName());
        Files.writeString(copy, page.substring(0, end) + SCRIPT + page.substring(end));
        List<String> cmd = baseCommand(binary, work.resolve("profile"));
        cmd.addAll(List.of("--virtual-time-budget=10000", "--dump-dom", copy.toUri().toString()));
        String dom = run(cmd, work.resolve("dump.html"));
        Matcher m = RESULT.matcher(dom);
        if (!m.find()) {
            throw new IOException("the check script left no result in the DOM (" + dom.length() + " characters dumped)");
        }
        List<Integer> widths = new ArrayList<>();
        for (String w : m.group(1).split(",")) {
            if (!w.isBlank()) {
                widths.add(Integer.parseInt(w.trim()));
            }
        }
        List<String> broken = m.group(3).isBlank() ? List.of() : Arrays.asList(m.group(3).trim().split(" "));
        return new Seen(widths, Integer.parseInt(m.group(2)), broken);
    }

    /** A PNG screenshot of the page (for looking at). */
    static void screenshot(String binary, Path html, Path png, Path work) throws IOException, InterruptedException {
        List<String> cmd = baseCommand(binary, work.resolve("profile-shot"));
        cmd.addAll(List.of("--window-size=1400,2600", "--virtual-time-budget=10000", "--screenshot=" + png.toAbsolutePath(),
                html.toUri().toString()));
        run(cmd, work.resolve("shot.log"));
        if (!Files.isRegularFile(png)) {
            throw new IOException("no screenshot written to " + png);
        }
    }

    private static String run(List<String> cmd, Path stdout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(stdout.resolveSibling(stdout.getFileName() + ".err").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 90 s: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + ": " + Files.readString(
                    stdout.resolveSibling(stdout.getFileName() + ".err"), StandardCharsets.UTF_8));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
