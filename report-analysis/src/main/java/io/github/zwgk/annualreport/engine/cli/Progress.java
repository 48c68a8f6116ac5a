package io.github.zwgk.annualreport.engine.cli;

import java.io.PrintWriter;

/**
 * The checker's progress line on standard error, "[12/40] 滑县….docx", shown when more than {@value #MIN_FILES} files
 * are checked: rewritten in place (carriage return, padded to the width of the previous line) on a terminal, one plain
 * line per file otherwise (a log, a pipe, a test). Never on standard output, which holds only the results.
 */
final class Progress
{
    /** Up to this many files the checker is quick enough to need no progress line. */
    static final int MIN_FILES = 3;

    /** Columns a line on a terminal may take: a wrapped line could not be rewritten in place. */
    private static final int MAX_COLUMNS = 78;

    private final PrintWriter err;
    private final int total;
    private final boolean inPlace;
    private int shownColumns;

    /**
     * @param err     standard error
     * @param total   how many files will be checked
     * @param inPlace whether standard error is a terminal (rewrite the line) or not (a line per file)
     */
    Progress(PrintWriter err, int total, boolean inPlace)
    {
        this.err = err;
        this.total = total;
        this.inPlace = inPlace;
    }

    boolean enabled()
    {
        return total > MIN_FILES;
    }

    /** Shows that file {@code index} (1-based) is being checked. */
    void show(int index, String name)
    {
        if (!enabled())
        {
            return;
        }
        String counter = "[" + index + "/" + total + "] ";
        if (!inPlace)
        {
            err.println(counter + name);
            err.flush();
            return;
        }
        String line = counter + fit(name, MAX_COLUMNS - columns(counter));
        int columns = columns(line);
        err.print("\r" + line + " ".repeat(Math.max(0, shownColumns - columns)));
        err.flush();
        shownColumns = columns;
    }

    /** Removes the line from a terminal (before a report is printed there, and at the end). */
    void clear()
    {
        if (inPlace && shownColumns > 0)
        {
            err.print("\r" + " ".repeat(shownColumns) + "\r");
            err.flush();
            shownColumns = 0;
        }
    }

    /** The name shortened in the middle to at most {@code max} columns ("滑县人民政府…2023.docx"). */
    static String fit(String name, int max)
    {
        if (columns(name) <= max)
        {
            return name;
        }
        int keepEnd = Math.max(1, max / 3);
        StringBuilder tail = new StringBuilder();
        int used = 0;
        int i = name.length();
        while (i > 0)
        {
            int cp = name.codePointBefore(i);
            int w = width(cp);
            if (used + w > keepEnd)
            {
                break;
            }
            tail.insert(0, Character.toChars(cp));
            used += w;
            i -= Character.charCount(cp);
        }
        StringBuilder head = new StringBuilder();
        int budget = max - used - 1; // the ellipsis takes one column
        int j = 0;
        while (j < i)
        {
            int cp = name.codePointAt(j);
            int w = width(cp);
            if (budget - w < 0)
            {
                break;
            }
            head.appendCodePoint(cp);
            budget -= w;
            j += Character.charCount(cp);
        }
        return head + "…" + tail;
    }

    /** Terminal columns of a text: CJK and full-width characters take two. */
    static int columns(String s)
    {
        int n = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i)))
        {
            n += width(s.codePointAt(i));
        }
        return n;
    }

    private static int width(int cp)
    {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /**
     * Whether the checker writes to a terminal. Java 22+ knows ({@code Console.isTerminal()}, called reflectively: the
     * engine is compiled for 21); on 21 {@code System.console()} is null unless standard input and output are a
     * terminal.
     */
    static boolean onTerminal()
    {
        java.io.Console console = System.console();
        if (console == null)
        {
            return false;
        }
        try
        {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (ReflectiveOperationException | RuntimeException e)
        {
            return true;
        }
    }
}
