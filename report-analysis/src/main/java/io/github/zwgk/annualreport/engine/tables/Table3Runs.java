package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Table3Row;

/**
 * Narrows the readings of 表三's run-together rows ({@link DigitRuns}) by the relations between rows that the template
 * states or implies, per column (国办公开办函〔2021〕30号 表三; FORMAT.md §6): 一 + 二 = （七）+ 四 (R1) and （七）= the sum
 * of the outcome rows read (R4; the 2019 single row （六）其他处理 counts when the table has it).
 * <p>
 * Every combination of the rows' readings is scored by the relations it breaks (a 不适用 mark counts as 0, as in
 * {@link DigitRuns}; a relation with a cell that is neither is not scored); the combinations that break fewest survive. A row is read when one
 * reading survives. When several survive, its disagreeing cells are AMBIGUOUS if the survivors break nothing, else
 * UNREADABLE: every reading of those digits then breaks a relation, so the figures cannot be right as written. At most
 * {@value #MAX_COMBINATIONS} combinations are scored; beyond that each row keeps its own readings. A row with too many
 * readings to list takes no part.
 */
final class Table3Runs
{
    static final int MAX_COMBINATIONS = 4096;
    private static final int COLUMNS = 7;

    private Table3Runs()
    {
    }

    /**
     * The final cells of the run-together rows.
     *
     * @param read     every row read, as its cells (run rows included, as read)
     * @param runs     the run-together rows and their readings
     * @param outcomes the outcome rows whose sum is （七）总计, as the table has them
     */
    static Map<Table3Row, List<Cell>> resolve(Map<Table3Row, List<Cell>> read, Map<Table3Row, DigitRuns.Readings> runs,
            List<Table3Row> outcomes)
    {
        List<Table3Row> ambiguous = new ArrayList<>();
        Map<Table3Row, List<Cell[]>> options = new EnumMap<>(Table3Row.class);
        long product = 1;
        for (Map.Entry<Table3Row, DigitRuns.Readings> e : runs.entrySet())
        {
            if (e.getValue().truncated())
            {
                continue; // too many readings to tell any cell: the row stays out of the relations
            }
            List<Cell[]> o = e.getValue().options();
            options.put(e.getKey(), o);
            if (o.size() > 1)
            {
                ambiguous.add(e.getKey());
                product = Math.min(Long.MAX_VALUE / 1024, product * o.size());
            }
        }
        Map<Table3Row, Cell[]> fixed = new EnumMap<>(Table3Row.class);
        for (Map.Entry<Table3Row, List<Cell>> e : read.entrySet())
        {
            if (!runs.containsKey(e.getKey()))
            {
                fixed.put(e.getKey(), e.getValue().toArray(new Cell[0]));
            }
        }
        for (Map.Entry<Table3Row, List<Cell[]>> e : options.entrySet())
        {
            if (e.getValue().size() == 1)
            {
                fixed.put(e.getKey(), e.getValue().get(0));
            }
        }

        Map<Table3Row, List<Cell[]>> surviving = new LinkedHashMap<>();
        int best = 0;
        if (!ambiguous.isEmpty() && product <= MAX_COMBINATIONS)
        {
            best = Integer.MAX_VALUE;
            int[] choice = new int[ambiguous.size()];
            List<int[]> bestChoices = new ArrayList<>();
            Map<Table3Row, Cell[]> current = new EnumMap<>(fixed);
            for (long k = 0; k < product; k++)
            {
                long rest = k;
                for (int i = 0; i < ambiguous.size(); i++)
                {
                    int size = options.get(ambiguous.get(i)).size();
                    choice[i] = (int) (rest % size);
                    rest /= size;
                    current.put(ambiguous.get(i), options.get(ambiguous.get(i)).get(choice[i]));
                }
                int broken = broken(current, outcomes);
                if (broken < best)
                {
                    best = broken;
                    bestChoices.clear();
                }
                if (broken == best)
                {
                    bestChoices.add(choice.clone());
                }
            }
            for (int i = 0; i < ambiguous.size(); i++)
            {
                List<Cell[]> kept = new ArrayList<>();
                List<Cell[]> all = options.get(ambiguous.get(i));
                boolean[] seen = new boolean[all.size()];
                for (int[] c : bestChoices)
                {
                    if (!seen[c[i]])
                    {
                        seen[c[i]] = true;
                        kept.add(all.get(c[i]));
                    }
                }
                surviving.put(ambiguous.get(i), kept);
            }
        }
        Map<Table3Row, List<Cell>> out = new EnumMap<>(Table3Row.class);
        for (Map.Entry<Table3Row, DigitRuns.Readings> e : runs.entrySet())
        {
            List<Cell[]> kept = surviving.getOrDefault(e.getKey(), e.getValue().options());
            out.put(e.getKey(), DigitRuns.cells(e.getValue(), kept, COLUMNS, best == 0));
        }
        return out;
    }

    /** How many of the per-column relations R1 and R4 the rows break (relations with a non-number are not counted). */
    static int broken(Map<Table3Row, Cell[]> rows, List<Table3Row> outcomes)
    {
        int broken = 0;
        for (int c = 0; c < COLUMNS; c++)
        {
            Long n = value(rows, Table3Row.NEW, c);
            Long o = value(rows, Table3Row.CARRIED_OVER, c);
            Long t = value(rows, Table3Row.TOTAL, c);
            Long f = value(rows, Table3Row.CARRIED_FORWARD, c);
            if (n != null && o != null && t != null && f != null && n + o != t + f)
            {
                broken++;
            }
            if (t != null)
            {
                long sum = 0;
                boolean all = true;
                for (Table3Row r : outcomes)
                {
                    Long v = value(rows, r, c);
                    if (v == null)
                    {
                        all = false;
                        break;
                    }
                    sum += v;
                }
                if (all && sum != t)
                {
                    broken++;
                }
            }
        }
        return broken;
    }

    /** A cell's value in the relations that choose the readings: a 不适用 mark counts as 0, as in {@link DigitRuns}. */
    private static Long value(Map<Table3Row, Cell[]> rows, Table3Row row, int column)
    {
        Cell[] cells = rows.get(row);
        if (cells == null || column >= cells.length || cells[column] == null)
        {
            return null;
        }
        Cell c = cells[column];
        return c.isNumber() ? Long.valueOf(c.value().longValue()) : c.kind() == CellKind.NOT_APPLICABLE ? Long.valueOf(0) : null;
    }
}
