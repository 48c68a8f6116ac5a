package io.github.zwgk.annualreport.engine.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;

/**
 * The checker's HTML page ({@code check --html OUT.html}): one self-contained file for all reports checked - the results
 * as JSON, report-labels.js, report-view.js and report-view.css inlined, nothing fetched (a Content-Security-Policy
 * of {@code default-src 'none'} forbids it), so it opens from a file:// URL, a mail attachment or a USB stick. The
 * script draws the summary table and one section per report (report-view.js {@code renderPage}), in Chinese, or in
 * English when opened as {@code OUT.html#en}; a button switches.
 */
public final class HtmlReport
{
    static final String VIEW_SCRIPT = "report-view.js";
    static final String VIEW_STYLE = "report-view.css";

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HtmlReport()
    {
    }

    /** Writes the page for these results to {@code out} (UTF-8), replacing the file. */
    public static void write(List<AnalysisResult> results, Path out) throws IOException
    {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null)
        {
            Files.createDirectories(parent);
        }
        Files.writeString(out, render(results, LocalDateTime.now()), StandardCharsets.UTF_8);
    }

    /** The page for these results, stamped with {@code generatedAt}. */
    public static String render(List<AnalysisResult> results, LocalDateTime generatedAt)
    {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.put("generatedAt", GENERATED.format(generatedAt));
        meta.put("engineVersion", ReportAnalyzer.engineVersion());
        String data = "{\"meta\":" + ResultJson.write(meta, false) + ",\"results\":" + ResultJson.write(results, false) + "}";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>政府信息公开工作年度报告检查结果</title>
                <style>
                """ + resource(VIEW_STYLE) + """
                </style>
                </head>
                <body>
                <div id="ar-root"><noscript>本页需要启用 JavaScript 才能显示检查结果。This page needs JavaScript to show the results.</noscript></div>
                <script type="application/json" id="ar-data">""" + ViewLabels.inScript(data) + """
                </script>
                <script>
                """ + ViewLabels.script() + """
                </script>
                <script>
                """ + resource(VIEW_SCRIPT) + """
                </script>
                <script>
                (function () {
                   var root = document.getElementById("ar-root");
                   try {
                      var data = JSON.parse(document.getElementById("ar-data").textContent);
                      AnnualReportView.renderPage(root, data, { lang: location.hash === "#en" ? "en" : "zh" });
                      document.body.setAttribute("data-rendered", "true");
                   } catch (e) {
                      var box = document.createElement("div");
                      box.className = "ar-render-error";
                      box.appendChild(document.createTextNode("无法显示检查结果 (the results cannot be drawn): " + e));
                      root.appendChild(box);
                      document.body.setAttribute("data-render-error", String(e));
                   }
                })();
                </script>
                </body>
                </html>
                """;
    }

    /** A file of the drawing (report-view.js, report-view.css), as shipped in the engine jar. */
    public static String resource(String name)
    {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/" + ViewLabels.RESOURCE_DIR + name))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing resource " + ViewLabels.RESOURCE_DIR + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("</script") || lower.contains("</style"))
            {
                throw new IllegalStateException(name + " cannot be inlined: it contains a closing script or style tag");
            }
            return text;
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
