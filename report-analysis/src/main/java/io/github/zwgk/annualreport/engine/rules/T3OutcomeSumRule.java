package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * R4, implied by 表三 三、本年度办理结果 (FORMAT.md §6): in each column （七）总计 = （一）+（二）+（三）1–8 +（四）1–3 +
 * （五）1–5 +（六）, where （六）其他处理 is one row in 国办公开办函〔2019〕60号 and three sub-rows in 〔2021〕30号.
 */
public final class T3OutcomeSumRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        TemplateFormat format = ctx.format();
        if (!t3.found() || format == null)
        {
            return;
        }
        List<Table3Row> outcomes = Table3Rows.outcomes(t3, format);
        for (Table3Column column : Table3Column.values())
        {
            List<Cell> parts = new ArrayList<>();
            for (Table3Row row : outcomes)
            {
                parts.add(t3.cell(row, column));
            }
            Optional<BigDecimal> sum = Arithmetic.sum(parts);
            Optional<BigDecimal> total = Arithmetic.value(t3.cell(Table3Row.TOTAL, column));
            if (sum.isEmpty() || total.isEmpty() || Arithmetic.equal(sum.get(), total.get()))
            {
                continue;
            }
            String message = Labels.cell(t3.table(), Table3Row.TOTAL, column, format) + "：应为 " + Labels.number(sum.get())
                    + "（=（一）至（六）各项办理结果之和 " + Arithmetic.terms(parts) + "），实为 " + Labels.number(total.get());
            String messageEn = Labels.cellEn(t3.table(), Table3Row.TOTAL, column) + ": expected " + Labels.number(sum.get())
                    + " (sum of the " + outcomes.size() + " outcome rows (1)-(6)), found " + Labels.number(total.get());
            out.add(new Finding(RuleCode.T3_OUTCOME_SUM, RuleCode.T3_OUTCOME_SUM.defaultSeverity(), message, messageEn,
                    Arithmetic.at(t3, Table3Row.TOTAL, column), sum.get(), total.get()));
        }
    }
}
