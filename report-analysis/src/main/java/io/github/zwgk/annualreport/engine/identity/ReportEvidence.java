package io.github.zwgk.annualreport.engine.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.TableId;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;
import io.github.zwgk.annualreport.engine.text.TextNormalizer;

/**
 * Decides whether a readable document is a 政府信息公开工作年度报告 at all (else NOT_A_REPORT), by the template's own
 * evidence (国办公开办函〔2019〕60号 and 〔2021〕30号 附件), weighed so that a defective report still counts while
 * look-alikes — a portal column page, a page with only the title and a link, a comparison of two years' reports, a
 * 部门预算 or 部门决算, a 工作要点/计划/总结, a 政府工作报告, a 统计公报, a notice about the reports — do not.
 * <p>
 * Points:
 * <ul>
 * <li>1 per section of the six found under a heading with the template's own wording (一 总体情况/概述, 二 主动公开,
 * 三 申请, 四 复议 and 诉讼, 五 问题 and 改进/打算/措施, 六 需要报告/其他事项);</li>
 * <li>2 per statistical table (二, 三, 四) read with figures: found, and at least half of its cells a number or a
 * 不适用 mark (a table quoted with other columns — two years side by side — leaves most cells blank);</li>
 * <li>1 per {@value #LABELS_PER_POINT} of the template's specific table labels written anywhere in the text
 * ("本年新收政府信息公开申请数量", "属于三类内部事务信息", "未经复议直接起诉", …), at most {@value #MAX_LABEL_POINTS}:
 * the tables' wording is recognised even where their layout is not;</li>
 * <li>1 for a title "…年…政府信息公开…年度报告/年报" with a year (a column name such as "栏目: 政府信息公开年报" is not
 * a title).</li>
 * </ul>
 * A document with at least {@value #REPORT_POINTS} points is a report: seed 002 (no title) has 15; a report without its
 * tables still has its six sections; a title with a link has 1; a 工作总结 with 主动公开/依申请公开/存在的问题 headings has 3.
 * When a title line near the top names another kind of document ("…2024年部门预算", "…年度报告对比分析",
 * "…工作要点", "政府工作报告", "…统计公报", "…的通知"), the document is a report only if, besides, at least
 * {@value #TABLES_AGAINST_LOOKALIKE_TITLE} statistical tables were read with figures: a blank template quoted in a
 * notice, or a comparison that borrows the six headings, is not a report.
 * <p>
 * The template-label scan reads the whole text, so it runs only when the cheaper evidence has not already decided.
 */
public final class ReportEvidence
{
    /** Points from which a document is a report. */
    public static final int REPORT_POINTS = 4;
    /** Share of a table's cells holding a number or 不适用 from which the table counts as read with figures. */
    public static final double FILLED_SHARE = 0.5;
    /** Template labels per point. */
    public static final int LABELS_PER_POINT = 10;
    /** Most points the template labels give. */
    public static final int MAX_LABEL_POINTS = 4;
    /** Tables read with figures that outweigh a title naming another kind of document. */
    public static final int TABLES_AGAINST_LOOKALIKE_TITLE = 2;

    /** Lines of the top looked at for a title naming another kind of document. */
    private static final int TOP_LINES = 40;
    /** Longest line (key characters) taken for a title. */
    private static final int MAX_TITLE_KEY = 70;

    /**
     * Words that, in a title line, name a document that is not the annual report, with the name used in the reason.
     * Checked in order: "政府工作报告" before "工作报告"-like words, "年度报告对比分析" is a 对比分析.
     */
    private static final List<Map.Entry<String, String>> LOOKALIKES = List.of(
            Map.entry("部门预算", "部门预算"), Map.entry("单位预算", "部门预算"), Map.entry("预算公开", "部门预算"),
            Map.entry("预算信息公开", "部门预算"), Map.entry("预算情况说明", "部门预算"), Map.entry("综合预算", "部门预算"),
            Map.entry("部门决算", "部门决算"), Map.entry("单位决算", "部门决算"), Map.entry("决算公开", "部门决算"),
            Map.entry("决算情况说明", "部门决算"),
            Map.entry("政府工作报告", "政府工作报告"),
            Map.entry("统计公报", "统计公报"),
            Map.entry("工作要点", "工作要点"),
            Map.entry("工作总结", "工作总结"),
            Map.entry("工作计划", "工作计划"), Map.entry("工作安排", "工作计划"), Map.entry("工作方案", "工作计划"),
            Map.entry("实施方案", "工作计划"),
            Map.entry("对比", "对比分析"), Map.entry("比较", "对比分析"), Map.entry("分析", "对比分析"),
            Map.entry("评估报告", "评估报告"), Map.entry("测评", "评估报告"),
            Map.entry("解读", "解读材料"), Map.entry("图解", "解读材料"), Map.entry("一图读懂", "解读材料"),
            Map.entry("通知", "通知"), Map.entry("通报", "通报"));

