package io.github.zwgk.annualreport.engine.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * One generated report: its identity, its three tables as the template lays them out (cells as written: numbers,
 * blanks, 不适用 marks), the defect injected into it (if any) and the findings that defect must produce.
 *
 * @param seed           the seed it was generated from (to reproduce it alone)
 * @param year           the report year
 * @param format         the template format of its tables
 * @param singleOther    a 2021-format 表三 that keeps the 2019 row （六）其他处理
 * @param agency         the agency's name
 * @param t2             表二 rows in template order, each with the cells of its format's columns
 * @param t3             表三 rows in template order (the single 2019 row in place of the sub-rows when
 *                       {@code singleOther}), 7 cells each
 * @param t4             表四's 15 cells
 * @param defect         what was injected ("" for a clean report)
 * @param defectAt       the cell the defect changed or blanked (null for a clean report)
 * @param blankDefect    whether the defect is a blank cell
 * @param expected       the findings the defect must produce (every relation it breaks, or its CELL_MISSING)
 */
public record GeneratedReport(long seed, int year, TemplateFormat format, boolean singleOther, String agency,
        Map<Table2Row, List<Cell>> t2, Map<Table3Row, List<Cell>> t3, List<Cell> t4, String defect, Place defectAt,
        boolean blankDefect, List<Expected> expected)
{
    /** A cell of a table: row is a Table2Row/Table3Row name (null for 表四), column the index in the row. */
    public record Place(TableId table, String row, int column)
    {
    }

    /** A finding the report must have: its code, table, and the row and column ids where it points (null: any). */
    public record Expected(RuleCode code, TableId table, String row, String column)
    {
    }

    public GeneratedReport
    {
        t2 = copy(t2);
        t3 = copy(t3);
        t4 = List.copyOf(t4);
        expected = List.copyOf(expected);
    }

    private static <R> Map<R, List<Cell>> copy(Map<R, List<Cell>> m)
    {
        Map<R, List<Cell>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    public boolean clean()
    {
        return defect.isEmpty();
    }

    /** Whether any cell of the tables is a 不适用 mark. */
    public boolean hasMarks()
    {
        List<Cell> all = new ArrayList<>(t4);
        t2.values().forEach(all::addAll);
        t3.values().forEach(all::addAll);
        return all.stream().anyMatch(c -> c.kind() == io.github.zwgk.annualreport.engine.model.CellKind.NOT_APPLICABLE);
    }

    @Override
    public String toString()
    {
        return "report(seed " + seed + ", " + year + ", " + format.code() + (singleOther ? " with the 2019 row （六）" : "")
                + (clean() ? ", clean" : ", " + defect) + ")";
    }
}
