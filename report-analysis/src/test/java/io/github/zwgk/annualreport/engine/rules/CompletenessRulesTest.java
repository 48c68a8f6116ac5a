package io.github.zwgk.annualreport.engine.rules;

import static io.github.zwgk.annualreport.engine.rules.ArithmeticRulesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/** TABLE_MISSING, ROW_MISSING, CELL_MISSING and CELL_UNREADABLE. */
class CompletenessRulesTest
{
    @Test
    void completenessRulesAcceptCompleteTables()
    {
        for (ReportFixture f : List.of(ReportFixture.seed002(), ReportFixture.seed004()))
        {
            for (Rule r : List.of(new TableMissingRule(), new RowMissingRule(), new CellMissingRule(), new CellUnreadableRule()))
            {
                assertThat(run(r, f)).as(r.getClass().getSimpleName()).isEmpty();
            }
        }
    }

    @Test
    void tableMissingRuleFlagsEachTableNotFound()
    {
        List<Finding> findings = run(new TableMissingRule(), ReportFixture.seed004().withoutTable(TableId.T2).withoutTable(TableId.T4));
        assertThat(findings).extracting(f -> f.location().table()).containsExactly(TableId.T2, TableId.T4);
        assertThat(findings.get(0).message()).isEqualTo("未找到表二（主动公开政府信息情况）");
    }

    @Test
    void rowMissingRuleFlagsEachRowOfTheFormatThatWasNotFound()
    {
        ReportFixture f = ReportFixture.seed004().missingT3Row(Table3Row.OTHER_FEE_UNPAID);
        assertThat(run(new RowMissingRule(), f)).singleElement().satisfies(x -> {
            assertThat(x.location().row()).isEqualTo("OTHER_FEE_UNPAID");
            assertThat(x.message()).isEqualTo("表三缺少“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行");
        });
        // the cells of a missing row are not reported again one by one
        assertThat(run(new CellMissingRule(), f)).isEmpty();
    }

    @Test
    void rowMissingRuleExpectsThe2019RowsIn2019Tables()
    {
        ReportFixture f = ReportFixture.seed002().missingT3Row(Table3Row.OTHER_PROCESSING);
        assertThat(run(new RowMissingRule(), f)).extracting(x -> x.location().row()).containsExactly("OTHER_PROCESSING");
    }

