package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.List;

import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Table4Row;

/**
 * A table cell holds something that is neither a number nor a 不适用 mark (text, OCR noise). The cells of one row read
 * from the same run of digits that splits in no way consistent with the template's sums ("640020471") give one finding
 * for the row, not one per cell.
 */
public final class CellUnreadableRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        List<TableCells.Ref> run = new ArrayList<>();
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().kind() != CellKind.UNREADABLE)
            {
                continue;
            }
            if (!run.isEmpty() && !sameRun(run.get(0), ref))
            {
                flush(run, out);
            }
            run.add(ref);
        }
        flush(run, out);
    }

    private static boolean sameRun(TableCells.Ref a, TableCells.Ref b)
    {
        return a.table() == b.table() && a.row() == b.row() && a.cell().raw().equals(b.cell().raw()) && isDigitRun(a);
    }

    /** Raw text with two or more digits and nothing but digits, spaces and marks: values run together. */
    private static boolean isDigitRun(TableCells.Ref ref)
    {
        String raw = ref.cell().raw();
        int digits = 0;
        for (int i = 0; i < raw.length(); i++)
        {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c != ' ' && c != '-' && c != '/' && c != '—')
            {
                return false;
            }
        }
        return digits >= 2;
    }

    private static void flush(List<TableCells.Ref> run, List<Finding> out)
    {
        if (run.isEmpty())
        {
            return;
        }
        if (run.size() == 1)
        {
            TableCells.Ref ref = run.get(0);
            out.add(Finding.of(RuleCode.CELL_UNREADABLE, ref.location(),
                    ref.label() + "无法识别为数字：“" + ref.cell().raw() + "”",
                    ref.labelEn() + " is not a number: \"" + ref.cell().raw() + "\""));
        }
        else
        {
            TableCells.Ref first = run.get(0);
            String where = first.row() instanceof Table4Row ? Labels.table(first.table())
                    : Labels.table(first.table()) + "“" + Labels.row(first.row(), first.format()) + "”行";
            String whereEn = first.row() instanceof Table4Row ? Labels.tableEn(first.table())
                    : Labels.tableEn(first.table()) + " row " + first.row().name();
            Location location = Location.cell(first.table(), first.row(), null).atLine(first.line());
            out.add(Finding.of(RuleCode.CELL_UNREADABLE, location,
                    where + "的数字连写为“" + first.cell().raw() + "”，无法拆分为与合计相符的 " + run.size()
                            + " 列数字（各列之间没有分隔，或数字有误）",
                    whereEn + ": the digits \"" + first.cell().raw() + "\" run together and split into its " + run.size()
                            + " cells in no way that fits the sums"));
        }
        run.clear();
    }
}
