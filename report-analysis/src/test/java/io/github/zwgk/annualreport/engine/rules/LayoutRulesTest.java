package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;

/** ROW_VARIANT, CELL_AMBIGUOUS, and the sums over a 2021 表三 that keeps the 2019 row （六）其他处理. */
class LayoutRulesTest
{
    private static List<RuleCode> codes(ReportFixture f)
    {
        return new RuleEngine().check(f.build(), AnalysisOptions.DEFAULT).stream().map(Finding::code).toList();
    }

    @Test
    void warnsOfA2021TableThatKeepsTheSingle2019OtherProcessingRowAndCountsItsFigures()
    {
        // seed 004: （六）1 = 5 and 3 = 1, written as the single 2019 row 6
        ReportFixture f = ReportFixture.seed004().singleOtherProcessingRow(6, 0, 0, 0, 0, 0, 6);

        List<Finding> variant = run(new RowVariantRule(), f);

        assertThat(variant).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.location().row()).isEqualTo("OTHER_PROCESSING");
            assertThat(x.message()).contains("2019版的单行“（六）其他处理”").contains("计入各项合计");
        });
        assertThat(codes(f)).doesNotContain(RuleCode.ROW_MISSING, RuleCode.T3_OUTCOME_SUM, RuleCode.T3_ROW_SUM,
                RuleCode.CELL_MISSING);
        assertThat(run(new RowVariantRule(), ReportFixture.seed004())).isEmpty();
        assertThat(run(new RowVariantRule(), ReportFixture.seed002())).isEmpty();
    }

    @Test
    void countsTheSingleRowInTheOutcomeSumAndChecksItsOwnRowSum()
    {
        ReportFixture sevenInsteadOfSix = ReportFixture.seed004().singleOtherProcessingRow(7, 0, 0, 0, 0, 0, 7);
        ReportFixture rowOff = ReportFixture.seed004().singleOtherProcessingRow(6, 0, 0, 0, 0, 0, 5);

        assertThat(run(new T3OutcomeSumRule(), sevenInsteadOfSix)).extracting(x -> x.location().column())
                .containsExactly("NATURAL_PERSON", "TOTAL");
        assertThat(run(new T3RowSumRule(), rowOff)).singleElement()
                .satisfies(x -> assertThat(x.location().row()).isEqualTo("OTHER_PROCESSING"));
        assertThat(run(new CellMissingRule(), ReportFixture.seed004().singleOtherProcessingRow(6, 0, 0, 0, 0, 0)))
                .singleElement().satisfies(x -> assertThat(x.location().row()).isEqualTo("OTHER_PROCESSING"));
    }

    @Test
    void namesTheCandidatesOfARowsAmbiguousCellsInOneWarning()
    {
        Cell natural = Cell.ambiguous("110000011", List.of(BigDecimal.ONE, BigDecimal.valueOf(11)));
        Cell business = Cell.ambiguous("110000011", List.of(BigDecimal.ZERO, BigDecimal.TEN));
        ReportFixture f = ReportFixture.seed004().t3(Table3Row.NEW, Table3Column.NATURAL_PERSON, natural)
                .t3(Table3Row.NEW, Table3Column.COMMERCIAL_ENTERPRISE, business)
                .t4(Table4Column.REVIEW_UPHELD, Cell.ambiguous("33000330000000000", List.of()));

        List<Finding> findings = run(new CellAmbiguousRule(), f);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message()).isEqualTo("表三“一、本年新收政府信息公开申请数量”行的数字连写为“110000011”，"
                + "可按多种方式拆分且都与合计相符：“自然人”为 1 或 11；“商业企业”为 0 或 10，无法确定各列数字，请对照原件核实");
        assertThat(findings.get(1).message()).startsWith("表四的数字连写为“33000330000000000”").contains("多种读法之一");
        // the relations with an ambiguous cell are not checked: no false T3_ROW_SUM, T3_BALANCE, T4_SUM
        assertThat(codes(f)).contains(RuleCode.CELL_AMBIGUOUS).doesNotContain(RuleCode.T3_ROW_SUM, RuleCode.T3_BALANCE,
                RuleCode.T3_OUTCOME_SUM, RuleCode.T4_SUM, RuleCode.CELL_MISSING, RuleCode.CELL_UNREADABLE);
    }

    @Test
    void reportsDigitsThatSplitNoWayOnceForTheirRow()
    {
        ReportFixture f = ReportFixture.seed004();
        for (Table3Column c : Table3Column.values())
        {
            f.t3(Table3Row.NEW, c, Cell.unreadable("340000035"));
        }
        f.t3(Table3Row.CARRIED_OVER, Table3Column.NATURAL_PERSON, Cell.unreadable("O"))
                .t3(Table3Row.CARRIED_OVER, Table3Column.COMMERCIAL_ENTERPRISE, Cell.unreadable("O"));

        List<Finding> findings = run(new CellUnreadableRule(), f);

        assertThat(findings).extracting(x -> x.location().row() + "/" + x.location().column())
                .containsExactly("NEW/null", "CARRIED_OVER/NATURAL_PERSON", "CARRIED_OVER/COMMERCIAL_ENTERPRISE");
        assertThat(findings.get(0).message()).isEqualTo("表三“一、本年新收政府信息公开申请数量”行的数字连写为“340000035”，"
                + "无法拆分为与合计相符的 7 列数字（各列之间没有分隔，或数字有误）");
    }
}
