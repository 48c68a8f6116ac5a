package io.github.zwgk.annualreport.engine.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * A generated report laid out as the template lays it out (国办公开办函〔2019〕60号 / 〔2021〕30号 附件): paragraphs and
 * tables whose cells span columns and rows where the template merges them (表三's label columns and header, 表四's
 * header), independent of any file format. The renderers ({@link TextLayouts}, {@link DocumentLayouts}) write it.
 */
public record ReportLayout(List<Part> parts)
{
    /** A paragraph or a table. */
    public sealed interface Part permits Para, Table
    {
    }

    /** A paragraph; {@code heading} for the title and the six section headings. */
    public record Para(String text, boolean heading) implements Part
    {
    }

    /** A table cell spanning columns and rows. */
    public record Span(String text, int colspan, int rowspan, boolean value)
    {
        static Span label(String text)
        {
            return new Span(text, 1, 1, false);
        }

        static Span label(String text, int colspan, int rowspan)
        {
            return new Span(text, colspan, rowspan, false);
        }

        static Span value(String text)
        {
            return new Span(text, 1, 1, true);
        }
    }

    /** A table: rows of spanning cells, {@code columns} grid columns wide; header rows carry no value. */
    public record Table(int columns, List<List<Span>> rows) implements Part
    {
        /**
         * The table on its grid: a cell spanning n columns gives its text then n-1 empty cells, a cell spanning rows
         * leaves an empty cell below it (what an HTML or Word reader gives back).
         */
        public List<List<String>> grid()
        {
            List<List<String>> out = new ArrayList<>();
            Map<Integer, Integer> pending = new TreeMap<>(); // column → rows still covered from above
            for (List<Span> row : rows)
            {
                String[] line = new String[columns];
                int col = 0;
                for (Span s : row)
                {
                    while (col < columns && pending.getOrDefault(col, 0) > 0)
                    {
                        line[col] = "";
                        col++;
                    }
                    for (int k = 0; k < s.colspan() && col < columns; k++, col++)
                    {
                        line[col] = k == 0 ? s.text() : "";
                        if (s.rowspan() > 1)
                        {
                            pending.put(col, s.rowspan()); // decremented below, counting this row
                        }
                    }
                }
                for (int c = 0; c < columns; c++)
                {
                    if (line[c] == null)
                    {
                        line[c] = "";
                    }
                }
                pending.replaceAll((c, n) -> n - 1);
                out.add(List.of(line));
            }
            return out;
        }
    }

    // ---- building the layout of a report

    private static final String[] OVERVIEW = {
        "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进政务公开工作。",
        "全年通过政府门户网站主动公开各类政府信息，及时发布政策文件及解读材料，回应社会关切。",
        "严格落实信息发布“三审三校”和保密审查制度，确保公开的信息合法合规。",
        "依托政府网站和政务新媒体加强平台建设，优化栏目设置，提升服务水平。",
        "将政务公开工作纳入年度综合目标考核，强化监督保障，推动责任落实。"};
    private static final String[] PROBLEMS = {
        "存在问题：一是部分领域信息公开不够全面；二是政策解读形式较为单一。改进措施：加强业务培训，丰富解读形式。",
        "政府信息公开工作仍存在公开内容不够丰富、更新不够及时等问题。下一步将健全工作机制，提升公开质量。"};

    /**
     * How a report words its labels and headings: the template's, or variants seen in real reports (FORMAT.md §2, §4):
     * "1、" for "1.", ASCII brackets, "2.其他法律法规禁止公开", "商业 企业", 五 as "存在的主要问题及下步工作打算".
     */
    record Style(boolean commaNumbering, boolean asciiBrackets, boolean lawVariant, boolean splitHeader,
            String problemsHeading)
    {
        static Style random(Random random)
        {
            String[] problems = {"五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况", "五、存在的主要问题及下步工作打算",
                "五、政府信息公开工作存在的主要问题及改进情况"};
            return new Style(random.nextInt(5) == 0, random.nextInt(4) == 0, random.nextInt(5) == 0,
                    random.nextInt(3) == 0, problems[random.nextInt(problems.length)]);
        }

        String label(String template)
        {
            String s = template;
            if (lawVariant)
            {
                s = s.replace("其他法律行政法规禁止公开", "其他法律法规禁止公开");
            }
            if (commaNumbering && s.length() > 2 && Character.isDigit(s.charAt(0)) && s.charAt(1) == '.')
            {
                s = s.charAt(0) + "、" + s.substring(2);
            }
            if (asciiBrackets)
            {
                s = s.replace('（', '(').replace('）', ')');
            }
            return s;
        }
    }

