package io.github.zwgk.annualreport.engine.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One canonical table cell: its kind, its value when it is a number, and the text as written.
 *
 * @param kind  what the cell holds
 * @param value the number, only for {@link CellKind#NUMBER}
 * @param raw   the text as written in the report (empty for a blank cell)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(CellKind kind, BigDecimal value, String raw)
{
    public static final Cell BLANK = new Cell(CellKind.BLANK, null, "");

    public Cell
    {
        if (kind == null)
        {
            throw new IllegalArgumentException("kind");
        }
        if ((kind == CellKind.NUMBER) != (value != null))
        {
            throw new IllegalArgumentException("a NUMBER cell has a value, other kinds have none: " + kind + " " + value);
        }
        raw = raw == null ? "" : raw;
    }

    public static Cell number(BigDecimal value, String raw)
    {
        return new Cell(CellKind.NUMBER, value, raw);
    }

    public static Cell number(long value)
    {
        return new Cell(CellKind.NUMBER, BigDecimal.valueOf(value), Long.toString(value));
    }

    public static Cell notApplicable(String raw)
    {
        return new Cell(CellKind.NOT_APPLICABLE, null, raw);
    }

    public static Cell unreadable(String raw)
    {
        return new Cell(CellKind.UNREADABLE, null, raw);
    }

    public boolean isNumber()
    {
        return kind == CellKind.NUMBER;
    }
}
