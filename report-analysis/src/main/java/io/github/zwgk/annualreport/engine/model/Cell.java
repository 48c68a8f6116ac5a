package io.github.zwgk.annualreport.engine.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One canonical table cell: its kind, its value when it is a number, and the text as written.
 *
 * @param kind       what the cell holds
 * @param value      the number, only for {@link CellKind#NUMBER}
 * @param raw        the text as written in the report (empty for a blank cell; for an AMBIGUOUS cell the run of
 *                   digits it was read from)
 * @param candidates the values the cell may have, only for {@link CellKind#AMBIGUOUS}: ascending, at least two; empty
 *                   when they are too many to list (or one reading puts a 不适用 mark there)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(CellKind kind, BigDecimal value, String raw, List<BigDecimal> candidates)
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
        if ((kind == CellKind.AMBIGUOUS) != (candidates != null))
        {
            throw new IllegalArgumentException("an AMBIGUOUS cell has candidates, other kinds have none: " + kind);
        }
        raw = raw == null ? "" : raw;
        candidates = candidates == null ? null : List.copyOf(candidates);
    }

    /** A cell without candidates (every kind but AMBIGUOUS). */
    public Cell(CellKind kind, BigDecimal value, String raw)
    {
        this(kind, value, raw, null);
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

    /** Digits that split into this cell's values in several ways: see {@link CellKind#AMBIGUOUS}. */
    public static Cell ambiguous(String raw, List<BigDecimal> candidates)
    {
        return new Cell(CellKind.AMBIGUOUS, null, raw, candidates);
    }

    public boolean isNumber()
    {
        return kind == CellKind.NUMBER;
    }
}
