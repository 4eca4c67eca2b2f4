package carma.runtime.report;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A self-contained HTML page: key/value blocks, tables, notes, PNG plots and links. */
public final class HtmlReport {
    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(esc(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    public HtmlReport keyValues(Map<String, ?> kv) {
        body.append("<table class=kv>\n");
        for (Map.Entry<String, ?> e : kv.entrySet()) {
            body.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(String.valueOf(e.getValue())))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    public HtmlReport table(ReportTable t) {
        return table(t.title(), t.header(), t.rows(), null);
    }

    /** A table; {@code verdictColumn} ≥ 0 colours cells reading "holds"/"fails". */
    public HtmlReport table(String caption, List<String> header, List<List<String>> rows, Integer verdictColumn) {
        body.append("<table><caption>").append(esc(caption)).append("</caption>\n<tr>");
        header.forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cls = verdictColumn != null && i == verdictColumn ? (row.get(i).startsWith("holds") ? " class=ok"
                        : " class=bad") : "";
                body.append("<td").append(cls).append(">").append(esc(row.get(i))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    public HtmlReport figure(Figure f, String pngFile) {
        body.append("<figure><img src=\"").append(esc(pngFile)).append("\" alt=\"").append(esc(f.title()))
                .append("\"><figcaption>").append(esc(f.title())).append("</figcaption></figure>\n");
        return this;
    }

    public HtmlReport links(Map<String, String> fileToLabel) {
        body.append("<ul>\n");
        fileToLabel.forEach((file, label) -> body.append("<li><a href=\"").append(esc(file)).append("\">")
                .append(esc(file)).append("</a> ").append(esc(label)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    public HtmlReport preformatted(String text) {
        body.append("<pre>").append(esc(text)).append("</pre>\n");
        return this;
    }

    public void write(Path file) {
        String html = "<!doctype html>\n<html lang=en><head><meta charset=utf-8><title>" + esc(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
                + "text-align:left;font-size:14px}caption{font-weight:bold;text-align:left;padding:4px 0}"
                + ".kv th{background:#f4f4f4}.ok{background:#d8f5d8}.bad{background:#f8d4d4}"
                + "pre{background:#f6f6f6;padding:1em;overflow:auto}figure{margin:1em 0}img{max-width:100%}</style>"
                + "</head><body>\n<h1>" + esc(title) + "</h1>\n" + body + "</body></html>\n";
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
