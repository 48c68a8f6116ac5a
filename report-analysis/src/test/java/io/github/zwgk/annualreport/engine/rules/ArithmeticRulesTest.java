package io.github.zwgk.annualreport.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.TableId;

/** The 勾稽关系 rules R1, R3, R4, R5 and R6 on the real figures of seeds 002 (2019 format) and 004 (2021 format). */
class ArithmeticRulesTest
{
    static List<Finding> run(Rule rule, ReportFixture fixture)
    {
        List<Finding> out = new ArrayList<>();
        rule.check(fixture.context(), out);
        return out;
    }

    @Test
    void arithmeticRulesAcceptTheRealFiguresOfBothSeeds()
    {
        for (ReportFixture f : List.of(ReportFixture.seed002(), ReportFixture.seed004()))
        {
            for (Rule r : List.of(new T3BalanceRule(), new T3RowSumRule(), new T3OutcomeSumRule(), new T4SumRule(),
                    new NegativeValueRule(), new WholeNumberRule()))
            {
                assertThat(run(r, f)).as(r.getClass().getSimpleName()).isEmpty();
            }
        }
    }

    @Test
    void balanceRuleFlagsEachColumnThatDoesNotAddUp()
    {
        // 一 + 二 = （七）+ 四: carrying one application forward in 自然人 and 总计 breaks both columns
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1);
        List<Finding> findings = run(new T3BalanceRule(), f);
        assertThat(findings).extracting(x -> x.location().column()).containsExactly("NATURAL_PERSON", "TOTAL");
        Finding first = findings.get(0);
        assertThat(first.code()).isEqualTo(RuleCode.T3_BALANCE);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.expected()).isEqualByComparingTo("115");
        assertThat(first.actual()).isEqualByComparingTo("116");
        assertThat(first.location().table()).isEqualTo(TableId.T3);
        assertThat(first.location().section()).isEqualTo(Section.APPLICATIONS);
        assertThat(first.message()).contains("表三“自然人”列", "一、本年新收 115", "（七）总计 115", "四、结转下年度继续办理 1");
        assertThat(first.messageEn()).contains("NATURAL_PERSON");
    }

    @Test
    void balanceRuleSkipsAColumnWithABlankCellInsteadOfReadingItAsZero()
    {
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.CARRIED_FORWARD, Table3Column.NATURAL_PERSON, Cell.BLANK);
        assertThat(run(new T3BalanceRule(), f)).isEmpty();
    }

    @Test
    void rowSumRuleFlagsARowWhoseTotalDiffersFromItsApplicantColumns()
    {
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.DISCLOSED, Table3Column.TOTAL, 180);
        List<Finding> findings = run(new T3RowSumRule(), f);
        assertThat(findings).hasSize(1);
        Finding x = findings.get(0);
        assertThat(x.location()).isEqualTo(new Location(Section.APPLICATIONS, TableId.T3, "DISCLOSED", "TOTAL", 40));
        assertThat(x.expected()).isEqualByComparingTo("179");
        assertThat(x.actual()).isEqualByComparingTo("180");
        assertThat(x.message()).startsWith("表三“（一）予以公开”行“总计”列：应为 179").contains("83 + 42 + 0 + 0 + 0 + 54", "实为 180");
    }

    @Test
    void rowSumRuleNamesSubRowsWithTheirGroup()
    {
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.WITHHELD_INTERNAL_AFFAIRS, Table3Column.OTHER_ORGANIZATION, 45);
        List<Finding> findings = run(new T3RowSumRule(), f);
        assertThat(findings).singleElement().satisfies(x -> assertThat(x.message())
                .startsWith("表三“（三）不予公开 5.属于三类内部事务信息”行“总计”列：应为 45"));
    }

    @Test
    void outcomeSumRuleFlagsTheTotalRowInTheColumnsWhereOutcomesDoNotAddUp()
    {
        // seed 002 with （七）总计 自然人 written as 116 (83 + 32 = 115)
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.TOTAL, Table3Column.NATURAL_PERSON, 116);
        List<Finding> findings = run(new T3OutcomeSumRule(), f);
        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.T3_OUTCOME_SUM);
            assertThat(x.location().row()).isEqualTo("TOTAL");
            assertThat(x.location().column()).isEqualTo("NATURAL_PERSON");
            assertThat(x.expected()).isEqualByComparingTo("115");
            assertThat(x.actual()).isEqualByComparingTo("116");
            assertThat(x.message()).startsWith("表三“（七）总计”行“自然人”列：应为 115").endsWith("实为 116");
        });
    }

    @Test
    void outcomeSumRuleCountsTheThreeOtherProcessingSubRowsOfThe2021Format()
    {
        // seed 004: 5 + 1 in （六）其他处理 1 and 3; dropping sub-row 3 to 0 leaves 33 against a total of 34
        ReportFixture f = ReportFixture.seed004().t3(Table3Row.OTHER_OTHER, 0, 0, 0, 0, 0, 0, 0);
        assertThat(run(new T3OutcomeSumRule(), f)).extracting(x -> x.location().column())
                .containsExactly("NATURAL_PERSON", "TOTAL");
        assertThat(run(new T3OutcomeSumRule(), f).get(0).expected()).isEqualByComparingTo("33");
    }

    @Test
    void outcomeSumRuleSkipsAColumnWhereAnOutcomeCellIsUnreadable()
    {
        ReportFixture f = ReportFixture.seed002().t3(Table3Row.TOTAL, Table3Column.NATURAL_PERSON, 116)
                .t3(Table3Row.DISCLOSED, Table3Column.NATURAL_PERSON, Cell.unreadable("8３a"));
        assertThat(run(new T3OutcomeSumRule(), f)).isEmpty();
    }

    @Test
    void table4RuleFlagsEachGroupWhoseTotalDiffersFromItsFourParts()
    {
        ReportFixture f = ReportFixture.seed004()
                .t4(Table4Column.REVIEW_UPHELD, 2).t4(Table4Column.REVIEW_TOTAL, 3)
                .t4(Table4Column.LITIGATION_AFTER_REVIEW_PENDING, 1);
        List<Finding> findings = run(new T4SumRule(), f);
        assertThat(findings).extracting(x -> x.location().column())
                .containsExactly("REVIEW_TOTAL", "LITIGATION_AFTER_REVIEW_TOTAL");
        assertThat(findings.get(0).message()).isEqualTo("表四“行政复议总计”：应为 2（= 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 2 + 0 + 0 + 0），实为 3");
        assertThat(findings.get(1).expected()).isEqualByComparingTo("1");
        assertThat(findings.get(1).actual()).isEqualByComparingTo("0");
    }

    @Test
    void negativeValueRuleFlagsANegativeCountButNotThe2019ChangeColumn()
    {
        ReportFixture f = ReportFixture.seed002()
                .t2(Table2Row.LICENSING, Table2Column.CHANGE, Cell.number(new BigDecimal("-2"), "-2"))
                .t3(Table3Row.CARRIED_OVER, Table3Column.NATURAL_PERSON, Cell.number(new BigDecimal("-1"), "-1"));
        List<Finding> findings = run(new NegativeValueRule(), f);
        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.location().row()).isEqualTo("CARRIED_OVER");
            assertThat(x.actual()).isEqualByComparingTo("-1");
            assertThat(x.message()).isEqualTo("表三“二、上年结转政府信息公开申请数量”行“自然人”列：数值不能为负，实为 -1");
        });
    }

    @Test
    void wholeNumberRuleFlagsADecimalCountButNotTheFeeAmountInWanYuan()
    {
        // seed 004's 本年收费金额 924.19 万元 is money; 2.5 规范性文件 is not a count
        ReportFixture f = ReportFixture.seed004()
                .t2(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED, Cell.number(new BigDecimal("2.5"), "2.5"));
        List<Finding> findings = run(new WholeNumberRule(), f);
        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.NOT_A_WHOLE_NUMBER);
            assertThat(x.location()).isEqualTo(new Location(Section.ACTIVE_DISCLOSURE, TableId.T2, "NORMATIVE_DOCUMENTS", "ISSUED", 10));
            assertThat(x.message()).startsWith("表二“行政规范性文件”行“本年制发件数”列");
        });
    }

    @Test
    void wholeNumberRuleAcceptsAWholeNumberWrittenWithDecimals()
    {
        ReportFixture f = ReportFixture.seed004()
                .t2(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED, Cell.number(new BigDecimal("2.00"), "2.00"));
        assertThat(run(new WholeNumberRule(), f)).isEmpty();
    }
}