    /** A portal column or catalogue label ("栏目: 政府信息公开年报"): names where a page sits, not what it is. */
    private static final Pattern COLUMN_LABEL = Pattern.compile(
            "^(?:所属|信息)?(?:栏目|频道|公开目录|目录|主题分类|分类|类别) *:");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /**
     * The cover notice an agency publishes its report under ("关于印发…年度报告的通知"), as a key: it names the report,
     * not another document. A notice about writing the reports ("关于做好…年度报告编制发布工作的通知") does not match.
     */
    private static final Pattern COVER_NOTICE = Pattern.compile("(?:印发|公布|发布)(?:了)?[^做]{0,40}(?:年度报告|年报)的通知$");
    /** A line of running text (a preamble wrapped by the PDF, "根据《…的通知》要求"), never a title. */
    private static final Pattern SENTENCE = Pattern.compile("[。,;:!?]|^(?:根据|按照|依据|为)");

    /**
     * The template's specific table wording, as matching keys (no punctuation or spaces): row and column labels of
     * tables 二, 三 and 四 of both formats and the corner note of 表三. Generic words ("规章", "自然人") are left out.
     */
    static final List<String> TEMPLATE_LABELS = List.of(
            // 表二
            "第二十条第一项", "第二十条第五项", "第二十条第六项", "第二十条第八项", "本年制发件数", "本年废止件数",
            "现行有效件数", "本年处理决定数量", "本年收费金额", "本年新制作数量", "本年新公开数量", "对外公开总数量",
            "上一年项目数量", "其他对外管理服务事项", "行政事业性收费", "政府集中采购", "采购总金额", "行政规范性文件",
            // 表三
            "第一项加第二项之和等于第三项加第四项之和", "申请人情况", "法人或其他组织", "社会公益组织", "法律服务机构",
            "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "区分处理的只计这一情形不计其他情形",
            "属于国家秘密", "其他法律行政法规禁止公开", "三安全一稳定", "保护第三方合法权益", "属于三类内部事务信息",
            "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项", "本机关不掌握相关政府信息", "没有现成信息需要另行制作",
            "补正后申请内容仍不明确", "信访举报投诉类申请", "要求提供公开出版物", "无正当理由大量反复申请",
            "要求行政机关确认或重新出具已获取信息", "逾期不补正", "逾期未按收费通知要求缴纳费用", "结转下年度继续办理",
            // 表四
            "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "尚未审结");

    private final int sections;
    private final Set<Section> sectionsFound;
    private final Set<TableId> tablesRead;
    private final int labels;
    private final String title;
    private final String lookalike;
    private final String lookalikeLine;
    private final String columnLine;

    private ReportEvidence(Set<Section> sectionsFound, Set<TableId> tablesRead, int labels, String title, String lookalike,
            String lookalikeLine, String columnLine)
    {
        this.sections = sectionsFound.size();
        this.sectionsFound = sectionsFound;
        this.tablesRead = tablesRead;
        this.labels = labels;
        this.title = title;
        this.lookalike = lookalike;
        this.lookalikeLine = lookalikeLine;
        this.columnLine = columnLine;
    }

    /** Weighs the evidence of a parsed text; never throws on partial input (null parts count as nothing found). */
    public static ReportEvidence weigh(ReportText text, SectionLayout layout, Identity identity, Tables tables)
    {
        List<String> lines = text == null ? List.of() : text.lines();
        Set<Section> sections = templateSections(lines, layout);
        Set<TableId> read = EnumSet.noneOf(TableId.class);
        if (tables != null)
        {
            addIfRead(read, tables.t2());
            addIfRead(read, tables.t3());
            addIfRead(read, tables.t4());
        }
        String title = identity == null || identity.title() == null || !YEAR.matcher(identity.title()).find()
                ? null : identity.title();
        int topEnd = layout == null || layout.hits().isEmpty() ? TOP_LINES : Math.min(TOP_LINES, layout.hits().get(0).line() - 1);
        String[] lookalike = lookalikeTitle(lines, topEnd, title);
        String column = columnLine(lines, topEnd);
        ReportEvidence cheap = new ReportEvidence(sections, read, -1, title, lookalike[0], lookalike[1], column);
        if (cheap.points() >= REPORT_POINTS && (cheap.lookalike == null || read.size() >= TABLES_AGAINST_LOOKALIKE_TITLE))
        {
            return cheap; // decided without reading the whole text for labels
        }
        return new ReportEvidence(sections, read, templateLabels(lines), title, lookalike[0], lookalike[1], column);
    }

    /** The points of the evidence (labels count only when they were scanned). */
    public int points()
    {
        return sections + 2 * tablesRead.size() + labelPoints() + (title == null ? 0 : 1);
    }

    private int labelPoints()
    {
        return labels < 0 ? 0 : Math.min(MAX_LABEL_POINTS, labels / LABELS_PER_POINT);
    }

    /** Whether the document is a 政府信息公开工作年度报告 (possibly a defective one). */
    public boolean isReport()
    {
        if (points() < REPORT_POINTS)
        {
            return false;
        }
        return lookalike == null || tablesRead.size() >= TABLES_AGAINST_LOOKALIKE_TITLE;
    }

    /** Sections found under a heading with the template's wording. */
    public Set<Section> sections()
    {
        return sectionsFound;
    }

    /** Tables read with figures. */
    public Set<TableId> tablesRead()
    {
        return tablesRead;
    }

    /** Template table labels found in the text, or -1 when the text was not scanned for them. */
    public int labels()
    {
        return labels;
    }

    /** The kind of document a title line names ("部门预算", "对比分析", …), or null. */
    public String lookalike()
    {
        return lookalike;
    }

    /**
     * Why the document is not a report, in Chinese, for {@code statusReason}: what names it as another document, what
     * was found and what is missing.
     */
    public String reason()
    {
        List<String> found = new ArrayList<>();
        if (title != null)
        {
            found.add("标题“" + title + "”");
        }
        if (!sectionsFound.isEmpty())
        {
            found.add("章节" + numbers(sectionsFound));
        }
        for (TableId t : tablesRead)
        {
            found.add("表" + t.number());
        }
        if (labels > 0)
        {
            found.add("统计表项目 " + labels + " 个");
        }
        StringBuilder sb = new StringBuilder();
        if (lookalike != null)
        {
            sb.append("标题“").append(lookalikeLine).append("”表明这是").append(lookalike).append("，不是政府信息公开工作年度报告");
            if (found.isEmpty())
            {
                sb.append("：没有年度报告的章节和统计表");
            }
        }
        else if (found.isEmpty())
        {
            sb.append("未找到政府信息公开工作年度报告的标题、章节或统计表");
        }
        else
        {
            sb.append("未找到政府信息公开工作年度报告的内容");
        }
        if (!found.isEmpty())
        {
            sb.append("：只找到").append(String.join("、", found)).append(missing());
        }
        if (columnLine != null)
        {
            sb.append("（“").append(columnLine).append("”是网站栏目名称，不是报告标题）");
        }
        return sb.toString();
    }

    /** "，缺少章节…和填有数字的表…", or "" when nothing is missing. */
    private String missing()
    {
        List<String> missing = new ArrayList<>();
        if (sectionsFound.size() < Section.values().length)
        {
            Set<Section> absent = EnumSet.allOf(Section.class);
            absent.removeAll(sectionsFound);
            missing.add("章节" + numbers(absent));
        }
        Set<TableId> unread = EnumSet.allOf(TableId.class);
        unread.removeAll(tablesRead);
        if (!unread.isEmpty())
        {
            List<String> names = new ArrayList<>();
            for (TableId t : unread)
            {
                names.add("表" + t.number());
            }
            missing.add("填有数字的" + String.join("、", names));
        }
        return missing.isEmpty() ? "" : "，缺少" + String.join("和", missing);
    }

    private static String numbers(Set<Section> sections)
    {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections)
        {
            sb.append(sb.length() == 0 ? "" : "、").append(s.number());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------------ evidence

    /** The sections of the layout whose heading has the template's own wording. */
    private static Set<Section> templateSections(List<String> lines, SectionLayout layout)
    {
        Set<Section> out = EnumSet.noneOf(Section.class);
        if (layout == null)
        {
            return out;
        }
        for (Map.Entry<Section, SectionLayout.LineRange> e : layout.bodies().entrySet())
        {
            String heading = headingOf(layout, e.getValue(), lines);
            if (heading == null || hasTemplateWording(e.getKey(), TextNormalizer.keyOfNormalised(heading)))
            {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The chosen heading of a body: the hit on the line before it, or on its first line (heading with inline text). */
    private static String headingOf(SectionLayout layout, SectionLayout.LineRange range, List<String> lines)
    {
        for (SectionHit hit : layout.hits())
        {
            if (hit.line() == range.from() - 1 || hit.line() == range.from())
            {
                return hit.heading() != null ? hit.heading()
                        : hit.line() >= 1 && hit.line() <= lines.size() ? lines.get(hit.line() - 1) : null;
            }
        }
        return null;
    }

    static boolean hasTemplateWording(Section section, String key)
    {
        return switch (section)
        {
            case OVERVIEW -> key.contains("总体情况") || key.contains("概述") || key.contains("总体概况");
            case ACTIVE_DISCLOSURE -> key.contains("主动公开");
            case APPLICATIONS -> key.contains("申请");
            case REVIEW_LITIGATION -> key.contains("复议") && key.contains("诉讼");
            case PROBLEMS -> key.contains("问题") && containsAny(key, "改进", "打算", "措施", "整改");
            case OTHER_MATTERS -> containsAny(key, "需要报告", "需报告", "其他事项", "其它事项");
        };
    }

    private static void addIfRead(Set<TableId> read, StatTable<?, ?> table)
    {
        if (table == null || !table.found())
        {
            return;
        }
        int cells = 0;
        int filled = 0;
        for (Map<?, Cell> row : table.rows().values())
        {
            for (Cell c : row.values())
            {
                cells++;
                if (c.kind() == CellKind.NUMBER || c.kind() == CellKind.NOT_APPLICABLE)
                {
                    filled++;
                }
            }
        }
        if (cells > 0 && filled >= FILLED_SHARE * cells)
        {
            read.add(table.table());
        }
    }

    /**
     * A title line near the top that names another kind of document: [kind, line], or [null, null]. The report's own
     * title, when found, outweighs it unless it names the other kind itself ("…年度报告对比分析" is no report title;
     * "…年度报告解读" neither). Below the first line, a title names its year ("…2024年部门预算"): a portal's menu
     * items ("通知公告", "政策解读", "部门预算") do not, and a bare word counts only as the first line.
     */
    private static String[] lookalikeTitle(List<String> lines, int topEnd, String reportTitle)
    {
        if (reportTitle != null)
        {
            String kind = kindOf(TextNormalizer.keyOfNormalised(reportTitle), false);
            return kind == null ? new String[2] : new String[] {kind, reportTitle};
        }
        boolean first = true;
        for (int i = 0; i < Math.min(topEnd, lines.size()); i++)
        {
            String line = lines.get(i).strip();
            if (line.isEmpty())
            {
                continue;
            }
            String key = TextNormalizer.keyOfNormalised(line);
            if (!key.isEmpty() && key.length() <= MAX_TITLE_KEY && !SENTENCE.matcher(line).find()
                    && !COLUMN_LABEL.matcher(line).find())
            {
                String kind = first || YEAR.matcher(line).find() ? kindOf(key, first) : null;
                if (kind != null)
                {
                    return new String[] {kind, line};
                }
            }
            first = false;
        }
        return new String[2];
    }

    private static String kindOf(String key, boolean bareAllowed)
    {
        if (COVER_NOTICE.matcher(key).find())
        {
            return null; // "…关于印发…2023年政府信息公开工作年度报告的通知": the report itself, under its cover notice
        }
        for (Map.Entry<String, String> e : LOOKALIKES)
        {
            if (key.contains(e.getKey()) && (bareAllowed || key.length() > e.getKey().length() + 1))
            {
                return e.getValue();
            }
        }
        return null;
    }

    /** "栏目: 政府信息公开年报" near the top, or null. */
    private static String columnLine(List<String> lines, int topEnd)
    {
        for (int i = 0; i < Math.min(topEnd, lines.size()); i++)
        {
            String line = lines.get(i).strip();
            if (COLUMN_LABEL.matcher(line).find() && line.contains("政府信息公开"))
            {
                return line;
            }
        }
        return null;
    }

    /** How many of {@link #TEMPLATE_LABELS} the text holds, matched on keys (spaces, punctuation, line ends ignored). */
    static int templateLabels(List<String> lines)
    {
        StringBuilder sb = new StringBuilder();
        for (String l : lines)
        {
            sb.append(TextNormalizer.keyOfNormalised(l));
        }
        String key = sb.toString();
        int n = 0;
        for (String label : TEMPLATE_LABELS)
        {
            if (key.contains(label))
            {
                n++;
            }
        }
        return n;
    }

    private static boolean containsAny(String s, String... needles)
    {
        for (String n : needles)
        {
            if (s.contains(n))
            {
                return true;
            }
        }
        return false;
    }
}
