package io.github.zwgk.annualreport.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines at every line break the regular expression {@code \R} knows ("\r\n", '\n', '\u000B', '\f',
 * '\r', NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR), keeping empty lines, trailing ones included: the result of
 * {@code text.split("\\R", -1)} in one pass, without a regular expression (it runs on every extracted paragraph).
 */
public final class LineBreaks
{
    private LineBreaks()
    {
    }

    /** The lines of the text; "" gives one empty line, as {@code split} does. */
    public static List<String> split(String text)
    {
        List<String> lines = new ArrayList<>();
        split(text, lines);
        return lines;
    }

    /** Adds the lines of the text to {@code out}. */
    public static void split(String text, List<String> out)
    {
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++)
        {
            char c = text.charAt(i);
            if (isBreak(c))
            {
                out.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')
                {
                    i++;
                }
                from = i + 1;
            }
        }
        out.add(from == 0 ? text : text.substring(from));
    }

    private static boolean isBreak(char c)
    {
        return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
