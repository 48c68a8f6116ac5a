package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.List;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;

/**
 * Reads table 四 (政府信息公开行政复议、行政诉讼情况): after its header, one row of 15 values (行政复议, 行政诉讼未经复议直接起诉,
 * 行政诉讼复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 — 国办公开办函〔2019〕60号 and 〔2021〕30号 表四).
 * The values may stand on one grid line (positions proven), one per line, or spread over PDF lines.
 */
final class Table4Reader
{
    static final int WIDTH = 15;
    /** Stretches kept at most (bounded memory whatever the input); empty ones do not count. */
    static final int MAX_CANDIDATES = 64;
    private static final String[] HEADER_WORDS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "复议后起诉", "直接起诉"};

    /** One stretch of lines opened by a table 四 anchor. */
    static final class Candidate
    {
        int start;
        boolean header;
        final boolean armedByAnchor;
        final List<Cell> cells = new ArrayList<>(WIDTH);

        Candidate(int start, boolean armedByAnchor)
        {
            this.start = start;
            this.armedByAnchor = armedByAnchor;
        }

        boolean armed()
        {
            return header || armedByAnchor;
        }

        boolean done()
        {
            return cells.size() >= WIDTH;
        }

        int filled()
        {
            int n = 0;
            for (Cell c : cells)
            {
                if (c.kind() != CellKind.BLANK)
                {
                    n++;
                }
            }
            return n;
        }
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private Candidate current;
    /** Whether the line before was a cell closed by '|' ("0 |"). */
    private boolean pipedCells;

    /**
     * A new stretch. Values are read only after the header (结果维持 …) or when the anchor itself shows the table
     * (its heading after table 三): a sentence such as "无行政复议" in 总体情况 opens nothing.
     */
    void startRegion(int line, boolean armed)
    {
        endRegion();
        if (candidates.size() >= MAX_CANDIDATES)
        {
            current = null;
            return;
        }
        current = new Candidate(line, armed);
        candidates.add(current);
    }

    /**
     * Ends the stretch. One that showed neither header nor value is forgotten, so that a long overview naming 行政复议
     * in many sentences does not use up the {@value #MAX_CANDIDATES} stretches before the table comes.
     */
    void endRegion()
    {
        if (current != null && !current.header && current.filled() == 0)
        {
            candidates.remove(candidates.size() - 1);
        }
        current = null;
    }

    boolean done()
    {
        return current != null && current.done();
    }

    void markStart(int line)
    {
        if (current != null && current.start <= 0)
        {
            current.start = line;
        }
    }

    void accept(TableLine tl, int line)
    {
        if (current == null || current.done())
        {
            return;
        }
        switch (tl.kind())
        {
            case GRID -> grid(tl.fields());
            case STREAM ->
            {
                if (!tl.label().isEmpty())
                {
                    header(CellText.key(tl.label()));
                }
                if (current.armed())
                {
                    for (String v : tl.values())
                    {
                        add(CellText.parse(v));
                    }
                }
            }
            case EMPTY_CELL ->
            {
                // a lone "|" is an empty cell only where cells are written "text |" (see RowReader)
                if (current.armed() && !current.cells.isEmpty() && (!tl.piped() || pipedCells))
                {
                    add(Cell.BLANK);
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

    private void grid(String[] f)
    {
        int lastText = -1;
        for (int i = 0; i < f.length; i++)
        {
            if (!f[i].isEmpty() && !CellText.isValueLike(f[i]))
            {
                lastText = i;
                header(CellText.key(f[i]));
            }
        }
        if (!current.armed())
        {
            return;
        }
        int first = TableLine.firstFilled(f, lastText + 1);
        if (first < 0)
        {
            return;
        }
        int start = lastText + 1;
        if (current.cells.isEmpty() && f.length - start >= WIDTH)
        {
            // The whole row on one grid line (docx, HTML): its cells at their positions, blanks after the last field.
            while (f.length - start > WIDTH && f[start].isEmpty())
            {
                start++;
            }
            for (int i = start; i < start + WIDTH; i++)
            {
                add(i < f.length ? CellText.parse(f[i]) : Cell.BLANK);
            }
            return;
        }
        if (lastText >= 0)
        {
            start = first;
        }
        // A piece of the row (a Markdown or OCR table cut into narrower tables, "15 numbers under a 6-column header"):
        // every field of the piece is a cell, in order; the row goes on in the next piece.
        int end = f.length;
        while (end > first && f[end - 1].isEmpty() && lastText >= 0)
        {
            end--;
        }
        for (int i = start; i < end && !current.done(); i++)
        {
            add(CellText.parse(f[i]));
        }
    }

    private void header(String key)
    {
        for (String w : HEADER_WORDS)
        {
            if (key.contains(w))
            {
                current.header = true;
                return;
            }
        }
    }

    /** The values of the best stretch as written, for the digit-run reader ({@link DigitRuns}). */
    static List<Cell> writtenValues(Candidate c)
    {
        int end = c.cells.size();
        while (end > 0 && c.cells.get(end - 1).kind() == CellKind.BLANK)
        {
            end--;
        }
        return List.copyOf(c.cells.subList(0, end));
    }

    private void add(Cell c)
    {
        if (!current.done())
        {
            current.cells.add(c);
        }
    }

    /** The stretch that best shows the table: its header and the most values. */
    Candidate best()
    {
        Candidate best = null;
        for (Candidate c : candidates)
        {
            if (!c.header && c.filled() == 0)
            {
                continue;
            }
            if (best == null || score(c) > score(best))
            {
                best = c;
            }
        }
        return best;
    }

    private static int score(Candidate c)
    {
        return (c.header ? 100 : 0) + c.filled();
    }
}
