package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;

/**
 * R5, implied by 表四 (FORMAT.md §6): for 行政复议, 行政诉讼（未经复议直接起诉） and 行政诉讼（复议后起诉）, 总计 = 结果维持 +
 * 结果纠正 + 其他结果 + 尚未审结.
 */
public final class T4SumRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        StatTable<Table4Row, Table4Column> t4 = ctx.tables().t4();
        if (!t4.found() || !t4.hasRow(Table4Row.CASES))
        {
            return;
        }
        for (Table4Column.Group group : Table4Column.Group.values())
        {
            List<Cell> parts = new ArrayList<>();
            for (Table4Column c : group.parts())
            {
                parts.add(t4.cell(Table4Row.CASES, c));
            }
            Optional<BigDecimal> sum = Arithmetic.sum(parts);
            Optional<BigDecimal> total = Arithmetic.value(t4.cell(Table4Row.CASES, group.total()));
            if (sum.isEmpty() || total.isEmpty() || Arithmetic.equal(sum.get(), total.get()))
            {
                continue;
            }
            String message = Labels.cell(t4.table(), Table4Row.CASES, group.total(), null) + "：应为 "
                    + Labels.number(sum.get()) + "（= 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + Arithmetic.terms(parts)
                    + "），实为 " + Labels.number(total.get());
            String messageEn = Labels.cellEn(t4.table(), Table4Row.CASES, group.total()) + ": expected "
                    + Labels.number(sum.get()) + " (upheld + corrected + other + pending = " + Arithmetic.terms(parts)
                    + "), found " + Labels.number(total.get());
            out.add(new Finding(RuleCode.T4_SUM, RuleCode.T4_SUM.defaultSeverity(), message, messageEn,
                    Arithmetic.at(t4, Table4Row.CASES, group.total()), sum.get(), total.get()));
        }
    }
}
