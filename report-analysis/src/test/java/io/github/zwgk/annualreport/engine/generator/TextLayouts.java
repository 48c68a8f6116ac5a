package io.github.zwgk.annualreport.engine.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.zwgk.annualreport.engine.generator.ReportLayout.Para;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Part;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Span;
import io.github.zwgk.annualreport.engine.generator.ReportLayout.Table;

/**
 * Writes a {@link ReportLayout} as the text real reports come in (each modelled on published reports seen in the
 * wild, see {@code RealLayoutsTest}): one table row per line with TAB cells (a faithful extraction), space-aligned rows
 * (PDF text), the whole body on one line with single spaces (a web page copied as text), the whole body on one line
 * with the digits of each row run together (a crawler dump), and tables cut into one small Markdown table per row
 * with generic headers (数据1 … 数据N; OCR/Markdown conversion), 表四 as 15 numbers under a 6-column header.
 */
public final class TextLayouts
{
    private TextLayouts()
    {
    }

    /** One row per line, cells separated by TAB, merged cells left empty: what a faithful extraction gives. */
    public static String tabs(ReportLayout layout)
    {
        List<String> lines = new ArrayList<>();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                lines.add(para.text());
            }
            else if (p instanceof Table t)
            {
                for (List<String> row : t.grid())
                {
                    lines.add(String.join("\t", row));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** One row per line, the filled cells separated by runs of spaces; an empty cell leaves no trace (PDF text). */
    public static String spaced(ReportLayout layout, Random random)
    {
        List<String> lines = new ArrayList<>();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                lines.add(para.text());
            }
            else if (p instanceof Table t)
            {
                for (List<Span> row : t.rows())
                {
                    StringBuilder sb = new StringBuilder();
                    for (Span s : row)
                    {
                        if (!s.text().isEmpty())
                        {
                            if (!sb.isEmpty())
                            {
                                sb.append(" ".repeat(2 + random.nextInt(4)));
                            }
                            sb.append(s.text());
                        }
                    }
                    lines.add(sb.toString());
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The whole text on one line, every paragraph, heading and cell separated by one space (or an ideographic one);
     * some copies also lose the space after a label or a heading (never between two values: that is the run family).
     */
    public static String oneLine(ReportLayout layout, Random random)
    {
        List<String> tokens = new ArrayList<>();
        List<Boolean> values = new ArrayList<>();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                tokens.add(para.text());
                values.add(false);
            }
            else if (p instanceof Table t)
            {
                for (List<Span> row : t.rows())
                {
                    for (Span s : row)
                    {
                        if (!s.text().isEmpty())
                        {
                            tokens.add(s.text());
                            values.add(s.value());
                        }
                    }
                }
            }
        }
        String separator = random.nextInt(4) == 0 ? "\u3000" : " ";
        double lose = random.nextInt(3) == 0 ? 0.3 : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++)
        {
            if (i > 0 && (values.get(i - 1) || random.nextDouble() >= lose))
            {
                sb.append(separator);
            }
            sb.append(tokens.get(i));
        }
        return sb.toString();
    }

    /**
     * The whole text on one line with the digits of each table row written together ("640020470"); with
     * {@code noSpaces} nothing separates anything, else a space separates paragraphs, labels and the run of values.
     */
    public static String oneLineRun(ReportLayout layout, boolean noSpaces)
    {
        String sp = noSpaces ? "" : " ";
        StringBuilder sb = new StringBuilder();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                append(sb, para.text(), sp);
            }
            else if (p instanceof Table t)
            {
                for (List<Span> row : t.rows())
                {
                    StringBuilder values = new StringBuilder();
                    for (Span s : row)
                    {
                        if (s.value())
                        {
                            values.append(s.text());
                        }
                        else if (!s.text().isEmpty())
                        {
                            append(sb, s.text(), sp);
                        }
                    }
                    if (!values.isEmpty())
                    {
                        append(sb, values.toString(), sp);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String text, String separator)
    {
        if (!sb.isEmpty())
        {
            sb.append(separator);
        }
        sb.append(text);
    }

    /**
     * Paragraphs as lines; every table row its own small Markdown table under a generic header ("| 项目 | 数据1 | … |"),
     * merged label cells dropped; 表四's 15 numbers under a 6-column header, on one row or flowing over rows of six.
     */
    public static String pieces(ReportLayout layout, Random random)
    {
        List<String> lines = new ArrayList<>();
        boolean flowT4 = random.nextBoolean();
        for (Part p : layout.parts())
        {
            if (p instanceof Para para)
            {
                lines.add(para.text());
                lines.add("");
            }
            else if (p instanceof Table t)
            {
                boolean t4 = t.columns() == 15;
                for (List<Span> row : t.rows())
                {
                    List<String> cells = new ArrayList<>();
                    boolean values = false;
                    for (Span s : row)
                    {
                        cells.add(s.text());
                        values |= s.value();
                    }
                    if (t4 && values)
                    {
                        table4Values(lines, cells, flowT4);
                        continue;
                    }
                    if (t4)
                    {
                        // 表四's header rows come out with their merged cells as blank cells
                        List<String> padded = new ArrayList<>();
                        for (Span s : row)
                        {
                            padded.add(s.text());
                            for (int k = 1; k < s.colspan(); k++)
                            {
                                padded.add("");
                            }
                        }
                        cells = padded;
                    }
                    markdown(lines, cells, t4 ? "数据" : "项目");
                }
            }
        }
        return String.join("\n", lines);
    }

    private static void table4Values(List<String> lines, List<String> values, boolean flow)
    {
        lines.add("| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        if (!flow)
        {
            lines.add("| " + String.join(" | ", values) + " |");
        }
        else
        {
            for (int i = 0; i < values.size(); i += 6)
            {
                List<String> part = new ArrayList<>(values.subList(i, Math.min(values.size(), i + 6)));
                while (part.size() < 6)
                {
                    part.add("");
                }
                lines.add("| " + String.join(" | ", part) + " |");
            }
        }
        lines.add("");
    }

    /**
     * One piece of a table cut up by an OCR or Markdown conversion: a small Markdown table of one row, its header
     * {@code first | 数据1 | 数据2 …}.
     */
    public static void markdown(List<String> lines, List<String> cells, String first)
    {
        StringBuilder header = new StringBuilder("| ").append(first);
        StringBuilder rule = new StringBuilder("| ---");
        for (int i = 1; i < cells.size(); i++)
        {
            header.append(" | 数据").append(i);
            rule.append(" | ---");
        }
        lines.add(header.append(" |").toString());
        lines.add(rule.append(" |").toString());
        lines.add("| " + String.join(" | ", cells) + " |");
        lines.add("");
    }
}
