package io.github.zwgk.annualreport.engine.sections;

import static io.github.zwgk.annualreport.engine.model.Section.ACTIVE_DISCLOSURE;
import static io.github.zwgk.annualreport.engine.model.Section.APPLICATIONS;
import static io.github.zwgk.annualreport.engine.model.Section.OTHER_MATTERS;
import static io.github.zwgk.annualreport.engine.model.Section.OVERVIEW;
import static io.github.zwgk.annualreport.engine.model.Section.PROBLEMS;
import static io.github.zwgk.annualreport.engine.model.Section.REVIEW_LITIGATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.sections.SectionLayout.LineRange;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Heading variants of FORMAT.md §2, the traps real reports set, and bad input. */
class SectionParserVariantsTest
{
    private static final String[] STANDARD = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    private final SectionParser parser = new SectionParser();

    /** A report with the six standard headings, one of them replaced, each followed by a line of text. */
    private static ReportText reportWith(Section replaced, String heading)
    {
        String[] headings = STANDARD.clone();
        headings[replaced.ordinal()] = heading;
        return report(headings);
    }

    private static ReportText report(String... headings)
    {
        List<String> lines = new ArrayList<>();
        lines.add("某某县人民政府2022年政府信息公开工作年度报告");
        for (String h : headings)
        {
            lines.add(h);
            lines.add("本部分的正文。");
        }
        return ReportText.of(lines);
    }

    @ParameterizedTest(name = "{1} is found as {0}, standard={2}")
    @CsvSource(delimiter = ';', value = {
            "OVERVIEW;一、总体情况;true",
            "OVERVIEW;—. 总体情况;true",
            "OVERVIEW;一、概述;false",
            "OVERVIEW;一.总体情况;false",
            "OVERVIEW;一 总体情况;false",
            "OVERVIEW;第一部分 总体情况;false",
            "OVERVIEW;## 一、总体情况;true",
            "OVERVIEW;总体情况;false",
            "ACTIVE_DISCLOSURE;主动公开政府信息情况;false",
            "ACTIVE_DISCLOSURE;一、主动公开政府信息情况;false",
            "ACTIVE_DISCLOSURE;二、主动公开政府信息情况;true",
            "ACTIVE_DISCLOSURE;'二、主动公开政府信息情况  ';true",
            "APPLICATIONS;二、收到和处理政府信息公开申请情况;false",
            "APPLICATIONS;三、依申请公开情况;false",
            "APPLICATIONS;收到和处理政府信息公开申请情况;false",
            "REVIEW_LITIGATION;四、政府信息公开行政法复议、行政诉讼情况;false",
            "REVIEW_LITIGATION;三、政府信息公开行政复议、行政诉讼情况;false",
            "REVIEW_LITIGATION;四、因政府信息公开申请行政复议、提起行政诉讼的情况;false",
            "REVIEW_LITIGATION;四、政府信息公开行政复议和行政诉讼情况;false",
            "REVIEW_LITIGATION;政府信息公开行政复议、行政诉讼情况;false",
            "REVIEW_LITIGATION;（四）政府信息公开行政复议、行政诉讼情况;-",
            "PROBLEMS;五、存在的主要问题及下步工作打算;false",
            "PROBLEMS;五、存在的主要问题及整改措施;false",
            "PROBLEMS;五、政府信息公开工作存在的主要问题及改进情况;false",
            "PROBLEMS;存在的问题和改进措施;false",
            "PROBLEMS;存在的主要问题及改进情况;false",
            "OTHER_MATTERS;五、其他需要报告的事项;false",
            "OTHER_MATTERS;其他需要报告的事项;false",
            "OTHER_MATTERS;六、其它需要报告的事项;false",
    })
    void acceptsTheHeadingVariantsRealReportsUse(Section section, String heading, String standard)
    {
        SectionLayout layout = parser.parse(reportWith(section, heading));

        if ("-".equals(standard))
        {
            assertThat(layout.has(section)).as("a parenthesised number is a sub-level, never a section").isFalse();
            return;
        }
        assertThat(layout.bodies().keySet()).containsExactlyInAnyOrder(Section.values());
        SectionHit hit = layout.hits().get(section.ordinal());
        assertThat(hit.section()).isEqualTo(section);
        assertThat(hit.heading()).isEqualTo(heading.replace("—. ", "一、").replace("## ", "").strip());
        assertThat(hit.standard()).isEqualTo(Boolean.parseBoolean(standard));
        assertThat(layout.bodies().get(section)).isEqualTo(new LineRange(hit.line() + 1, hit.line() + 2));
    }

