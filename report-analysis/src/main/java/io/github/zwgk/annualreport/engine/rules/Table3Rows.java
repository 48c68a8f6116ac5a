package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.List;

import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * The rows of 表三 as the report's table has them: the format's rows (FORMAT.md §4), except that a 2021-format table
 * which keeps the single 2019 row （六）其他处理 has that row in place of its three sub-rows (国办公开办函〔2021〕30号
 * split it; ROW_VARIANT tells the reviewer). Its figures then count wherever the sub-rows would.
 */
final class Table3Rows
{
    private Table3Rows()
    {
    }

    /** Whether a 2021-format table keeps the 2019 row （六）其他处理 instead of its three sub-rows. */
    static boolean keepsSingleOtherProcessingRow(StatTable<Table3Row, Table3Column> t3, TemplateFormat format)
    {
        return format == TemplateFormat.FORMAT_2021 && t3.found() && t3.hasRow(Table3Row.OTHER_PROCESSING);
    }

    /** The rows of the format in template order, as the table has them. */
    static List<Table3Row> rows(StatTable<Table3Row, Table3Column> t3, TemplateFormat format)
    {
        List<Table3Row> rows = Table3Row.rows(format);
        if (!keepsSingleOtherProcessingRow(t3, format))
        {
            return rows;
        }
        List<Table3Row> out = new ArrayList<>(rows.size());
        for (Table3Row r : rows)
        {
            if (r == Table3Row.OTHER_NO_CORRECTION)
            {
                out.add(Table3Row.OTHER_PROCESSING);
            }
            else if (r != Table3Row.OTHER_FEE_UNPAID && r != Table3Row.OTHER_OTHER)
            {
                out.add(r);
            }
        }
        return out;
    }

    /** The outcome rows whose sum is （七）总计 (R4), as the table has them. */
    static List<Table3Row> outcomes(StatTable<Table3Row, Table3Column> t3, TemplateFormat format)
    {
        return rows(t3, format).stream().filter(Table3Row::isOutcome).toList();
    }
}
