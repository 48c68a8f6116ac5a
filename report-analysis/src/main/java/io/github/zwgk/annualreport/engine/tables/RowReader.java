package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;

/**
 * Reads the rows of one labelled table (二 or 三) from its lines, one line at a time and in linear time. A row starts
 * at its label; its values are the fields after the label on a grid line (positions proven by TAB/'|' fields), or the
 * value tokens that follow the label in the stream (one cell per line, PDF lines), up to the row's width. Values that
 * belong to no label are kept as orphans and given to a row only when the template order leaves a single candidate
 * (seed 000: after （七）总计 a line of 7 values whose label was lost is 四、结转下年度继续办理).
 *
 * @param <R> the canonical row enum
 */
final class RowReader<R extends Enum<R>>
{
    /** Orphan value groups kept per table; more are not needed to recover a lost label and would only cost memory. */
    private static final int MAX_ORPHANS = 256;
    /** Label fragments kept for joining a label broken across lines ("其他" + "处理"). */
    private static final int MAX_PENDING = 64;
    private static final int MAX_CACHE = 2048;
    /** Stretches whose rows are kept; a report has a handful (the table, maybe a page break, a stray sentence). */
    private static final int MAX_REGIONS = 64;
    /** Values kept per orphan group: a row has at most 7; a longer run is not a lost row. */
    private static final int MAX_ORPHAN_CELLS = 64;
    private static final Object NO_MATCH = new Object();

    /** A row as read: from a grid line (fields + label index, resolved at the end) or from stream values. */
    static final class Row<R>
    {
        final R id;
        final int line;
        final int region;
        String[] grid;
        int labelIndex = -1;
        final List<Cell> cells = new ArrayList<>();
        boolean open = true;

        Row(R id, int line, int region)
        {
            this.id = id;
            this.line = line;
            this.region = region;
        }

        int count()
        {
            return cells.size();
        }

