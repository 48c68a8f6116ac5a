package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * One normalised line seen as table material: a grid row whose fields prove cell positions (TAB- or '|'-separated,
 * at least two filled fields), or a stream piece (one cell per line, or a PDF line of label text followed by values
 * separated by spaces), or a separator that carries no cell.
 *
 * @param kind   what the line is
 * @param fields GRID: every field, empty ones kept (their position is the proof); otherwise empty
 * @param label  STREAM: the leading label text ("" when the line holds only values)
 * @param values STREAM: the value tokens after the label, in order
 * @param piped  the line is one cell closed by '|' ("0 |", a lone "|"), as pages that write each {@code <td>} on a line
 *               of its own put them: there a lone "|" is an empty cell, not a separator
 */
record TableLine(Kind kind, String[] fields, String label, List<String> values, boolean piped)
{
    enum Kind
    {
        /** Nothing on the line. */
        BLANK,
        /** Separators only ("| |||", "\t\t\t", "|---|", a page number). */
        FILLER,
        /** One empty cell on its own line ("|" or a lone TAB). */
        EMPTY_CELL,
        /** Two or more filled fields separated by TAB or '|'. */
        GRID,
        /** Label text and/or values without proven positions. */
        STREAM
    }

    private static final String[] NO_FIELDS = new String[0];
    /** 不适用 marks written in words, which a label can have run into. */
    private static final String[] WORD_MARKS = {"不适用", "无"};
    private static final TableLine BLANK_LINE = new TableLine(Kind.BLANK, NO_FIELDS, "", List.of(), false);
    private static final TableLine FILLER_LINE = new TableLine(Kind.FILLER, NO_FIELDS, "", List.of(), false);
    private static final TableLine EMPTY_CELL_LINE = new TableLine(Kind.EMPTY_CELL, NO_FIELDS, "", List.of(), false);
    private static final TableLine EMPTY_PIPED_CELL_LINE = new TableLine(Kind.EMPTY_CELL, NO_FIELDS, "", List.of(), true);

    static TableLine of(String line)
    {
        if (line == null || line.isEmpty())
        {
            return BLANK_LINE;
        }
        boolean tab = line.indexOf('\t') >= 0;
        boolean pipe = !tab && line.indexOf('|') >= 0;
        if (!tab && !pipe)
        {
            if (line.isBlank())
            {
                return BLANK_LINE;
            }
            return isPageMarker(line) ? FILLER_LINE : stream(line, false);
        }
        if (pipe && isPipeRule(line))
        {
            return line.strip().equals("|") ? EMPTY_PIPED_CELL_LINE : FILLER_LINE;
        }
        String[] fields = split(line, tab ? '\t' : '|');
        if (pipe)
        {
            fields = withoutOuterPipes(line, fields);
        }
        int filled = 0;
        int only = -1;
        for (int i = 0; i < fields.length; i++)
        {
            fields[i] = fields[i].strip();
            if (!fields[i].isEmpty())
            {
                filled++;
                only = i;
            }
        }
        if (filled == 0)
        {
            // A lone TAB is the indentation of one empty cell (seed 004); several separators are filler.
            return tab && line.strip().isEmpty() && fields.length == 2 ? EMPTY_CELL_LINE : FILLER_LINE;
        }
        if (filled == 1)
        {
            return stream(fields[only], pipe && fields.length == 1 && line.strip().endsWith("|"));
        }
        return new TableLine(Kind.GRID, fields, "", List.of(), false);
    }

    /**
     * A Markdown row "| a | b |" has an empty field before its first and after its last '|': they are no cells (a row
     * "a |" of one cell per line has the trailing one only).
     */
    private static String[] withoutOuterPipes(String line, String[] fields)
    {
        String t = line.strip();
        int from = t.startsWith("|") && fields.length > 1 && fields[0].isBlank() ? 1 : 0;
        int to = t.endsWith("|") && fields.length - 1 > from && fields[fields.length - 1].isBlank()
                ? fields.length - 1 : fields.length;
        if (from == 0 && to == fields.length)
        {
            return fields;
        }
        String[] out = new String[to - from];
        System.arraycopy(fields, from, out, 0, to - from);
        return out;
    }

    /** Splits on one separator character, keeping empty fields (trailing ones too). */
    private static String[] split(String line, char sep)
    {
        int count = 1;
        for (int i = 0; i < line.length(); i++)
        {
            if (line.charAt(i) == sep)
            {
                count++;
            }
        }
        String[] out = new String[count];
        int from = 0;
        int k = 0;
        for (int i = 0; i < line.length(); i++)
        {
            if (line.charAt(i) == sep)
            {
                out[k++] = line.substring(from, i);
                from = i + 1;
            }
        }
        out[k] = line.substring(from);
        return out;
    }

