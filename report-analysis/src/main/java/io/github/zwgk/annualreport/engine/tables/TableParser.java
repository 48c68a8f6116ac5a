package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * Reads tables 二, 三 and 四 into canonical cells, whatever the layout (tabs, '|' cells, one cell per line, spaces).
 * <p>
 * One pass over the lines. Each table is located by its own anchors ("第二十条第（一）项", "信息内容", "申请人情况",
 * "本年新收政府信息公开申请数量", "行政复议"/"结果维持", or the section headings the {@link SectionLayout} found), and
 * left at the next table, at the 五/六 section headings or at prose. Rows are known by their labels
 * ({@link Table2Labels}, {@link Table3Labels}); values are never guessed: a blank stays blank, an "O" for 0 is
 * UNREADABLE, and a value is placed in a column only when its position is proven by the layout or by its order.
 * Linear in the length of the text, without regular expressions; never throws.
 */
public class TableParser
{
    private static final System.Logger LOG = System.getLogger(TableParser.class.getName());

    /** Anchors are looked for only in short lines: a sentence that mentions 行政复议 is not a table. */
    private static final int MAX_ANCHOR_KEY = 60;
    /** A stream line whose label is longer than this is prose: it ends the table being read. */
    private static final int MAX_LABEL_KEY = 60;

    private enum Mode
    {
        NONE, T2, T3, T4, END
    }

    public Tables parse(ReportText text, SectionLayout layout)
    {
        if (text == null)
        {
            return Tables.none();
        }
        try
        {
            return read(text, layout);
        }
        catch (RuntimeException | StackOverflowError e)
        {
            // Defensive: a table the reader cannot make sense of is reported as not found, never as a crash.
            LOG.log(System.Logger.Level.WARNING, "Table parsing failed; tables reported as not found", e);
            return Tables.none();
        }
    }

    private Tables read(ReportText text, SectionLayout layout)
    {
        Map<Integer, Section> headings = headingLines(layout);
        RowReader<Table2Row> t2 = new RowReader<>(Table2Row.class, Table2Labels.INSTANCE);
        RowReader<Table3Row> t3 = new RowReader<>(Table3Row.class, Table3Labels.INSTANCE);
        Table4Reader t4 = new Table4Reader();
        FormatEvidence evidence = new FormatEvidence();

        List<String> lines = text.lines();
        Mode mode = Mode.NONE;
        for (int n = 1; n <= lines.size(); n++)
        {
            String raw = lines.get(n - 1);
            if (raw == null || raw.isBlank())
            {
                continue;
            }
            // The key of a long line is not computed past the anchor limit: a sentence is never an anchor.
            String bounded = CellText.key(raw, MAX_ANCHOR_KEY);
            String lk = bounded == null ? "" : bounded;
            Section hint = headings.get(n);
            if (mode == Mode.NONE && hint == null)
            {
                // Outside the tables only a line that opens one matters; most lines are prose and stop here.
                // anchor() without the line's shape can only say more than with it (its one shape test refuses).
                Mode opens = bounded == null || lk.isEmpty() ? null : anchor(false, lk);
                if (opens == null || opens == Mode.END)
                {
                    continue;
                }
            }
            TableLine tl = TableLine.of(raw);
            if (tl.kind() == TableLine.Kind.BLANK || tl.kind() == TableLine.Kind.FILLER)
            {
                continue;
            }
            Mode anchor = anchor(tl.isGrid(), lk);
            if (anchor == null && hint != null && isHeadingShaped(tl, lk))
            {
                anchor = hintedMode(hint);
            }
            else
            {
                hint = null; // the line is table material whatever the section parser took it for
            }
            boolean heading = hint != null || isHeading(tl, lk);
            if (anchor == Mode.END)
            {
                end(mode, t2, t3, t4);
                mode = Mode.NONE;
                continue;
            }
            if (anchor != null && anchor != mode)
            {
                end(mode, t2, t3, t4);
                mode = anchor;
                int start = heading ? 0 : n;
                switch (mode)
                {
                    case T2 -> t2.startRegion(start);
                    case T3 -> t3.startRegion(start);
                    case T4 -> t4.startRegion(start, heading && t3.found() && lk.contains("复议"));
                    default ->
                    {
                    }
                }
            }
            if (mode == Mode.NONE)
            {
                continue;
            }
            if (tl.kind() == TableLine.Kind.STREAM && isProse(tl))
            {
                end(mode, t2, t3, t4); // prose: the table is over
                mode = Mode.NONE;
                continue;
            }
            switch (mode)
            {
                case T2 ->
                {
                    String full = bounded != null ? lk : CellText.key(raw, 400);
                    if (full != null)
                    {
                        evidence.scanTable2Line(full);
                    }
                    if (!heading)
                    {
                        t2.markStart(n);
                    }
                    if (lk.startsWith("信息内容") || lk.contains("第二十条第"))
                    {
                        t2.structureSeen();
                    }
                    t2.accept(tl, n);
                }
                case T3 ->
                {
                    if (!heading)
                    {
                        t3.markStart(n);
                    }
                    t3.accept(tl, n);
                }
                case T4 ->
                {
                    if (!heading)
                    {
                        t4.markStart(n);
                    }
                    t4.accept(tl, n);
                    if (t4.done())
                    {
                        t4.endRegion();
                        mode = Mode.NONE;
                    }
                }
                default ->
                {
                }
            }
        }
        end(mode, t2, t3, t4);
        return assemble(evidence.decide(t2, t3), t2, t3, t4);
    }

