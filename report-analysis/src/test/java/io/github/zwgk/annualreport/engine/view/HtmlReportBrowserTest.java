package io.github.zwgk.annualreport.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Chromium;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.ReportViewExpectations;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table4Column;

/**
 * The checker's HTML page in a real browser (headless chromium): the five seeds, defective reports made from them
 * (an arithmetic error, blank cells, a missing row and table), an empty file (UNREADABLE), prose (NOT_A_REPORT) and a
 * result full of hostile text, analysed by the engine and drawn by report-view.js. The DOM after the scripts ran must
 * highlight exactly the cells the findings name, count the statuses right, list every finding with errors first, and
 * show the hostile text as text. Skipped where no chromium is installed.
 */
class HtmlReportBrowserTest
{
    /** Markup and a spreadsheet formula that must stay text: a closing script tag, an attribute breakout, an img. */
    static final String HOSTILE = "</script><script>document.body.setAttribute('data-pwned','script')</script>"
            + "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">=HYPERLINK(\"http://evil.example\",\"x\")";
    /** A file name can hold all of it but "/". */
    static final String HOSTILE_FILE = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','file')\">"
            + "<script>alert(1)<\u2215script>=HYPERLINK(x).txt";

    @TempDir
    static Path dir;

    static List<AnalysisResult> results;
    static Document zh;
    static Document en;

    @BeforeAll
    static void drawThePageInChromium() throws Exception
    {
        Chromium.assumeAvailable();
        String seed004 = Seeds.text("004");
        List<Path> files = new ArrayList<>();
        files.add(ReportFixtures.write(dir, Seeds.FILES.get(0), Seeds.text("000").getBytes(StandardCharsets.UTF_8)));
        files.add(ReportFixtures.write(dir, "001.docx", ReportFixtures.docx(ReportDocument.seed("001"))));
        files.add(ReportFixtures.write(dir, Seeds.FILES.get(2), Seeds.text("002").getBytes(StandardCharsets.UTF_8)));
        files.add(ReportFixtures.write(dir, "003.html", ReportFixtures.html(ReportDocument.seed("003"))));
        files.add(ReportFixtures.write(dir, Seeds.FILES.get(4), seed004.getBytes(StandardCharsets.UTF_8)));
        // (七)总计 自然人 35 instead of 34: T3_BALANCE (the column), T3_OUTCOME_SUM and T3_ROW_SUM (cells)
        files.add(text("arithmetic-error.txt", replaceOnce(seed004, "（七）总计\n\t34\n", "（七）总计\n\t35\n")));
        // 二、上年结转 left blank in all seven columns: seven CELL_MISSING
        files.add(text("blank-cells.txt", replaceOnce(seed004, "二、上年结转政府信息公开申请数量\n" + "\t0\n".repeat(7),
                "二、上年结转政府信息公开申请数量\n" + "\t\n".repeat(7))));
        // no (二)部分公开 row and no table 四: ROW_MISSING (the row) and TABLE_MISSING
        String noRow = replaceOnce(seed004, "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\t4\n\t0\n\t0\n\t0\n\t0\n\t0\n\t4\n", "");
        int t4 = noRow.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int t5 = noRow.indexOf("五、存在的主要问题", t4);
        files.add(text("missing-row-and-table.txt", noRow.substring(0, t4)
                + "四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生政府信息公开行政复议、行政诉讼。\n\n" + noRow.substring(t5)));
        files.add(ReportFixtures.write(dir, "empty.docx", new byte[0]));
        files.add(text("not-a-report.txt", "今天天气很好，我们去公园散步，看见湖边的柳树发了新芽。\n".repeat(30)));
        files.add(text(HOSTILE_FILE, seed004));

        ReportAnalyzer analyzer = new ReportAnalyzer();
        results = new ArrayList<>();
        for (Path f : files)
        {
            results.add(analyzer.analyze(f, AnalysisOptions.DEFAULT));
        }
        results.add(hostile(results.get(5)));

        Path page = dir.resolve("page.html");
        Files.writeString(page, HtmlReport.render(results, LocalDateTime.of(2026, 1, 20, 10, 0)), StandardCharsets.UTF_8);
        // two browsers at once: the Chinese page and the English one (#en)
        CompletableFuture<String> english = CompletableFuture.supplyAsync(() -> Chromium.dumpDom(page, "en", 3000));
        zh = Jsoup.parse(Chromium.dumpDom(page, null, 3000));
        en = Jsoup.parse(english.get());
        Chromium.screenshotsOnRequest(page, "checker-page", 1280, 6000);
    }

    private static Path text(String name, String content) throws IOException
    {
        return ReportFixtures.write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String replaceOnce(String text, String from, String to)
    {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The arithmetic-error result with HOSTILE in its file name, agency, title, a message and a cell. */
    private static AnalysisResult hostile(AnalysisResult base) throws IOException
    {
        String quoted = ResultJson.mapper().writeValueAsString(HOSTILE);
        String inJson = quoted.substring(1, quoted.length() - 1);
        String json = ResultJson.write(base)
                .replace("\"arithmetic-error.txt\"", "\"" + inJson + ".docx\"")
                .replace("石泉县人民政府", inJson)
                .replace("收支不平衡", "收支不平衡" + inJson)
                .replaceFirst("\"raw\" : \"12\"", "\"raw\" : \"" + java.util.regex.Matcher.quoteReplacement(inJson) + "\"");
        return ResultJson.read(json);
    }

    @Test
    void thePageDrewWithoutAnErrorAndFetchesNothing() throws IOException
    {
        assertThat(zh.body().attr("data-rendered")).isEqualTo("true");
        assertThat(zh.select("[data-render-error], .ar-render-error")).isEmpty();
        assertThat(en.body().attr("data-rendered")).isEqualTo("true");
        String html = Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "@import", "url(http")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void hostileTextStaysText()
    {
        for (Document dom : List.of(zh, en))
        {
            assertThat(dom.select("[data-pwned]")).isEmpty();
            assertThat(dom.select("img")).isEmpty();
            // the four scripts of the page itself: data, labels, drawing, start
            assertThat(dom.select("script")).hasSize(4);
        }
        Elements rows = zh.select(".ar-summary-table tbody tr");
        Element hostileRow = rows.get(rows.size() - 1);
        assertThat(hostileRow.select(".ar-file").text()).isEqualTo(HOSTILE + ".docx");
        assertThat(hostileRow.select(".ar-agency").text()).isEqualTo(HOSTILE);
        assertThat(rows.get(rows.size() - 2).select(".ar-file").text()).isEqualTo(HOSTILE_FILE);
        Element section = reportSection(zh, results.size());
        assertThat(section.select(".ar-identity dd").eachText()).contains(HOSTILE + "2023年政府信息公开工作年度报告");
        assertThat(section.select("td[data-table=T3][data-row=DISCLOSED][data-column=NATURAL_PERSON] .ar-value").text())
                .isEqualTo(HOSTILE);
        assertThat(section.select(".ar-finding[data-code=T3_BALANCE] .ar-message").text()).contains("收支不平衡" + HOSTILE);
    }

    @Test
    void theSummaryCountsEveryStatusAndEveryReportsErrorsAndWarnings()
    {
        assertThat(zh.select(".ar-summary-counts").attr("data-total")).isEqualTo(String.valueOf(results.size()));
        for (Status status : Status.values())
        {
            long expected = results.stream().filter(r -> r.status() == status).count();
            assertThat(zh.select(".ar-summary-count[data-status=" + status + "]").attr("data-count"))
                    .as(status.name()).isEqualTo(String.valueOf(expected));
        }
        assertThat(results).extracting(AnalysisResult::status).contains(Status.VALID_WITH_WARNINGS, Status.INVALID,
                Status.UNREADABLE, Status.NOT_A_REPORT);
        Elements rows = zh.select(".ar-summary-table tbody tr");
        assertThat(rows).hasSize(results.size());
        for (int i = 0; i < results.size(); i++)
        {
            AnalysisResult r = results.get(i);
            Element row = rows.get(i);
            assertThat(row.attr("data-status")).isEqualTo(r.status().name());
            if (r.status() != Status.UNREADABLE)
            {
                assertThat(row.select(".ar-errors").text()).isEqualTo(String.valueOf(r.count(Severity.ERROR)));
                assertThat(row.select(".ar-warnings").text()).isEqualTo(String.valueOf(r.count(Severity.WARNING)));
            }
            // the file name links to the report's own section
            assertThat(row.select("a.ar-file").attr("href")).isEqualTo("#" + reportSection(zh, i + 1).id());
        }
    }

    @Test
    void theHighlightedCellsAreExactlyTheCellsTheFindingsName()
    {
        int highlightedReports = 0;
        for (int i = 0; i < results.size(); i++)
        {
            AnalysisResult r = results.get(i);
            Map<String, Set<Integer>> expected = ReportViewExpectations.highlights(r);
            Map<String, Set<Integer>> actual = new TreeMap<>();
            for (Element td : reportSection(zh, i + 1).select("td[data-highlight]"))
            {
                Set<Integer> numbers = new TreeSet<>();
                Arrays.stream(td.attr("data-findings").split(" ")).map(Integer::valueOf).forEach(numbers::add);
                actual.put(td.attr("data-table") + "|" + td.attr("data-row") + "|" + td.attr("data-column"), numbers);
            }
            assertThat(actual).as(r.file()).isEqualTo(expected);
            highlightedReports += expected.isEmpty() ? 0 : 1;
        }
        // seed 000 (a blank cell, the overview's 13), the arithmetic error, blank cells, the missing row, hostile
        assertThat(highlightedReports).isEqualTo(5);
        Element arithmetic = reportSection(zh, 6);
        assertThat(arithmetic.select("td[data-highlight][data-column=NATURAL_PERSON]")).hasSize(25);
        Element total = arithmetic.selectFirst("td[data-table=T3][data-row=TOTAL][data-column=TOTAL]");
        assertThat(total.select(".ar-value").text()).isEqualTo("34");
        assertThat(total.select(".ar-expected").text()).isEqualTo("应为 35");
        assertThat(total.attr("data-highlight")).isEqualTo("ERROR");
    }

    @Test
    void everyFindingIsListedOnceNextToItsTableOrAmongTheOthersMostSevereFirst()
    {
        for (int i = 0; i < results.size(); i++)
        {
            AnalysisResult r = results.get(i);
            Element section = reportSection(zh, i + 1);
            Elements entries = section.select("li.ar-finding");
            assertThat(entries).as(r.file()).hasSize(r.findings().size());
            List<Integer> ranks = section.select(".ar-index li").eachAttr("data-severity").stream()
                    .map(s -> Severity.valueOf(s).ordinal()).toList();
            assertThat(ranks).isSorted().hasSize(r.findings().size());
            List<Finding> ordered = ReportViewExpectations.numbered(r);
            boolean drawn = !section.select(".ar-table-block").isEmpty();
            for (Element entry : entries)
            {
                int n = Integer.parseInt(entry.attr("data-number"));
                Finding f = ordered.get(n - 1);
                assertThat(entry.attr("data-code")).isEqualTo(f.code().name());
                assertThat(entry.select(".ar-message").text()).isEqualTo(f.message());
                if (drawn)
                {
                    // a finding on a table sits under that table, the others after the tables
                    Element block = entry.closest(".ar-table-block");
                    assertThat(block == null ? null : block.attr("data-table")).as(r.file() + " finding " + n)
                            .isEqualTo(f.location().table() == null ? null : f.location().table().name());
                }
            }
        }
        Element unreadable = reportSection(zh, 9);
        assertThat(unreadable.select(".ar-status").attr("data-status")).isEqualTo("UNREADABLE");
        assertThat(unreadable.select(".ar-status-reason").text()).isEqualTo("文件为空");
        assertThat(unreadable.select("table")).isEmpty();
        Element missing = reportSection(zh, 8);
        assertThat(missing.select(".ar-table-block[data-table=T4] .ar-table-missing").text()).isEqualTo("报告中未找到表四。");
        assertThat(missing.select("tr.ar-row-missing[data-row=PARTIALLY_DISCLOSED]")).hasSize(1);
    }

    @Test
    void theTablesAreDrawnInTheLayoutOfTheirFormat()
    {
        // seed 002 is a 2019 report: 8 rows in table 二 (with 其他对外管理服务事项 and 政府集中采购), 23 in table 三
        Element s2019 = reportSection(zh, 3);
        assertThat(s2019.select("table[data-table=T2]").attr("data-format")).isEqualTo("2019");
        assertThat(s2019.select("table[data-table=T2] tr[data-row]")).hasSize(8);
        assertThat(s2019.select("table[data-table=T2] th.ar-row-head").eachText()).contains("规范性文件", "政府集中采购");
        assertThat(s2019.select("table[data-table=T3] tbody tr")).hasSize(23);
        // seed 004 is a 2021 report: 6 rows in table 二, 25 in table 三, (六)其他处理 spanning its three sub-rows
        Element s2021 = reportSection(zh, 5);
        assertThat(s2021.select("table[data-table=T2] tr[data-row]")).hasSize(6);
        assertThat(s2021.select("table[data-table=T2] th.ar-row-head").eachText()).contains("行政规范性文件");
        assertThat(s2021.select("table[data-table=T3] tbody tr")).hasSize(25);
        Element other = s2021.select("table[data-table=T3] th.ar-row-group").stream()
                .filter(th -> th.text().equals("（六）其他处理")).findFirst().orElseThrow();
        assertThat(other.attr("rowspan")).isEqualTo("3");
        assertThat(s2021.select("table[data-table=T3] th.ar-row-group").first().text()).isEqualTo("三、本年度办理结果");
        // table 四: 行政诉讼 over its two groups of five, fifteen cells in one row
        Element t4 = s2021.selectFirst("table[data-table=T4]");
        assertThat(t4.select("thead th[colspan=10]").text()).isEqualTo("行政诉讼");
        assertThat(t4.select("td.ar-cell")).hasSize(Table4Column.values().length);
        // every cell holds the text as written
        assertThat(t4.select("td[data-column=REVIEW_TOTAL] .ar-value").text()).isEqualTo("0");
        assertThat(s2021.select("td[data-table=T2][data-row=FEES][data-column=FEE_AMOUNT] .ar-value").text()).isEqualTo("924.19");
    }

    @Test
    void theEnglishPageUsesTheEnglishMessagesAndWords()
    {
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".ar-lang").text()).isEqualTo("中文");
        assertThat(en.select(".ar-summary-table thead th").eachText()).contains("File", "Agency", "Year", "Status", "Errors", "Warnings");
        AnalysisResult arithmetic = results.get(5);
        var balance = arithmetic.findings().stream().filter(f -> f.code().name().equals("T3_BALANCE")).findFirst().orElseThrow();
        assertThat(reportSection(en, 6).select(".ar-finding[data-code=T3_BALANCE] .ar-message").text()).isEqualTo(balance.messageEn());
        assertThat(reportSection(en, 6).select(".ar-finding[data-code=T3_BALANCE] .ar-figures").text())
                .isEqualTo("expected 34, actual 35");
        assertThat(zh.select(".ar-lang").text()).isEqualTo("English");
    }

    private static Element reportSection(Document dom, int number)
    {
        Element section = dom.selectFirst(".ar-report-section[data-report=" + number + "]");
        assertThat(section).as("section " + number).isNotNull();
        return section;
    }
}
