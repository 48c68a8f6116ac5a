package io.github.zwgk.annualreport.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

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
 */
public record StatTable<R extends Enum<R> & Labelled, C extends Enum<C> & Labelled>(
        TableId table, boolean found, Map<R, Map<C, Cell>> rows, List<R> missingRows, int line)
{
    public StatTable
    {
        rows = rows == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        missingRows = missingRows == null ? List.of() : List.copyOf(missingRows);
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

    @JsonIgnore
    public boolean hasRow(R row)
    {
        return rows.containsKey(row) && !missingRows.contains(row);
    }
}
