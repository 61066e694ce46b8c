package spinsim.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report.html: the validation report as one self-contained HTML file that opens in any browser.
 *
 * <ul>
 *   <li>At the top, the summary table built from the rows themselves: id (a link to its section),
 *       claim, verdict (coloured), sigmas, paper value, Monte Carlo value, finding.</li>
 *   <li>Then report.md converted, except its own summary section: headings (with ids; a section
 *       "## V6. ..." gets the id {@code V6}), paragraphs, lists, tables, {@code **bold**},
 *       {@code `code`}, links, and images, which are read from the report directory and inlined as
 *       base64 {@code data:} URIs, so the file has no external reference at all.</li>
 *   <li>Minimal CSS, no script. Deterministic: the same report gives the same bytes.</li>
 * </ul>
 * The converter handles the markdown subset the experiments write (above); anything else passes
 * through as escaped text.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^\\d+\\.\\s+(.*)$");
    private static final Pattern SECTION_ID = Pattern.compile("^(V\\d+)\\.\\s.*");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;\
            max-width:1320px;padding:1.2em 2em;color:#222;line-height:1.45}
            h1{font-size:1.6em;border-bottom:2px solid #444;padding-bottom:.2em}
            h2{font-size:1.3em;border-bottom:1px solid #bbb;margin-top:2em;padding-bottom:.15em}
            table{border-collapse:collapse;margin:.8em 0;font-size:.88em}
            th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
            th{background:#f0f0f0}
            td.num{text-align:right;white-space:nowrap}
            tr.agrees td.verdict{background:#e3f4e3}
            tr.disagrees td.verdict{background:#fbe3e3}
            tr.other td.verdict{background:#f6f0d8}
            code{background:#f4f4f4;padding:0 .2em;border-radius:3px;font-size:.95em}
            img{max-width:100%;height:auto;border:1px solid #ddd;margin:.5em 0;display:block}
            figure{margin:1em 0}
            figcaption{font-size:.85em;color:#555}
            nav a{margin-right:.8em}
            .summary td.finding{min-width:24em}
            """;

    private HtmlReport() {
    }

    /** Writes report.html into {@code dir}, reading the images the markdown links from {@code dir}. */
    public static void write(Validation.Report report, String markdown, Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), html(report, markdown, dir));
    }

    /** The whole page. Images are read from {@code dir}; a missing image is an IOException. */
    static String html(Validation.Report report, String markdown, Path dir) throws IOException {
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        String title = "spinsim validation report";
        if (!lines.isEmpty() && lines.get(0).startsWith("# ")) {
            title = lines.remove(0).substring(2).trim();
        }
        removeSummarySection(lines);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
        b.append("<h1 id=\"top\">").append(esc(title)).append("</h1>\n");
        b.append("<nav>");
        for (ExperimentResult e : report.results()) {
            b.append("<a href=\"#").append(anchor(e.id())).append("\">").append(esc(e.id())).append("</a>");
        }
        b.append("<a href=\"#summary\">summary</a></nav>\n");
        summary(report, b);
        body(lines, dir, b);
        b.append("<p><a href=\"#top\">back to top</a></p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void summary(Validation.Report report, StringBuilder b) {
        long agree = report.rows().stream().filter(Row::agrees).count();
        b.append("<h2 id=\"summary\">Summary</h2>\n");
        b.append("<p>").append(agree).append(" of ").append(report.rows().size()).append(" rows agree. ")
                .append("sigma: z, the disagreement (Monte Carlo - paper) / SE, as the normal deviate of the same tail probability "
                        + "where the SE comes from n replicas (Student's t on n - 1 degrees of freedom; see Verdicts "
                        + "below); |z| &lt;= 3 agrees. Each id links to its section.</p>\n");
        b.append("<table class=\"summary\">\n<thead><tr><th>id</th><th>claim</th><th>verdict</th><th>sigma</th>")
                .append("<th>paper</th><th>Monte Carlo ± SE</th><th>finding</th></tr></thead>\n<tbody>\n");
        for (Row r : report.rows()) {
            String cls = r.agrees() ? "agrees" : r.verdict().startsWith("disagrees") ? "disagrees" : "other";
            String section = r.id().contains(".") ? r.id().substring(0, r.id().indexOf('.')) : r.id();
            b.append("<tr class=\"").append(cls).append("\"><td><a href=\"#").append(anchor(section)).append("\">")
                    .append(esc(r.id())).append("</a></td><td>").append(inline(r.claim())).append("</td><td class=\"verdict\">")
                    .append(inline(r.verdict())).append("</td><td class=\"num\">").append(esc(Fmt.z(r.z())))
                    .append("</td><td>").append(inline(r.paper())).append("</td><td>").append(inline(r.monteCarlo()))
                    .append("</td><td class=\"finding\">").append(inline(r.finding())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** Drops "## Summary" and everything up to the next heading of level 1-2 (the HTML has its own). */
    static void removeSummarySection(List<String> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("## Summary")) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return;
        }
        int to = from + 1;
        while (to < lines.size() && !lines.get(to).matches("^#{1,2}\\s.*")) {
            to++;
        }
        lines.subList(from, to).clear();
    }

    private static void body(List<String> lines, Path dir, StringBuilder b) throws IOException {
        Map<String, String> images = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String t = line.trim();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            Matcher h = HEADING.matcher(t);
            if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2).trim();
                Matcher sid = SECTION_ID.matcher(text);
                String id = sid.matches() ? anchor(sid.group(1)) : anchor(text);
                b.append("<h").append(level).append(" id=\"").append(id).append("\">").append(inline(text))
                        .append("</h").append(level).append(">\n");
                i++;
                continue;
            }
            Matcher img = IMAGE.matcher(t);
            if (img.matches()) {
                b.append("<figure><img src=\"").append(dataUri(dir, img.group(2), images)).append("\" alt=\"")
                        .append(esc(img.group(1))).append("\"><figcaption>").append(esc(img.group(1)))
                        .append("</figcaption></figure>\n");
                i++;
                continue;
            }
            if (t.startsWith("|")) {
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
                    rows.add(lines.get(i).trim());
                    i++;
                }
                table(rows, b);
                continue;
            }
            if (t.startsWith("- ") || t.startsWith("* ") || ORDERED.matcher(t).matches()) {
                boolean ordered = ORDERED.matcher(t).matches();
                b.append(ordered ? "<ol>\n" : "<ul>\n");
                while (i < lines.size()) {
                    String u = lines.get(i).trim();
                    Matcher om = ORDERED.matcher(u);
                    String item;
                    if (!ordered && (u.startsWith("- ") || u.startsWith("* "))) {
                        item = u.substring(2);
                    } else if (ordered && om.matches()) {
                        item = om.group(1);
                    } else {
                        break;
                    }
                    i++;
                    // continuation lines of the item (indented, not a new item or block)
                    while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).trim().isEmpty()) {
                        item += " " + lines.get(i).trim();
                        i++;
                    }
                    b.append("<li>").append(inline(item)).append("</li>\n");
                }
                b.append(ordered ? "</ol>\n" : "</ul>\n");
                continue;
            }
            // a paragraph: consecutive plain lines
            StringBuilder p = new StringBuilder(t);
            i++;
            while (i < lines.size()) {
                String u = lines.get(i).trim();
                if (u.isEmpty() || u.startsWith("|") || u.startsWith("#") || IMAGE.matcher(u).matches()
                        || u.startsWith("- ") || ORDERED.matcher(u).matches()) {
                    break;
                }
                p.append(' ').append(u);
                i++;
            }
            b.append("<p>").append(inline(p.toString())).append("</p>\n");
        }
    }

    private static void table(List<String> rows, StringBuilder b) {
        b.append("<table>\n");
        boolean header = rows.size() > 1 && rows.get(1).matches("^\\|[\\s:|-]+\\|?$");
        String[] align = header ? cells(rows.get(1)).toArray(new String[0]) : new String[0];
        for (int r = 0; r < rows.size(); r++) {
            if (header && r == 1) {
                continue;
            }
            boolean th = header && r == 0;
            b.append("<tr>");
            List<String> cs = cells(rows.get(r));
            for (int c = 0; c < cs.size(); c++) {
                boolean right = !th && c < align.length && align[c].trim().endsWith(":");
                b.append(th ? "<th>" : right ? "<td class=\"num\">" : "<td>").append(inline(cs.get(c).trim()))
                        .append(th ? "</th>" : "</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    /** The cells of a table row, split on unescaped pipes; "\|" becomes "|". */
    static List<String> cells(String row) {
        String s = row.trim();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (ch == '|') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Escapes, then `code`, **bold** and [links](url) (an http(s) or #anchor url only). */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) {
                out.append("<code>").append(esc(parts[i])).append("</code>");
            } else {
                String s = esc(i % 2 == 1 ? "`" + parts[i] : parts[i]);
                s = s.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>");
                Matcher m = LINK.matcher(s);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String url = m.group(2);
                    String rep = url.startsWith("http://") || url.startsWith("https://") || url.startsWith("#")
                            ? "<a href=\"" + url + "\">" + m.group(1) + "</a>" : m.group(0);
                    m.appendReplacement(sb, Matcher.quoteReplacement(rep));
                }
                m.appendTail(sb);
                out.append(sb);
            }
        }
        return out.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A lowercase-free anchor: "V6" stays "V6"; other text becomes a slug. */
    static String anchor(String text) {
        if (text.matches("V\\d+")) {
            return text;
        }
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "section" : s;
    }

    private static String dataUri(Path dir, String file, Map<String, String> cache) throws IOException {
        String cached = cache.get(file);
        if (cached != null) {
            return cached;
        }
        Path p = dir.resolve(file).normalize();
        if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
            throw new IOException("report.md links an image that is not in the report directory: " + file);
        }
        String mime = file.toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml" : "image/png";
        String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(p));
        cache.put(file, uri);
        return uri;
    }
}
