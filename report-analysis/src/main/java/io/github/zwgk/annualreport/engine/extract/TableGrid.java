package io.github.zwgk.annualreport.engine.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays cells out on the table's grid the way HTML does: a cell spanning n columns gives its text then n-1 empty cells,
 * a cell spanning n rows leaves an empty cell at its column in the n-1 rows below. Every format therefore yields the
 * same column positions for the same table (the 表二/表三/表四 columns of the 国办公开办函〔2021〕30号 template).
 */
final class TableGrid
{
    /** Column spans and row spans above this are treated as 1 (a hostile colspan="100000" must not blow up). */
    static final int MAX_SPAN = 64;

    private final List<List<String>> rows = new ArrayList<>();
    /** column → rows still covered by a rowspan from above */
    private final TreeMap<Integer, Integer> pendingRowSpans = new TreeMap<>();
    /** columns whose rowspan was consumed in the current row */
    private final Set<Integer> consumed = new HashSet<>();
    private List<String> row;

    void startRow()
    {
        if (row != null)
        {
            endRow(); // <tr> without </tr>
        }
        row = new ArrayList<>();
        consumed.clear();
    }

    /** Adds a cell at the next free grid position. */
    void cell(String text, int colSpan, int rowSpan)
    {
        if (row == null)
        {
            startRow(); // a cell outside any <tr>
        }
        fillCoveredColumns(false);
        int cols = clamp(colSpan);
        int rowsDown = clamp(rowSpan);
        for (int i = 0; i < cols; i++)
        {
            if (rowsDown > 1)
            {
                pendingRowSpans.put(row.size(), rowsDown - 1);
                consumed.add(row.size()); // set by this row: counts from the next row on
            }
            row.add(i == 0 ? text : "");
        }
    }

    void endRow()
    {
        if (row == null)
        {
            return;
        }
        fillCoveredColumns(true);
        // a covered column that a wide cell of this row overlapped still counts this row
        pendingRowSpans.replaceAll((col, left) -> consumed.contains(col) ? left : left - 1);
        pendingRowSpans.values().removeIf(left -> left <= 0);
        rows.add(row);
        row = null;
    }

    List<List<String>> rows()
    {
        if (row != null)
        {
            endRow();
        }
        return rows;
    }

    /**
     * Puts an empty cell at each column covered by a rowspan from above, from the current position on: only the next
     * adjacent ones, or (at the end of a row) all remaining ones so the row keeps the table's width.
     */
    private void fillCoveredColumns(boolean toEnd)
    {
        while (true)
        {
            int col = row.size();
            Integer left = pendingRowSpans.get(col);
            if (left == null)
            {
                if (!toEnd)
                {
                    return;
                }
                Integer next = pendingRowSpans.ceilingKey(col);
                if (next == null)
                {
                    return;
                }
                while (row.size() < next)
                {
                    row.add("");
                }
                continue;
            }
            row.add("");
            consumed.add(col);
            if (left <= 1)
            {
                pendingRowSpans.remove(col);
            }
            else
            {
                pendingRowSpans.put(col, left - 1);
            }
        }
    }

    private static int clamp(int span)
    {
        return span < 1 || span > MAX_SPAN ? 1 : span;
    }
}
