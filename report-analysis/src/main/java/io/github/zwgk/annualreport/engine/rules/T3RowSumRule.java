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
 * R3, implied by the layout of 表三 (FORMAT.md §6): in every row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 +
 * 法律服务机构 + 其他.
 */
public final class T3RowSumRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        if (!t3.found())
        {
            return;
        }
        TemplateFormat format = ctx.format();
        List<Table3Row> rows = format == null ? List.of(Table3Row.values()) : Table3Rows.rows(t3, format);
        for (Table3Row row : rows)
        {
            if (!t3.hasRow(row))
            {
                continue;
            }
            List<Cell> parts = new ArrayList<>();
            for (Table3Column c : Table3Column.applicants())
            {
                parts.add(t3.cell(row, c));
            }
            Optional<BigDecimal> sum = Arithmetic.sum(parts);
            Optional<BigDecimal> total = Arithmetic.value(t3.cell(row, Table3Column.TOTAL));
            if (sum.isEmpty() || total.isEmpty() || Arithmetic.equal(sum.get(), total.get()))
            {
                continue;
            }
            String message = Labels.cell(t3.table(), row, Table3Column.TOTAL, format) + "：应为 " + Labels.number(sum.get())
                    + "（= 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和 " + Arithmetic.terms(parts) + "），实为 "
                    + Labels.number(total.get());
            String messageEn = Labels.cellEn(t3.table(), row, Table3Column.TOTAL) + ": expected "
                    + Labels.number(sum.get()) + " (sum of the six applicant columns " + Arithmetic.terms(parts)
                    + "), found " + Labels.number(total.get());
            out.add(new Finding(RuleCode.T3_ROW_SUM, RuleCode.T3_ROW_SUM.defaultSeverity(), message, messageEn,
                    Arithmetic.at(t3, row, Table3Column.TOTAL), sum.get(), total.get()));
        }
    }
}
