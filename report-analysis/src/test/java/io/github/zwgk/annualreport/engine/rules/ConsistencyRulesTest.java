package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;

/** NARRATIVE_MISMATCH, CARRY_OVER_MISMATCH, LATE_PUBLICATION, OTHER_PROCESSING_HIGH, OVERVIEW_TOO_LONG. */
class ConsistencyRulesTest
{
    private static List<Finding> runWith(Rule rule, ReportFixture f, PreviousReport previous)
    {
        List<Finding> out = new ArrayList<>();
        rule.check(new RuleContext(f.build(), AnalysisOptions.DEFAULT.withPreviousReport(previous)), out);
        return out;
    }

    @Test
    void narrativeRuleAcceptsFiguresThatMatchTheTables()
    {
        // seed 004: "累计收到政府信息依申请公开34件", no reviews or lawsuits
        assertThat(run(new NarrativeMismatchRule(), ReportFixture.seed004())).isEmpty();
    }

    @Test
    void narrativeRuleFlagsEachStatedFigureThatDiffersFromItsTable()
    {
        ReportFixture f = ReportFixture.seed004().narrative(new NarrativeFigures(35, 0, 34, 1, 2, 1))
                .t4(Table4Column.LITIGATION_AFTER_REVIEW_UPHELD, 1).t4(Table4Column.LITIGATION_AFTER_REVIEW_TOTAL, 1);
        List<Finding> findings = run(new NarrativeMismatchRule(), f);
        // received 35 ≠ 34, carried forward 1 ≠ 0, reviews 2 ≠ 0; lawsuits 1 = 0 + 1 matches
        assertThat(findings).extracting(x -> x.location().row() + "/" + x.location().column())
                .containsExactly("NEW/TOTAL", "CARRIED_FORWARD/TOTAL", "CASES/REVIEW_TOTAL");
        assertThat(findings.get(0).message()).isEqualTo("总体情况所述收到申请 35 件与表三“本年新收”34 件不一致，请核对");
        assertThat(findings.get(0).messageEn()).isEqualTo(
                "The overview states 35 applications received, table 3 NEW says 34: please check which is right");
        assertThat(findings.get(0).expected()).isEqualByComparingTo("34");
        assertThat(findings.get(0).actual()).isEqualByComparingTo("35");
        assertThat(findings).allMatch(x -> x.severity() == Severity.WARNING);
    }

