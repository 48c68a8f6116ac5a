package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;

import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/** How messages name tables, rows, columns and numbers: as the template writes them (Chinese) and by id (English). */
public final class Labels
{
    private Labels()
    {
    }

    /** "表三". */
    public static String table(TableId table)
    {
        return "表" + table.number();
    }

    /** "Table 3". */
    public static String tableEn(TableId table)
    {
        return "Table " + (table.ordinal() + 2);
    }

    /**
     * A row's label as the template of the format writes it: sub-rows of table 三 carry their group
     * ("（三）不予公开 1.属于国家秘密"), and the 2019 table 二 writes 规范性文件.
     */
    public static String row(Labelled row, TemplateFormat format)
    {
        if (row instanceof Table3Row r && r.group() != null)
        {
            return r.group() + " " + r.label();
        }
        if (row == Table2Row.NORMATIVE_DOCUMENTS && format == TemplateFormat.FORMAT_2019)
        {
            return "规范性文件";
        }
        return row.label();
    }

    /** 表三“（七）总计”行“自然人”列; table 四 has one row, so 表四“行政复议总计”. */
    public static String cell(TableId table, Labelled row, Labelled column, TemplateFormat format)
    {
        if (row instanceof Table4Row || row == null)
        {
            return table(table) + "“" + column.label() + "”";
        }
        return table(table) + "“" + row(row, format) + "”行“" + column.label() + "”列";
    }

    /** Table 3 row TOTAL column NATURAL_PERSON. */
    public static String cellEn(TableId table, Labelled row, Labelled column)
    {
        if (row instanceof Table4Row || row == null)
        {
            return tableEn(table) + " column " + column.name();
        }
        return tableEn(table) + " row " + row.name() + " column " + column.name();
    }

    /** A number as written, without exponent or trailing zeros beyond what was written. */
    public static String number(BigDecimal value)
    {
        return value == null ? "" : value.toPlainString();
    }
}
