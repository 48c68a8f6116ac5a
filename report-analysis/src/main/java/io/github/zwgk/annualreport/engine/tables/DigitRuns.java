package io.github.zwgk.annualreport.engine.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;

/**
 * Splits a table row whose digits run together ("640020470" for 64|0|0|2|0|4|70, text whose cell boundaries were lost)
 * into its cells, using only what the template guarantees inside the row: 表三 每行 总计 = the six applicant columns, 表四
 * each 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (国办公开办函〔2021〕30号 附件; FORMAT.md §6 R3, R5). A count is
 * written without leading zeros ("0" alone excepted) and has at most {@value #MAX_CELL_DIGITS} digits; a 不适用 mark
 * or a decimal standing among the digits is a cell of its own (a mark counts as 0 in the sums that choose the split,
 * as the template's "无则填 0" reads it; the cell stays a mark); values separated by spaces stay separate.
 * <p>
 * The search is bounded (at most {@value #MAX_NODES} steps and {@value #MAX_READINGS} readings per row): hostile input
 * costs a bounded time and ends "too many readings", never a blow-up. The readings of several rows are then narrowed
 * by the relations between rows ({@link Table3Runs}).
 */
final class DigitRuns
{
    /** Digits of one count at most (999 999 999). */
    static final int MAX_CELL_DIGITS = 9;
    /** Readings kept per row; more make the row "too many readings". */
    static final int MAX_READINGS = 256;
    /** Search steps per row. */
    static final int MAX_NODES = 100_000;

    /** Inside a row: the cell at {@code total} is the sum of the cells from {@code from} (inclusive) to {@code total}. */
    record RowSum(int from, int total)
    {
    }

    /**
     * The readings of one run-together row.
     *
     * @param options   every reading found, each {@code width} cells (fixed cells as written, split cells as numbers)
     * @param truncated whether the search stopped before seeing every reading
     * @param raw       the row's values as written, joined by spaces (for messages)
     */
    record Readings(List<Cell[]> options, boolean truncated, String raw)
    {
    }

    /**
     * One piece of a row as written: digits to split (with a sign for the first cell, a decimal part for the last:
     * "08.18" is 0 | 8.18), or a cell that stays whole.
     */
    private record Segment(String digits, boolean negative, String decimals, Cell fixed)
    {
        boolean splittable()
        {
            return digits != null;
        }
    }

    private DigitRuns()
    {
    }

    /**
     * Whether a row, as read, shows digits run together beyond doubt: a count written with a leading zero ("00",
     * "0020470"), or a single value with at least as many digits as the row has cells ({@code width} ≥ 5: 表三, 表四).
     */
    static boolean isDefiniteRun(List<Cell> cells, int width)
    {
        for (Cell c : cells)
        {
            String t = c.raw();
            if (t.length() >= 2 && t.charAt(0) == '0' && allDigits(t, 0))
            {
                return true;
            }
        }
        if (cells.size() == 1 && width >= 5)
        {
            String t = cells.get(0).raw();
            return t.length() >= width && allDigits(t, 0);
        }
        return false;
    }

    /**
     * Whether a row of a run-together table is to be split: fewer values than cells, every value made of digits and
     * 不适用 marks, and enough digits for the missing cells.
     *
     * @param signed whether a '-' or '+' before digits is a sign (only 2019 表二 本年增/减 may be negative); else it is a
     *               不适用 mark
     */
    static boolean isRun(List<Cell> cells, int width, boolean signed)
    {
        if (cells.isEmpty() || cells.size() >= width)
        {
            return false;
        }
        List<Segment> segments = segments(cells, signed);
        if (segments == null)
        {
            return false;
        }
        int most = 0;
        boolean splittable = false;
        for (Segment s : segments)
        {
            int m = Search.maxCells(s);
            most += m;
            splittable |= m >= 2;
        }
        return most >= width && segments.size() <= width
                && (segments.size() > cells.size() || (splittable && segments.size() < width));
    }

