package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * R10 (FORMAT.md §6): a figure that 一、总体情况 states in words equals the table's. A WARNING: the narrative may count
 * differently (e.g. only offline applications), and the tables are what gets aggregated.
 */
public final class NarrativeMismatchRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        NarrativeFigures n = ctx.narrative();
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        StatTable<Table4Row, Table4Column> t4 = ctx.tables().t4();
        if (t3.found())
        {
            compare(out, n.applicationsReceived(), "收到申请", "applications received",
                    Arithmetic.value(t3.cell(Table3Row.NEW, Table3Column.TOTAL)), t3Location(t3, Table3Row.NEW), "表三“一、本年新收政府信息公开申请数量”总计");
            compare(out, n.applicationsCarriedOver(), "上年结转", "carried over",
                    Arithmetic.value(t3.cell(Table3Row.CARRIED_OVER, Table3Column.TOTAL)), t3Location(t3, Table3Row.CARRIED_OVER), "表三“二、上年结转政府信息公开申请数量”总计");
            compare(out, n.applicationsHandled(), "办结", "handled",
                    Arithmetic.value(t3.cell(Table3Row.TOTAL, Table3Column.TOTAL)), t3Location(t3, Table3Row.TOTAL), "表三“（七）总计”行总计");
            compare(out, n.applicationsCarriedForward(), "结转下年度", "carried forward",
                    Arithmetic.value(t3.cell(Table3Row.CARRIED_FORWARD, Table3Column.TOTAL)), t3Location(t3, Table3Row.CARRIED_FORWARD), "表三“四、结转下年度继续办理”总计");
        }
        if (t4.found())
        {
            compare(out, n.reviewTotal(), "行政复议", "administrative reviews",
                    Arithmetic.value(t4.cell(Table4Row.CASES, Table4Column.REVIEW_TOTAL)),
                    Arithmetic.at(t4, Table4Row.CASES, Table4Column.REVIEW_TOTAL), "表四“行政复议总计”");
            Optional<BigDecimal> litigation = Arithmetic.sum(List.of(
                    t4.cell(Table4Row.CASES, Table4Column.LITIGATION_DIRECT_TOTAL),
                    t4.cell(Table4Row.CASES, Table4Column.LITIGATION_AFTER_REVIEW_TOTAL)));
            compare(out, n.litigationTotal(), "行政诉讼", "lawsuits", litigation,
                    Arithmetic.at(t4, Table4Row.CASES, Table4Column.LITIGATION_DIRECT_TOTAL),
                    "表四行政诉讼“未经复议直接起诉总计”与“复议后起诉总计”之和");
        }
    }

    private static Location t3Location(StatTable<Table3Row, Table3Column> t3, Table3Row row)
    {
        return Arithmetic.at(t3, row, Table3Column.TOTAL);
    }

    private static void compare(List<Finding> out, Integer stated, String what, String whatEn, Optional<BigDecimal> table,
            Location location, String tableLabel)
    {
        if (stated == null || table.isEmpty() || table.get().compareTo(BigDecimal.valueOf(stated)) == 0)
        {
            return;
        }
        String t = Labels.number(table.get());
        out.add(new Finding(RuleCode.NARRATIVE_MISMATCH, RuleCode.NARRATIVE_MISMATCH.defaultSeverity(),
                "“" + Section.OVERVIEW.standardHeading() + "”所述" + what + " " + stated + " 件，与" + tableLabel + " " + t + " 不一致",
                "The overview states " + stated + " " + whatEn + ", the table says " + t,
                location, table.get(), BigDecimal.valueOf(stated)));
    }
}
