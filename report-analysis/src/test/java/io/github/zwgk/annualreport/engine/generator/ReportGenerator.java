package io.github.zwgk.annualreport.engine.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.zwgk.annualreport.engine.generator.GeneratedReport.Expected;
import io.github.zwgk.annualreport.engine.generator.GeneratedReport.Place;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * Generates random reports whose tables are consistent as the template requires (国办公开办函〔2019〕60号 and 〔2021〕30号
 * 附件; FORMAT.md §6 R1, R3, R4, R5): both formats, all-zero tables of small agencies, sparse small figures, the large
 * figures of aggregated reports, 不适用 marks, a 2021 表三 that keeps the 2019 row （六）其他处理, and optionally one
 * injected defect — a cell changed so that sums fail, or a blank cell — with the findings it must produce.
 */
public final class ReportGenerator
{
    /** How big a report's figures are. */
    enum Scale
    {
        /** A small agency with no application: every count 0. */
        ZERO,
        /** A department: a few small figures. */
        SMALL,
        /** An aggregated report of a county or city: many figures, up to tens of thousands. */
        LARGE
    }

    private static final String[] AGENCIES = {"石泉县人民政府办公室", "滑县人力资源和社会保障局", "某某市自然资源和规划局",
        "某某区市场监督管理局", "某某镇人民政府", "某某县人民政府", "某某市生态环境局", "某某区教育局", "某某街道办事处"};

    private final Random random;
    private final long seed;
    private Scale scale;

    private ReportGenerator(long seed)
    {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * The report of a seed.
     *
     * @param seed   the seed
     * @param defect whether to inject one defect
     * @param marks  whether 不适用 marks may stand in zero cells (they make the report VALID_WITH_WARNINGS)
     */
    public static GeneratedReport generate(long seed, boolean defect, String[] marks, boolean blanks)
    {
        return new ReportGenerator(seed).report(defect, marks, blanks);
    }

    /** 不适用 marks as reports write them. */
    public static final String[] MARKS = {"—", "/", "-", "——", "无", "不适用"};
    /** The marks that stay a mark when digits run together around them (an ASCII '-' before digits reads as a sign). */
    public static final String[] RUN_MARKS = {"—", "/", "——"};

    private GeneratedReport report(boolean withDefect, String[] marks, boolean blanks)
    {
        int year = 2019 + random.nextInt(7);
        TemplateFormat format = TemplateFormat.expectedFor(year);
        boolean singleOther = format == TemplateFormat.FORMAT_2021 && random.nextInt(8) == 0;
        int s = random.nextInt(20);
        scale = s < 5 ? Scale.ZERO : s < 13 ? Scale.SMALL : Scale.LARGE;
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];

        Map<Table2Row, List<Cell>> t2 = table2(format);
        List<Table3Row> rows = rows3(format, singleOther);
        Map<Table3Row, List<Cell>> t3 = table3(rows);
        List<Cell> t4 = table4();
        if (marks.length > 0 && random.nextInt(6) == 0)
        {
            addMarks(t2, t3, t4, marks);
        }
        String defect = "";
        Place blank = null;
        Place at = null;
        List<Expected> expected = new ArrayList<>();
        for (int attempt = 0; withDefect && expected.isEmpty(); attempt++)
        {
            if (attempt == 50)
            {
                throw new IllegalStateException("no defect breaks a relation in report " + seed);
            }
            Map<Table2Row, List<Cell>> t2d = copy(t2);
            Map<Table3Row, List<Cell>> t3d = copy(t3);
            List<Cell> t4d = new ArrayList<>(t4);
            int kind = random.nextInt(blanks ? 10 : 6);
            blank = null;
            if (kind < 4)
            {
                at = changeTable3(t3d, rows);
                defect = "changed " + at;
            }
            else if (kind < 6)
            {
                at = changeTable4(t4d);
                defect = "changed " + at;
            }
            else
            {
                blank = blankCell(t2d, t3d, t4d);
                at = blank;
                defect = "blank " + blank;
            }
            // a change next to a 不适用 mark breaks no relation the rules can check: try another
            expected.addAll(brokenRelations(t3d, rows, t4d));
            if (blank != null)
            {
                String column = blank.table() == TableId.T3 ? Table3Column.values()[blank.column()].name()
                        : blank.table() == TableId.T4 ? Table4Column.values()[blank.column()].name()
                        : Table2Row.valueOf(blank.row()).columns(format).get(blank.column()).name();
                expected.add(new Expected(RuleCode.CELL_MISSING, blank.table(), blank.table() == TableId.T4 ? "CASES"
                        : blank.row(), column));
            }
            if (!expected.isEmpty())
            {
                t2 = t2d;
                t3 = t3d;
                t4 = t4d;
            }
        }
        return new GeneratedReport(seed, year, format, singleOther, agency, t2, t3, t4, defect, at, blank != null,
                expected);
    }