    /**
     * A stream line that is running text, not table material: its label is longer than any row label, or it is a
     * sentence ("。" ends no row label; PDF text wraps prose into short lines that only this tells from labels).
     */
    private static boolean isProse(TableLine tl)
    {
        return CellText.key(tl.label(), MAX_LABEL_KEY) == null || (tl.values().isEmpty() && tl.label().indexOf('。') >= 0);
    }

    /** The line of each section heading the layout chose (the line before its body). */
    private static Map<Integer, Section> headingLines(SectionLayout layout)
    {
        Map<Integer, Section> out = new HashMap<>();
        if (layout == null || layout.bodies() == null)
        {
            return out;
        }
        for (Map.Entry<Section, SectionLayout.LineRange> e : layout.bodies().entrySet())
        {
            if (e.getKey() != null && e.getValue() != null && e.getValue().from() > 1)
            {
                out.put(e.getValue().from() - 1, e.getKey());
            }
        }
        return out;
    }

    /**
     * Which table a line opens by its own words, END for the sections after the tables, or null.
     *
     * @param grid whether the line is a grid row (cells proven by TABs or '|')
     */
    private static Mode anchor(boolean grid, String lk)
    {
        int len = lk.length();
        if (len == 0 || len > MAX_ANCHOR_KEY)
        {
            return null;
        }
        // FORMAT.md §2: "五、存在的主要问题及改进情况" and its variants, "六、其他需要报告的事项"
        if (len <= 40 && (lk.contains("存在的主要问题") || lk.contains("存在的问题") || lk.contains("其他需要报告")
                || (lk.startsWith("五") && (lk.contains("问题") || lk.contains("改进")))))
        {
            return Mode.END;
        }
        // "行政复议", also the variant heading "行政法复议、行政诉讼"
        if ((len <= 40 && (lk.contains("行政复议") || (lk.contains("复议") && lk.contains("诉讼"))))
                || lk.contains("结果维持") || lk.contains("尚未审结"))
        {
            return Mode.T4;
        }
        if (lk.contains("收到和处理政府信息公开申请") || lk.contains("勾稽") || lk.contains("申请人情况")
                || lk.contains("本年新收政府信息公开申请") || lk.contains("上年结转政府信息公开申请"))
        {
            return Mode.T3;
        }
        if ((lk.contains("第二十条第") && len <= 40) || lk.startsWith("信息内容")
                || (lk.endsWith("主动公开政府信息情况") && len <= 16 && !grid))
        {
            return Mode.T2;
        }
        return null;
    }

    private static Mode hintedMode(Section section)
    {
        return switch (section)
        {
            case ACTIVE_DISCLOSURE -> Mode.T2;
            case APPLICATIONS -> Mode.T3;
            case REVIEW_LITIGATION -> Mode.T4;
            default -> Mode.END;
        };
    }

