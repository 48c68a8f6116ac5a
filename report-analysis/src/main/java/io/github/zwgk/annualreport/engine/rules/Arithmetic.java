package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.StatTable;

/**
 * Sums over canonical cells. An equation that involves a cell which is not a number is skipped (empty result): a blank
 * cell is not a zero, and it already earns CELL_MISSING / CELL_UNREADABLE.
 */
final class Arithmetic
{
    private Arithmetic()
    {
    }

    /** The sum of the cells when every one is a number. */
    static Optional<BigDecimal> sum(List<Cell> cells)
    {
        BigDecimal total = BigDecimal.ZERO;
        for (Cell c : cells)
        {
            if (c == null || !c.isNumber())
            {
                return Optional.empty();
            }
            total = total.add(c.value());
        }
        return Optional.of(total);
    }

    /** The value of a cell when it is a number. */
    static Optional<BigDecimal> value(Cell cell)
    {
        return cell != null && cell.isNumber() ? Optional.of(cell.value()) : Optional.empty();
    }

    static boolean equal(BigDecimal a, BigDecimal b)
    {
        return a.compareTo(b) == 0;
    }

    /** "83 + 42 + 0" — the parts as written, for messages. */
    static String terms(List<Cell> cells)
    {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells)
        {
            if (!sb.isEmpty())
            {
                sb.append(" + ");
            }
            sb.append(Labels.number(c.value()));
        }
        return sb.toString();
    }

    /** The location of a cell of a table, with the table's first line when known. */
    static <R extends Enum<R> & Labelled, C extends Enum<C> & Labelled> Location at(StatTable<R, C> table, R row, C column)
    {
        return Location.cell(table.table(), row, column).atLine(table.line());
    }
}
