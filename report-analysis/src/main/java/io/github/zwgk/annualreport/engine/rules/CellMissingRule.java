package io.github.zwgk.annualreport.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * Every cell of the template is to be filled in (国办公开办函〔2021〕30号 and 〔2019〕60号 give each table as a form to
 * complete): a blank cell is not a zero (ERROR). A 不适用/—/无 mark where the template asks for a count is a WARNING —
 * the meaning is usually "0", but the template asks for a number. In a money column (万元) a 不适用 mark is accepted.
 * <p>
 * Many cells left alike make one finding, not one per cell, so that a clerk sees what to fill in rather than a page of
 * repeats: a whole table blank is one finding; otherwise, while some row or column holds at least {@value #MIN_GROUP}
 * such cells, the one holding most of them (a row before a column on a tie) becomes one finding naming that row or
 * column; the cells left over are reported one by one. Same code and severity; no expected/actual.
 */
public final class CellMissingRule implements Rule
{
    /** From this many blank (or marked) cells in one row or column, they are reported together. */
    static final int MIN_GROUP = 3;

    /** Row or column labels listed in a partial group's message; more are counted ("等 12 行"). */
    private static final int MAX_LISTED = 6;

    private static final String BLANK_REASON = "空白不等于 0，应填写数字";
    private static final String BLANK_REASON_EN = "blank is not 0: a number is required";

    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        Map<TableId, List<TableCells.Ref>> required = new LinkedHashMap<>();
        Map<TableId, List<TableCells.Ref>> blanks = new LinkedHashMap<>();
        Map<TableId, List<TableCells.Ref>> marks = new LinkedHashMap<>();
        for (TableCells.Ref ref : TableCells.required(ctx))
        {
            required.computeIfAbsent(ref.table(), t -> new ArrayList<>()).add(ref);
            if (ref.cell().kind() == CellKind.BLANK)
            {
                blanks.computeIfAbsent(ref.table(), t -> new ArrayList<>()).add(ref);
            }
            else if (ref.cell().kind() == CellKind.NOT_APPLICABLE && !ref.isAmount())
            {
                marks.computeIfAbsent(ref.table(), t -> new ArrayList<>()).add(ref);
            }
        }
        blanks.forEach((table, refs) -> report(refs, required.get(table), true, out));
        marks.forEach((table, refs) -> report(refs, required.get(table), false, out));
    }

    /** The findings for the blank (or marked) cells of one table. */
    private static void report(List<TableCells.Ref> cells, List<TableCells.Ref> required, boolean blank, List<Finding> out)
    {
        if (cells.size() >= MIN_GROUP && cells.size() == required.size())
        {
            out.add(wholeTable(cells, blank));
            return;
        }
        List<TableCells.Ref> left = new ArrayList<>(cells);
        while (left.size() >= MIN_GROUP)
        {
            Map<Labelled, List<TableCells.Ref>> byRow = new LinkedHashMap<>();
            Map<Labelled, List<TableCells.Ref>> byColumn = new LinkedHashMap<>();
            for (TableCells.Ref ref : left)
            {
                byRow.computeIfAbsent(ref.row(), r -> new ArrayList<>()).add(ref);
                byColumn.computeIfAbsent(ref.column(), c -> new ArrayList<>()).add(ref);
            }
            List<TableCells.Ref> best = List.of();
            boolean bestIsRow = false;
            for (List<TableCells.Ref> row : byRow.values())
            {
                if (row.size() > best.size())
                {
                    best = row;
                    bestIsRow = true;
                }
            }
            for (List<TableCells.Ref> column : byColumn.values())
            {
                if (column.size() > best.size())
                {
                    best = column;
                    bestIsRow = false;
                }
            }
            if (best.size() < MIN_GROUP)
            {
                break;
            }
            out.add(bestIsRow ? row(best, required, blank) : column(best, required, blank));
            left.removeAll(best);
        }
        for (TableCells.Ref ref : left)
        {
            out.add(single(ref, blank));
        }
    }

    private static Finding single(TableCells.Ref ref, boolean blank)
    {
        if (blank)
        {
            return new Finding(RuleCode.CELL_MISSING, Severity.ERROR, ref.label() + "未填写（" + BLANK_REASON + "）",
                    ref.labelEn() + " is blank (" + BLANK_REASON_EN + ")", ref.location(), null, null);
        }
        return new Finding(RuleCode.CELL_MISSING, Severity.WARNING,
                ref.label() + "填写为“" + ref.cell().raw() + "”，模板要求填写件数（无则填 0）",
                ref.labelEn() + " holds \"" + ref.cell().raw() + "\" where the template asks for a count (0 if none)",
                ref.location(), null, null);
    }

    /** 表三全部 175 格均未填写. */
    private static Finding wholeTable(List<TableCells.Ref> cells, boolean blank)
    {
        TableCells.Ref first = cells.get(0);
        Location location = new Location(first.table().section(), first.table(), null, null, null).atLine(first.line());
        return group(Labels.table(first.table()) + "全部 " + cells.size() + " 格均", "",
                Labels.tableEn(first.table()) + ": all " + cells.size() + " cells", cells, blank, location);
    }

    /** 表三“（一）予以公开”行 7 列均未填写 / 表三“（一）予以公开”行有 3 列未填写：商业企业、科研机构、其他. */
    private static Finding row(List<TableCells.Ref> cells, List<TableCells.Ref> required, boolean blank)
    {
        TableCells.Ref first = cells.get(0);
        long width = required.stream().filter(r -> r.row() == first.row()).count();
        boolean t4 = first.row() instanceof Table4Row; // table 四 has one row: its cells are named by column alone
        String name = Labels.table(first.table()) + (t4 ? "" : "“" + Labels.row(first.row(), first.format()) + "”行");
        String unit = t4 ? " 格" : " 列";
        boolean whole = cells.size() == width;
        String nameEn = Labels.tableEn(first.table()) + (t4 ? "" : " row " + first.row().name()) + ": ";
        String en = nameEn + (whole ? "all " + cells.size() + " cells"
                : cells.size() + " cells (" + String.join(", ", cells.stream().map(r -> r.column().name()).toList()) + ")");
        return group(name + (whole ? " " + cells.size() + unit + "均" : "有 " + cells.size() + unit),
                whole ? "" : listed(cells.stream().map(r -> r.column().label()).toList(), unit), en, cells, blank,
                TableCells.rowLocation(first));
    }

    /** 表三“商业企业”列 25 行均未填写 / 表三“商业企业”列有 4 行未填写：（一）予以公开、…. */
    private static Finding column(List<TableCells.Ref> cells, List<TableCells.Ref> required, boolean blank)
    {
        TableCells.Ref first = cells.get(0);
        long height = required.stream().filter(r -> r.column() == first.column()).count();
        boolean whole = cells.size() == height;
        String name = Labels.table(first.table()) + "“" + first.column().label() + "”列";
        String en = Labels.tableEn(first.table()) + " column " + first.column().name() + ": " + (whole
                ? "all " + cells.size() + " cells"
                : cells.size() + " cells (rows " + String.join(", ", cells.stream().map(r -> r.row().name()).toList()) + ")");
        return group(name + (whole ? " " + cells.size() + " 行均" : "有 " + cells.size() + " 行"),
                whole ? "" : listed(cells.stream().map(r -> Labels.row(r.row(), r.format())).toList(), " 行"), en, cells,
                blank, TableCells.columnLocation(first));
    }

    /**
     * A grouped finding: "{subject}未填写{list}（空白不等于 0，应填写数字）" for blank cells, "{subject}填写为“—”{list}，模板要求填写件数
     * （无则填 0）" for marks.
     */
    private static Finding group(String subject, String list, String subjectEn, List<TableCells.Ref> cells, boolean blank,
            Location location)
    {
        if (blank)
        {
            return new Finding(RuleCode.CELL_MISSING, Severity.ERROR, subject + "未填写" + list + "（" + BLANK_REASON + "）",
                    subjectEn + " are blank (" + BLANK_REASON_EN + ")", location, null, null);
        }
        return new Finding(RuleCode.CELL_MISSING, Severity.WARNING,
                subject + "填写为" + marks(cells) + list + "，模板要求填写件数（无则填 0）",
                subjectEn + " hold " + marksEn(cells) + " where the template asks for counts (0 if none)", location, null, null);
    }

    /** "：商业企业、科研机构、其他" or, past {@value #MAX_LISTED}, "：a、b、…、f 等 12 行". */
    private static String listed(List<String> labels, String unit)
    {
        if (labels.size() <= MAX_LISTED)
        {
            return "：" + String.join("、", labels);
        }
        return "：" + String.join("、", labels.subList(0, MAX_LISTED)) + " 等" + unit;
    }

    /** The marks as written, each once: "“—”" or "“—”“无”". */
    private static String marks(List<TableCells.Ref> cells)
    {
        Set<String> raw = new LinkedHashSet<>();
        cells.forEach(r -> raw.add(r.cell().raw()));
        StringBuilder sb = new StringBuilder();
        raw.forEach(m -> sb.append('“').append(m).append('”'));
        return sb.toString();
    }

    private static String marksEn(List<TableCells.Ref> cells)
    {
        Set<String> raw = new LinkedHashSet<>();
        cells.forEach(r -> raw.add("\"" + r.cell().raw() + "\""));
        return String.join(" ", raw);
    }
}
