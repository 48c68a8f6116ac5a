package io.github.zwgk.annualreport.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Helpers shared by the table parser tests: seeds, an empty layout, and a compact way to write a row's cells. */
final class TableAssertions
{
    static final SectionLayout NO_LAYOUT = new SectionLayout(List.of(), Map.of());

    private TableAssertions()
    {
    }

    static String seed(String name)
    {
        try (InputStream in = TableAssertions.class.getResourceAsStream("/seeds/" + name))
        {
            assertThat(in).as("seed %s on the test classpath", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static ReportText text(String raw)
    {
        return ReportText.of(raw);
    }

    /**
     * The cells of a row written compactly, one token per column: a number as written, "_" for blank, "NA:x" for a
     * 不适用 mark x, "?:x" for unreadable text x, "~:a|b" for an ambiguous cell that may be a or b.
     */
    static List<String> tokens(StatTable<?, ?> table, Enum<?> row)
    {
        Map<?, Map<?, Cell>> rows = castRows(table);
        Map<?, Cell> cells = rows.get(row);
        assertThat(cells).as("row %s present in %s", row, table.table()).isNotNull();
        List<String> out = new ArrayList<>();
        for (Cell c : cells.values())
        {
            out.add(token(c));
        }
        return out;
    }

    static String token(Cell c)
    {
        return switch (c.kind())
        {
            case NUMBER -> c.value().toPlainString();
            case BLANK -> "_";
            case NOT_APPLICABLE -> "NA:" + c.raw();
            case UNREADABLE -> "?:" + c.raw();
            case AMBIGUOUS -> "~:" + String.join("|", c.candidates().stream().map(v -> v.toPlainString()).toList());
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<?, Map<?, Cell>> castRows(StatTable<?, ?> table)
    {
        return (Map<?, Map<?, Cell>>) (Map<?, ?>) table.rows();
    }

    /** Asserts a row's cells, e.g. {@code row(t3, NEW, "115 42 0 0 0 112 269")}. */
    static <R extends Enum<R> & Labelled> void row(StatTable<R, ?> table, R row, String expected)
    {
        assertThat(table.missingRows()).as("%s read", row).doesNotContain(row);
        assertThat(tokens(table, row)).as("cells of %s", row).containsExactly(expected.split(" "));
    }

    /** Every cell of the table is the number 0 (the seeds whose agencies had no applications). */
    static void allZero(StatTable<?, ?> table)
    {
        assertThat(table.missingRows()).isEmpty();
        for (Map<?, Cell> cells : castRows(table).values())
        {
            for (Cell c : cells.values())
            {
                assertThat(c.kind()).isEqualTo(CellKind.NUMBER);
                assertThat(c.value()).isZero();
            }
        }
    }
}
