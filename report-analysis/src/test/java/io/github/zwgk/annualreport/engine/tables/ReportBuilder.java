package io.github.zwgk.annualreport.engine.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * Writes report text in the layouts real reports come in (PDF space-aligned rows, label and values on separate lines,
 * one value per line), from the template's own labels and figures taken from the seeds.
 */
final class ReportBuilder
{
    /** Seed 004 (2021 format): the rows of table 三 that are not all zero. */
    static Map<Table3Row, String> seed004Figures()
    {
        Map<Table3Row, String> m = new EnumMap<>(Table3Row.class);
        m.put(Table3Row.NEW, "34 0 0 0 0 0 34");
        m.put(Table3Row.DISCLOSED, "12 0 0 0 0 0 12");
        m.put(Table3Row.PARTIALLY_DISCLOSED, "4 0 0 0 0 0 4");
        m.put(Table3Row.WITHHELD_STATE_SECRET, "1 0 0 0 0 0 1");
        m.put(Table3Row.WITHHELD_PROHIBITED_BY_LAW, "2 0 0 0 0 0 2");
        m.put(Table3Row.UNAVAILABLE_NOT_HELD, "2 0 0 0 0 0 2");
        m.put(Table3Row.UNAVAILABLE_STILL_UNCLEAR, "4 0 0 0 0 0 4");
        m.put(Table3Row.NOT_PROCESSED_PETITION, "1 0 0 0 0 0 1");
        m.put(Table3Row.NOT_PROCESSED_REPEATED, "2 0 0 0 0 0 2");
        m.put(Table3Row.OTHER_NO_CORRECTION, "5 0 0 0 0 0 5");
        m.put(Table3Row.OTHER_OTHER, "1 0 0 0 0 0 1");
        m.put(Table3Row.TOTAL, "34 0 0 0 0 0 34");
        return m;
    }

    /** Seed 003 (2019 format): the rows of table 三 that are not all zero. */
    static Map<Table3Row, String> seed003Figures()
    {
        Map<Table3Row, String> m = new EnumMap<>(Table3Row.class);
        m.put(Table3Row.NEW, "20 0 0 0 0 0 20");
        m.put(Table3Row.DISCLOSED, "5 0 0 0 0 0 5");
        m.put(Table3Row.PARTIALLY_DISCLOSED, "4 0 0 0 0 0 4");
        m.put(Table3Row.WITHHELD_ENFORCEMENT_FILE, "1 0 0 0 0 0 1");
        m.put(Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, "1 0 0 0 0 0 1");
        m.put(Table3Row.UNAVAILABLE_NOT_HELD, "9 0 0 0 0 0 9");
        m.put(Table3Row.TOTAL, "20 0 0 0 0 0 20");
        return m;
    }

    static String figures(Map<Table3Row, String> figures, Table3Row row)
    {
        return figures.getOrDefault(row, "0 0 0 0 0 0 0");
    }

    /**
     * The labels of table 三 as a report writes them: the group cell ("（三）不予公开") in front of its first sub-row,
     * "三、本年度办理结果" in front of （一）予以公开.
     */
    static void eachRow(TemplateFormat format, BiConsumer<Table3Row, String> out)
    {
        String group = null;
        for (Table3Row r : Table3Row.rows(format))
        {
            String label = r.label();
            if (r == Table3Row.DISCLOSED)
            {
                label = "三、本年度办理结果   " + label;
            }
            if (r.group() != null && !r.group().equals(group))
            {
                label = r.group() + "   " + label;
            }
            group = r.group();
            out.accept(r, label);
        }
    }

    static final String T3_HEADING = "三、收到和处理政府信息公开申请情况";

    static final List<String> T3_HEADER_PDF = List.of(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）       申请人情况",
            "自然人      法人或其他组织                                              总计",
            "商业企业   科研机构   社会公益组织   法律服务机构   其他");

    static final List<String> T4_PDF = List.of(
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议                                行政诉讼",
            "结果维持   结果纠正   其他结果   尚未审结   总计   未经复议直接起诉   复议后起诉",
            "结果维持   结果纠正   其他结果   尚未审结   总计   结果维持   结果纠正   其他结果   尚未审结   总计",
            "3   0   0   0   3   0   0   0   0   0   0   0   0   0   0");

    /** Table 三 as PDF text: each row on one line, cells separated by runs of spaces. */
    static List<String> table3Pdf(TemplateFormat format, Map<Table3Row, String> figures)
    {
        List<String> lines = new ArrayList<>();
        lines.add(T3_HEADING);
        lines.addAll(T3_HEADER_PDF);
        eachRow(format, (r, label) -> lines.add(label + "   " + figures(figures, r).replace(" ", "   ")));
        return lines;
    }

    /** Table 三 with each label on its own line and the row's values on the next. */
    static List<String> table3LabelThenValues(TemplateFormat format, Map<Table3Row, String> figures)
    {
        List<String> lines = new ArrayList<>();
        lines.add(T3_HEADING);
        lines.addAll(T3_HEADER_PDF);
        eachRow(format, (r, label) ->
        {
            lines.add(label);
            lines.add(figures(figures, r).replace(" ", "    "));
        });
        return lines;
    }

    /** Table 三 with every cell on a line of its own and no separators at all. */
    static List<String> table3OnePerLine(TemplateFormat format, Map<Table3Row, String> figures)
    {
        List<String> lines = new ArrayList<>();
        lines.add(T3_HEADING);
        lines.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        for (String h : "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他".split(" "))
        {
            lines.add(h);
        }
        eachRow(format, (r, label) ->
        {
            for (String part : label.split(" {3}"))
            {
                lines.add(part);
            }
            for (String v : figures(figures, r).split(" "))
            {
                lines.add(v);
            }
        });
        return lines;
    }

    static String join(List<String> lines)
    {
        return String.join("\n", lines);
    }

    private ReportBuilder()
    {
    }
}