    @Test
    void cellMissingRuleMakesABlankCellAnErrorAndANotApplicableMarkInACountCellAWarning()
    {
        ReportFixture f = ReportFixture.seed002()
                .t3(Table3Row.CARRIED_FORWARD, Table3Column.TOTAL, Cell.BLANK)
                .t3(Table3Row.CARRIED_OVER, Table3Column.RESEARCH_INSTITUTION, Cell.notApplicable("/"));
        List<Finding> findings = run(new CellMissingRule(), f);
        assertThat(findings).extracting(Finding::severity, x -> x.location().row(), x -> x.location().column())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "CARRIED_FORWARD", "TOTAL"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "CARRIED_OVER", "RESEARCH_INSTITUTION"));
        assertThat(findings).allMatch(x -> x.code() == RuleCode.CELL_MISSING);
        assertThat(findings).filteredOn(x -> x.severity() == Severity.WARNING).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("“/”"));
    }

    @Test
    void cellMissingRuleAcceptsANotApplicableMarkInTheFeeAmountColumn()
    {
        ReportFixture f = ReportFixture.seed004().t2(Table2Row.FEES, Table2Column.FEE_AMOUNT, Cell.notApplicable("—"));
        assertThat(run(new CellMissingRule(), f)).isEmpty();
    }

    @Test
    void cellMissingRuleExpectsTheColumnsOfTheRowsFormat()
    {
        // 2021 行政许可 has only 本年处理决定数量: a blank there is missing
        ReportFixture f = ReportFixture.seed004().t2(Table2Row.LICENSING, Table2Column.DECISIONS_THIS_YEAR, Cell.BLANK);
        assertThat(run(new CellMissingRule(), f)).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("表二“行政许可”行“本年处理决定数量”列未填写"));
    }

    @Test
    void blankCellsOfOneColumnBecomeOneFindingNamingTheColumn()
    {
        // 法人或其他组织 left blank over the whole table: five findings (one per column), not 5 × 25
        ReportFixture f = ReportFixture.seed004();
        Table3Column[] organisations = {Table3Column.COMMERCIAL_ENTERPRISE, Table3Column.RESEARCH_INSTITUTION,
                Table3Column.PUBLIC_INTEREST_ORGANIZATION, Table3Column.LEGAL_SERVICE_INSTITUTION, Table3Column.OTHER_ORGANIZATION};
        int rows = Table3Row.rows(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021).size();
        for (Table3Row row : Table3Row.rows(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021))
        {
            for (Table3Column c : organisations)
            {
                f = f.t3(row, c, Cell.BLANK);
            }
        }
        List<Finding> findings = run(new CellMissingRule(), f);
        assertThat(findings).hasSize(5).allSatisfy(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.CELL_MISSING);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.location().table()).isEqualTo(TableId.T3);
            assertThat(x.location().row()).isNull();
            assertThat(x.expected()).isNull();
            assertThat(x.actual()).isNull();
        });
        assertThat(findings).extracting(x -> x.location().column()).containsExactly("COMMERCIAL_ENTERPRISE",
                "RESEARCH_INSTITUTION", "PUBLIC_INTEREST_ORGANIZATION", "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANIZATION");
        assertThat(findings.get(0).message()).isEqualTo("表三“商业企业”列 " + rows + " 行均未填写（空白不等于 0，应填写数字）");
        assertThat(findings.get(0).messageEn()).isEqualTo("Table 3 column COMMERCIAL_ENTERPRISE: all " + rows
                + " cells are blank (blank is not 0: a number is required)");
    }

    @Test
    void blankCellsOfOneRowBecomeOneFindingNamingTheRowAndStrayOnesStaySingle()
    {
        ReportFixture f = ReportFixture.seed004()
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.NATURAL_PERSON, Cell.BLANK)
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.COMMERCIAL_ENTERPRISE, Cell.BLANK)
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.OTHER_ORGANIZATION, Cell.BLANK)
                .t3(Table3Row.NEW, Table3Column.TOTAL, Cell.BLANK);
        List<Finding> findings = run(new CellMissingRule(), f);
        assertThat(findings).extracting(x -> x.location().row(), x -> x.location().column()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("PARTIALLY_DISCLOSED", null),
                org.assertj.core.groups.Tuple.tuple("NEW", "TOTAL"));
        assertThat(findings).filteredOn(x -> x.location().column() == null).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo(
                        "表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行有 3 列未填写：自然人、商业企业、其他（空白不等于 0，应填写数字）"));
        // two blank cells of a row are not yet a group
        ReportFixture two = ReportFixture.seed004()
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.NATURAL_PERSON, Cell.BLANK)
                .t3(Table3Row.PARTIALLY_DISCLOSED, Table3Column.COMMERCIAL_ENTERPRISE, Cell.BLANK);
        assertThat(run(new CellMissingRule(), two)).hasSize(2).allMatch(x -> x.location().column() != null);
    }

    @Test
    void aWholeBlankTableIsOneFindingAndMarksAreGroupedAsWarnings()
    {
        ReportFixture f = ReportFixture.seed004();
        for (io.github.zwgk.annualreport.engine.model.Table4Column c : io.github.zwgk.annualreport.engine.model.Table4Column.values())
        {
            f = f.t4(c, Cell.BLANK);
        }
        for (Table3Row row : List.of(Table3Row.NEW, Table3Row.CARRIED_OVER, Table3Row.DISCLOSED))
        {
            f = f.t3(row, Table3Column.LEGAL_SERVICE_INSTITUTION, Cell.notApplicable(row == Table3Row.NEW ? "—" : "/"));
        }
        List<Finding> findings = run(new CellMissingRule(), f);
        int t4Cells = io.github.zwgk.annualreport.engine.model.Table4Column.values().length;
        assertThat(findings).hasSize(2);
        assertThat(findings).filteredOn(x -> x.severity() == Severity.ERROR).singleElement().satisfies(x -> {
            assertThat(x.location().table()).isEqualTo(TableId.T4);
            assertThat(x.location().row()).isNull();
            assertThat(x.location().column()).isNull();
            assertThat(x.message()).isEqualTo("表四全部 " + t4Cells + " 格均未填写（空白不等于 0，应填写数字）");
        });
        assertThat(findings).filteredOn(x -> x.severity() == Severity.WARNING).singleElement().satisfies(x -> {
            assertThat(x.location().column()).isEqualTo("LEGAL_SERVICE_INSTITUTION");
            assertThat(x.message()).startsWith("表三“法律服务机构”列有 3 行填写为“—”“/”：一、本年新收政府信息公开申请数量、")
                    .endsWith("，模板要求填写件数（无则填 0）");
        });
    }

    @Test
    void cellUnreadableRuleFlagsTextInANumberCell()
    {
        ReportFixture f = ReportFixture.seed004().t3(Table3Row.NEW, Table3Column.NATURAL_PERSON, Cell.unreadable("三十四"));
        assertThat(run(new CellUnreadableRule(), f)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("表三“一、本年新收政府信息公开申请数量”行“自然人”列无法识别为数字：“三十四”");
        });
    }
}
