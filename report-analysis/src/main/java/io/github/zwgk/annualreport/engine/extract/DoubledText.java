package io.github.zwgk.annualreport.engine.extract;

import java.util.List;

/**
 * Recognises the mark that "fake bold" leaves in PDF text extracted without duplicate suppression: word processors whose
 * CJK font has no bold face draw a bold line twice, a fraction of a point apart, and position-sorted extraction reads
 * both copies interleaved ("一一、、总总体体情情况况"). Suppressing overlapping duplicates while extracting costs a third
 * more on long pages, so the extractor reads without it and reads again with it only when this mark is found.
 * <p>
 * The mark: {@value #MIN_PAIRS} or more doubled characters in a row, each pair different from the one before
 * ("AABBCC"). Chinese reduplication ("认认真真", AABB) has two; a column of zeros ("000000") is one character.
 */
final class DoubledText
{
    /** Pairs in a row that make the mark. */
    static final int MIN_PAIRS = 3;

    private DoubledText()
    {
    }

    /** Whether any paragraph or table cell carries the mark. */
    static boolean found(List<ExtractedDocument.Block> blocks)
    {
        for (ExtractedDocument.Block b : blocks)
        {
            if (b instanceof ExtractedDocument.Paragraph p && found(p.text()))
            {
                return true;
            }
            if (b instanceof ExtractedDocument.TableBlock t)
            {
                for (List<String> row : t.rows())
                {
                    for (String cell : row)
                    {
                        if (cell != null && found(cell))
                        {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Text from a PDF read elsewhere without duplicate suppression (Transform Core's Tika: no position sort), with each
     * line that fake bold doubled read once: a line that is one run written twice ("一、总体情况一、总体情况", the two
     * copies drawn one after the other) or every character written twice ("一一、、总总体体情情况况", the copies
     * interleaved). Only lines with at least two CJK ideographs in the run are touched, so that table rows of figures
     * ("0 0 0 0", "1100") never are.
     */
    static String undoubleLines(String text)
    {
        if (text.indexOf('\n') < 0 && !text.isEmpty())
        {
            return undoubleLine(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length())
        {
            int end = text.indexOf('\n', start);
            if (end < 0)
            {
                end = text.length();
            }
            out.append(undoubleLine(text.substring(start, end)));
            if (end < text.length())
            {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** One line read once, if fake bold doubled it; else the line as it is. */
    static String undoubleLine(String line)
    {
        String s = line.strip();
        if (s.length() < 4)
        {
            return line;
        }
        // the run written twice, the copies one after the other (possibly a space apart)
        int half = s.length() / 2;
        boolean even = s.length() % 2 == 0;
        if (even || Character.isWhitespace(s.charAt(half)))
        {
            String first = s.substring(0, half).strip();
            String second = s.substring(even ? half : half + 1).strip();
            if (first.equals(second) && ideographs(first) >= 2)
            {
                return first;
            }
        }
        // every character written twice
        if (s.length() % 2 == 0 && ideographs(s) >= 4)
        {
            StringBuilder once = new StringBuilder(half);
            for (int i = 0; i < s.length(); i += 2)
            {
                if (s.charAt(i) != s.charAt(i + 1))
                {
                    return line;
                }
                once.append(s.charAt(i));
            }
            return found(s) ? once.toString() : line;
        }
        return line;
    }

    private static int ideographs(String s)
    {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
        {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN)
            {
                n++;
            }
        }
        return n;
    }

    /** Whether the text has {@value #MIN_PAIRS} doubled characters in a row, each unlike the one before. */
    static boolean found(String text)
    {
        int pairs = 0;
        char previous = 0;
        int i = 0;
        int n = text.length() - 1;
        while (i < n)
        {
            char c = text.charAt(i);
            if (c == text.charAt(i + 1) && !Character.isWhitespace(c) && (pairs == 0 || c != previous))
            {
                pairs++;
                if (pairs >= MIN_PAIRS)
                {
                    return true;
                }
                previous = c;
                i += 2;
            }
            else
            {
                pairs = 0;
                i++;
            }
        }
        return false;
    }
}
