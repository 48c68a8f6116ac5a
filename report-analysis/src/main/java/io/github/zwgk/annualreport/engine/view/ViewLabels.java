package io.github.zwgk.annualreport.engine.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.rules.Labels;

/**
 * Everything the results drawing (report-view.js) names, in one JSON object {@code AnnualReportLabels}: the layout of
 * tables 二, 三 and 四 in both formats with the template's row and column wording (taken from the engine's
 * Table2Row … Table4Column, never copied), the rule titles, section headings, statuses, severities and the page's own
 * words in Chinese and English. The checker's HTML page inlines {@link #script()}; the build writes the same text to
 * {@code report-labels.js} next to report-view.js ({@link #main}), from where the Share module takes it.
 */
public final class ViewLabels
{
    /** The resource folder of the drawing: report-view.js, report-view.css and the generated report-labels.js. */
    public static final String RESOURCE_DIR = "io/github/zwgk/annualreport/engine/view/";
    public static final String SCRIPT_FILE = "report-labels.js";

    // Header cells of the template that name no row or column (国办公开办函〔2019〕60号 and 〔2021〕30号 附件).
    static final String T2_CONTENT_HEADER = "信息内容";
    static final String T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String T3_APPLICANTS = "申请人情况";
    static final String T3_ORGANISATIONS = "法人或其他组织";
    static final String T3_OUTCOMES = "三、本年度办理结果";

    /** "行政诉讼（未经复议直接起诉）": the template draws 行政诉讼 over 未经复议直接起诉. */
    private static final Pattern SPLIT_GROUP = Pattern.compile("^(.+)（(.+)）$");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ViewLabels()
    {
    }

    /** The catalog as JSON. */
    public static ObjectNode json()
    {
        ObjectNode root = JSON.objectNode();
        root.set("statuses", statuses());
        root.set("severities", severities());
        root.set("rules", rules());
        root.set("sections", sections());
        ObjectNode tables = root.putObject("tables");
        tables.set(TableId.T2.name(), table2());
        tables.set(TableId.T3.name(), table3());
        tables.set(TableId.T4.name(), table4());
        root.set("text", ViewText.all());
        return root;
    }

    /** The catalog as a script that sets {@code window.AnnualReportLabels} (ES5; safe inside an HTML script element). */
    public static String script()
    {
        return "/* Generated from the engine's labels (io.github.zwgk.annualreport.engine.view.ViewLabels): do not edit. */\n"
                + "(function (root) { root.AnnualReportLabels = " + inScript(ResultJson.write(json(), true)) + "; })"
                + "(typeof window !== \"undefined\" ? window : this);\n";
    }

