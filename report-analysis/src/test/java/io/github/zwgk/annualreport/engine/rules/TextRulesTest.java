package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.narrative.SentenceFingerprints;
import io.github.zwgk.annualreport.engine.store.StoredResult;

/** SECTION_EMPTY (五 says nothing) and TEXT_REPEATED (the text repeats last year's report), on fixtures and real seeds. */
class TextRulesTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    // ------------------------------------------------------------------------------------------------ SECTION_EMPTY

    @ParameterizedTest
    @ValueSource(strings = {"", "无", "无。", "暂无", "本年度无。", "无存在的主要问题。", "（一）存在的主要问题：无\n（二）改进情况：无",
        "本年度工作开展顺利，暂未发现明显问题。", "我单位将继续做好政府信息公开工作。"})
    void sectionFiveThatNamesNoProblemIsAWarning(String body)
    {
        List<Finding> findings = run(new SectionEmptyRule(), ReportFixture.seed004().body(Section.PROBLEMS, body));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(RuleCode.SECTION_EMPTY);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().section()).isEqualTo(Section.PROBLEMS);
            assertThat(f.message()).startsWith("“五、存在的主要问题及改进情况”未写明存在的问题和改进措施（正文为")
                    .contains("国办公开办函〔2021〕30号");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"信息更新不够及时，将加强审核。", "政策解读形式单一，今后将增加图解和视频解读。",
        "一是队伍不稳定；二是培训少。", "基层公开人员业务能力有待提高，将开展专题培训。"})
    void aShortSectionFiveThatNamesAProblemIsAccepted(String body)
    {
        assertThat(run(new SectionEmptyRule(), ReportFixture.seed004().body(Section.PROBLEMS, body))).isEmpty();
    }

    @Test
    void theSeedsSectionsFiveAllNameTheirProblemsAndSectionFiveMissingIsLeftToSectionMissing()
    {
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            AnalysisResult r = analyzer.analyzeText(Seeds.text(seed), seed + ".txt", null);
            assertThat(r.findings()).as(seed).noneMatch(f -> f.code() == RuleCode.SECTION_EMPTY);
        }
        assertThat(run(new SectionEmptyRule(), ReportFixture.seed004().withoutSection(Section.PROBLEMS))).isEmpty();
    }

    @Test
    void aRealReportWhoseSectionFiveSaysOnlyNoneGetsTheWarningWithItsText()
    {
        String seed = Seeds.text("001");
        int five = seed.indexOf("五、存在的主要问题及改进情况");
        int six = seed.indexOf("六、其他需要报告的事项");
        String text = seed.substring(0, five) + "五、存在的主要问题及改进情况：无。\n\n" + seed.substring(six);

        AnalysisResult r = analyzer.analyzeText(text, "001.txt", null);

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.SECTION_EMPTY).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("（正文为“无。”）"));
    }

    // ------------------------------------------------------------------------------------------------ TEXT_REPEATED

    /** Seed 004 as next year's report: years moved on by one, figures changed, the words kept. */
    private static String seed004NextYear()
    {
        return Seeds.text("004").replace("2024", "2025").replace("2023", "2024").replace("34件", "41件")
                .replace("15223条", "16002条");
    }

    private AnalysisResult analyze(String text, String name, PreviousReport previous)
    {
        return analyzer.analyzeText(text, name, AnalysisOptions.DEFAULT.withPreviousReport(previous));
    }

    @Test
    void aReportThatOnlyChangedItsYearsAndFiguresRepeatsAllOfLastYearsSentences(@TempDir Path dir) throws IOException
    {
        // Last year's report is analysed once; its stored result JSON is all the next analysis needs, whether the
        // repository reads it back (StoredResult) or the checker (--previous 2023.json).
        AnalysisResult last = analyzer.analyzeText(Seeds.text("004"), "石泉县2023.txt", null);
        Path json = Files.writeString(dir.resolve("2023.json"), ResultJson.write(last));
        PreviousReport previous = PreviousReport.of(ResultJson.read(json), "2023.json").orElseThrow();
        PreviousReport stored = StoredResult.previousReport(StoredResult.write(last), "2023.json").orElseThrow();
        assertThat(stored).isEqualTo(previous);
        assertThat(stored.fingerprint()).isEqualTo(last.textFingerprint());

        AnalysisResult r = analyze(seed004NextYear(), "石泉县2024.txt", previous);

        assertThat(r.reportYear()).isEqualTo(2024);
        Finding f = r.findings().stream().filter(x -> x.code() == RuleCode.TEXT_REPEATED).findFirst().orElseThrow();
        int n = last.textFingerprint().sentences().size();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).startsWith("正文 " + n + " 句中有 " + n + " 句（100%）与2023年度报告（2023.json）相同")
                .contains("年年雷同");
        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
    }

    @Test
    void anotherAgencysReportSharesAlmostNoSentenceAndIsOnlyNoted()
    {
        AnalysisResult other = analyzer.analyzeText(Seeds.text("000"), "000.txt", null); // 滑县, 2022
        PreviousReport previous = PreviousReport.of(other, "000.txt").orElseThrow();
        String thisYear = Seeds.text("001").replace("2022", "2023"); // 关店乡, as a 2023 report

        AnalysisResult r = analyze(thisYear, "001-2023.txt", previous);

        Finding f = r.findings().stream().filter(x -> x.code() == RuleCode.TEXT_REPEATED).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(percentOf(f)).isLessThan(10);
    }

    @Test
    void aRewrittenBodyWithSectionFiveCopiedWordForWordIsStillAWarning()
    {
        AnalysisResult last = analyzer.analyzeText(Seeds.text("004"), "2023.txt", null);
        String seed = seed004NextYear();
        // the whole of 一、总体情况 rewritten (here: another agency's overview, seed 003's), 五 kept as it was
        int one = seed.indexOf("一、总体情况");
        int two = seed.indexOf("主动公开政府信息情况", one);
        String other = Seeds.text("003");
        String fresh = other.substring(other.indexOf("一、总体情况"), other.indexOf("二、主动公开政府信息情况"));
        String text = seed.substring(0, one) + fresh + seed.substring(two);

        AnalysisResult r = analyze(text, "2024.txt", PreviousReport.of(last, "2023.txt").orElseThrow());

        Finding f = r.findings().stream().filter(x -> x.code() == RuleCode.TEXT_REPEATED).findFirst().orElseThrow();
        assertThat(percentOf(f)).isLessThan(TextRepeatedRule.WARNING_PERCENT);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("其中“五、存在的主要问题及改进情况” 10 句中有 10 句相同");
    }

    @Test
    void noComparisonWithAReportThatIsNotLastYearsOrWithoutAFingerprint()
    {
        AnalysisResult last = analyzer.analyzeText(Seeds.text("004"), "2023.txt", null);
        PreviousReport p = PreviousReport.of(last, "2023.txt").orElseThrow();
        PreviousReport twoYearsBefore = new PreviousReport(2022, p.carriedForward(), "2022.txt", p.fingerprint());
        PreviousReport figuresOnly = new PreviousReport(2023, p.carriedForward(), "2023.txt");

        for (PreviousReport previous : List.of(twoYearsBefore, figuresOnly))
        {
            assertThat(analyze(seed004NextYear(), "2024.txt", previous).findings())
                    .noneMatch(f -> f.code() == RuleCode.TEXT_REPEATED);
        }
        assertThat(analyze(seed004NextYear(), "2024.txt", null).findings()).noneMatch(f -> f.code() == RuleCode.TEXT_REPEATED);
    }

    @Test
    void theFingerprintIsSmallIgnoresYearsAndLeavesOutHeadingsTablesAndTheTemplatesWording() throws IOException
    {
        AnalysisResult r = analyzer.analyzeText(Seeds.text("004"), "004.txt", null);
        TextFingerprint fp = r.textFingerprint();

        assertThat(fp.version()).isEqualTo(1);
        assertThat(fp.sentences()).hasSizeBetween(20, 60).isSorted().doesNotHaveDuplicates()
                .allMatch(h -> h.matches("[0-9a-f]{8}"));
        assertThat(fp.sentences()).containsAll(fp.problems());
        assertThat(ResultJson.mapper().writeValueAsString(fp).length()).isLessThan(1500);
        // "2023年，我县收到依申请公开事项34件…" and the same sentence a year later are one sentence
        String six = "2023年，我县收到依申请公开事项34件均在规定时间内办结，未发生行政复议或行政诉讼情况，未收取政府信息公开信息处理费";
        assertThat(SentenceFingerprints.hashOf(six))
                .isEqualTo(SentenceFingerprints.hashOf(
                        six.replace("2023", "2024").replace("34", "41")))
                .isIn(fp.sentences());
        // a table label, a heading, a cell: no sentence
        assertThat(SentenceFingerprints.hashOf("一、本年新收政府信息公开申请数量")).isNull();
        assertThat(SentenceFingerprints.hashOf("五、存在的主要问题及改进情况")).isNull();
        // read back from the result JSON unchanged
        assertThat(ResultJson.read(ResultJson.write(r)).textFingerprint()).isEqualTo(fp);
    }

    private static int percentOf(Finding f)
    {
        String m = f.message();
        int close = m.indexOf("%）");
        int open = m.lastIndexOf('（', close);
        return Integer.parseInt(m.substring(open + 1, close));
    }
}
