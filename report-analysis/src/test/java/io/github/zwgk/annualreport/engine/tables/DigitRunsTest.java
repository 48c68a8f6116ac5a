package io.github.zwgk.annualreport.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.fixtures.Growth;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Table3Row;

/** Splitting digits that run together by the sums the template guarantees, bounded whatever the input. */
class DigitRunsTest
{
    private static final List<DigitRuns.RowSum> T3_ROW = List.of(new DigitRuns.RowSum(0, 6));
    private static final List<DigitRuns.RowSum> T4_ROW = List.of(new DigitRuns.RowSum(0, 4), new DigitRuns.RowSum(5, 9),
            new DigitRuns.RowSum(10, 14));

    private static List<Cell> read(String... tokens)
    {
        List<Cell> cells = new ArrayList<>();
        for (String t : tokens)
        {
            cells.add(CellText.parse(t));
        }
        return cells;
    }

    private static List<String> readings(DigitRuns.Readings r)
    {
        List<String> out = new ArrayList<>();
        for (Cell[] option : r.options())
        {
            List<String> cells = new ArrayList<>();
            for (Cell c : option)
            {
                cells.add(c.isNumber() ? c.raw() : c.kind() + ":" + c.raw());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void splitsTheIssuesExampleOneWayOnly()
    {
        DigitRuns.Readings r = DigitRuns.split(read("640020470"), 7, T3_ROW, false);

        assertThat(readings(r)).containsExactly("64|0|0|2|0|4|70");
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void findsEveryReadingThatFitsTheRowSum()
    {
        assertThat(readings(DigitRuns.split(read("110000011"), 7, T3_ROW, false)))
                .containsExactlyInAnyOrder("11|0|0|0|0|0|11", "1|10|0|0|0|0|11");
        assertThat(readings(DigitRuns.split(read("0000000"), 7, T3_ROW, false))).containsExactly("0|0|0|0|0|0|0");
        assertThat(readings(DigitRuns.split(read("640020471"), 7, T3_ROW, false))).isEmpty();
    }

    @Test
    void keepsSpacesAndMarksAsCellBoundaries()
    {
        // "34 0000034": the space is a boundary the split respects; "—" is a cell of its own
        assertThat(readings(DigitRuns.split(read("34", "0000034"), 7, T3_ROW, false))).containsExactly("34|0|0|0|0|0|34");
        assertThat(readings(DigitRuns.split(read("0—00000"), 7, T3_ROW, false)))
                .containsExactly("0|NOT_APPLICABLE:—|0|0|0|0|0");
    }

    @Test
    void splitsTable4GroupByGroup()
    {
        assertThat(readings(DigitRuns.split(read("210140000000000"), 15, T4_ROW, false)))
                .containsExactly("2|1|0|1|4|0|0|0|0|0|0|0|0|0|0");
        assertThat(readings(DigitRuns.split(read("33000330000000000"), 15, T4_ROW, false)))
                .containsExactlyInAnyOrder("3|30|0|0|33|0|0|0|0|0|0|0|0|0|0", "33|0|0|0|33|0|0|0|0|0|0|0|0|0|0");
    }

    @Test
    void readsSignsOnlyWhereAColumnMayBeNegativeAndDecimalsAtTheEndOfARun()
    {
        // 2019 表二 行政许可: 上一年项目数量 4, 本年增/减 −3, 处理决定数量 0
        assertThat(readings(DigitRuns.split(read("4-30"), 3, List.of(), true))).containsExactly("4|-3|0");
        // 政府集中采购: 采购项目数量 0, 采购总金额 8.18
        assertThat(readings(DigitRuns.split(read("08.18"), 2, List.of(), false))).containsExactly("0|8.18");
    }

    @Test
    void tellsARunFromValuesWrittenApart()
    {
        assertThat(DigitRuns.isDefiniteRun(read("0000000"), 7)).isTrue();
        assertThat(DigitRuns.isDefiniteRun(read("1000001"), 7)).isTrue();
        assertThat(DigitRuns.isDefiniteRun(read("00"), 3)).isTrue();
        assertThat(DigitRuns.isDefiniteRun(read("34", "0", "0", "0", "0", "34"), 7)).isFalse();
        assertThat(DigitRuns.isDefiniteRun(read("28364"), 3)).isFalse();
        // a row with a blank cell written with spaces: fewer values, none longer than a cell
        assertThat(DigitRuns.isRun(read("4", "0", "0", "0", "0", "0"), 7, false)).isFalse();
        assertThat(DigitRuns.isRun(read("640020470"), 7, false)).isTrue();
    }

    @Test
    void givesUpOnHostileRunsInBoundedTimeAndSaysSo()
    {
        // 50 ones into 7 cells with no sum to check: thousands of readings; the search stops and says "too many"
        DigitRuns.Readings ones = DigitRuns.split(read("1".repeat(50)), 7, List.of(), false);
        assertThat(ones.truncated()).isTrue();
        assertThat(DigitRuns.cells(ones, ones.options(), 7, true)).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CellKind.AMBIGUOUS);
            assertThat(c.candidates()).isEmpty();
        });
        Growth.assertLinear("DigitRuns, hostile rows", 10, () -> hostile(10), () -> hostile(100));
    }

    private static void hostile(int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            DigitRuns.split(read("1".repeat(50)), 7, List.of(), false);
            DigitRuns.split(read("1".repeat(63)), 7, T3_ROW, false);
            DigitRuns.split(read("9".repeat(40) + "0".repeat(23)), 15, T4_ROW, false);
        }
    }

