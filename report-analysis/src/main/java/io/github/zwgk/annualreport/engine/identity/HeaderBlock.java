package io.github.zwgk.annualreport.engine.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 政府信息公开目录 header block that portals print above a report: "索 引 号: | hedongquhd0101/2021-0000025 |
 * 公开目录: | 部门年报 |", "发布日期：2022年1月28日", "发布机构: | 河东区政府办公室 |". Labels may be spaced out, values may
 * follow in the same cell, the next cell ('|' or TAB) or, when the label ends its line, on the next line.
 */
final class HeaderBlock
{
    /** The header fields the identity needs. */
    enum Field
    {
        INDEX_NUMBER, DOCUMENT_DATE, PUBLICATION_DATE, AGENCY, TITLE, OTHER
    }

    private static final Map<String, Field> LABELS = new java.util.LinkedHashMap<>();

    static
    {
        LABELS.put("索引号", Field.INDEX_NUMBER);
        LABELS.put("成文日期", Field.DOCUMENT_DATE);
        LABELS.put("发布日期", Field.PUBLICATION_DATE);
        LABELS.put("公开日期", Field.PUBLICATION_DATE);
        LABELS.put("发布时间", Field.PUBLICATION_DATE);
        LABELS.put("发布机构", Field.AGENCY);
        LABELS.put("制发机关", Field.AGENCY);
        LABELS.put("发文机关", Field.AGENCY);
        LABELS.put("发文单位", Field.AGENCY);
        LABELS.put("发布单位", Field.AGENCY);
        LABELS.put("标题", Field.TITLE);
        LABELS.put("名称", Field.TITLE);
        // Labels only read to know where the previous value stops.
        for (String other : List.of("公开目录", "主题分类", "发文字号", "文号", "有效性", "公开方式", "公开范围", "公开时限",
                "主题词", "体裁分类", "组配分类", "信息来源", "所属机构", "生成日期", "效力状态", "信息分类", "公开形式", "来源"))
        {
            LABELS.put(other, Field.OTHER);
        }
    }

    /** A label: its characters possibly spaced ("索 引 号"), then ':' or a cell separator. */
    private static final Pattern LABEL;

    static
    {
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        for (String label : LABELS.keySet())
        {
            sb.append(first ? "" : "|");
            first = false;
            for (int i = 0; i < label.length(); i++)
            {
                sb.append(i == 0 ? "" : " *").append(label.charAt(i));
            }
        }
        sb.append(") *(?::|(?=[\\t|]))");
        LABEL = Pattern.compile(sb.toString());
    }

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}) *[-./年] *(\\d{1,2}) *[-./月] *(\\d{1,2})(?!\\d)");
    private static final Pattern CELL_END = Pattern.compile("[\\t|]");
    private static final int MAX_LINE = 1000;

    private HeaderBlock()
    {
    }

    /** Field → raw value, read from lines [from, to) (1-based) of the text; the first value of a field wins. */
    static Map<Field, String> read(List<String> lines, int from, int to)
    {
        Map<Field, String> out = new EnumMap<>(Field.class);
        for (int i = Math.max(1, from); i < to && i <= lines.size(); i++)
        {
            String line = lines.get(i - 1);
            if (line.length() > MAX_LINE || !mayHoldALabel(line))
            {
                continue;
            }
            Matcher m = LABEL.matcher(line);
            int lastEnd = -1;
            Field lastField = null;
            while (m.find())
            {
                if (lastField != null)
                {
                    put(out, lastField, line.substring(lastEnd, m.start()), lines, i);
                }
                lastField = LABELS.get(m.group(1).replace(" ", ""));
                lastEnd = m.end();
            }
            if (lastField != null)
            {
                put(out, lastField, line.substring(lastEnd), lines, i);
            }
        }
        return out;
    }

    /** A label is followed by ':' or a cell separator: a line without any holds none (most lines; no regex for them). */
    private static boolean mayHoldALabel(String line)
    {
        return line.indexOf(':') >= 0 || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0;
    }

    private static void put(Map<Field, String> out, Field field, String raw, List<String> lines, int lineNo)
    {
        if (field == Field.OTHER || out.containsKey(field))
        {
            return;
        }
        String value = firstCell(raw);
        if (value.isEmpty() && lineNo < lines.size())
        {
            // "索引号: |" with its value alone on the next line ("cell |" layout)
            String next = lines.get(lineNo);
            if (next.length() <= MAX_LINE && !LABEL.matcher(next).find())
            {
                value = firstCell(next);
            }
        }
        if (!value.isEmpty() && value.length() <= 200)
        {
            out.put(field, value);
        }
    }

    /** The first non-empty cell of a raw value, trimmed of separators. */
    private static String firstCell(String raw)
    {
        String s = raw.replaceFirst("^[\\s|:]+", "");
        Matcher end = CELL_END.matcher(s);
        if (end.find())
        {
            s = s.substring(0, end.start());
        }
        return s.strip();
    }

    /** 2021-01-31, 2021年1月31日, 2021.01.31, 2021/1/31; null when there is none or it is not a real date. */
    static LocalDate date(String s)
    {
        if (s == null)
        {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.find())
        {
            return null;
        }
        try
        {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        catch (DateTimeException | NumberFormatException e)
        {
            return null;
        }
    }
}