    @Test
    void carryOverRuleFlagsEachColumnThatDiffersFromLastYearsCarriedForward()
    {
        PreviousReport last = new PreviousReport(2022,
                Map.of(Table3Column.NATURAL_PERSON, new BigDecimal("2"), Table3Column.TOTAL, new BigDecimal("2"),
                        Table3Column.COMMERCIAL_ENTERPRISE, BigDecimal.ZERO), "石泉县2022年报.docx");
        List<Finding> findings = runWith(new CarryOverRule(), ReportFixture.seed004(), last);
        assertThat(findings).extracting(x -> x.location().column()).containsExactly("NATURAL_PERSON", "TOTAL");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).message()).isEqualTo(
                "表三“二、上年结转政府信息公开申请数量”行“自然人”列：应为 2（= 2022年度报告（石泉县2022年报.docx）“四、结转下年度继续办理”），实为 0");
    }

    @Test
    void carryOverRuleAcceptsMatchingFiguresAndIgnoresAReportThatIsNotLastYears()
    {
        PreviousReport matching = new PreviousReport(2022, Map.of(Table3Column.TOTAL, BigDecimal.ZERO), "a");
        assertThat(runWith(new CarryOverRule(), ReportFixture.seed004(), matching)).isEmpty();
        PreviousReport older = new PreviousReport(2021, Map.of(Table3Column.TOTAL, BigDecimal.TEN), "b");
        assertThat(runWith(new CarryOverRule(), ReportFixture.seed004(), older)).isEmpty();
        assertThat(runWith(new CarryOverRule(), ReportFixture.seed004(), null)).isEmpty();
    }

    @Test
    void latePublicationRuleFlagsADepartmentPublishingAfterJanuary31()
    {
        // seed 002 is a county department's 2019 report: due 2020-01-31
        assertThat(run(new LatePublicationRule(), ReportFixture.seed002().published(LocalDate.of(2020, 1, 31)))).isEmpty();
        assertThat(run(new LatePublicationRule(), ReportFixture.seed002().published(LocalDate.of(2020, 2, 1))))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).startsWith("发布日期 2020-02-01 晚于2019年度报告的发布时限 2020-01-31");
                });
    }

    @Test
    void latePublicationRuleGivesACountyGovernmentUntilFebruary20()
    {
        ReportFixture f = ReportFixture.seed004().agency(AgencyLevel.COUNTY, AgencyKind.GOVERNMENT);
        assertThat(run(new LatePublicationRule(), f.published(LocalDate.of(2024, 2, 20)))).isEmpty();
        assertThat(run(new LatePublicationRule(), f.published(LocalDate.of(2024, 2, 21)))).hasSize(1);
    }

    @Test
    void latePublicationRuleSaysNothingWithoutLevelOrPublicationDate()
    {
        assertThat(run(new LatePublicationRule(), ReportFixture.seed002().agency(null, null).published(LocalDate.of(2020, 6, 1)))).isEmpty();
        assertThat(run(new LatePublicationRule(), ReportFixture.seed002().published(null))).isEmpty();
    }

    @Test
    void otherProcessingRuleNotesAShareAboveTwentyPercent()
    {
        // seed 004: （六）其他处理 5 + 0 + 1 = 6 of 34 (17.6 %) → nothing
        assertThat(run(new OtherProcessingHighRule(), ReportFixture.seed004())).isEmpty();
        // move 2 予以公开 to （六）3.其他: 8 of 34 = 23.5 %
        ReportFixture f = ReportFixture.seed004().t3(Table3Row.DISCLOSED, 10, 0, 0, 0, 0, 0, 10)
                .t3(Table3Row.OTHER_OTHER, 3, 0, 0, 0, 0, 0, 3);
        assertThat(run(new OtherProcessingHighRule(), f)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.actual()).isEqualByComparingTo("8");
            assertThat(x.message()).contains("8 件", "34 件", "23.5%");
        });
    }

    @Test
    void otherProcessingRuleIgnoresSmallTotals()
    {
        // 2019 format: 3 of 5 in （六）其他处理 is 60 % but the total is below 10
        ReportFixture f = ReportFixture.seed002()
                .t3(Table3Row.NEW, 5, 0, 0, 0, 0, 0, 5).t3(Table3Row.DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
                .t3(Table3Row.WITHHELD_SAFETY_STABILITY, 0, 0, 0, 0, 0, 0, 0).t3(Table3Row.WITHHELD_INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 0, 0)
                .t3(Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, 0, 0, 0, 0, 0, 0, 0)
                .t3(Table3Row.OTHER_PROCESSING, 3, 0, 0, 0, 0, 0, 3).t3(Table3Row.TOTAL, 5, 0, 0, 0, 0, 0, 5);
        assertThat(run(new OtherProcessingHighRule(), f)).isEmpty();
        ReportFixture big = f.t3(Table3Row.NEW, 10, 0, 0, 0, 0, 0, 10).t3(Table3Row.OTHER_PROCESSING, 8, 0, 0, 0, 0, 0, 8)
                .t3(Table3Row.TOTAL, 10, 0, 0, 0, 0, 0, 10);
        assertThat(run(new OtherProcessingHighRule(), big)).singleElement()
                .satisfies(x -> assertThat(x.location().row()).isEqualTo("OTHER_PROCESSING"));
    }

    @Test
    void overviewRuleNotesA2021OverviewLongerThanOneThousandCharacters()
    {
        String body = "政务公开".repeat(250) + "\n\n" + "  一 ";  // 1001 characters without whitespace
        assertThat(run(new OverviewTooLongRule(), ReportFixture.seed004().body(Section.OVERVIEW, body))).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(RuleCode.OVERVIEW_TOO_LONG);
                    assertThat(f.message()).contains("约 1001 字");
                });
        String exactly = "政务公开".repeat(250) + " \n ";
        assertThat(run(new OverviewTooLongRule(), ReportFixture.seed004().body(Section.OVERVIEW, exactly))).isEmpty();
    }

    @Test
    void overviewRuleDoesNotApplyToThe2019Format()
    {
        assertThat(run(new OverviewTooLongRule(), ReportFixture.seed002().body(Section.OVERVIEW, "政务".repeat(1000)))).isEmpty();
    }
}
