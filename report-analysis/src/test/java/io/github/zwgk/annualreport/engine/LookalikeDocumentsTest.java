package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Status;

/**
 * Documents that look like a 政府信息公开工作年度报告 but are not one end NOT_A_REPORT with the reason, while real
 * reports with defects (no title, a section or a table missing, portal chrome above them) are still checked. The
 * look-alikes in {@code src/test/resources/lookalikes} are written after the kinds of page met on government portals
 * (column pages, download pages, 部门预算/决算, 工作要点, 政府工作报告, 统计公报, comparisons, notices, infographics).
 */
class LookalikeDocumentsTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    private static String resource(String name)
    {
        try (InputStream in = LookalikeDocumentsTest.class.getResourceAsStream("/lookalikes/" + name))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing test resource /lookalikes/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private AnalysisResult analyze(String text, String name)
    {
        return analyzer.analyzeText(text, name, AnalysisOptions.DEFAULT);
    }

    static Stream<Arguments> lookalikes()
    {
        return Stream.of(
                // file, what the reason must say
                Arguments.of("column-list-page.txt", "“栏目:政府信息公开年报”是网站栏目名称，不是报告标题"),
                Arguments.of("column-news-page.txt", "未找到政府信息公开工作年度报告的标题、章节或统计表（“栏目:政府信息公开年报”是网站栏目名称"),
                Arguments.of("title-and-link.txt", "只找到标题“安澜区人民政府2023年政府信息公开工作年度报告”"),
                Arguments.of("comparison.txt", "表明这是对比分析"),
                Arguments.of("department-budget.txt", "表明这是部门预算"),
                Arguments.of("final-accounts.txt", "表明这是部门决算"),
                Arguments.of("work-points.txt", "表明这是工作要点"),
                Arguments.of("work-summary.txt", "表明这是工作总结"),
                Arguments.of("government-work-report.txt", "标题“政府工作报告”表明这是政府工作报告，不是政府信息公开工作年度报告：没有年度报告的章节和统计表"),
                Arguments.of("statistical-bulletin.txt", "表明这是统计公报"),
                Arguments.of("notice-with-blank-template.txt", "表明这是通知"),
                Arguments.of("infographic.txt", "表明这是解读材料"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookalikes")
    void aLookalikeIsNotAReportAndTheReasonSaysWhy(String file, String reason)
    {
        AnalysisResult r = analyze(resource(file), file);

        assertThat(r.status()).isEqualTo(Status.NOT_A_REPORT);
        assertThat(r.statusReason()).contains(reason).containsAnyOf("缺少", "没有年度报告的章节和统计表", "未找到");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aComparisonOfTwoYearsBorrowsTheSixHeadingsAndTheTableLabelsButItsTablesHoldOtherColumns()
    {
        AnalysisResult r = analyze(resource("comparison.txt"), "comparison.txt");

        assertThat(r.status()).isEqualTo(Status.NOT_A_REPORT);
        assertThat(r.sections()).hasSize(6);
        // its 表四 comparison (15 figures) may read as a 表四; without 表二 and 表三 it is still not a report
        assertThat(r.statusReason()).contains("只找到章节一、二、三、四、五、六").contains("缺少填有数字的表二、表三");
    }

    @Test
    void aBlankTemplateQuotedInANoticeHasEverySectionAndLabelButNoFigures()
    {
        AnalysisResult r = analyze(resource("notice-with-blank-template.txt"), "notice.txt");

        assertThat(r.status()).isEqualTo(Status.NOT_A_REPORT);
        assertThat(r.tables().t3().found()).isTrue();
        assertThat(r.statusReason()).contains("统计表项目").contains("缺少填有数字的表二、表三、表四");
    }

    // ------------------------------------------------------------------------------------------ real reports stay

    @Test
    void aReportWithoutTitleWithoutSectionFiveAndWithoutTableTwoIsStillCheckedAndInvalid()
    {
        String seed = Seeds.text("004");
        String noTitle = seed.substring(seed.indexOf("2023年以来"));
        String noTable2 = cut(noTitle, "\t第二十条第（一）项", "三、收到和处理政府信息公开申请情况");
        String noFive = cut(noTable2, "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

        AnalysisResult r = analyze(noFive, "004-defective.txt");

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).extracting(Finding::code)
                .contains(RuleCode.TITLE_MISSING, RuleCode.SECTION_MISSING, RuleCode.TABLE_MISSING);
        assertThat(r.summary().applicationsNew()).isEqualTo(34);
    }

    @Test
    void aReportWhoseTablesWereLostIsStillCheckedByItsSixSections()
    {
        String seed = Seeds.text("001");
        String noTables = cut(cut(cut(seed, "第二十条第(一)项", "三、收到和处理政府信息公开申请情况"),
                "(本列数据的勾稽关系为", "四、政府信息公开行政复议、行政诉讼情况"),
                "行政复议\t", "五、存在的主要问题及改进情况");

        AnalysisResult r = analyze(noTables, "001-no-tables.txt");

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.TABLE_MISSING).hasSize(3);
    }

    @Test
    void aReportPublishedUnderItsCoverNoticeIsStillAReportEvenWithoutReadableTables()
    {
        String seed = Seeds.text("001");
        String body = seed.substring(seed.indexOf("一、总体情况"));
        String noTables = cut(cut(cut(body, "第二十条第(一)项", "三、收到和处理政府信息公开申请情况"),
                "(本列数据的勾稽关系为", "四、政府信息公开行政复议、行政诉讼情况"),
                "行政复议\t", "五、存在的主要问题及改进情况");
        String covered = "息县关店乡人民政府关于印发息县关店乡人民政府2022年政府信息公开工作年度报告的通知\n各村（居）委会：\n"
                + "现将《息县关店乡人民政府2022年政府信息公开工作年度报告》印发给你们，请认真学习。\n" + noTables;

        AnalysisResult r = analyze(covered, "001-covered.txt");

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.TABLE_MISSING).hasSize(3);
    }

    @Test
    void portalChromeAboveAReportWithoutTitleDoesNotMakeItALookalike()
    {
        String chrome = "首页 > 政府信息公开 > 政府信息公开年报\n栏目：政府信息公开年报\n通知公告\n政策解读\n部门预算\n部门决算\n";

        AnalysisResult plain = analyze(Seeds.text("003"), "003.txt");
        AnalysisResult framed = analyze(chrome + Seeds.text("003"), "003-framed.txt");

        assertThat(framed.status()).isEqualTo(plain.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(framed.findings()).extracting(Finding::code).isEqualTo(plain.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aColumnLabelAboveARealTitleIsNotTakenForTheTitle()
    {
        AnalysisResult r = analyze("栏目：政府信息公开年报\n" + Seeds.text("004"), "004-framed.txt");

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.identity().title()).isEqualTo("石泉县人民政府2023年政府信息公开工作年度报告");
        assertThat(r.reportYear()).isEqualTo(2023);
    }

    @Test
    void aReportFlattenedToOneLineIsRecognisedByItsTableWording()
    {
        // Crawler dumps lose every line break: no heading or title line is left, the template's table wording is.
        String oneLine = Seeds.text("001").replace('\n', ' ').replace('\t', ' ');

        AnalysisResult r = analyze(oneLine, "001-one-line.txt");

        assertThat(r.status()).isNotEqualTo(Status.NOT_A_REPORT);
    }

    /** The text without [from, to): from the first {@code from} up to (not including) the next {@code to}. */
    private static String cut(String text, String from, String to)
    {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a);
        assertThat(a).as("marker " + from).isNotNegative();
        assertThat(b).as("marker " + to).isGreaterThan(a);
        return text.substring(0, a) + text.substring(b);
    }
}