    /**
     * Whether a line the layout calls a section heading can be one: a short line of text that is no row label of
     * table 二 or 三 ("四、结转下年度继续办理" is a row, whatever its number suggests).
     */
    private static boolean isHeadingShaped(TableLine tl, String lk)
    {
        return tl.kind() == TableLine.Kind.STREAM && tl.values().isEmpty() && !lk.isEmpty()
                && Table3Labels.INSTANCE.match(lk, null) == null && Table2Labels.INSTANCE.match(lk, null) == null;
    }

    /** A section heading line (it opens a table's stretch, but the table starts after it). */
    private static boolean isHeading(TableLine tl, String lk)
    {
        if (tl.kind() != TableLine.Kind.STREAM || lk.length() > 30)
        {
            return false;
        }
        return lk.endsWith("主动公开政府信息情况") || lk.endsWith("收到和处理政府信息公开申请情况")
                || (lk.contains("复议") && lk.endsWith("情况"));
    }

    private static void end(Mode mode, RowReader<Table2Row> t2, RowReader<Table3Row> t3, Table4Reader t4)
    {
        switch (mode)
        {
            case T2 -> t2.endRegion();
            case T3 -> t3.endRegion();
            case T4 -> t4.endRegion();
            default ->
            {
            }
        }
    }

    // ---- canonical tables

    private static Tables assemble(TemplateFormat format, RowReader<Table2Row> t2, RowReader<Table3Row> t3,
            Table4Reader t4)
    {
        // Without a clue the current template (国办公开办函〔2021〕30号) gives the rows; the format stays null.
        TemplateFormat rowsOf = format == null ? TemplateFormat.FORMAT_2021 : format;
        // Digits are split only in a text that shows them run together somewhere ("0000000", "00"); elsewhere values
        // separated by spaces are read as written and the rules judge them.
        Table4Reader.Candidate best = t4.best();
        boolean runs = t3.hasDefiniteRun(r -> 7) || t2.hasDefiniteRun(r -> 3)
                || (best != null && DigitRuns.isDefiniteRun(Table4Reader.writtenValues(best), Table4Reader.WIDTH));
        return new Tables(format, table2(t2, rowsOf, runs), table3(t3, rowsOf, runs), table4(t4, runs));
    }

    private static StatTable<Table2Row, Table2Column> table2(RowReader<Table2Row> reader, TemplateFormat format,
            boolean runs)
    {
        if (!reader.found())
        {
            return StatTable.notFound(TableId.T2);
        }
        List<Table2Row> order = Table2Row.rows(format);
        Map<Table2Row, List<Cell>> read = reader.resolve(order, r -> r.columns(format).size());
        if (runs)
        {
            for (Table2Row r : order)
            {
                int width = r.columns(format).size();
                List<Cell> values = reader.writtenValues(r);
                boolean signed = r.columns(format).stream().anyMatch(Table2Column::maySigned);
                if (values != null && width > 1 && DigitRuns.isRun(values, width, signed))
                {
                    // 表二 has no sum inside a row: the digits must fall into the cells one way only
                    DigitRuns.Readings readings = DigitRuns.split(values, width, List.of(), signed);
                    read.put(r, DigitRuns.cells(readings, readings.options(), width, true));
                }
                else if (values != null && DigitRuns.isShortRun(values, width, signed))
                {
                    read.put(r, DigitRuns.unreadable(values, width));
                }
            }
        }
        Map<Table2Row, Map<Table2Column, Cell>> rows = new LinkedHashMap<>();
        List<Table2Row> missing = new ArrayList<>();
        for (Table2Row r : order)
        {
            List<Cell> cells = read.get(r);
            if (cells == null)
            {
                missing.add(r);
            }
            Map<Table2Column, Cell> row = new LinkedHashMap<>();
            List<Table2Column> columns = r.columns(format);
            for (int i = 0; i < columns.size(); i++)
            {
                row.put(columns.get(i), cells == null ? Cell.BLANK : cells.get(i));
            }
            rows.put(r, row);
        }
        return new StatTable<>(TableId.T2, true, rows, missing, reader.startLine(), reader.rowLines());
    }