    /**
     * JSON made safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} (so no {@code </script>}
     * or comment opener can appear) and the line separators U+2028/U+2029 as \\u escapes. They only ever occur inside
     * JSON strings, where the escape means the same character.
     */
    public static String inScript(String json)
    {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++)
        {
            char c = json.charAt(i);
            switch (c)
            {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Writes {@link #script()} to the file given (the build calls this at process-classes). */
    public static void main(String[] args) throws IOException
    {
        if (args.length != 1)
        {
            throw new IllegalArgumentException("usage: ViewLabels OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, script(), StandardCharsets.UTF_8);
    }

    private static ObjectNode zhEn(String zh, String en)
    {
        ObjectNode node = JSON.objectNode();
        node.put("zh", zh);
        node.put("en", en);
        return node;
    }

    /**
     * The statuses in the checker's words (the repository adds PENDING while the analysis is queued). Kept equal to the
     * checker's readable report (HumanReport) by ViewLabelsTest.
     */
    static ObjectNode statuses()
    {
        ObjectNode node = JSON.objectNode();
        node.set(Status.VALID.name(), zhEn("合格", "valid"));
        node.set(Status.VALID_WITH_WARNINGS.name(), zhEn("合格（有警告）", "valid with warnings"));
        node.set(Status.INVALID.name(), zhEn("不合格", "invalid"));
        node.set(Status.NOT_A_REPORT.name(), zhEn("不是政府信息公开工作年度报告", "not an annual report"));
        node.set(Status.UNREADABLE.name(), zhEn("无法读取", "unreadable"));
        node.set("PENDING", zhEn("待校验", "pending"));
        return node;
    }

    private static ObjectNode severities()
    {
        ObjectNode node = JSON.objectNode();
        node.set(Severity.ERROR.name(), zhEn("错误", "Error"));
        node.set(Severity.WARNING.name(), zhEn("警告", "Warning"));
        node.set(Severity.INFO.name(), zhEn("提示", "Note"));
        return node;
    }

    private static ObjectNode rules()
    {
        ObjectNode node = JSON.objectNode();
        for (RuleCode code : RuleCode.values())
        {
            ObjectNode rule = zhEn(code.title(), code.titleEn());
            rule.put("severity", code.defaultSeverity().name());
            node.set(code.name(), rule);
        }
        return node;
    }

    private static ObjectNode sections()
    {
        List<String> english = List.of("1. Overview", "2. Proactive disclosure", "3. Applications received and handled",
                "4. Administrative reviews and lawsuits", "5. Main problems and improvements", "6. Other matters");
        ObjectNode node = JSON.objectNode();
        for (Section s : Section.values())
        {
            node.set(s.name(), zhEn(s.standardHeading(), english.get(s.ordinal())));
        }
        return node;
    }

    private static ObjectNode tableHead(TableId table)
    {
        ObjectNode node = JSON.objectNode();
        node.put("number", table.number());
        node.set("name", zhEn(Labels.table(table), Labels.tableEn(table)));
        node.set("title", zhEn(table.section().standardHeading(), ""));
        return node;
    }

    /** 表二: per format, blocks of 第二十条 items, each with its header columns and its rows. */
    static ObjectNode table2()
    {
        ObjectNode node = tableHead(TableId.T2);
        node.put("contentHeader", T2_CONTENT_HEADER);
        ObjectNode rows = node.putObject("rows");
        for (Table2Row r : Table2Row.values())
        {
            ObjectNode row = rows.putObject(r.name());
            row.put("label", Labels.row(r, TemplateFormat.FORMAT_2021));
            row.put("label2019", Labels.row(r, TemplateFormat.FORMAT_2019));
        }
        ObjectNode columns = node.putObject("columns");
        for (Table2Column c : Table2Column.values())
        {
            columns.put(c.name(), c.label());
        }
        ObjectNode formats = node.putObject("formats");
        for (TemplateFormat format : TemplateFormat.values())
        {
            ArrayNode blocks = formats.putArray(format.code());
            ObjectNode block = null;
            for (Table2Row r : Table2Row.rows(format))
            {
                List<Table2Column> cols = r.columns(format);
                if (block == null || !block.path("block").asText().equals(r.block())
                        || !block.path("columns").equals(ids(cols)))
                {
                    block = blocks.addObject();
                    block.put("block", r.block());
                    block.set("columns", ids(cols));
                    block.putArray("rows");
                }
                ObjectNode row = ((ArrayNode) block.get("rows")).addObject();
                row.put("id", r.name());
                row.put("label", Labels.row(r, format));
            }
        }
        return node;
    }

    /** 表三: the rows of each format in template order with their group (（三）不予公开 …), the seven columns. */
    static ObjectNode table3()
    {
        ObjectNode node = tableHead(TableId.T3);
        node.put("corner", T3_CORNER);
        node.put("applicants", T3_APPLICANTS);
        node.put("organisations", T3_ORGANISATIONS);
        node.put("outcomes", T3_OUTCOMES);
        ObjectNode rows = node.putObject("rows");
        for (Table3Row r : Table3Row.values())
        {
            ObjectNode row = rows.putObject(r.name());
            row.put("label", r.label());
            if (r.group() != null)
            {
                row.put("group", r.group());
            }
            row.put("outcome", r.isOutcome() || r == Table3Row.TOTAL);
        }
        ObjectNode columns = node.putObject("columns");
        ArrayNode order = node.putArray("columnOrder");
        ArrayNode organisations = node.putArray("organisationColumns");
        for (Table3Column c : Table3Column.values())
        {
            columns.put(c.name(), c.label());
            order.add(c.name());
            if (c != Table3Column.NATURAL_PERSON && c != Table3Column.TOTAL)
            {
                organisations.add(c.name());
            }
        }
        ObjectNode formats = node.putObject("formats");
        for (TemplateFormat format : TemplateFormat.values())
        {
            formats.set(format.code(), ids(Table3Row.rows(format)));
        }
        return node;
    }

    /** 表四: one row of three groups of five columns; 行政诉讼 spans its two sub-groups. */
    static ObjectNode table4()
    {
        ObjectNode node = tableHead(TableId.T4);
        node.put("row", Table4Row.CASES.name());
        node.put("rowLabel", Table4Row.CASES.label());
        ObjectNode columns = node.putObject("columns");
        for (Table4Column c : Table4Column.values())
        {
            columns.put(c.name(), c.label());
        }
        ArrayNode groups = node.putArray("groups");
        for (Table4Column.Group g : Table4Column.Group.values())
        {
            ObjectNode group = groups.addObject();
            group.put("id", g.name());
            Matcher m = SPLIT_GROUP.matcher(g.label());
            if (m.matches())
            {
                group.put("parent", m.group(1));
                group.put("label", m.group(2));
            }
            else
            {
                group.put("label", g.label());
            }
            ArrayNode cols = group.putArray("columns");
            for (Table4Column c : Table4Column.values())
            {
                if (c.group() == g)
                {
                    ObjectNode col = cols.addObject();
                    col.put("id", c.name());
                    col.put("label", c.label().substring(g.label().length()));
                }
            }
        }
        return node;
    }

    private static ArrayNode ids(List<? extends Enum<?>> values)
    {
        ArrayNode array = JSON.arrayNode();
        values.forEach(v -> array.add(v.name()));
        return array;
    }
}
