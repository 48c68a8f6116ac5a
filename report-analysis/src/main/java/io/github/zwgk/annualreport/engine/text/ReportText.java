package io.github.zwgk.annualreport.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalised lines of a report, the single input of section, identity, narrative and table parsing. Line numbers
 * handed out are 1-based. A body whose line breaks were lost is re-broken ({@link FlatText}), so its line numbers are
 * those of the re-broken text.
 */
public record ReportText(List<String> lines)
{
    public ReportText
    {
        lines = List.copyOf(lines);
    }

    /** Normalises raw lines with {@link TextNormalizer#line}, then re-breaks flat ones with {@link FlatText#rebreak}. */
    public static ReportText of(List<String> rawLines)
    {
        List<String> out = new ArrayList<>(rawLines.size());
        for (String l : rawLines)
        {
            out.add(TextNormalizer.line(l));
        }
        return new ReportText(FlatText.rebreak(out));
    }

    /** Splits raw text on line breaks and normalises it. */
    public static ReportText of(String rawText)
    {
        return of(LineBreaks.split(rawText));
    }

    /** Line n, 1-based. */
    public String line(int n)
    {
        return lines.get(n - 1);
    }

    public int size()
    {
        return lines.size();
    }

    /** Lines from (1-based, inclusive) to (1-based, exclusive) joined with '\n'. */
    public String text(int from, int to)
    {
        return String.join("\n", lines.subList(Math.max(0, from - 1), Math.min(lines.size(), Math.max(0, to - 1))));
    }
}
