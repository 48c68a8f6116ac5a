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
