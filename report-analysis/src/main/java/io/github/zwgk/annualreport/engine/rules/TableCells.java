package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * The cells the template of the report's format requires, over the rows that were found (a row not found is reported
 * once as ROW_MISSING, not once per cell). Shared by the cell-level rules.
 */
final class TableCells
{
    /** One required cell. */
    record Ref(TableId table, Labelled row, Labelled column, Cell cell, int line, TemplateFormat format)
    {
        /** A money column (万元 / 采购总金额): decimals allowed, a 不适用 mark accepted. */
        boolean isAmount()
        {
            return column instanceof Table2Column c && c.isAmount();
        }

        /** The 2019 本年增/减 column may be negative (R6). */
        boolean maySigned()
        {
            return column instanceof Table2Column c && c.maySigned() && format != TemplateFormat.FORMAT_2021;
        }

        Location location()
        {
            return Location.cell(table, row, column).atLine(line);
        }

        String label()
        {
            return Labels.cell(table, row, column, format);
        }

        String labelEn()
        {
            return Labels.cellEn(table, row, column);
        }
    }

    private TableCells()
    {
    }

    /** The location of a ref's whole row. */
    static Location rowLocation(Ref ref)
    {
        return Location.cell(ref.table(), ref.row(), null).atLine(ref.line());
    }

    /** The location of a ref's whole column. */
    static Location columnLocation(Ref ref)
    {
        return Location.cell(ref.table(), null, ref.column()).atLine(ref.line());
    }

    /** The required cells of the report, computed once per analysis ({@link RuleContext#requiredCells()}). */
    static List<Ref> required(RuleContext ctx)
    {
        return ctx.requiredCells();
    }

    static List<Ref> compute(RuleContext ctx)
    {
        TemplateFormat format = ctx.format();
        List<Ref> refs = new ArrayList<>();
        StatTable<Table2Row, Table2Column> t2 = ctx.tables().t2();
        if (t2.found())
        {
            List<Table2Row> rows = format == null ? List.copyOf(t2.rows().keySet()) : Table2Row.rows(format);
            for (Table2Row row : rows)
            {
                if (!t2.hasRow(row))
                {
                    continue;
                }
                List<Table2Column> columns = format == null ? List.copyOf(t2.rows().get(row).keySet()) : row.columns(format);
                add(refs, t2, row, columns, format);
            }
        }
        StatTable<Table3Row, Table3Column> t3 = ctx.tables().t3();
        if (t3.found())
        {
            List<Table3Row> rows = format == null ? List.copyOf(t3.rows().keySet()) : Table3Rows.rows(t3, format);
            for (Table3Row row : rows)
            {
                if (t3.hasRow(row))
                {
                    add(refs, t3, row, Arrays.asList(Table3Column.values()), format);
                }
            }
        }
        var t4 = ctx.tables().t4();
        if (t4.found())
        {
            for (var row : t4.rows().keySet())
            {
                if (t4.hasRow(row))
                {
                    add(refs, t4, row, Arrays.asList(Table4Column.values()), format);
                }
            }
        }
        return refs;
    }

    private static <R extends Enum<R> & Labelled, C extends Enum<C> & Labelled> void add(List<Ref> refs,
            StatTable<R, C> table, R row, List<C> columns, TemplateFormat format)
    {
        Map<C, Cell> cells = table.rows().get(row);
        for (C column : columns)
        {
            Cell cell = cells == null || cells.get(column) == null ? Cell.BLANK : cells.get(column);
            refs.add(new Ref(table.table(), row, column, cell, table.line(), format));
        }
    }
}
