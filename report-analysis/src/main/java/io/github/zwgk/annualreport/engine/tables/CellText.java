package io.github.zwgk.annualreport.engine.tables;

import java.math.BigDecimal;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Reads the text of one table cell: a number, a 不适用 mark, blank, or something unreadable; and tells value-like
 * tokens from label text. Hand-written scanners, no regular expressions: every call is linear in the token length.
 */
final class CellText
{
    /** Tokens longer than this are never taken for a (garbled) value. */
    private static final int MAX_JUNK_VALUE_LENGTH = 12;

    private CellText()
    {
    }

    /**
     * The cell a written text stands for. Blank is {@link Cell#BLANK} (never 0); "—", "-", "/", "无", "不适用" are
     * NOT_APPLICABLE; "0", "924.19", "-3", "+2", "1,234" are numbers; anything else is UNREADABLE with its raw text
     * (an "O" written for 0 is not guessed into a number).
     */
    static Cell parse(String raw)
    {
        if (raw == null)
        {
            return Cell.BLANK;
        }
        String t = raw.strip();
        if (t.isEmpty())
        {
            return Cell.BLANK;
        }
        if (isMark(t))
        {
            return Cell.notApplicable(t);
        }
        BigDecimal n = number(t);
        if (n != null)
        {
            return Cell.number(n, t);
        }
        n = changeInWords(t);
        if (n != null)
        {
            return Cell.number(n, t);
        }
        return Cell.unreadable(t);
    }

    /**
     * "减4" / "增3": a change written in words, as 2019 表二 本年增/减 cells sometimes are (−4, +3); null for anything
     * else.
     */
    static BigDecimal changeInWords(String t)
    {
        if (t.length() < 2 || (t.charAt(0) != '减' && t.charAt(0) != '增'))
        {
            return null;
        }
        String rest = t.substring(1).strip();
        if (rest.isEmpty() || !isDigit(rest.charAt(0)))
        {
            return null;
        }
        BigDecimal n = number(rest);
        return n == null ? null : t.charAt(0) == '减' ? n.negate() : n;
    }

