package io.github.zwgk.annualreport.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One canonical statistical table: every expected row × column of its format, each a {@link Cell}. Rows the parser
 * could not find are listed in {@code missingRows} and hold blank cells; a table that was not found at all has
 * {@code found == false} and no rows.
 *
 * @param table       which table
 * @param found       whether the table was located in the report
 * @param rows        row id → (column id → cell), in template order
 * @param missingRows rows of the format that were not found (their cells are blank)
 * @param line        1-based line of the normalised text where the table starts, or 0 when not found
 * @param rowLines    1-based line where each row read starts (its label, or its values when the label was lost); a
 *                    finding's page is the page of its row's line (a table may run over pages)
 */
public record StatTable<R extends Enum<R> & Labelled, C extends Enum<C> & Labelled>(
        TableId table, boolean found, Map<R, Map<C, Cell>> rows, List<R> missingRows, int line,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<R, Integer> rowLines)
{
    public StatTable
    {
        rows = rows == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        missingRows = missingRows == null ? List.of() : List.copyOf(missingRows);
        rowLines = rowLines == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rowLines));
    }

    /** A table without row lines. */
    public StatTable(TableId table, boolean found, Map<R, Map<C, Cell>> rows, List<R> missingRows, int line)
    {
        this(table, found, rows, missingRows, line, null);
    }

    public static <R extends Enum<R> & Labelled, C extends Enum<C> & Labelled> StatTable<R, C> notFound(TableId table)
    {
        return new StatTable<R, C>(table, false, Map.<R, Map<C, Cell>>of(), List.<R>of(), 0);
    }

    /** The cell at row × column, or {@link Cell#BLANK} when the row or column is absent. */
    public Cell cell(R row, C column)
    {
        Map<C, Cell> r = rows.get(row);
        if (r == null)
        {
            return Cell.BLANK;
        }
        Cell c = r.get(column);
        return c == null ? Cell.BLANK : c;
    }

    /** The line where the row starts: its own line when it was read, else the table's; 0 when the table was not found. */
    public int lineOf(R row)
    {
        Integer l = row == null ? null : rowLines.get(row);
        return l != null && l > 0 ? l : line;
    }

    @JsonIgnore
    public boolean hasRow(R row)
    {
        return rows.containsKey(row) && !missingRows.contains(row);
    }
}