    @Test
    void theKeywordCharacterSwitchHoldsExactlyTheKeywordCharacters()
    {
        for (char c = 0; c < Character.MAX_VALUE; c++)
        {
            assertThat(HeadingMatcher.isKeywordChar(c)).as("U+%04X", (int) c)
                    .isEqualTo(HeadingMatcher.KEYWORD_CHARS.indexOf(c) >= 0);
        }
        for (Section section : Section.values())
        {
            assertThat(section.title().chars().anyMatch(c -> HeadingMatcher.isKeywordChar((char) c))).as(section.title()).isTrue();
        }
    }

    @Test
    void aMissingProblemsHeadingLeavesItsTextInTheReviewSection()
    {
        ReportText text = ReportText.of(List.of("一、总体情况", "a", "二、主动公开政府信息情况", "b",
                "三、收到和处理政府信息公开申请情况", "c", "四、政府信息公开行政复议、行政诉讼情况", "d",
                "(一)工作中存在的主要问题。一是…", "六、其他需要报告的事项", "无"));
        SectionLayout layout = parser.parse(text);

        assertThat(layout.has(PROBLEMS)).isFalse();
        assertThat(layout.bodies().get(REVIEW_LITIGATION)).isEqualTo(new LineRange(8, 10));
        assertThat(layout.bodies().get(OTHER_MATTERS)).isEqualTo(new LineRange(11, 12));
    }

    @Test
    void signatureAndDateAfterTheLastSectionStayInIt()
    {
        List<String> lines = new ArrayList<>(report(STANDARD).lines());
        lines.addAll(List.of("", "某某县人民政府办公室", "2023年1月20日"));
        SectionLayout layout = parser.parse(new ReportText(lines));

        assertThat(layout.bodies().get(OTHER_MATTERS)).isEqualTo(new LineRange(13, 17));
    }

    @Test
    void aHeadingWithItsTextOnTheSameLineKeepsThatLineInItsBody()
    {
        ReportText text = report("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项：无收取信息处理费情况。");
        SectionLayout layout = parser.parse(text);

        SectionHit six = layout.hits().get(5);
        assertThat(six.heading()).isEqualTo("六、其他需要报告的事项");
        assertThat(six.standard()).isTrue();
        assertThat(layout.bodies().get(OTHER_MATTERS).from()).isEqualTo(six.line());
        assertThat(layout.bodies().get(PROBLEMS).to()).isEqualTo(six.line());
    }

