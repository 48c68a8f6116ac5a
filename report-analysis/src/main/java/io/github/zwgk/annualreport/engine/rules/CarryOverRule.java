package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;

/**
 * R7 (FORMAT.md §6): this year's 二、上年结转 equals last year's 四、结转下年度继续办理, per column. Applied only when the
 * previous report is given and is for the year just before this report's year.
 */
public final class CarryOverRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        PreviousReport previous = ctx.options().previousReport();
        Integer year = ctx.reportYear();
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        if (previous == null || year == null || previous.reportYear() != year - 1 || !t3.found())
        {
            return;
        }
        for (Table3Column column : Table3Column.values())
        {
            BigDecimal last = previous.carriedForward().get(column);
            Optional<BigDecimal> now = Arithmetic.value(t3.cell(Table3Row.CARRIED_OVER, column));
            if (last == null || now.isEmpty() || Arithmetic.equal(last, now.get()))
            {
                continue;
            }
            String source = previous.source() == null ? "" : "（" + previous.source() + "）";
            out.add(new Finding(RuleCode.CARRY_OVER_MISMATCH, RuleCode.CARRY_OVER_MISMATCH.defaultSeverity(),
                    Labels.cell(t3.table(), Table3Row.CARRIED_OVER, column, ctx.format()) + "：应为 " + Labels.number(last)
                            + "（= " + previous.reportYear() + "年度报告" + source + "“四、结转下年度继续办理”），实为 "
                            + Labels.number(now.get()),
                    Labels.cellEn(t3.table(), Table3Row.CARRIED_OVER, column) + ": expected " + Labels.number(last)
                            + " (CARRIED_FORWARD of the " + previous.reportYear() + " report), found " + Labels.number(now.get()),
                    Arithmetic.at(t3, Table3Row.CARRIED_OVER, column), last, now.get()));
        }
    }

}