    /**
     * Whether a row of a run-together table is one run of values too short for its cells ("000——0" for seven): it
     * cannot be split, and reading it as written (one cell, the rest blank) would invent blanks.
     */
    static boolean isShortRun(List<Cell> cells, int width, boolean signed)
    {
        return width > 1 && cells.size() == 1 && CellText.isRunOfValues(cells.get(0).raw())
                && !isRun(cells, width, signed);
    }

    /** Every cell of a row that is one run of values too short to split: UNREADABLE with the run as written. */
    static List<Cell> unreadable(List<Cell> cells, int width)
    {
        List<Cell> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++)
        {
            out.add(Cell.unreadable(cells.get(0).raw()));
        }
        return out;
    }

    /** Every reading of a run-together row into {@code width} cells that satisfies the row's sums. */
    static Readings split(List<Cell> cells, int width, List<RowSum> sums, boolean signed)
    {
        StringBuilder raw = new StringBuilder();
        for (Cell c : cells)
        {
            if (!raw.isEmpty())
            {
                raw.append(' ');
            }
            raw.append(c.raw());
        }
        List<Segment> segments = segments(cells, signed);
        if (segments == null)
        {
            return new Readings(List.of(), false, raw.toString());
        }
        if (sums.size() == 1 && sums.get(0).from() == 0 && sums.get(0).total() == width - 1 && plainDigits(segments))
        {
            TotalFirst search = new TotalFirst(segments, width);
            search.run();
            return new Readings(search.readings, search.truncated, raw.toString());
        }
        Search search = new Search(segments, width, sums);
        search.run(0, 0, 0);
        return new Readings(search.readings, search.truncated, raw.toString());
    }

    private static boolean plainDigits(List<Segment> segments)
    {
        for (Segment s : segments)
        {
            if (!s.splittable() || s.negative() || s.decimals() != null)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * The search for a row whose last cell is the sum of all the others (表三): the total is a suffix of the digits, so
     * each length of it is tried first; the other cells then must add up to it, which bounds each of them (a part
     * never exceeds what is left of the total) and prunes almost every branch. Large figures (six-digit totals of an
     * aggregated report, 29 digits in a row) are read in a few hundred steps.
     */
    private static final class TotalFirst
    {
        private final String[] parts;
        private final String last;
        private final int width;
        private final int[] digitsAfter;
        private final Cell[] cells;
        final List<Cell[]> readings = new ArrayList<>();
        boolean truncated;
        private int nodes;
        private String[] segs;
        private long target;

        TotalFirst(List<Segment> segments, int width)
        {
            this.width = width;
            this.cells = new Cell[width];
            int n = segments.size();
            parts = new String[n - 1];
            for (int i = 0; i < n - 1; i++)
            {
                parts[i] = segments.get(i).digits();
            }
            last = segments.get(n - 1).digits();
            digitsAfter = new int[n + 1];
        }

        void run()
        {
            for (int k = 1; k <= Math.min(MAX_CELL_DIGITS, last.length()) && !truncated; k++)
            {
                int start = last.length() - k;
                if (k > 1 && last.charAt(start) == '0')
                {
                    continue;
                }
                segs = start > 0 ? append(parts, last.substring(0, start)) : parts;
                if (segs.length == 0)
                {
                    continue;
                }
                for (int i = segs.length - 1; i >= 0; i--)
                {
                    digitsAfter[i] = digitsAfter[i + 1] + segs[i].length();
                }
                digitsAfter[segs.length] = 0;
                target = Long.parseLong(last, start, last.length(), 10);
                cells[width - 1] = Cell.number(BigDecimal.valueOf(target), last.substring(start));
                parts(0, 0, 0, 0);
            }
        }

        private static String[] append(String[] a, String s)
        {
            String[] out = new String[a.length + 1];
            System.arraycopy(a, 0, out, 0, a.length);
            out[a.length] = s;
            return out;
        }

        private void parts(int seg, int pos, int cell, long partial)
        {
            if (truncated)
            {
                return;
            }
            if (++nodes > MAX_NODES)
            {
                truncated = true;
                return;
            }
            int m = width - 1;
            if (seg == segs.length)
            {
                if (cell == m && partial == target)
                {
                    if (readings.size() >= MAX_READINGS)
                    {
                        truncated = true;
                        return;
                    }
                    readings.add(cells.clone());
                }
                return;
            }
            String d = segs[seg];
            int left = d.length() - pos;
            for (int len = 1; len <= Math.min(MAX_CELL_DIGITS, left); len++)
            {
                if (len > 1 && d.charAt(pos) == '0')
                {
                    break;
                }
                long v = Long.parseLong(d, pos, pos + len, 10);
                if (partial + v > target)
                {
                    break;
                }
                boolean done = len == left;
                int cellsLeft = m - cell - 1;
                int segmentsLeft = segs.length - seg - 1 + (done ? 0 : 1);
                int digitsLeft = left - len + digitsAfter[seg + 1];
                long rest = target - partial - v;
                int maxDigits = rest == 0 ? 1 : Long.toString(rest).length();
                if (cellsLeft < segmentsLeft || digitsLeft < cellsLeft || digitsLeft > (long) cellsLeft * maxDigits
                        || (cellsLeft == 0 && rest != 0))
                {
                    continue;
                }
                cells[cell] = Cell.number(BigDecimal.valueOf(v), d.substring(pos, pos + len));
                parts(done ? seg + 1 : seg, done ? 0 : pos + len, cell + 1, partial + v);
            }
        }
    }

    /** The segments of the values as read, or null when a value is neither digits nor a mark nor a number. */
    private static List<Segment> segments(List<Cell> cells, boolean signed)
    {
        List<Segment> out = new ArrayList<>();
        for (Cell c : cells)
        {
            String t = c.raw();
            if (c.kind() == CellKind.NOT_APPLICABLE || t.indexOf(',') >= 0)
            {
                out.add(new Segment(null, false, null, c)); // a mark, "1,234": one cell as written
                continue;
            }
            if (!splitMixed(t, signed, out))
            {
                return null;
            }
        }
        return out;
    }

    /**
     * "64—0020470" → digits "64", mark "—", digits "0020470"; "08.18" → digits "08" with the decimals ".18"; a '-' or
     * '+' right before digits is their sign when {@code signed}, else a mark.
     */
    private static boolean splitMixed(String t, boolean signed, List<Segment> out)
    {
        int i = 0;
        int n = t.length();
        while (i < n)
        {
            char c = t.charAt(i);
            boolean sign = signed && (c == '-' || c == '+') && i + 1 < n && isDigit(t.charAt(i + 1));
            if (isDigit(c) || sign)
            {
                int start = sign ? i + 1 : i;
                int j = start;
                while (j < n && isDigit(t.charAt(j)))
                {
                    j++;
                }
                String decimals = null;
                if (j + 1 < n && t.charAt(j) == '.' && isDigit(t.charAt(j + 1)))
                {
                    int k = j + 1;
                    while (k < n && isDigit(t.charAt(k)))
                    {
                        k++;
                    }
                    decimals = t.substring(j, k);
                }
                out.add(new Segment(t.substring(start, j), c == '-', decimals, null));
                i = decimals == null ? j : j + decimals.length();
                continue;
            }
            int j = i;
            if (CellText.isDash(c) || c == '+')
            {
                while (j < n && (CellText.isDash(t.charAt(j)) || t.charAt(j) == '+')
                        && !(signed && j + 1 < n && isDigit(t.charAt(j + 1))
                        && (t.charAt(j) == '-' || t.charAt(j) == '+')))
                {
                    j++;
                }
            }
            else if (c == '/' || c == '\\')
            {
                j++;
            }
            if (j == i)
            {
                return false; // a letter, a Chinese character: not a run of values
            }
            out.add(new Segment(null, false, null, Cell.notApplicable(t.substring(i, j))));
            i = j;
        }
        return true;
    }

    private static boolean allDigits(String t, int from)
    {
        if (t.length() <= from)
        {
            return false;
        }
        for (int i = from; i < t.length(); i++)
        {
            if (!isDigit(t.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    /** The depth-first search over cell boundaries. */
    private static final class Search
    {
        private final List<Segment> segments;
        private final int width;
        private final List<RowSum> sums;
        /** Fewest and most cells the segments from k on can give. */
        private final int[] minAfter;
        private final int[] maxAfter;
        private final int[] digitsAfter;
        private final long[] values;
        private final boolean[] numeric;
        private final Cell[] cells;
        final List<Cell[]> readings = new ArrayList<>();
        boolean truncated;
        private int nodes;

        Search(List<Segment> segments, int width, List<RowSum> sums)
        {
            this.segments = segments;
            this.width = width;
            this.sums = sums;
            int k = segments.size();
            minAfter = new int[k + 1];
            maxAfter = new int[k + 1];
            digitsAfter = new int[k + 1];
            for (int i = k - 1; i >= 0; i--)
            {
                Segment s = segments.get(i);
                minAfter[i] = minAfter[i + 1] + 1;
                maxAfter[i] = maxAfter[i + 1] + maxCells(s);
                digitsAfter[i] = digitsAfter[i + 1] + (s.splittable() ? s.digits().length() : 0);
            }
            values = new long[width];
            numeric = new boolean[width];
            cells = new Cell[width];
        }

        /** Digits give one cell per digit at most; a run of one dash repeated ("——") one mark or one per dash. */
        private static int maxCells(Segment s)
        {
            return s.splittable() ? s.digits().length() : repeatedDash(s.fixed()) ? s.fixed().raw().length() : 1;
        }

        private static boolean repeatedDash(Cell c)
        {
            String t = c.raw();
            if (c.kind() != CellKind.NOT_APPLICABLE || t.length() < 2 || !CellText.isDash(t.charAt(0)))
            {
                return false;
            }
            for (int i = 1; i < t.length(); i++)
            {
                if (t.charAt(i) != t.charAt(0))
                {
                    return false;
                }
            }
            return true;
        }

        /** Whether the cells left after this one can be filled by the segments from {@code next} on. */
        private boolean fits(int cellsLeft, int next, int extraMin, int extraMax)
        {
            return cellsLeft >= minAfter[next] + extraMin && cellsLeft <= maxAfter[next] + extraMax;
        }

        /**
         * @param seg  the segment being read
         * @param pos  position inside it (digits already given to cells)
         * @param cell the next cell to fill
         */
        void run(int seg, int pos, int cell)
        {
            if (truncated)
            {
                return;
            }
            if (++nodes > MAX_NODES)
            {
                truncated = true;
                return;
            }
            if (seg == segments.size())
            {
                if (cell == width && sumsHold())
                {
                    if (readings.size() >= MAX_READINGS)
                    {
                        truncated = true;
                        return;
                    }
                    readings.add(cells.clone());
                }
                return;
            }
            if (cell >= width)
            {
                return;
            }
            Segment s = segments.get(seg);
            if (!s.splittable())
            {
                int most = repeatedDash(s.fixed()) ? s.fixed().raw().length() : 1;
                for (int n = 1; n <= most && cell + n <= width; n++)
                {
                    if (!fits(width - cell - n, seg + 1, 0, 0))
                    {
                        continue;
                    }
                    boolean ok = true;
                    for (int i = 0; i < n && ok; i++)
                    {
                        Cell c = n == 1 ? s.fixed() : Cell.notApplicable(s.fixed().raw().substring(i, i + 1));
                        cells[cell + i] = c;
                        // a 不适用 mark counts as 0 in the sums that choose the split ("无则填 0"), so that where a
                        // mark stands is decided by the sums too; the cell itself stays a mark for the rules
                        numeric[cell + i] = c.isNumber() || c.kind() == CellKind.NOT_APPLICABLE;
                        values[cell + i] = c.isNumber() ? c.value().longValue() : 0;
                        ok = !forcedMismatch(cell + i);
                    }
                    if (ok)
                    {
                        run(seg + 1, 0, cell + n);
                    }
                }
                return;
            }
            String d = s.digits();
            int left = d.length() - pos;
            Long forced = forced(cell);
            int maxLength = Math.min(MAX_CELL_DIGITS, left);
            for (int len = 1; len <= maxLength; len++)
            {
                boolean segmentDone = len == left;
                int cellsAfter = width - cell - 1;
                int rest = left - len;
                // the rest of this segment (one cell or more, one per digit at most), then the segments after it
                boolean feasible = segmentDone ? fits(cellsAfter, seg + 1, 0, 0) : fits(cellsAfter, seg + 1, 1, rest);
                if (!feasible || rest + digitsAfter[seg + 1] > (long) cellsAfter * MAX_CELL_DIGITS)
                {
                    continue;
                }
                if (len > 1 && d.charAt(pos) == '0')
                {
                    break; // a leading zero: only "0" itself
                }
                long v = Long.parseLong(d, pos, pos + len, 10);
                boolean first = pos == 0;
                if (first && s.negative())
                {
                    v = -v;
                }
                if (forced != null && forced != v)
                {
                    continue;
                }
                values[cell] = v;
                numeric[cell] = true;
                String text = (first && s.negative() ? "-" : "") + d.substring(pos, pos + len);
                if (segmentDone && s.decimals() != null)
                {
                    // an amount (万元): its decimals end the segment; it takes part in no sum
                    text += s.decimals();
                    numeric[cell] = false;
                    if (forced != null)
                    {
                        continue;
                    }
                }
                cells[cell] = Cell.number(new BigDecimal(text), text);
                if (segmentDone)
                {
                    run(seg + 1, 0, cell + 1);
                }
                else
                {
                    run(seg, pos + len, cell + 1);
                }
                if (truncated)
                {
                    return;
                }
            }
        }

        /** The value a total cell must have (the sum of its parts, when all are numbers), or null. */
        private Long forced(int cell)
        {
            for (RowSum s : sums)
            {
                if (s.total() == cell)
                {
                    long sum = 0;
                    for (int i = s.from(); i < s.total(); i++)
                    {
                        if (!numeric[i])
                        {
                            return null;
                        }
                        sum += values[i];
                    }
                    return sum;
                }
            }
            return null;
        }

        private boolean forcedMismatch(int cell)
        {
            Long f = forced(cell);
            return f != null && numeric[cell] && values[cell] != f;
        }

        private boolean sumsHold()
        {
            for (RowSum s : sums)
            {
                if (s.total() >= width)
                {
                    continue;
                }
                Long f = forced(s.total());
                if (f != null && numeric[s.total()] && values[s.total()] != f)
                {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- results

    /**
     * The cells a row gets from the readings that survive: a cell all of them agree on is read; one they disagree on is
     * AMBIGUOUS (its candidate values listed) when {@code consistent}, else UNREADABLE; no reading at all leaves every
     * cell UNREADABLE with the run as written. When the search stopped before seeing every reading ({@code truncated})
     * no cell can be told: every cell is AMBIGUOUS without a list of candidates (too many to list), as is a cell where a
     * reading puts a 不适用 mark and another a number.
     *
     * @param consistent whether the surviving readings satisfy every relation they are part of
     */
    static List<Cell> cells(Readings r, List<Cell[]> surviving, int width, boolean consistent)
    {
        List<Cell> out = new ArrayList<>(width);
        if (surviving.isEmpty() && !r.truncated())
        {
            for (int i = 0; i < width; i++)
            {
                out.add(Cell.unreadable(r.raw()));
            }
            return out;
        }
        if (r.truncated())
        {
            for (int i = 0; i < width; i++)
            {
                out.add(Cell.ambiguous(r.raw(), List.of()));
            }
            return out;
        }
        for (int i = 0; i < width; i++)
        {
            Cell first = surviving.get(0)[i];
            boolean same = true;
            boolean marks = false;
            TreeSet<BigDecimal> values = new TreeSet<>();
            for (Cell[] option : surviving)
            {
                Cell c = option[i];
                same &= c.equals(first);
                if (c.isNumber())
                {
                    values.add(c.value());
                }
                else
                {
                    marks = true;
                }
            }
            if (same)
            {
                out.add(first);
            }
            else if (!consistent)
            {
                out.add(Cell.unreadable(r.raw()));
            }
            else
            {
                out.add(Cell.ambiguous(r.raw(), marks ? List.of() : List.copyOf(values)));
            }
        }
        return out;
    }
}