    @Test
    void tableHeadersAndTableRowsAreNeverHeadings()
    {
        ReportText text = ReportText.of(List.of("一、总体情况", "正文", "二、主动公开政府信息情况", "第二十条第(一)项",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
                "二、上年结转政府信息公开申请数量 |", "0 |",
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果",
                "四、结转下年度继续办理",
                "\t行政复议", "\t行政诉讼", "行政复议 |",
                "四、政府信息公开行政复议、行政诉讼情况", "0",
                "五、存在的主要问题及改进情况", "存在问题：一是…", "六、其他需要报告的事项", "无"));
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::line).containsExactly(1, 3, 5, 16, 18, 20);
        assertThat(layout.hits()).allMatch(SectionHit::standard);
    }

    @Test
    void aPreambleListingAllSectionNamesIsNotAHeading()
    {
        List<String> lines = new ArrayList<>();
        lines.add("报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项等六个部分。");
        lines.addAll(report(STANDARD).lines());
        SectionLayout layout = parser.parse(new ReportText(lines));

        assertThat(layout.hits()).hasSize(6).allMatch(SectionHit::standard);
        assertThat(layout.hits().get(0).line()).isEqualTo(3);
    }

    @Test
    void aTableOfContentsBeforeTheReportIsRecordedButNotUsed()
    {
        List<String> lines = new ArrayList<>(Arrays.asList(STANDARD));
        lines.addAll(report(STANDARD).lines());
        SectionLayout layout = parser.parse(new ReportText(lines));

        assertThat(layout.hits()).hasSize(12);
        assertThat(layout.hits().subList(0, 6)).noneMatch(SectionHit::standard);
        assertThat(layout.hits().subList(6, 12)).allMatch(SectionHit::standard);
        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(9, 10));
    }

    @Test
    void aSectionOutOfOrderIsRecordedAsNonStandardAndOnlyOneOfTheSwappedPairGetsABody()
    {
        ReportText text = report("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "五、存在的主要问题及改进情况", "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项");
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).extracting(SectionHit::section).containsExactly(OVERVIEW, ACTIVE_DISCLOSURE,
                APPLICATIONS, PROBLEMS, REVIEW_LITIGATION, OTHER_MATTERS);
        assertThat(layout.bodies()).hasSize(5).containsKeys(OVERVIEW, ACTIVE_DISCLOSURE, APPLICATIONS, OTHER_MATTERS);
        assertThat(layout.has(PROBLEMS)).isNotEqualTo(layout.has(REVIEW_LITIGATION));
        assertThat(layout.hits()).filteredOn(h -> !layout.has(h.section())).extracting(SectionHit::standard)
                .containsExactly(false);
    }

    @Test
    void aSubHeadingInsideTheOverviewDoesNotTakeTheSectionFromTheRealHeading()
    {
        ReportText text = ReportText.of(List.of("一、总体情况", "2022年,我局…", "二、主动公开政府信息情况",
                "全年主动公开信息50条。", "三、依申请公开", "受理申请2件。", "二、主动公开政府信息情况", "表二",
                "三、收到和处理政府信息公开申请情况", "表三", "四、政府信息公开行政复议、行政诉讼情况", "表四",
                "五、存在的主要问题及改进情况", "一是…", "六、其他需要报告的事项", "无"));
        SectionLayout layout = parser.parse(text);

        assertThat(layout.bodies().get(OVERVIEW)).isEqualTo(new LineRange(2, 7));
        assertThat(layout.bodies().get(ACTIVE_DISCLOSURE)).isEqualTo(new LineRange(8, 9));
        assertThat(layout.bodies().get(APPLICATIONS)).isEqualTo(new LineRange(10, 11));
        assertThat(layout.hits()).filteredOn(SectionHit::standard).extracting(SectionHit::line)
                .containsExactly(1, 7, 9, 11, 13, 15);
    }

    @Test
    void sentencesAndEnumerationsThatMentionSectionWordsAreNotHeadings()
    {
        ReportText text = ReportText.of(List.of("一是总体情况良好。", "(一)主动公开政府信息情况", "(二) 依申请公开办理情况。2022年…",
                "无其他需要报告的事项。", "存在问题：一是部分信息公布不够及时。", "一、", "行政复议", "主动公开",
                "二、2023年工作计划", "一、2021年工作总结"));
        SectionLayout layout = parser.parse(text);

        assertThat(layout.hits()).isEmpty();
        assertThat(layout.bodies()).isEmpty();
    }

    @Test
    void emptyNullAndGarbageInputGiveAnEmptyLayout()
    {
        assertThat(parser.parse(null).hits()).isEmpty();
        assertThat(parser.parse(ReportText.of("")).bodies()).isEmpty();
        assertThat(parser.parse(ReportText.of("\u0000\u0001\t|||\n\n\t\t\n" + "一".repeat(50_000) + "\n、、、、"))
                .hits()).isEmpty();
        assertThat(parser.parse(ReportText.of(List.of("一、" + "总体情况".repeat(100_000)))).hits()).isEmpty();
    }

    /** 10⁵ and 10⁶ lines: ten times the lines may cost at most fifteen times the CPU time (no wall clock). */
    @Test
    void aMillionLinesAreParsedInLinearTime()
    {
        ReportText small = manyLines(100_000);
        ReportText big = manyLines(1_000_000);
        SectionLayout[] layout = new SectionLayout[1];

        Growth.assertLinear("SectionParser", 10, () -> parser.parse(small), () -> layout[0] = parser.parse(big));

        assertThat(layout[0].bodies()).hasSize(6);
        assertThat(layout[0].hits()).hasSize(20).extracting(SectionHit::section, SectionHit::line)
                .startsWith(tuple(OVERVIEW, 1));
    }

    private static ReportText manyLines(int n)
    {
        List<String> lines = new ArrayList<>(n);
        String[] filler = {"2022年,我局认真贯彻落实《条例》,主动公开政府信息50条。", "(一)主动公开情况", "规章\t0\t0\t0",
                "一、本年新收政府信息公开申请数量 |", "0 |", ""};
        int every = n / 20;
        for (int i = 0; lines.size() < n; i++)
        {
            if (i % every == 0)
            {
                lines.add(STANDARD[(i / every) % 6]);
            }
            lines.add(filler[i % filler.length]);
        }
        return new ReportText(lines);
    }
}