    @Test
    void narrowsTheReadingsOfSeveralRowsByTheRelationsBetweenRows()
    {
        // 一 and （七） split two ways alone; 一 + 二 = （七）+ 四 and the outcome sum keep one combination
        Map<Table3Row, List<Cell>> read = new EnumMap<>(Table3Row.class);
        Map<Table3Row, DigitRuns.Readings> runs = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.rows(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021))
        {
            read.put(r, read("0", "0", "0", "0", "0", "0", "0"));
        }
        read.put(Table3Row.DISCLOSED, read("11", "0", "0", "0", "0", "0", "11"));
        runs.put(Table3Row.NEW, DigitRuns.split(read("110000011"), 7, T3_ROW, false));
        runs.put(Table3Row.TOTAL, DigitRuns.split(read("110000011"), 7, T3_ROW, false));
        List<Table3Row> outcomes = Table3Row.outcomes(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021);

        Map<Table3Row, List<Cell>> out = Table3Runs.resolve(read, runs, outcomes);

        assertThat(out.get(Table3Row.NEW)).extracting(Cell::value).containsExactly(v(11), v(0), v(0), v(0), v(0), v(0), v(11));
        assertThat(out.get(Table3Row.TOTAL)).extracting(Cell::value).containsExactly(v(11), v(0), v(0), v(0), v(0), v(0), v(11));
    }

    @Test
    void leavesCellsAmbiguousWhenEveryRelationHoldsForSeveralCombinations()
    {
        Map<Table3Row, List<Cell>> read = new EnumMap<>(Table3Row.class);
        Map<Table3Row, DigitRuns.Readings> runs = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.rows(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021))
        {
            runs.put(r, DigitRuns.split(read(r == Table3Row.NEW || r == Table3Row.DISCLOSED || r == Table3Row.TOTAL
                    ? "110000011" : "0000000"), 7, T3_ROW, false));
        }

        Map<Table3Row, List<Cell>> out = Table3Runs.resolve(read, runs,
                Table3Row.outcomes(io.github.zwgk.annualreport.engine.model.TemplateFormat.FORMAT_2021));

        Cell natural = out.get(Table3Row.NEW).get(0);
        assertThat(natural.kind()).isEqualTo(CellKind.AMBIGUOUS);
        assertThat(natural.candidates()).containsExactly(v(1), v(11));
        assertThat(natural.raw()).isEqualTo("110000011");
        assertThat(out.get(Table3Row.NEW).get(6).value()).isEqualTo(v(11));
    }

    private static BigDecimal v(long x)
    {
        return BigDecimal.valueOf(x);
    }
}
