package io.github.zwgk.annualreport.engine.cli;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.extract.DocumentExtractor;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.rules.Labels;

/**
 * The checker's human-readable report of one result: status, identity, key figures, findings with locations (page,
 * table, row, column), every value in the report's language (Chinese by default); and the tally of a batch.
 */
final class HumanReport
{
    private HumanReport()
    {
    }

    static String render(AnalysisResult r, Lang lang)
    {
        boolean zh = lang != Lang.en;
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(r.file()).append('\n');
        sb.append(zh ? "状态：" : "Status: ").append(statusLabel(r.status(), zh));
        if (!zh)
        {
            sb.append(" (").append(r.status()).append(')');
        }
        if (r.statusReason() != null)
        {
            sb.append(zh ? " — " : " - ").append(r.statusReason());
        }
        sb.append('\n');
        if (r.status() == Status.UNREADABLE)
        {
            return sb.toString();
        }
        Identity id = r.identity();
        field(sb, zh ? "标题" : "Title", id.title());
        field(sb, zh ? "机构" : "Agency", id.agency());
        field(sb, zh ? "年度" : "Year", id.reportYear());
        field(sb, zh ? "格式" : "Format", formatLabel(r.format(), zh));
        field(sb, zh ? "级别" : "Level", id.agencyLevel() == null ? null
                : levelLabel(id.agencyLevel(), zh) + (id.agencyKind() == null ? "" : " / " + kindLabel(id.agencyKind(), zh)));
        field(sb, zh ? "索引号" : "Index number", id.indexNumber());
        field(sb, zh ? "成文日期" : "Document date", id.documentDate());
        field(sb, zh ? "发布日期" : "Publication date", id.publicationDate());
        if (r.status() != Status.NOT_A_REPORT)
        {
            sb.append(zh ? "主要数据：" : "Key figures:").append('\n');
            Summary s = r.summary();
            Map<String, Object> t3 = new LinkedHashMap<>();
            t3.put(zh ? "本年新收" : "new", s.applicationsNew());
            t3.put(zh ? "上年结转" : "carried over", s.applicationsCarriedOver());
            t3.put(zh ? "（七）总计" : "handled", s.applicationsHandled());
            t3.put(zh ? "结转下年度" : "carried forward", s.applicationsCarriedForward());
            figures(sb, zh ? "表三" : "Table 3", t3, zh);
            Map<String, Object> t4 = new LinkedHashMap<>();
            t4.put(zh ? "行政复议" : "reviews", s.reviewTotal());
            t4.put(zh ? "行政诉讼（未经复议直接起诉）" : "lawsuits (direct)", s.litigationDirectTotal());
            t4.put(zh ? "行政诉讼（复议后起诉）" : "lawsuits (after review)", s.litigationAfterReviewTotal());
            figures(sb, zh ? "表四" : "Table 4", t4, zh);
            Map<String, Object> t2 = new LinkedHashMap<>();
            t2.put(zh ? "规章制发" : "regulations issued", s.regulationsIssued());
            t2.put(zh ? "规范性文件制发" : "normative documents issued", s.normativeDocumentsIssued());
            t2.put(zh ? "规范性文件现行有效" : "normative documents in force", s.normativeDocumentsInForce());
            t2.put(zh ? "行政许可" : "licensing decisions", s.licensingDecisions());
            t2.put(zh ? "行政处罚" : "penalty decisions", s.penaltyDecisions());
            t2.put(zh ? "行政强制" : "enforcement decisions", s.enforcementDecisions());
            t2.put(zh ? "收费金额（万元）" : "fees (10k yuan)", s.feesAmountWanYuan());
            figures(sb, zh ? "表二" : "Table 2", t2, zh);
        }
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        sb.append(zh ? "问题（错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "）："
                : "Findings (" + errors + " errors, " + warnings + " warnings, " + infos + " notes):").append('\n');
        if (r.findings().isEmpty())
        {
            sb.append(zh ? "  无" : "  none").append('\n');
        }
        for (Finding f : r.findings())
        {
            sb.append("  [").append(severityLabel(f.severity(), zh)).append("] ").append(f.code()).append(' ')
                    .append(zh || f.messageEn() == null ? f.message() : f.messageEn()).append('\n');
            String where = location(f.location(), zh, linesAreTheFiles(r));
            StringBuilder detail = new StringBuilder();
            if (!where.isEmpty())
            {
                detail.append(zh ? "位置：" : "at: ").append(where);
            }
            if (f.expected() != null || f.actual() != null)
            {
                if (!detail.isEmpty())
                {
                    detail.append(zh ? "；" : "; ");
                }
                if (f.expected() != null)
                {
                    detail.append(zh ? "应为 " : "expected ").append(num(f.expected()));
                }
                if (f.actual() != null)
                {
                    detail.append(f.expected() != null ? (zh ? "，" : ", ") : "").append(zh ? "实为 " : "actual ").append(num(f.actual()));
                }
            }
            if (!detail.isEmpty())
            {
                sb.append("      ").append(detail).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The tally of a batch: "共 40 份报告：合格 30，有警告 5，不合格 3，不是年度报告 1，无法读取 1" /
     * "40 reports: 30 valid, 5 with warnings, 3 invalid, 1 not a report, 1 unreadable".
     */
    static String tally(List<AnalysisResult> results, Lang lang)
    {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values())
        {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        if (lang == Lang.en)
        {
            return results.size() + " reports: " + counts.get(Status.VALID) + " valid, " + counts.get(Status.VALID_WITH_WARNINGS)
                    + " with warnings, " + counts.get(Status.INVALID) + " invalid, " + counts.get(Status.NOT_A_REPORT)
                    + " not a report, " + counts.get(Status.UNREADABLE) + " unreadable";
        }
        return "共 " + results.size() + " 份报告：合格 " + counts.get(Status.VALID) + "，有警告 " + counts.get(Status.VALID_WITH_WARNINGS)
                + "，不合格 " + counts.get(Status.INVALID) + "，不是年度报告 " + counts.get(Status.NOT_A_REPORT) + "，无法读取 "
                + counts.get(Status.UNREADABLE);
    }

    /** "2021年版（国办公开办函〔2021〕30号）" / "2021 (GB office letter [2021] 30)". */
    static String formatLabel(TemplateFormat format, boolean zh)
    {
        if (format == null)
        {
            return null;
        }
        return switch (format)
        {
            case FORMAT_2019 -> zh ? "2019年版（国办公开办函〔2019〕60号）" : "2019 template (Guobangongkaibanhan [2019] No. 60)";
            case FORMAT_2021 -> zh ? "2021年版（国办公开办函〔2021〕30号）" : "2021 template (Guobangongkaibanhan [2021] No. 30)";
        };
    }

    static String levelLabel(AgencyLevel level, boolean zh)
    {
        return switch (level)
        {
            case TOWNSHIP -> zh ? "乡镇级" : "township";
            case COUNTY -> zh ? "县级" : "county";
            case PREFECTURE -> zh ? "地市级" : "prefecture";
            case PROVINCE -> zh ? "省级" : "province";
        };
    }

    static String kindLabel(AgencyKind kind, boolean zh)
    {
        return switch (kind)
        {
            case DEPARTMENT -> zh ? "部门" : "department";
            case GOVERNMENT -> zh ? "政府" : "government";
        };
    }

    static String statusLabel(Status status, boolean zh)
    {
        if (status == null)
        {
            return "";
        }
        return switch (status)
        {
            case VALID -> zh ? "合格" : "valid";
            case VALID_WITH_WARNINGS -> zh ? "合格（有警告）" : "valid with warnings";
            case INVALID -> zh ? "不合格" : "invalid";
            case NOT_A_REPORT -> zh ? "不是政府信息公开工作年度报告" : "not an annual report";
            case UNREADABLE -> zh ? "无法读取" : "unreadable";
        };
    }

    private static String severityLabel(Severity s, boolean zh)
    {
        return switch (s)
        {
            case ERROR -> zh ? "错误" : "ERROR";
            case WARNING -> zh ? "警告" : "WARNING";
            case INFO -> zh ? "提示" : "INFO";
        };
    }

    private static void field(StringBuilder sb, String label, Object value)
    {
        if (value != null)
        {
            sb.append(label).append(": ").append(value).append('\n');
        }
    }

    private static void figures(StringBuilder sb, String table, Map<String, Object> values, boolean zh)
    {
        sb.append("  ").append(table);
        values.forEach((k, v) -> sb.append("  ").append(k).append(' ').append(v == null ? "—" : v instanceof BigDecimal d ? num(d) : v));
        sb.append('\n');
    }

    private static String num(BigDecimal d)
    {
        return d.toPlainString();
    }

    /**
     * Whether the result's line numbers are the file's own (a plain-text report): only then is a line worth naming to
     * the reader. In a PDF, Word or HTML file the normalised text's lines mean nothing; pages and table cells do.
     */
    static boolean linesAreTheFiles(AnalysisResult r)
    {
        return r.extraction() != null && DocumentExtractor.EXTRACTOR_TEXT.equals(r.extraction().extractor());
    }

    /**
     * Where a finding is, as a reader finds it: "第 3 页，表三 “（七）总计”行 “自然人”列" / "page 3, Table 3 row TOTAL column
     * NATURAL_PERSON"; a section by its heading; the line only for a plain-text report and not for a table (whose line is
     * where the table starts, kept in the JSON).
     */
    static String location(Location l, boolean zh, boolean showLine)
    {
        StringBuilder sb = new StringBuilder();
        if (l.page() != null)
        {
            sb.append(zh ? "第 " + l.page() + " 页" : "page " + l.page());
        }
        StringBuilder what = new StringBuilder();
        if (l.table() != null)
        {
            Labelled row = switch (l.table())
            {
                case T2 -> parse(Table2Row.class, l.row());
                case T3 -> parse(Table3Row.class, l.row());
                case T4 -> parse(Table4Row.class, l.row());
            };
            Labelled column = switch (l.table())
            {
                case T2 -> parse(Table2Column.class, l.column());
                case T3 -> parse(Table3Column.class, l.column());
                case T4 -> parse(Table4Column.class, l.column());
            };
            if (zh)
            {
                what.append(Labels.table(l.table()));
                if (row != null && !(row instanceof Table4Row))
                {
                    what.append(" “").append(Labels.row(row, null)).append("”行");
                }
                if (column != null)
                {
                    what.append(" “").append(column.label()).append("”").append(row instanceof Table4Row ? "" : "列");
                }
            }
            else
            {
                what.append(Labels.tableEn(l.table()));
                if (l.row() != null)
                {
                    what.append(" row ").append(l.row());
                }
                if (l.column() != null)
                {
                    what.append(" column ").append(l.column());
                }
            }
        }
        else if (l.section() != null)
        {
            what.append(zh ? l.section().standardHeading() : "section " + l.section().number() + " " + l.section().name());
        }
        if (l.line() != null && l.table() == null && showLine)
        {
            what.append(what.isEmpty() ? "" : (zh ? "，" : ", ")).append(zh ? "第 " + l.line() + " 行" : "line " + l.line());
        }
        if (!what.isEmpty())
        {
            sb.append(sb.isEmpty() ? "" : (zh ? "，" : ", ")).append(what);
        }
        return sb.toString();
    }

    private static <E extends Enum<E> & Labelled> E parse(Class<E> type, String name)
    {
        if (name == null)
        {
            return null;
        }
        try
        {
            return Enum.valueOf(type, name);
        }
        catch (IllegalArgumentException e)
        {
            return null;
        }
    }
}