    /** The layout of a report with the template's tables and a plausible text around them. */
    public static ReportLayout of(GeneratedReport r, Random random)
    {
        Style style = Style.random(random);
        List<Part> parts = new ArrayList<>();
        parts.add(new Para(r.agency() + r.year() + "年政府信息公开工作年度报告", true));
        parts.add(new Para("本报告根据《中华人民共和国政府信息公开条例》和"
                + (r.format() == TemplateFormat.FORMAT_2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号")
                + "要求编制，所列数据的统计期限自" + r.year() + "年1月1日起至" + r.year() + "年12月31日止。", false));
        parts.add(new Para("一、总体情况", true));
        for (int i = 0; i < 1 + random.nextInt(3); i++)
        {
            parts.add(new Para(OVERVIEW[random.nextInt(OVERVIEW.length)], false));
        }
        parts.add(new Para("二、主动公开政府信息情况", true));
        parts.add(table2(r));
        parts.add(new Para("三、收到和处理政府信息公开申请情况", true));
        parts.add(table3(r, style));
        parts.add(new Para("四、政府信息公开行政复议、行政诉讼情况", true));
        parts.add(table4(r));
        parts.add(new Para(style.problemsHeading(), true));
        parts.add(new Para(PROBLEMS[random.nextInt(PROBLEMS.length)], false));
        parts.add(new Para("六、其他需要报告的事项", true));
        parts.add(new Para("本年度未收取政府信息公开信息处理费。", false));
        return new ReportLayout(parts);
    }

    static String text(Cell c)
    {
        return switch (c.kind())
        {
            case BLANK -> "";
            default -> c.raw();
        };
    }

    private static Table table2(GeneratedReport r)
    {
        boolean f2019 = r.format() == TemplateFormat.FORMAT_2019;
        int columns = 4;
        List<List<Span>> rows = new ArrayList<>();
        String block = null;
        for (Map.Entry<Table2Row, List<Cell>> e : r.t2().entrySet())
        {
            Table2Row row = e.getKey();
            if (!row.block().equals(block))
            {
                block = row.block();
                rows.add(List.of(Span.label(block, columns, 1)));
                List<Span> header = new ArrayList<>();
                header.add(Span.label("信息内容"));
                List<Table2Column> cols = row.columns(r.format());
                for (int i = 0; i < cols.size(); i++)
                {
                    int span = i == cols.size() - 1 ? columns - cols.size() : 1;
                    header.add(Span.label(cols.get(i).label(), span, 1));
                }
                rows.add(header);
            }
            List<Span> cells = new ArrayList<>();
            cells.add(Span.label(row == Table2Row.NORMATIVE_DOCUMENTS && f2019 ? "规范性文件" : row.label()));
            List<Cell> values = e.getValue();
            for (int i = 0; i < values.size(); i++)
            {
                int span = i == values.size() - 1 ? columns - values.size() : 1;
                cells.add(new Span(text(values.get(i)), span, 1, true));
            }
            rows.add(cells);
        }
        return new Table(columns, rows);
    }

    private static Table table3(GeneratedReport r, Style style)
    {
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(Span.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
                Span.label("申请人情况", 7, 1)));
        rows.add(List.of(Span.label("自然人", 1, 2), Span.label("法人或其他组织", 5, 1), Span.label("总计", 1, 2)));
        rows.add(List.of(Span.label(style.splitHeader() ? "商业 企业" : "商业企业"),
                Span.label(style.splitHeader() ? "科研 机构" : "科研机构"), Span.label("社会公益组织"), Span.label("法律服务机构"),
                Span.label("其他")));
        List<Table3Row> order = List.copyOf(r.t3().keySet());
        int results = (int) order.stream().filter(x -> x.isOutcome() || x == Table3Row.TOTAL).count();
        String group = null;
        for (Table3Row row : order)
        {
            List<Span> cells = new ArrayList<>();
            if (row == Table3Row.NEW || row == Table3Row.CARRIED_OVER || row == Table3Row.CARRIED_FORWARD)
            {
                cells.add(Span.label(style.label(row.label()), 3, 1));
            }
            else
            {
                if (row == Table3Row.DISCLOSED)
                {
                    cells.add(Span.label("三、本年度办理结果", 1, results));
                }
                String g = row == Table3Row.OTHER_PROCESSING ? null : row.group();
                if (g == null)
                {
                    cells.add(Span.label(style.label(row.label()), 2, 1));
                }
                else
                {
                    if (!g.equals(group))
                    {
                        long size = order.stream().filter(x -> g.equals(x.group())).count();
                        cells.add(Span.label(style.label(g), 1, (int) size));
                    }
                    cells.add(Span.label(style.label(row.label())));
                }
                group = g;
            }
            for (Cell c : r.t3().get(row))
            {
                cells.add(Span.value(text(c)));
            }
            rows.add(cells);
        }
        return new Table(10, rows);
    }

    private static Table table4(GeneratedReport r)
    {
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(Span.label("行政复议", 5, 1), Span.label("行政诉讼", 10, 1)));
        List<Span> second = new ArrayList<>();
        for (String h : new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})
        {
            second.add(Span.label(h, 1, 2));
        }
        second.add(Span.label("未经复议直接起诉", 5, 1));
        second.add(Span.label("复议后起诉", 5, 1));
        rows.add(second);
        List<Span> third = new ArrayList<>();
        for (int g = 0; g < 2; g++)
        {
            for (String h : new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})
            {
                third.add(Span.label(h));
            }
        }
        rows.add(third);
        List<Span> values = new ArrayList<>();
        for (Cell c : r.t4())
        {
            values.add(Span.value(text(c)));
        }
        rows.add(values);
        return new Table(15, rows);
    }
}