    private static StatTable<Table3Row, Table3Column> table3(RowReader<Table3Row> reader, TemplateFormat format,
            boolean runs)
    {
        if (!reader.found())
        {
            return StatTable.notFound(TableId.T3);
        }
        List<Table3Row> order = Table3Row.rows(format);
        if (format == TemplateFormat.FORMAT_2021 && keepsSingleOtherProcessingRow(reader))
        {
            order = withSingleOtherProcessingRow(order);
        }
        Table3Column[] columns = Table3Column.values();
        Map<Table3Row, List<Cell>> read = reader.resolve(order, r -> columns.length);
        if (runs)
        {
            Map<Table3Row, DigitRuns.Readings> readings = new LinkedHashMap<>();
            for (Table3Row r : order)
            {
                List<Cell> values = reader.writtenValues(r);
                if (values != null && DigitRuns.isRun(values, columns.length, false))
                {
                    readings.put(r, DigitRuns.split(values, columns.length, List.of(new DigitRuns.RowSum(0, 6)), false));
                }
                else if (values != null && DigitRuns.isShortRun(values, columns.length, false))
                {
                    readings.put(r, new DigitRuns.Readings(List.of(), false, values.get(0).raw()));
                }
            }
            if (!readings.isEmpty())
            {
                List<Table3Row> outcomes = new ArrayList<>();
                for (Table3Row r : order)
                {
                    if (r.isOutcome())
                    {
                        outcomes.add(r);
                    }
                }
                read.putAll(Table3Runs.resolve(read, readings, outcomes));
            }
        }
        Map<Table3Row, Map<Table3Column, Cell>> rows = new LinkedHashMap<>();
        List<Table3Row> missing = new ArrayList<>();
        for (Table3Row r : order)
        {
            List<Cell> cells = read.get(r);
            if (cells == null)
            {
                missing.add(r);
            }
            Map<Table3Column, Cell> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++)
            {
                row.put(columns[i], cells == null ? Cell.BLANK : cells.get(i));
            }
            rows.put(r, row);
        }
        return new StatTable<>(TableId.T3, true, rows, missing, reader.startLine(), reader.rowLines());
    }

    /**
     * A 2021-format 表三 that keeps the single 2019 row （六）其他处理 with no sub-row (FORMAT.md §4: the only change of
     * 表三 in 国办公开办函〔2021〕30号): that row stands in for the three sub-rows, so its figures count in the sums.
     */
    private static boolean keepsSingleOtherProcessingRow(RowReader<Table3Row> reader)
    {
        return reader.has(Table3Row.OTHER_PROCESSING) && !reader.has(Table3Row.OTHER_NO_CORRECTION)
                && !reader.has(Table3Row.OTHER_FEE_UNPAID) && !reader.has(Table3Row.OTHER_OTHER);
    }

    private static List<Table3Row> withSingleOtherProcessingRow(List<Table3Row> rows2021)
    {
        List<Table3Row> out = new ArrayList<>();
        for (Table3Row r : rows2021)
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

    private static StatTable<Table4Row, Table4Column> table4(Table4Reader reader, boolean runs)
    {
        Table4Reader.Candidate best = reader.best();
        if (best == null)
        {
            return StatTable.notFound(TableId.T4);
        }
        Table4Column[] columns = Table4Column.values();
        List<Cell> cells = best.cells;
        List<Cell> values = Table4Reader.writtenValues(best);
        if (runs && DigitRuns.isRun(values, columns.length, false))
        {
            DigitRuns.Readings readings = DigitRuns.split(values, columns.length,
                    List.of(new DigitRuns.RowSum(0, 4), new DigitRuns.RowSum(5, 9), new DigitRuns.RowSum(10, 14)), false);
            cells = DigitRuns.cells(readings, readings.options(), columns.length, true);
        }
        else if (runs && DigitRuns.isShortRun(values, columns.length, false))
        {
            cells = DigitRuns.unreadable(values, columns.length);
        }
        Map<Table4Column, Cell> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++)
        {
            row.put(columns[i], i < cells.size() ? cells.get(i) : Cell.BLANK);
        }
        List<Table4Row> missing = best.filled() == 0 ? List.of(Table4Row.CASES) : List.of();
        return new StatTable<>(TableId.T4, true, Map.of(Table4Row.CASES, row), missing, Math.max(best.start, 0));
    }
}