    /**
     * The text without the notes in brackets that follow it ("规章（设区的市、自治州人民政府应提供相关数据）" → "规章");
     * a bracket at the start (the numbering "（二）") is kept. For labels a report annotated.
     */
    static String withoutNotes(String s)
    {
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            boolean open = c == '(' || c == '（' || c == '[' || c == '【';
            boolean close = c == ')' || c == '）' || c == ']' || c == '】';
            if (open && (depth > 0 || !out.toString().isBlank()))
            {
                depth++;
                continue;
            }
            if (depth > 0)
            {
                if (close)
                {
                    depth--;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A 不适用 mark: dashes alone ("-", "—", "——"), slashes, "无", "不适用", "N/A". A signed number is not a mark. */
    static boolean isMark(String t)
    {
        switch (t)
        {
            case "无", "不适用", "/", "\\", "N/A", "n/a", "NA", "/ /", "//":
                return true;
            default:
                break;
        }
        if (t.length() > 4)
        {
            return false;
        }
        for (int i = 0; i < t.length(); i++)
        {
            if (!isDash(t.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    static boolean isDash(char c)
    {
        return c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2012' || c == '\u2010'
                || c == '\u2011' || c == '\u2500' || c == '\u2501' || c == '\uFF0D' || c == '~' || c == '\u2212';
    }

    /**
     * The number written in t, or null: optional sign, digits (optionally grouped by commas in threes), optional
     * decimal part. "1,234" → 1234; "0,0" and "1." are not numbers.
     */
    static BigDecimal number(String t)
    {
        if (!isNumber(t))
        {
            return null;
        }
        StringBuilder digits = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++)
        {
            char c = t.charAt(i);
            if (c == '\u2212')
            {
                digits.append('-');
            }
            else if (c != ',' && c != '+')
            {
                digits.append(c);
            }
        }
        return new BigDecimal(digits.toString());
    }

    /** Whether t is a number as {@link #number} reads it; allocation-free (called for every token). */
    static boolean isNumber(String t)
    {
        int len = t.length();
        int i = 0;
        if (len > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-' || t.charAt(0) == '\u2212'))
        {
            i = 1;
        }
        if (i >= len || !isDigit(t.charAt(i)))
        {
            return false;
        }
        int group = 0;
        boolean grouped = false;
        boolean firstGroup = true;
        for (; i < len; i++)
        {
            char c = t.charAt(i);
            if (isDigit(c))
            {
                group++;
            }
            else if (c == ',')
            {
                if ((firstGroup && group > 3) || (!firstGroup && group != 3) || group == 0)
                {
                    return false;
                }
                grouped = true;
                firstGroup = false;
                group = 0;
            }
            else
            {
                break;
            }
        }
        if (grouped && group != 3)
        {
            return false;
        }
        if (i == len)
        {
            return true;
        }
        if (t.charAt(i) != '.' || i + 1 >= len)
        {
            return false;
        }
        for (i++; i < len; i++)
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

    /**
     * Whether a token written where values stand looks like a value: a number, a 不适用 mark, or short non-Chinese
     * noise that stands where a number should ("O", "l0", "?"). Chinese text (other than the marks) and numbering such
     * as "1." or "(2)" are label text.
     */
    static boolean isValueLike(String token)
    {
        String t = token.strip();
        if (t.isEmpty())
        {
            return false;
        }
        if (isNumber(t) || isMark(t) || isRunOfValues(t) || changeInWords(t) != null)
        {
            return true;
        }
        if (t.length() > MAX_JUNK_VALUE_LENGTH || isNumbering(t))
        {
            return false;
        }
        boolean letterOrDigit = false;
        for (int i = 0; i < t.length(); i++)
        {
            char c = t.charAt(i);
            if (isHan(c))
            {
                return false;
            }
            if (Character.isLetterOrDigit(c) || c == '?')
            {
                letterOrDigit = true;
            }
        }
        return letterOrDigit;
    }

    /**
     * Values written together without spaces: digits with 不适用 marks or signs between them ("0134017000/0233000233",
     * "4-30", "—00"), at least two digits, no letter.
     */
    static boolean isRunOfValues(String t)
    {
        int digits = 0;
        for (int i = 0; i < t.length(); i++)
        {
            char c = t.charAt(i);
            if (isDigit(c))
            {
                digits++;
            }
            else if (c != '/' && c != '+' && c != '.' && !isDash(c))
            {
                return false;
            }
        }
        return digits >= 2;
    }

    /** "1." "1、" "2)" "(3)" — the numbering of a sub-row label. */
    private static boolean isNumbering(String t)
    {
        int len = t.length();
        int i = 0;
        boolean open = t.charAt(0) == '(';
        if (open)
        {
            i = 1;
        }
        int start = i;
        while (i < len && isDigit(t.charAt(i)))
        {
            i++;
        }
        if (i == start || i != len - 1)
        {
            return false;
        }
        char last = t.charAt(i);
        return open ? last == ')' : last == '.' || last == '\u3001' || last == ')';
    }

    /** A CJK ideograph (including 〇). */
    static boolean isHan(char c)
    {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '\u3007' || Character.isSurrogate(c);
    }

    /**
     * The matching key of a label, as {@code TextNormalizer.key} computes it for normalised text, without its regular
     * expressions: whitespace, '|' and punctuation removed, full-width forms folded, "总记" (OCR) read as "总计".
     */
    static String key(String s)
    {
        return key(s, Integer.MAX_VALUE);
    }

    /** {@link #key(String)}, or null as soon as the key grows longer than {@code limit} (prose, not a label). */
    static String key(String s, int limit)
    {
        char[] buf = new char[Math.max(0, Math.min(s.length(), limit))];
        int n = 0;
        for (int i = 0; i < s.length(); i++)
        {
            char c = s.charAt(i);
            if (c < '\u4E00' || c > '\u9FFF') // an ideograph, the common case, is kept as it is
            {
                if (c >= '\uFF01' && c <= '\uFF5E')
                {
                    c = (char) (c - 0xFEE0);
                }
                if (c < 128 ? !Character.isLetterOrDigit(c)
                        : Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || TextNormalizer.isPunctuation(c))
                {
                    continue;
                }
            }
            if (n >= limit)
            {
                return null; // longer than the limit
            }
            buf[n++] = c;
        }
        String k = new String(buf, 0, n);
        return k.indexOf('记') >= 0 ? k.replace("总记", "总计") : k;
    }
}