    private static <R> Map<R, List<Cell>> copy(Map<R, List<Cell>> m)
    {
        Map<R, List<Cell>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    // ---- figures

    /** A count for a cell, as the report's scale makes it likely; {@code weight} lowers the odds of a non-zero. */
    private long count(double weight)
    {
        return switch (scale)
        {
            case ZERO -> 0;
            case SMALL -> random.nextDouble() < 0.3 * weight ? 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 9) : 0;
            case LARGE -> random.nextDouble() < 0.65 * weight ? large() : 0;
        };
    }

    private long large()
    {
        int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 5 : 3);
        long max = (long) Math.pow(10, digits);
        return 1 + (long) (random.nextDouble() * (max - 1));
    }

    private Map<Table2Row, List<Cell>> table2(TemplateFormat format)
    {
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        for (Table2Row r : Table2Row.rows(format))
        {
            int n = r.columns(format).size();
            List<Cell> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
            {
                var column = r.columns(format).get(i);
                if (column.isAmount())
                {
                    cells.add(amount());
                }
                else if (column.maySigned())
                {
                    long v = count(1) - (random.nextInt(3) == 0 ? count(1) : 0);
                    cells.add(Cell.number(v));
                }
                else
                {
                    cells.add(Cell.number(r == Table2Row.REGULATIONS ? count(0.2) : count(1)));
                }
            }
            t2.put(r, cells);
        }
        return t2;
    }

    /** An amount in 万元: 0, or a decimal with up to four places ("924.19", "4068.208"). */
    private Cell amount()
    {
        if (scale == Scale.ZERO || random.nextInt(3) == 0)
        {
            return Cell.number(0);
        }
        BigDecimal v = BigDecimal.valueOf(random.nextDouble() * (scale == Scale.LARGE ? 50000 : 50))
                .setScale(random.nextInt(5), RoundingMode.HALF_UP);
        if (v.signum() == 0)
        {
            return Cell.number(0);
        }
        return Cell.number(v, v.toPlainString());
    }

    static List<Table3Row> rows3(TemplateFormat format, boolean singleOther)
    {
        List<Table3Row> out = new ArrayList<>();
        for (Table3Row r : Table3Row.rows(format))
        {
            if (singleOther && r == Table3Row.OTHER_NO_CORRECTION)
            {
                out.add(Table3Row.OTHER_PROCESSING);
            }
            else if (!singleOther || (r != Table3Row.OTHER_FEE_UNPAID && r != Table3Row.OTHER_OTHER))
            {
                out.add(r);
            }
        }
        return out;
    }

    /** Consistent per applicant column: outcomes, （七）= their sum, 结转下年度, 上年结转, 一 = （七）+ 四 − 二; 总计 = the row's sum. */
    private Map<Table3Row, List<Cell>> table3(List<Table3Row> rows)
    {
        Map<Table3Row, long[]> v = new LinkedHashMap<>();
        for (Table3Row r : rows)
        {
            v.put(r, new long[7]);
        }
        for (int a = 0; a < 6; a++)
        {
            double weight = a == 0 ? 1 : a == 5 ? 0.4 : 0.15;
            long total = 0;
            for (Table3Row r : rows)
            {
                if (r.isOutcome())
                {
                    double w = r == Table3Row.DISCLOSED || r == Table3Row.UNAVAILABLE_NOT_HELD ? weight * 1.5 : weight * 0.5;
                    long x = count(w);
                    v.get(r)[a] = x;
                    total += x;
                }
            }
            v.get(Table3Row.TOTAL)[a] = total;
            long forward = count(weight * 0.5) / 3;
            long over = Math.min(count(weight * 0.5) / 3, total + forward);
            v.get(Table3Row.CARRIED_FORWARD)[a] = forward;
            v.get(Table3Row.CARRIED_OVER)[a] = over;
            v.get(Table3Row.NEW)[a] = total + forward - over;
        }
        Map<Table3Row, List<Cell>> t3 = new LinkedHashMap<>();
        for (Table3Row r : rows)
        {
            long[] row = v.get(r);
            long sum = 0;
            for (int a = 0; a < 6; a++)
            {
                sum += row[a];
            }
            row[6] = sum;
            List<Cell> cells = new ArrayList<>(7);
            for (long x : row)
            {
                cells.add(Cell.number(x));
            }
            t3.put(r, cells);
        }
        return t3;
    }

    private List<Cell> table4()
    {
        List<Cell> cells = new ArrayList<>(15);
        for (int g = 0; g < 3; g++)
        {
            long sum = 0;
            for (int i = 0; i < 4; i++)
            {
                long x = scale == Scale.ZERO ? 0 : count(g == 0 ? 0.6 : 0.3) / (scale == Scale.LARGE ? 20 : 2);
                sum += x;
                cells.add(Cell.number(x));
            }
            cells.add(Cell.number(sum));
        }
        return cells;
    }

    /** One to three zero cells written as a 不适用 mark ("—", "/", …): the report stays consistent, with a warning. */
    private void addMarks(Map<Table2Row, List<Cell>> t2, Map<Table3Row, List<Cell>> t3, List<Cell> t4, String[] marks)
    {
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n * 5 && n > 0; k++)
        {
            List<Cell> row = pickRow(t2, t3, t4);
            int i = random.nextInt(row.size());
            if (row.get(i).isNumber() && row.get(i).value().signum() == 0)
            {
                row.set(i, Cell.notApplicable(marks[random.nextInt(marks.length)]));
                n--;
            }
        }
    }

    private List<Cell> pickRow(Map<Table2Row, List<Cell>> t2, Map<Table3Row, List<Cell>> t3, List<Cell> t4)
    {
        int t = random.nextInt(10);
        if (t < 2)
        {
            List<List<Cell>> rows = new ArrayList<>(t2.values());
            return rows.get(random.nextInt(rows.size()));
        }
        if (t < 9)
        {
            List<List<Cell>> rows = new ArrayList<>(t3.values());
            return rows.get(random.nextInt(rows.size()));
        }
        return t4;
    }

    // ---- defects

    private Place changeTable3(Map<Table3Row, List<Cell>> t3, List<Table3Row> rows)
    {
        for (int attempt = 0; ; attempt++)
        {
            Table3Row r = rows.get(random.nextInt(rows.size()));
            int c = random.nextInt(7);
            Cell cell = t3.get(r).get(c);
            if (!cell.isNumber() && attempt < 50)
            {
                continue;
            }
            long old = cell.isNumber() ? cell.value().longValue() : 0;
            long delta = 1 + random.nextInt(old > 100 ? 90 : 5);
            long now = old >= delta && random.nextBoolean() ? old - delta : old + delta;
            t3.get(r).set(c, Cell.number(now));
            return new Place(TableId.T3, r.name(), c);
        }
    }

    private Place changeTable4(List<Cell> t4)
    {
        for (int attempt = 0; ; attempt++)
        {
            int c = random.nextInt(15);
            if (!t4.get(c).isNumber() && attempt < 50)
            {
                continue;
            }
            long old = t4.get(c).isNumber() ? t4.get(c).value().longValue() : 0;
            long now = old + 1 + random.nextInt(4);
            t4.set(c, Cell.number(now));
            return new Place(TableId.T4, null, c);
        }
    }

    private Place blankCell(Map<Table2Row, List<Cell>> t2, Map<Table3Row, List<Cell>> t3, List<Cell> t4)
    {
        while (true)
        {
            int t = random.nextInt(10);
            if (t < 2)
            {
                List<Table2Row> rows = new ArrayList<>(t2.keySet());
                Table2Row r = rows.get(random.nextInt(rows.size()));
                int c = random.nextInt(t2.get(r).size());
                if (t2.get(r).get(c).kind() == CellKind.NUMBER)
                {
                    t2.get(r).set(c, Cell.BLANK);
                    return new Place(TableId.T2, r.name(), c);
                }
            }
            else if (t < 9)
            {
                List<Table3Row> rows = new ArrayList<>(t3.keySet());
                Table3Row r = rows.get(random.nextInt(rows.size()));
                int c = random.nextInt(7);
                if (t3.get(r).get(c).kind() == CellKind.NUMBER)
                {
                    t3.get(r).set(c, Cell.BLANK);
                    return new Place(TableId.T3, r.name(), c);
                }
            }
            else
            {
                int c = random.nextInt(15);
                if (t4.get(c).kind() == CellKind.NUMBER)
                {
                    t4.set(c, Cell.BLANK);
                    return new Place(TableId.T4, null, c);
                }
            }
        }
    }

    /** Every relation of R1, R3, R4, R5 the tables break, as the finding that names it (relations with a non-number are skipped, as the rules do). */
    static List<Expected> brokenRelations(Map<Table3Row, List<Cell>> t3, List<Table3Row> rows, List<Cell> t4)
    {
        List<Expected> out = new ArrayList<>();
        for (Table3Row r : rows)
        {
            List<Cell> c = t3.get(r);
            Long sum = sum(c.subList(0, 6));
            if (sum != null && c.get(6).isNumber() && sum != c.get(6).value().longValue())
            {
                out.add(new Expected(RuleCode.T3_ROW_SUM, TableId.T3, r.name(), Table3Column.TOTAL.name()));
            }
        }
        for (int col = 0; col < 7; col++)
        {
            List<Cell> outcomes = new ArrayList<>();
            for (Table3Row r : rows)
            {
                if (r.isOutcome())
                {
                    outcomes.add(t3.get(r).get(col));
                }
            }
            Long sum = sum(outcomes);
            Cell total = t3.get(Table3Row.TOTAL).get(col);
            if (sum != null && total.isNumber() && sum != total.value().longValue())
            {
                out.add(new Expected(RuleCode.T3_OUTCOME_SUM, TableId.T3, Table3Row.TOTAL.name(), Table3Column.values()[col].name()));
            }
            Long in = sum(List.of(t3.get(Table3Row.NEW).get(col), t3.get(Table3Row.CARRIED_OVER).get(col)));
            Long outSum = sum(List.of(total, t3.get(Table3Row.CARRIED_FORWARD).get(col)));
            if (in != null && outSum != null && !in.equals(outSum))
            {
                out.add(new Expected(RuleCode.T3_BALANCE, TableId.T3, null, Table3Column.values()[col].name()));
            }
        }
        for (int g = 0; g < 3; g++)
        {
            Long sum = sum(t4.subList(g * 5, g * 5 + 4));
            Cell total = t4.get(g * 5 + 4);
            if (sum != null && total.isNumber() && sum != total.value().longValue())
            {
                out.add(new Expected(RuleCode.T4_SUM, TableId.T4, "CASES", Table4Column.values()[g * 5 + 4].name()));
            }
        }
        return out;
    }

    private static Long sum(List<Cell> cells)
    {
        long s = 0;
        for (Cell c : cells)
        {
            if (!c.isNumber())
            {
                return null;
            }
            s += c.value().longValue();
        }
        return s;
    }
}