        /** True when nothing at all was written for the row. */
        boolean isEmpty()
        {
            if (!cells.isEmpty())
            {
                for (Cell c : cells)
                {
                    if (c.kind() != CellKind.BLANK)
                    {
                        return false;
                    }
                }
                return true;
            }
            if (grid != null)
            {
                for (int i = labelIndex + 1; i < grid.length; i++)
                {
                    if (!grid[i].isEmpty())
                    {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Values that follow no label, between the rows read before and after them. */
    static final class Orphan<R>
    {
        final R after;
        R before;
        final int line;
        final List<Cell> cells = new ArrayList<>();

        Orphan(R after, int line)
        {
            this.after = after;
            this.line = line;
        }
    }

    private final Class<R> type;
    private final RowSpec<R> spec;
    /** The rows read in each stretch of lines (region), first copy of a row per region. */
    private final List<Map<R, Row<R>>> regionRows = new ArrayList<>();
    private final List<Integer> regionStarts = new ArrayList<>();
    private final List<Orphan<R>> orphans = new ArrayList<>();
    private final List<Orphan<R>> awaitingNext = new ArrayList<>();
    private final Map<String, Object> matchCache = new HashMap<>();
    private final Map<String, String> keyCache = new HashMap<>();
    /** How often the first value of a grid row stands in field i: the table's usual value column. */
    private final int[] valueStart = new int[64];
    private final StringBuilder pending = new StringBuilder();
    /** Whether the line before was a cell closed by '|' ("0 |"): then a lone "|" is an empty cell. */
    private boolean pipedCells;

    private Row<R> current;
    private Orphan<R> orphan;
    private R lastRow;
    private int region = -1;
    private boolean structureSeen;
    private Map<R, Row<R>> merged;
    private int bestRegion = -1;

    RowReader(Class<R> type, RowSpec<R> spec)
    {
        this.type = type;
        this.spec = spec;
    }

    /** A new stretch of lines that belongs to the table (its anchor or heading was seen). */
    void startRegion(int line)
    {
        endRegion();
        region++;
        if (region < MAX_REGIONS)
        {
            regionStarts.add(line);
            regionRows.add(new EnumMap<>(type));
        }
    }

    /** The stretch ended (another table, a section heading, prose). */
    void endRegion()
    {
        closeCurrent();
        closeOrphan();
        pending.setLength(0);
    }

    /** Marks the region's start at a table line when the region was opened by a section heading. */
    void markStart(int line)
    {
        if (region >= 0 && region < MAX_REGIONS && regionStarts.get(region) <= 0)
        {
            regionStarts.set(region, line);
        }
    }

    void structureSeen()
    {
        structureSeen = true;
    }

    void accept(TableLine tl, int line)
    {
        if (region < 0)
        {
            startRegion(line);
        }
        switch (tl.kind())
        {
            case GRID -> grid(tl.fields(), line);
            case STREAM ->
            {
                if (!tl.label().isEmpty())
                {
                    fragment(tl.label(), line);
                }
                for (String v : tl.values())
                {
                    value(CellText.parse(v), line);
                }
            }
            case EMPTY_CELL ->
            {
                // a lone "|": an empty cell where cells are written "text |", a separator where they are not
                if (!tl.piped() || pipedCells)
                {
                    emptyCell(tl.piped());
                }
            }
            default ->
            {
            }
        }
        if (tl.kind() != TableLine.Kind.EMPTY_CELL)
        {
            pipedCells = tl.piped();
        }
    }

    // ---- grid lines

    private void grid(String[] f, int line)
    {
        int label = -1;
        R id = null;
        int lastText = -1;
        String[] keys = new String[f.length];
        for (int i = 0; i < f.length; i++)
        {
            if (f[i].isEmpty() || CellText.isValueLike(f[i]))
            {
                continue;
            }
            lastText = i;
            keys[i] = keyOf(f[i]);
            R m = matchWithoutNotes(keys[i], f[i]);
            if (m != null)
            {
                label = i;
                id = m;
            }
        }
        if (id != null)
        {
            Row<R> row = startRow(id, line);
            row.grid = f;
            row.labelIndex = label;
            int first = TableLine.firstFilled(f, label + 1);
            if (first >= 0)
            {
                // Values on the label's own line: their positions are proven, the row is complete.
                row.open = false;
                if (first < valueStart.length)
                {
                    valueStart[first]++;
                }
                current = null;
            }
            return;
        }
        boolean header = false;
        for (int i = 0; i <= lastText && !header; i++)
        {
            header = keys[i] != null && spec.isHeader(keys[i]);
        }
        if (header)
        {
            structureSeen = true;
            closeCurrent();
        }
        // Values after any text on a line without a known label.
        int first = TableLine.firstFilled(f, lastText + 1);
        if (first < 0)
        {
            if (lastText >= 0)
            {
                closeCurrentIfStarted();
            }
            return;
        }
        int end = trimmedEnd(f, first);
        if (current != null && current.open && current.count() == 0)
        {
            // seed 001: "三、本年度办理结果\t(一) 予以公开" then the 7 values on the next line (or the rest of a
            // label broken over two lines, then the values).
            int width = spec.width(current.id);
            for (int i = first; i < end && current.count() < width; i++)
            {
                current.cells.add(CellText.parse(f[i]));
            }
            closeCurrent();
            return;
        }
        closeCurrent();
        closeOrphan();
        Orphan<R> o = newOrphan(line);
        if (o != null)
        {
            for (int i = first; i < end && o.cells.size() < MAX_ORPHAN_CELLS; i++)
            {
                o.cells.add(CellText.parse(f[i]));
            }
        }
        closeOrphan();
    }

    private static int trimmedEnd(String[] f, int from)
    {
        int end = f.length;
        while (end > from && f[end - 1].isEmpty())
        {
            end--;
        }
        return end;
    }

    // ---- stream pieces

    private void fragment(String text, int line)
    {
        String k = keyOf(text);
        if (k.isEmpty())
        {
            return;
        }
        R id = matchWithoutNotes(k, text);
        if (id == null && pending.length() > 0)
        {
            String joined = pending + k;
            id = match(joined);
        }
        if (id != null)
        {
            if (current != null && current.open && current.id == id && current.count() == 0)
            {
                return; // the rest of the same label, broken over lines
            }
            startRow(id, line);
            return;
        }
        if (spec.isHeader(k))
        {
            structureSeen = true;
            pending.setLength(0);
            closeCurrentIfStarted();
            closeOrphan();
            return;
        }
        closeCurrentIfStarted();
        closeOrphan();
        if (pending.length() + k.length() > MAX_PENDING)
        {
            pending.setLength(0);
        }
        if (k.length() <= MAX_PENDING)
        {
            pending.append(k);
        }
    }

    private void value(Cell cell, int line)
    {
        pending.setLength(0);
        if (current != null && current.open)
        {
            appendToCurrent(cell);
            return;
        }
        closeCurrent();
        if (orphan == null)
        {
            orphan = newOrphan(line);
        }
        if (orphan != null && orphan.cells.size() < MAX_ORPHAN_CELLS)
        {
            orphan.cells.add(cell);
        }
    }

    private void appendToCurrent(Cell cell)
    {
        current.cells.add(cell);
        if (current.count() >= spec.width(current.id))
        {
            closeCurrent();
        }
    }

    /**
     * An empty cell between values of a row is a blank value; elsewhere it is layout. Where every cell is written as
     * "text |" on a line of its own, a lone "|" right after the row's label is a blank value too (its first cells may
     * be blank).
     */
    private void emptyCell(boolean pipedRow)
    {
        if (current != null && current.open && (current.count() > 0 || pipedRow)
                && current.count() < spec.width(current.id))
        {
            appendToCurrent(Cell.BLANK);
        }
    }

    // ---- rows and orphans

    private Row<R> startRow(R id, int line)
    {
        pending.setLength(0);
        closeOrphan();
        merged = null;
        Map<R, Row<R>> rows = region < MAX_REGIONS ? regionRows.get(region) : null;
        Row<R> previous = current;
        if (rows != null && previous != null && previous.open && previous.isEmpty()
                && spec.isGroupHeading(previous.id, id) && rows.get(previous.id) == previous)
        {
            rows.remove(previous.id); // e.g. 2021 （六）其他处理, the heading of its sub-rows 1–3
        }
        closeCurrent();
        Row<R> row = new Row<>(id, line, region);
        Row<R> existing = rows == null ? null : rows.get(id);
        if (rows != null && (existing == null || existing.isEmpty()))
        {
            // The first copy that holds something wins; a later duplicate (a repeated table) is read and dropped.
            rows.put(id, row);
        }
        for (Orphan<R> o : awaitingNext)
        {
            o.before = id;
        }
        awaitingNext.clear();
        current = row;
        lastRow = id;
        return row;
    }

    private void closeCurrent()
    {
        if (current != null)
        {
            current.open = false;
            current = null;
        }
    }

    private void closeCurrentIfStarted()
    {
        if (current != null && current.count() > 0)
        {
            closeCurrent();
        }
    }

    private Orphan<R> newOrphan(int line)
    {
        if (orphans.size() >= MAX_ORPHANS)
        {
            return null;
        }
        Orphan<R> o = new Orphan<>(lastRow, line);
        orphans.add(o);
        awaitingNext.add(o);
        orphan = o;
        return o;
    }

    private void closeOrphan()
    {
        orphan = null;
    }

    /** The key of a cell's text; labels repeat row after row, so keys are kept (a bounded cache). */
    private String keyOf(String raw)
    {
        String k = keyCache.get(raw);
        if (k == null)
        {
            k = CellText.key(raw);
            if (keyCache.size() >= MAX_CACHE)
            {
                keyCache.clear();
            }
            keyCache.put(raw, k);
        }
        return k;
    }

    /** The row of a label, else of the label without its bracketed notes ("规章（设区的市…应提供相关数据）"). */
    private R matchWithoutNotes(String key, String raw)
    {
        R id = match(key);
        if (id == null && raw.length() > 2 && (raw.indexOf('(') > 0 || raw.indexOf('（') > 0))
        {
            String stripped = keyOf(CellText.withoutNotes(raw));
            if (!stripped.isEmpty() && !stripped.equals(key))
            {
                id = match(stripped);
            }
        }
        return id;
    }

    private R match(String key)
    {
        Object cached = matchCache.get(key);
        R id;
        if (cached == null)
        {
            id = spec.match(key, null);
            if (matchCache.size() >= MAX_CACHE)
            {
                matchCache.clear();
            }
            matchCache.put(key, id == null ? NO_MATCH : id);
        }
        else
        {
            @SuppressWarnings("unchecked")
            R r = cached == NO_MATCH ? null : (R) cached;
            id = r;
        }
        // Labels whose meaning depends on the row before them (a bare 总计) are not cached.
        return id != null ? id : lastRow == null ? null : spec.match(key, lastRow);
    }

    // ---- results

    /**
     * The rows of the table: those of the stretch that holds most of them (a sentence of 总体情况 that looks like a
     * row does not shadow the table), completed by rows only other stretches hold (a table broken by a page footer).
     */
    private Map<R, Row<R>> rows()
    {
        if (merged != null)
        {
            return merged;
        }
        merged = new EnumMap<>(type);
        bestRegion = -1;
        int bestCount = -1;
        for (int i = 0; i < regionRows.size(); i++)
        {
            if (regionRows.get(i).isEmpty())
            {
                continue;
            }
            int count = 0;
            for (Row<R> r : regionRows.get(i).values())
            {
                if (!r.isEmpty())
                {
                    count++;
                }
            }
            if (count > bestCount)
            {
                bestCount = count;
                bestRegion = i;
            }
        }
        if (bestRegion >= 0)
        {
            merged.putAll(regionRows.get(bestRegion));
        }
        for (Map<R, Row<R>> rows : regionRows)
        {
            for (Row<R> r : rows.values())
            {
                Row<R> have = merged.get(r.id);
                if (have == null || (have.isEmpty() && !r.isEmpty()))
                {
                    merged.put(r.id, r);
                }
            }
        }
        return merged;
    }

    /** Whether the table's header was seen or a row was read with something in it. */
    boolean found()
    {
        if (structureSeen)
        {
            return true;
        }
        for (Row<R> r : rows().values())
        {
            if (!r.isEmpty())
            {
                return true;
            }
        }
        return false;
    }

    boolean has(R id)
    {
        return rows().containsKey(id);
    }

    /** Whether the row was read with at least one number. */
    boolean hasNumber(R id)
    {
        Row<R> r = rows().get(id);
        if (r == null)
        {
            return false;
        }
        for (Cell c : cells(r, Math.max(spec.width(id), 1)))
        {
            if (c.isNumber())
            {
                return true;
            }
        }
        return false;
    }

    /** The line where each row read starts. */
    Map<R, Integer> rowLines()
    {
        Map<R, Integer> lines = new HashMap<>();
        rows().forEach((id, row) -> lines.put(id, row.line));
        return lines;
    }

    /** Line where the table starts: the start of the stretch that holds most of its rows. */
    int startLine()
    {
        Map<R, Row<R>> rows = rows();
        int best = bestRegion;
        if (best < 0)
        {
            for (int start : regionStarts)
            {
                if (start > 0)
                {
                    return start;
                }
            }
            return 0;
        }
        int start = regionStarts.get(best);
        if (start <= 0)
        {
            for (Row<R> r : rows.values())
            {
                if (r.region == best && (start <= 0 || r.line < start))
                {
                    start = r.line;
                }
            }
        }
        return Math.max(start, 0);
    }

    /**
     * The cells of every row of {@code order} (a format's rows in template order), {@code width} of them per row;
     * orphan values are given to a missing row when it is the only missing row between the rows read around them.
     */
    Map<R, List<Cell>> resolve(List<R> order, ToIntFunction<R> width)
    {
        Map<R, List<Cell>> out = new HashMap<>();
        Map<R, Row<R>> rows = rows();
        for (R id : order)
        {
            Row<R> r = rows.get(id);
            if (r != null)
            {
                out.put(id, cells(r, width.applyAsInt(id)));
            }
        }
        Map<String, List<Orphan<R>>> gaps = new HashMap<>();
        for (Orphan<R> o : orphans)
        {
            gaps.computeIfAbsent(o.after + "|" + o.before, g -> new ArrayList<>()).add(o);
        }
        for (List<Orphan<R>> inGap : gaps.values())
        {
            List<Orphan<R>> usable = new ArrayList<>();
            for (Orphan<R> o : inGap)
            {
                if (o.after != null)
                {
                    usable.add(o);
                }
            }
            if (usable.size() != 1)
            {
                continue;
            }
            Orphan<R> o = usable.get(0);
            int from = order.indexOf(o.after);
            int to = o.before == null ? order.size() : order.indexOf(o.before);
            if (from < 0 || to < 0 || to <= from)
            {
                continue;
            }
            R missing = null;
            int count = 0;
            for (int i = from + 1; i < to; i++)
            {
                if (!out.containsKey(order.get(i)))
                {
                    missing = order.get(i);
                    count++;
                }
            }
            if (count > 1)
            {
                fillConsecutive(o, order, from, to, out, width);
                continue;
            }
            if (count != 1)
            {
                continue;
            }
            int w = width.applyAsInt(missing);
            int filled = 0;
            for (Cell c : o.cells)
            {
                if (c.kind() != CellKind.BLANK)
                {
                    filled++;
                }
            }
            if (o.cells.size() > w || filled * 2 < w)
            {
                continue;
            }
            List<Cell> cells = new ArrayList<>(w);
            for (int i = 0; i < w; i++)
            {
                cells.add(i < o.cells.size() ? o.cells.get(i) : Cell.BLANK);
            }
            out.put(missing, cells);
        }
        return out;
    }

    /**
     * Values that exactly fill several missing rows in a row (the labels of a whole group lost, e.g. the eight
     * （三）不予公开 sub-rows of a page that kept only the group cell): given to them in template order.
     */
    private static <R> void fillConsecutive(Orphan<R> o, List<R> order, int from, int to, Map<R, List<Cell>> out,
            ToIntFunction<R> width)
    {
        int total = 0;
        for (int i = from + 1; i < to; i++)
        {
            if (!out.containsKey(order.get(i)))
            {
                total += width.applyAsInt(order.get(i));
            }
        }
        if (o.cells.size() != total)
        {
            return;
        }
        int k = 0;
        for (int i = from + 1; i < to; i++)
        {
            R row = order.get(i);
            if (!out.containsKey(row))
            {
                int w = width.applyAsInt(row);
                out.put(row, new ArrayList<>(o.cells.subList(k, k + w)));
                k += w;
            }
        }
    }

    /**
     * The values of a row as written, for the digit-run reader ({@link DigitRuns}): the stream values in order, or the
     * one filled field of a grid row after its label; null when the row was not read or its positions are proven by
     * several filled fields.
     */
    List<Cell> writtenValues(R id)
    {
        Row<R> r = rows().get(id);
        if (r == null)
        {
            return null;
        }
        if (r.grid == null || !r.cells.isEmpty())
        {
            return List.copyOf(r.cells);
        }
        List<Cell> filled = new ArrayList<>();
        for (int i = r.labelIndex + 1; i < r.grid.length; i++)
        {
            if (!r.grid[i].isEmpty())
            {
                filled.add(CellText.parse(r.grid[i]));
            }
        }
        return filled.size() == 1 ? filled : null;
    }

    /** Whether any row read shows digits run together beyond doubt ({@link DigitRuns#isDefiniteRun}). */
    boolean hasDefiniteRun(ToIntFunction<R> width)
    {
        for (Row<R> r : rows().values())
        {
            List<Cell> values = writtenValues(r.id);
            if (values != null && DigitRuns.isDefiniteRun(values, width.applyAsInt(r.id)))
            {
                return true;
            }
        }
        return false;
    }

    /** The n cells of a row: grid fields at their proven positions, or stream values in order, blank-padded. */
    private List<Cell> cells(Row<R> r, int n)
    {
        List<Cell> out = new ArrayList<>(n);
        if (r.grid != null && r.cells.isEmpty())
        {
            String[] f = r.grid;
            int end = trimmedEnd(f, r.labelIndex + 1);
            int start = r.labelIndex + 1;
            int usual = usualValueStart();
            if (usual > start && usual < end && allEmpty(f, start, usual))
            {
                start = usual; // the label spans merged columns on this row (seed 001 "(七) 总计\t\t0…")
            }
            while (end - start > n && start < end && f[start].isEmpty())
            {
                start++;
            }
            for (int i = start; i < start + n; i++)
            {
                out.add(i < end ? CellText.parse(f[i]) : Cell.BLANK);
            }
            return out;
        }
        for (int i = 0; i < n; i++)
        {
            out.add(i < r.cells.size() ? r.cells.get(i) : Cell.BLANK);
        }
        return out;
    }

    private int usualValueStart()
    {
        int best = -1;
        for (int i = 0; i < valueStart.length; i++)
        {
            if (valueStart[i] > 0 && (best < 0 || valueStart[i] > valueStart[best]))
            {
                best = i;
            }
        }
        return best;
    }

    private static boolean allEmpty(String[] f, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!f[i].isEmpty())
            {
                return false;
            }
        }
        return true;
    }
}
