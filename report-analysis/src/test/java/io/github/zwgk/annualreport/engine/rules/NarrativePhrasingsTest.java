package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.narrative.NarrativeParser;

/**
 * The phrasings real reports use for their figures (written after reports of several provinces), read by the real
 * {@link NarrativeParser} and compared by {@link NarrativeMismatchRule} with the tables they come with: a figure that
 * means 新收 + 上年结转, an outcome written with 答复, figures stated in 三 or 六 — no false alarm, and the real
 * mismatches still found.
 */
class NarrativePhrasingsTest
{
    private static final NarrativeParser PARSER = new NarrativeParser();

    /** Table 三's 总计 column: 本年新收, 上年结转, （七）总计, 结转下年度, （一）予以公开, （二）部分公开. */
    private record T3(long fresh, long carriedOver, long handled, long carriedForward, long disclosed, long partly)
    {
    }

    private static List<Finding> check(String text, Section section, T3 t)
    {
        NarrativeFigures figures = PARSER.parse(text).in(section);
        ReportFixture f = ReportFixture.seed004().narrative(figures)
                .t3(Table3Row.NEW, Table3Column.TOTAL, t.fresh())
                .t3(Table3Row.CARRIED_OVER, Table3Column.TOTAL, t.carriedOver())
                .t3(Table3Row.TOTAL, Table3Column.TOTAL, t.handled())
                .t3(Table3Row.CARRIED_FORWARD, Table3Column.TOTAL, t.carriedForward())
                .t3(Table3Row.DISCLOSED, Table3Column.TOTAL, t.disclosed())
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.TOTAL, t.partly());
        return run(new NarrativeMismatchRule(), f);
    }

    static Stream<Arguments> consistent()
    {
        return Stream.of(
                // 受理 = 新收 + 上年结转, said so
                Arguments.of("2023年，共受理政府信息公开申请749件（含上年结转25件），均已按时答复。", Section.OVERVIEW,
                        new T3(724, 25, 730, 19, 300, 40)),
                // 受理 = 新收 + 上年结转, not said: the sum is what it matches
                Arguments.of("全年共受理政府信息公开申请749件，办结730件。", Section.OVERVIEW, new T3(724, 25, 730, 19, 300, 40)),
                // "同意公开答复9件" is the outcome 予以公开, not the 13 handled
                Arguments.of("受理申请13件，办结13件，对申请人同意公开答复9件，不予公开4件。", Section.OVERVIEW,
                        new T3(13, 0, 13, 0, 9, 0)),
                Arguments.of("本年度共收到政府信息公开申请13件，对申请人同意公开答复9件。", Section.OVERVIEW,
                        new T3(13, 0, 13, 0, 9, 0)),
                // "同意公开" for 予以公开 and 部分公开 together
                Arguments.of("全年收到政府信息公开申请68件，同意公开59件。", Section.OVERVIEW, new T3(68, 0, 68, 0, 50, 9)),
                // count before its noun; a year before 结转; 结转 with the next year written out
                Arguments.of("2022年，共收到10件依申请公开请求，2021年结转政府信息公开申请2件，共办结10件，结转2023年度继续办理2件。",
                        Section.OVERVIEW, new T3(10, 2, 10, 2, 6, 1)),
                // answers that include last year's applications; the outcome inside a 其中 breakdown
                Arguments.of("全年共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件。其中，予以公开答复966件，占66.48%。",
                        Section.OVERVIEW, new T3(1450, 30, 1453, 27, 966, 67)),
                // stated in 三's prose, in 份
                Arguments.of("2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开2件。",
                        Section.APPLICATIONS, new T3(8, 0, 8, 0, 2, 2)),
                // stated in 六 (seed 004)
                Arguments.of("2023年，我县收到依申请公开事项34件均在规定时间内办结，未发生行政复议或行政诉讼情况。",
                        Section.OTHER_MATTERS, new T3(34, 0, 34, 0, 12, 4)),
                // "予以公开或部分公开59件" is no 予以公开 figure
                Arguments.of("共收到政府信息公开申请130件，办复率100%，其中予以公开或部分公开59件、占45.3%。", Section.OVERVIEW,
                        new T3(130, 0, 130, 0, 40, 19)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistent")
    void aFigureStatedTheWayReportsStateItIsNotAFalseAlarm(String text, Section section, T3 table)
    {
        assertThat(check(text, section, table)).isEmpty();
    }

    @Test
    void aReceivedFigureThatIsNeitherTheNewNorTheNewPlusCarriedOverIsFlaggedNamingBoth()
    {
        List<Finding> findings = check("全年共受理政府信息公开申请750件。", Section.OVERVIEW, new T3(724, 25, 730, 19, 300, 40));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("总体情况所述收到申请 750 件与表三“本年新收”724 件不一致（与“本年新收”加“上年结转” 749 件也不一致），请核对");
            assertThat(f.expected()).isEqualByComparingTo("724");
            assertThat(f.actual()).isEqualByComparingTo("750");
        });
    }

    @Test
    void aDisclosedFigureThatDiffersFromTheTableIsFlagged()
    {
        List<Finding> findings = check("受理申请20件，其中予以公开5件、部分公开4件。", Section.OVERVIEW, new T3(20, 0, 20, 0, 6, 4));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("总体情况所述予以公开 5 件与表三“（一）予以公开”6 件不一致（与“予以公开”加“部分公开” 10 件也不一致），请核对");
            assertThat(f.location().row()).isEqualTo("DISCLOSED");
        });
    }

    @Test
    void aFigureStatedInSectionThreeIsFlaggedAsThreeStatesIt()
    {
        List<Finding> findings = check("2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。", Section.APPLICATIONS,
                new T3(9, 0, 9, 0, 2, 2));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("收到和处理政府信息公开申请情况所述收到申请 8 件与表三“本年新收”9 件不一致，请核对");
            assertThat(f.messageEn()).startsWith("The text of section 3 states 8 applications received");
        });
    }

    @Test
    void theProseOfSectionThreeIsReadWhenTheOverviewStatesNoFigure()
    {
        // Seed 002's 总体情况 states no figure; a sentence in 三 before its table says 270 where the table says 269.
        String seed = Seeds.text("002");
        int three = seed.indexOf("三、收到和处理政府信息公开申请情况");
        int afterHeading = seed.indexOf('\n', three) + 1;
        String text = seed.substring(0, afterHeading) + "2019年，我局共收到政府信息公开申请270件，其中予以公开179件。\n"
                + seed.substring(afterHeading);

        AnalysisResult r = new ReportAnalyzer().analyzeText(text, "002.txt", null);

        assertThat(r.narrative().applicationsReceived()).isEqualTo(270);
        assertThat(r.narrative().sourceOf("applicationsReceived")).isEqualTo(Section.APPLICATIONS);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.NARRATIVE_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("收到和处理政府信息公开申请情况所述收到申请 270 件与表三“本年新收”269 件"));
    }
}