    /** Label text followed by whitespace-separated value tokens ("1.属于国家秘密   0   0   0"). */
    private static TableLine stream(String text, boolean piped)
    {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n)
        {
            while (i < n && Character.isWhitespace(text.charAt(i)))
            {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)))
            {
                i++;
            }
            if (i > start)
            {
                tokens.add(text.substring(start, i));
            }
        }
        unglueValues(tokens);
        int k = valuesStart(tokens);
        String label = k == 0 ? "" : String.join(" ", tokens.subList(0, k));
        List<String> values = k == tokens.size() ? List.of() : List.copyOf(tokens.subList(k, tokens.size()));
        if (label.isEmpty() && values.isEmpty())
        {
            return BLANK_LINE;
        }
        return new TableLine(Kind.STREAM, NO_FIELDS, label, values, piped);
    }

    /**
     * A label written against its values ("一、本年新收政府信息公开申请数量640020470", "行政许可28364", "规章—00": text
     * whose spaces were lost) is two tokens: the label, then the digits (and 不适用 marks, signs) or the lone mark
     * ("行政处罚/") that end it. Only the
     * label's last token is looked at, and only when the values follow Chinese text or a closing bracket or quote and
     * are not a one-digit suffix of a short word that ends the line ("数据1", a generic column title).
     */
    private static void unglueValues(List<String> tokens)
    {
        int last = -1;
        for (int i = 0; i < tokens.size(); i++)
        {
            if (!CellText.isValueLike(tokens.get(i)))
            {
                last = i;
            }
        }
        if (last < 0)
        {
            return;
        }
        String t = tokens.get(last);
        for (String mark : WORD_MARKS)
        {
            // "行政许可不适用": a 不适用 mark in words against a label of two characters or more
            if (t.endsWith(mark) && t.length() > mark.length()
                    && CellText.key(t.substring(0, t.length() - mark.length())).length() >= 2
                    && endsLabel(t.charAt(t.length() - mark.length() - 1)))
            {
                tokens.set(last, t.substring(0, t.length() - mark.length()));
                tokens.add(last + 1, mark);
                return;
            }
        }
        int start = t.length();
        while (start > 0 && isValueChar(t.charAt(start - 1)))
        {
            start--;
        }
        int digits = 0;
        for (int i = start; i < t.length(); i++)
        {
            if (Character.isDigit(t.charAt(i)))
            {
                digits++;
            }
        }
        if (start == 0 || start == t.length() || (digits == 0 && !CellText.isMark(t.substring(start))))
        {
            return; // nothing but label text, or text ending in a '.' or ','
        }
        if (!endsLabel(t.charAt(start - 1)))
        {
            return;
        }
        String label = t.substring(0, start);
        if (start == t.length() - 1 && digits == 1 && CellText.key(label).length() < 4 && last == tokens.size() - 1)
        {
            return; // "数据1", "表3" ending the line; "规章0 0 0" has its other values after it
        }
        tokens.set(last, label);
        tokens.add(last + 1, t.substring(start));
    }

    /** A character a label ends with: Chinese text, a closing bracket or quote ("…不计其他情形）", "…一稳定”"). */
    private static boolean endsLabel(char c)
    {
        return CellText.isHan(c) || ")]）”\"'》】".indexOf(c) >= 0;
    }

    /** Digits, a decimal point or grouping comma, a sign, a 不适用 mark ("—", "/"). */
    private static boolean isValueChar(char c)
    {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '+' || c == '/' || CellText.isDash(c);
    }

    /**
     * Where the values of a space-separated line begin: at the first run of two value-like tokens (what follows is
     * values, Chinese text there included: "… 0 0 0 0 0 0 见附件" has an unreadable 7th cell), else at the value-like
     * tokens that end the line ("行政许可 28364"; "第 3 页" has none).
     */
    private static int valuesStart(List<String> tokens)
    {
        int n = tokens.size();
        boolean previous = false;
        for (int i = 0; i < n; i++)
        {
            boolean value = CellText.isValueLike(tokens.get(i));
            if (value && previous)
            {
                return i - 1;
            }
            previous = value;
        }
        int k = n;
        while (k > 0 && CellText.isValueLike(tokens.get(k - 1)))
        {
            k--;
        }
        return k;
    }

    /**
     * '|' lines made only of separators ("| |||") or of a text table's rule ("|---|:---:|"). A lone "- |" is a cell
     * holding a 不适用 mark, not a rule.
     */
    private static boolean isPipeRule(String line)
    {
        boolean rule = false;
        for (int i = 0; i < line.length(); i++)
        {
            char c = line.charAt(i);
            if (c == '-' || c == ':' || c == '=')
            {
                rule = true;
            }
            else if (c != '|' && !Character.isWhitespace(c))
            {
                return false;
            }
        }
        return !rule || line.contains("---") || line.contains("===");
    }

    /** A page number between dashes ("- 3 -", "—12—") as PDF text puts inside a table that spans pages. */
    private static boolean isPageMarker(String line)
    {
        String t = line.strip();
        if (t.length() < 3 || !CellText.isDash(t.charAt(0)) || !CellText.isDash(t.charAt(t.length() - 1)))
        {
            return false;
        }
        int digits = 0;
        for (int i = 1; i < t.length() - 1; i++)
        {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (!Character.isWhitespace(c))
            {
                return false;
            }
        }
        return digits > 0 && digits <= 4;
    }

    /** The index of the first non-empty field at or after {@code from}, or -1. */
    static int firstFilled(String[] fields, int from)
    {
        for (int i = Math.max(0, from); i < fields.length; i++)
        {
            if (!fields[i].isEmpty())
            {
                return i;
            }
        }
        return -1;
    }

    boolean isGrid()
    {
        return kind == Kind.GRID;
    }
}
