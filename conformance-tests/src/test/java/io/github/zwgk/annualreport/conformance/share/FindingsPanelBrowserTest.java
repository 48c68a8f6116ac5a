package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Chromium;
import io.github.zwgk.annualreport.engine.fixtures.ReportViewExpectations;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.view.HtmlReport;
import io.github.zwgk.annualreport.engine.view.ViewLabels;

/**
 * Share's findings panel (validation-findings.js with the engine's report-view.js) in a real browser, in a harness
 * page that stubs only the few YUI and Alfresco globals the script uses (YAHOO.util.Dom.get, YAHOO.extend,
 * YAHOO.Bubbling, Alfresco.component.Base, Alfresco.util.Ajax.jsonGet, Alfresco.util.NodeRef, Alfresco.constants) and
 * answers the panel's requests with canned bodies of the repository's validation web script: every status, PENDING
 * that turns INVALID while the panel polls, PENDING for good, a result with many findings listed warnings first,
 * hostile text, no stored result, a failed request. Messages come from the module's real bundles. Skipped where no
 * chromium is installed.
 */
class FindingsPanelBrowserTest
{
    static final String HOSTILE = "</script><script>document.body.setAttribute('data-pwned','script')</script>"
            + "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">=HYPERLINK(\"http://evil.example\",\"x\")";

    private static final ObjectMapper JSON = ResultJson.mapper();

    @TempDir
    static Path dir;

    /** Case name → the successive bodies the stub answers with (the last one repeats); "FAIL" fails the request. */
    static final Map<String, List<JsonNode>> CASES = new LinkedHashMap<>();
    static final Map<String, AnalysisResult> RESULTS = new LinkedHashMap<>();
    static Document zh;
    static Document en;

    @BeforeAll
    static void drawThePanelsInChromium() throws Exception
    {
        Chromium.assumeAvailable();
        ReportAnalyzer analyzer = new ReportAnalyzer();
        String seed004 = Seeds.text("004");
        AnalysisResult warnings = analyzer.analyze(write("004.txt", seed004), AnalysisOptions.DEFAULT);
        AnalysisResult arithmetic = analyzer.analyze(write("arithmetic.txt", seed004.replaceFirst("（七）总计\n\t34\n", "（七）总计\n\t35\n")),
                AnalysisOptions.DEFAULT);
        // many findings: two rows of table 三 blank, table 四 blank, (七)总计 changed (the blank rows and table are one
        // finding each: CELL_MISSING groups them), and single "/" marks in rows and columns of their own
        String many = seed004.replaceFirst("（七）总计\n\t34\n", "（七）总计\n\t35\n")
                .replaceFirst("二、上年结转政府信息公开申请数量\n(\t0\n){7}", "二、上年结转政府信息公开申请数量\n" + "\t\n".repeat(7))
                .replaceFirst("四、结转下年度继续办理\n(\t0\n){7}", "四、结转下年度继续办理\n" + "\t\n".repeat(7));
        List<String> scattered = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
        for (int i = 0; i < scattered.size(); i++)
        {
            // the (i mod 7)-th cell of each of these rows: no row or column gets three
            many = many.replaceFirst("(\t" + java.util.regex.Pattern.quote(scattered.get(i)) + "\n(?:\t[^\n]*\n){" + (i % 7)
                    + "})\t[^\n]*\n", "$1\t/\n");
        }
        AnalysisResult manyFindings = analyzer.analyze(write("many.txt", many), AnalysisOptions.DEFAULT);
        AnalysisResult notAReport = analyzer.analyze(write("prose.txt", "今天天气很好，我们去公园散步。\n".repeat(30)), AnalysisOptions.DEFAULT);
        AnalysisResult unreadable = analyzer.analyze(write("empty.docx", ""), AnalysisOptions.DEFAULT);
        assertThat(manyFindings.findings().size()).isGreaterThan(15);

        ObjectNode valid = tree(warnings);
        valid.put("status", "VALID");
        valid.putArray("findings");
        add("valid", body("VALID", valid));
        add("warnings", body("VALID_WITH_WARNINGS", tree(warnings)));
        RESULTS.put("warnings", warnings);
        // the engine sorts ERROR first; the stored JSON here lists them last, as an older or other writer might
        ObjectNode reversed = tree(manyFindings);
        List<JsonNode> findings = new ArrayList<>();
        reversed.withArray("findings").forEach(findings::add);
        Collections.reverse(findings);
        ArrayNode array = reversed.putArray("findings");
        findings.forEach(array::add);
        add("many", body("INVALID", reversed));
        RESULTS.put("many", ResultJson.read(reversed.toString()));
        add("not-a-report", body("NOT_A_REPORT", tree(notAReport)));
        add("unreadable", body("UNREADABLE", tree(unreadable)));
        // re-validated: PENDING twice with the previous result still stored, then the new result
        add("pending", body("PENDING", tree(warnings)), body("PENDING", tree(warnings)), body("INVALID", tree(arithmetic)));
        RESULTS.put("pending", arithmetic);
        // waiting for the transform service: PENDING with a reason and the time of the next attempt, for good
        ObjectNode waiting = body("PENDING", tree(warnings));
        waiting.put("statusReason", "文本转换服务暂不可用，稍后自动重试");
        waiting.put("retryAt", "2026-01-20T12:30:00Z");
        add("pending-forever", waiting);
        add("hostile", body("INVALID", hostile(arithmetic)));
        // a failed analysis wrote its status but left the previous result
        ObjectNode failed = body("UNREADABLE", tree(warnings));
        failed.put("statusReason", "分析失败：" + HOSTILE);
        add("overtaken", failed);
        add("no-result", body("VALID", null));
        add("failure", JSON.getNodeFactory().textNode("FAIL"));

        Path harness = dir.resolve("harness.html");
        Files.writeString(harness, harness(), StandardCharsets.UTF_8);
        CompletableFuture<String> english = CompletableFuture.supplyAsync(() -> Chromium.dumpDom(harness, "en", 15000));
        zh = Jsoup.parse(Chromium.dumpDom(harness, null, 15000));
        en = Jsoup.parse(english.get());
        Chromium.screenshotsOnRequest(harness, "share-panel", 900, 9000);
    }

    private static Path write(String name, String text) throws IOException
    {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(AnalysisResult result) throws IOException
    {
        return (ObjectNode) JSON.readTree(ResultJson.write(result));
    }

    /** A body as ValidationGet writes it (platform-module repo.webscript.ValidationGet). */
    private static ObjectNode body(String status, ObjectNode result)
    {
        ObjectNode body = JSON.createObjectNode();
        body.put("nodeRef", "workspace://SpacesStore/x");
        body.put("name", result == null ? "report.docx" : result.path("file").asText());
        body.put("validationStatus", status);
        body.put("statusReason", result == null ? null : result.path("statusReason").asText(null));
        body.put("validatedAt", "2026-01-20T12:00:00Z");
        body.set("result", result);
        return body;
    }

    private static void add(String name, JsonNode... bodies)
    {
        CASES.put(name, List.of(bodies));
    }

    private static ObjectNode hostile(AnalysisResult base) throws IOException
    {
        ObjectNode result = tree(base);
        result.put("file", HOSTILE);
        result.put("agency", HOSTILE);
        ((ObjectNode) result.path("identity")).put("title", HOSTILE);
        ObjectNode first = (ObjectNode) result.withArray("findings").get(0);
        first.put("message", HOSTILE);
        first.put("messageEn", HOSTILE);
        ((ObjectNode) result.path("tables").path("t3").path("rows").path("DISCLOSED").path("NATURAL_PERSON")).put("raw", HOSTILE);
        // a rule, a severity and a row a newer engine may write: drawn generically
        ArrayNode findings = result.withArray("findings");
        ObjectNode unknown = findings.addObject();
        unknown.put("code", "NEW_RULE_" + HOSTILE);
        unknown.put("severity", "CRITICAL");
        unknown.put("message", "新规则：" + HOSTILE);
        ObjectNode location = unknown.putObject("location");
        location.put("table", "T3");
        location.put("row", "ROW_OF_THE_FUTURE");
        location.put("column", "TOTAL");
        return result;
    }

    /** The harness page: stubs, the module's bundle, the engine's drawing, the panel script, one panel per case. */
    private static String harness() throws IOException
    {
        String view = "resources/annual-report-share/components/report-view/";
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>harness</title>\n<style>\n")
                .append(HtmlReport.resource("report-view.css")).append("\n</style>\n<style>\n")
                .append(Files.readString(FindingsPanelConformanceTest.PANEL_CSS, StandardCharsets.UTF_8))
                .append("\n</style>\n</head>\n<body>\n<div id=\"panels\"></div>\n<script>\n");
        page.append("var MESSAGES = { zh: ").append(ViewLabels.inScript(JSON.writeValueAsString(bundle("_zh_CN"))))
                .append(", en: ").append(ViewLabels.inScript(JSON.writeValueAsString(bundle("")))).append(" };\n");
        ObjectNode cases = JSON.createObjectNode();
        CASES.forEach((name, bodies) -> cases.set(name, JSON.valueToTree(bodies)));
        page.append("var CASES = ").append(ViewLabels.inScript(JSON.writeValueAsString(cases))).append(";\n");
        page.append(STUBS).append("\n</script>\n<script>\n").append(ViewLabels.script()).append("\n</script>\n<script>\n")
                .append(HtmlReport.resource("report-view.js")).append("\n</script>\n<script>\n")
                .append(Files.readString(FindingsPanelConformanceTest.PANEL_JS, StandardCharsets.UTF_8))
                .append("\n</script>\n<script>\n").append(START).append("\n</script>\n</body></html>\n");
        assertThat(view).isEqualTo(FindingsPanelConformanceTest.REPORT_VIEW_DIR);
        return page.toString();
    }

    private static Map<String, String> bundle(String suffix) throws IOException
    {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(ShareModuleFiles.SHARE_MESSAGES.resolve("annual-report-share" + suffix + ".properties")))
        {
            p.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /** The few YUI and Alfresco globals validation-findings.js touches, as Share 26.1's alfresco.js and YUI 2 define them. */
    private static final String STUBS = """
            var LANG = location.hash === "#en" ? "en" : "zh";
            var YAHOO = {
               util: { Dom: { get: function (id) { return document.getElementById(id); } } },
               lang: { isArray: function (a) { return Object.prototype.toString.call(a) === "[object Array]"; } },
               extend: function (sub, sup, overrides) {
                  var F = function () {};
                  F.prototype = sup.prototype;
                  sub.prototype = new F();
                  sub.prototype.constructor = sub;
                  sub.superclass = sup.prototype;
                  if (sup.prototype.constructor === Object.prototype.constructor) { sup.prototype.constructor = sup; }
                  for (var k in overrides) { if (overrides.hasOwnProperty(k)) { sub.prototype[k] = overrides[k]; } }
               },
               Bubbling: {
                  subscribers: [],
                  on: function (name, fn, scope) { this.subscribers.push({ name: name, fn: fn, scope: scope }); },
                  fire: function (name, args) {
                     var fired = Number(document.body.getAttribute("data-fired-" + name) || 0) + 1;
                     document.body.setAttribute("data-fired-" + name, String(fired));
                     for (var i = 0; i < this.subscribers.length; i++) {
                        if (this.subscribers[i].name === name) { this.subscribers[i].fn.call(this.subscribers[i].scope, name, [args]); }
                     }
                  }
               }
            };
            var Alfresco = {
               constants: { PROXY_URI: "/share/proxy/alfresco/", JS_LOCALE: LANG === "en" ? "en_US" : "zh_CN" },
               util: {
                  NodeRef: function (nodeRef) {
                     var m = /^([a-z]+):\\/\\/([^\\/]+)\\/(.+)$/.exec(nodeRef);
                     return { nodeRef: nodeRef, uri: m[1] + "/" + m[2] + "/" + m[3] };
                  },
                  Ajax: {
                     jsonGet: function (config) {
                        var name = config.url.split("/").pop(), panel = document.getElementById("panel-" + name),
                           count = Number(panel.getAttribute("data-requests") || 0), bodies = CASES[name],
                           body = bodies[Math.min(count, bodies.length - 1)];
                        panel.setAttribute("data-requests", String(count + 1));
                        panel.setAttribute("data-url", config.url);
                        window.setTimeout(function () {
                           if (body === "FAIL") {
                              config.failureCallback.fn.call(config.failureCallback.scope, { serverResponse: { status: 500 } });
                           } else {
                              config.successCallback.fn.call(config.successCallback.scope, { json: JSON.parse(JSON.stringify(body)) });
                           }
                        }, 10);
                     }
                  }
               },
               component: {
                  Base: function (name, id) {
                     this.name = name;
                     this.id = id;
                     this.options = JSON.parse(JSON.stringify(this.options));
                  }
               }
            };
            Alfresco.component.Base.prototype = {
               options: {},
               setOptions: function (o) { for (var k in o) { if (o.hasOwnProperty(k)) { this.options[k] = o[k]; } } return this; },
               setMessages: function () { return this; },
               msg: function (key) {
                  var text = MESSAGES[LANG][key], args = arguments;
                  if (text === undefined) { return key; }
                  return text.replace(/\\{(\\d+)\\}/g, function (all, i) { return args[Number(i) + 1]; });
               }
            };
            window.onerror = function (message) { document.body.setAttribute("data-script-error", String(message)); };
            """;

    /** One panel per case, as the web script's markup and createWidgets would make them. */
    private static final String START = """
            (function () {
               var panels = document.getElementById("panels");
               for (var name in CASES) {
                  if (!CASES.hasOwnProperty(name)) { continue; }
                  var id = "panel-" + name, div = document.createElement("div");
                  div.id = id;
                  div.className = "annual-report-findings document-details-panel";
                  div.setAttribute("data-case", name);
                  var summary = document.createElement("div"), body = document.createElement("div");
                  summary.id = id + "-summary";
                  body.id = id + "-body";
                  div.appendChild(summary);
                  div.appendChild(body);
                  panels.appendChild(div);
                  new AnnualReport.ValidationFindings(id)
                     .setOptions({ nodeRef: "workspace://SpacesStore/" + name, status: null, pollInterval: 1000,
                        pollLimit: name === "pending-forever" ? 3 : 120 })
                     .setMessages({})
                     .onReady();
               }
               document.body.setAttribute("data-started", "true");
            })();
            """;

    private static Element panel(Document dom, String name)
    {
        Element panel = dom.getElementById("panel-" + name);
        assertThat(panel).as(name).isNotNull();
        return panel;
    }

    private static String status(Document dom, String name)
    {
        return panel(dom, name).select(".ar-status").attr("data-status");
    }

    @Test
    void everyPanelDrewWithoutAScriptErrorAndAskedTheRepositoryForItsNode()
    {
        for (Document dom : List.of(zh, en))
        {
            assertThat(dom.body().attr("data-started")).isEqualTo("true");
            assertThat(dom.body().attr("data-script-error")).isEmpty();
            for (String name : CASES.keySet())
            {
                assertThat(panel(dom, name).attr("data-url")).isEqualTo("/share/proxy/alfresco/annual-report/validation/workspace/SpacesStore/" + name);
            }
        }
    }

    @Test
    void eachPanelShowsTheStatusTheRepositorySent()
    {
        assertThat(status(zh, "valid")).isEqualTo("VALID");
        assertThat(panel(zh, "valid").select(".ar-none").text()).isEqualTo("未发现问题，报告通过全部校验。");
        assertThat(status(zh, "warnings")).isEqualTo("VALID_WITH_WARNINGS");
        assertThat(status(zh, "many")).isEqualTo("INVALID");
        assertThat(panel(zh, "many").select(".ar-status").text()).isEqualTo("不合格");
        assertThat(status(zh, "not-a-report")).isEqualTo("NOT_A_REPORT");
        assertThat(panel(zh, "not-a-report").select(".ar-status-reason").text()).startsWith("未找到政府信息公开工作年度报告的标题");
        assertThat(status(zh, "unreadable")).isEqualTo("UNREADABLE");
        assertThat(panel(zh, "unreadable").select(".ar-status-reason").text()).isEqualTo("文件为空");
        assertThat(panel(zh, "unreadable").select("table")).isEmpty();
        assertThat(panel(zh, "no-result").select(".annual-report-findings-note").text()).isEqualTo("报告尚未完成自动校验。");
        assertThat(panel(zh, "failure").select(".annual-report-findings-failure").text()).isEqualTo("无法加载校验结果。");
        assertThat(panel(zh, "valid").select(".annual-report-findings-checked").text()).startsWith("校验时间：2026-01-20 ");
    }

    @Test
    void errorsAreListedFirstEvenWhenTheStoredResultListsThemLast()
    {
        Element panel = panel(zh, "many");
        List<Integer> ranks = panel.select(".ar-index li").eachAttr("data-severity").stream()
                .map(s -> Severity.valueOf(s).ordinal()).toList();
        assertThat(ranks).hasSize(RESULTS.get("many").findings().size()).isSorted();
        assertThat(ranks.getFirst()).isEqualTo(Severity.ERROR.ordinal());
        assertThat(panel.select(".ar-index li").first().attr("data-number")).isEqualTo("1");
        assertThat(panel.select(".ar-counts").attr("data-errors")).isEqualTo(String.valueOf(RESULTS.get("many").count(Severity.ERROR)));
        assertThat(panel.select("li.ar-finding")).hasSize(RESULTS.get("many").findings().size());
        assertThat(highlights(panel)).isEqualTo(ReportViewExpectations.highlights(RESULTS.get("many")));
    }

    @Test
    void aPendingReportShowsCheckingThenTheNewResultAndTellsThePage()
    {
        Element pending = panel(zh, "pending");
        assertThat(pending.attr("data-requests")).isEqualTo("3");
        assertThat(status(zh, "pending")).isEqualTo("INVALID");
        assertThat(highlights(pending)).isEqualTo(ReportViewExpectations.highlights(RESULTS.get("pending")));
        // the properties and actions of the page refresh once, when the new result is there
        assertThat(zh.body().attr("data-fired-metadataRefresh")).isEqualTo("1");

        Element forever = panel(zh, "pending-forever");
        assertThat(status(zh, "pending-forever")).isEqualTo("PENDING");
        assertThat(forever.select(".ar-status").text()).isEqualTo("待校验");
        assertThat(forever.select(".ar-status-reason").text()).isEqualTo("文本转换服务暂不可用，稍后自动重试");
        assertThat(forever.select(".annual-report-findings-retry").text()).matches("将于 2026-01-2[01] \\d\\d:30 再次校验");
        // never the stale findings of the previous result
        assertThat(forever.select(".ar-finding, table")).isEmpty();
        assertThat(forever.select(".annual-report-findings-slow").text()).isEqualTo("校验耗时较长，请稍后刷新页面查看结果。");
        // four requests at least (the first and three polls), more if the other panel's refresh started it again
        assertThat(Integer.parseInt(forever.attr("data-requests"))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aStatusThatOvertookTheStoredResultIsShownWithoutTheOldFindings()
    {
        Element overtaken = panel(zh, "overtaken");
        assertThat(status(zh, "overtaken")).isEqualTo("UNREADABLE");
        assertThat(overtaken.select(".ar-status-reason").text()).isEqualTo("分析失败：" + HOSTILE);
        assertThat(overtaken.select(".ar-finding, table")).isEmpty();
    }

    @Test
    void hostileTextStaysTextAndUnknownRulesAreDrawnGenerically()
    {
        for (Document dom : List.of(zh, en))
        {
            assertThat(dom.select("[data-pwned]")).isEmpty();
            assertThat(dom.select("img")).isEmpty();
            assertThat(dom.select("script")).hasSize(5);
        }
        Element hostile = panel(zh, "hostile");
        assertThat(hostile.select("td[data-table=T3][data-row=DISCLOSED][data-column=NATURAL_PERSON] .ar-value").text()).isEqualTo(HOSTILE);
        assertThat(hostile.select(".ar-message").eachText()).contains(HOSTILE, "新规则：" + HOSTILE);
        Element unknown = hostile.select("li.ar-finding[data-severity=CRITICAL]").first();
        assertThat(unknown).isNotNull();
        assertThat(unknown.attr("data-code")).isEqualTo("NEW_RULE_" + HOSTILE);
        assertThat(unknown.select(".ar-rule").text()).isEqualTo("NEW_RULE_" + HOSTILE);
        assertThat(unknown.className()).contains("ar-sev-OTHER");
        // listed after the known severities, under its table, pointing at no cell (the row is unknown)
        List<String> severities = hostile.select(".ar-index li").eachAttr("data-severity");
        assertThat(severities.getLast()).isEqualTo("CRITICAL");
        assertThat(unknown.closest(".ar-table-block").attr("data-table")).isEqualTo("T3");
        assertThat(unknown.select(".ar-where").text()).isEqualTo("位置：表三 “ROW_OF_THE_FUTURE”行 “总计”列");
        assertThat(hostile.select("td[data-findings~=" + severities.size() + "]")).isEmpty();
    }

    @Test
    void anEnglishBrowserGetsTheEnglishDrawingAndPanelLabels()
    {
        assertThat(panel(en, "many").select(".ar-status").text()).isEqualTo("invalid");
        assertThat(panel(en, "pending-forever").select(".annual-report-findings-slow").text())
                .isEqualTo("The check is taking longer than usual: refresh the page later to see its result.");
        AnalysisResult many = RESULTS.get("many");
        var first = ReportViewExpectations.numbered(many).getFirst();
        assertThat(panel(en, "many").select("li.ar-finding[data-number=1] .ar-message").text()).isEqualTo(first.messageEn());
        assertThat(panel(en, "valid").select(".annual-report-findings-checked").text()).startsWith("Checked 2026-01-20 ");
    }

    private static Map<String, Set<Integer>> highlights(Element panel)
    {
        Map<String, Set<Integer>> actual = new TreeMap<>();
        for (Element td : panel.select("td[data-highlight]"))
        {
            Set<Integer> numbers = new TreeSet<>();
            Arrays.stream(td.attr("data-findings").split(" ")).map(Integer::valueOf).forEach(numbers::add);
            actual.put(td.attr("data-table") + "|" + td.attr("data-row") + "|" + td.attr("data-column"), numbers);
        }
        return actual;
    }
}
