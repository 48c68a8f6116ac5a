package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/** Every row of the template of the report's format is present in a table that was found (one finding per row). */
public final class RowMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        TemplateFormat format = ctx.format();
        if (format == null)
        {
            return;
        }
        check(ctx.tables().t2(), Table2Row.rows(format), format, out);
        check(ctx.tables().t3(), Table3Rows.rows(ctx.tables().t3(), format), format, out);
        check(ctx.tables().t4(), List.of(Table4Row.values()), format, out);
    }

    private static <R extends Enum<R> & Labelled> void check(StatTable<R, ?> table, List<R> rows, TemplateFormat format,
            List<Finding> out)
    {
        if (!table.found())
        {
            return;
        }
        for (R row : rows)
        {
            if (!table.hasRow(row))
            {
                Location location = Location.cell(table.table(), row, null).atLine(table.line());
                out.add(Finding.of(RuleCode.ROW_MISSING, location,
                        Labels.table(table.table()) + "缺少“" + Labels.row(row, format) + "”行",
                        Labels.tableEn(table.table()) + " has no row " + row.name()));
            }
        }
    }
}
