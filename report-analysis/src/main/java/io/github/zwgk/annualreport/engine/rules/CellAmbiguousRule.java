package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * A row whose digits run together ("11000011") splits into its cells in more than one way that fits the template's
 * sums (CellKind.AMBIGUOUS): one finding per row naming the candidates of each such cell, instead of a guess. A
 * WARNING: the text lost the cell boundaries (a web page or crawler copy), not necessarily the report; the reviewer
 * reads the figures in the original. The relations involving these cells are not checked.
 */
public final class CellAmbiguousRule implements Rule
{
    /** Candidates named per cell at most; more are summarised. */
    static final int MAX_NAMED = 6;

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        List<TableCells.Ref> group = new ArrayList<>();
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            if (ref.cell().kind() != CellKind.AMBIGUOUS)
            {
                continue;
            }
            if (!group.isEmpty() && (group.get(0).table() != ref.table() || group.get(0).row() != ref.row()))
            {
                report(group, out);
                group.clear();
            }
            group.add(ref);
        }
        if (!group.isEmpty())
        {
            report(group, out);
        }
    }

    private static void report(List<TableCells.Ref> cells, List<Finding> out)
    {
        TableCells.Ref first = cells.get(0);
        String where = first.row() instanceof Table4Row ? Labels.table(first.table())
                : Labels.table(first.table()) + "“" + Labels.row(first.row(), first.format()) + "”行";
        String whereEn = first.row() instanceof Table4Row ? Labels.tableEn(first.table())
                : Labels.tableEn(first.table()) + " row " + first.row().name();
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (TableCells.Ref r : cells)
        {
            if (!zh.isEmpty())
            {
                zh.append("；");
                en.append("; ");
            }
            zh.append("“").append(r.column().label())
                    .append("”为 ").append(candidates(r.cell().candidates(), " 或 "));
            en.append(r.column().name()).append(" ").append(candidates(r.cell().candidates(), " or "));
        }
        Location location = Location.cell(first.table(), first.row(), null).atLine(first.line());
        // 表二 has no sum inside a row; 表三 and 表四 rows do, and every reading named satisfies them
        boolean sums = first.table() != TableId.T2;
        out.add(Finding.of(RuleCode.CELL_AMBIGUOUS, location,
                where + "的数字连写为“" + first.cell().raw() + "”，"
                        + (sums ? "可按多种方式拆分且都与合计相符：" : "可按多种方式拆分（本行各列之间没有合计关系可供核对）：") + zh
                        + "，无法确定各列数字，请对照原件核实",
                whereEn + ": the digits \"" + first.cell().raw() + "\" run together and split in more than one way"
                        + (sums ? " that fits the sums: " : " (no sum binds this row): ") + en));
    }

    private static String candidates(List<BigDecimal> values, String or)
    {
        if (values.isEmpty())
        {
            return or.contains("或") ? "多种读法之一" : "one of many readings";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size() && i < MAX_NAMED; i++)
        {
            if (i > 0)
            {
                sb.append(i == values.size() - 1 ? or : "、");
            }
            sb.append(Labels.number(values.get(i)));
        }
        if (values.size() > MAX_NAMED)
        {
            sb.append(" 等 ").append(values.size()).append(" 种");
        }
        return sb.toString();
    }
}
