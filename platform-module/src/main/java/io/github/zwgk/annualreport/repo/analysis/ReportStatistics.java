package io.github.zwgk.annualreport.repo.analysis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Figures over a set of reports, from their properties only (no JSON read): counts per ar:validationStatus, the sum of
 * every ar:reportFigures property, and the reports that fail with their first findings. Also the CSV rows.
 */
public final class ReportStatistics
{
    /** ar:validationStatusList in model order. */
    public static final List<String> STATUSES = List.of(AnnualReportModel.STATUS_PENDING, AnnualReportModel.STATUS_VALID,
            AnnualReportModel.STATUS_VALID_WITH_WARNINGS, AnnualReportModel.STATUS_INVALID,
            AnnualReportModel.STATUS_NOT_A_REPORT, AnnualReportModel.STATUS_UNREADABLE);

    /** Failing statuses listed with their findings. */
    private static final List<String> FAILING = List.of(AnnualReportModel.STATUS_INVALID, AnnualReportModel.STATUS_UNREADABLE,
            AnnualReportModel.STATUS_NOT_A_REPORT);

    /** CSV columns before the figures. */
    public static final List<String> CSV_LEADING = List.of("nodeRef", "name", "agencyName", "agencyLevel", "reportYear",
            "validationStatus", "statusReason", "errorCount", "warningCount", "infoCount");

    /** One report's properties. */
    public record Row(NodeRef nodeRef, Map<QName, Serializable> props)
    {
        Serializable get(QName q)
        {
            return props.get(q);
        }
    }

    private final List<Row> rows;
    private final int topFindings;

    public ReportStatistics(Collection<Row> rows, int topFindings)
    {
        this.rows = List.copyOf(rows);
        this.topFindings = topFindings;
    }

    public int total()
    {
        return rows.size();
    }

    /** Every status of the list, zero included, in model order. */
    public Map<String, Integer> countsByStatus()
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0));
        for (Row r : rows)
        {
            Serializable s = r.get(AnnualReportModel.PROP_VALIDATION_STATUS);
            counts.merge(s == null ? AnnualReportModel.STATUS_PENDING : s.toString(), 1, Integer::sum);
        }
        return counts;
    }

    /** Per Summary field: the sum over the reports that state it (blank ≠ 0, so reports without it are not counted). */
    public Map<String, BigDecimal> sums()
    {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String field : Summary.FIELD_NAMES)
        {
            QName q = QName.createQName(AnnualReportModel.URI, field);
            BigDecimal sum = BigDecimal.ZERO;
            for (Row r : rows)
            {
                BigDecimal v = decimal(r.get(q));
                if (v != null)
                {
                    sum = sum.add(v);
                }
            }
            sums.put(field, sum.stripTrailingZeros().scale() < 0 ? sum.setScale(0) : sum.stripTrailingZeros());
        }
        return sums;
    }

    /** Per Summary field: how many reports state it. */
    public Map<String, Integer> reportsWithFigure()
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String field : Summary.FIELD_NAMES)
        {
            QName q = QName.createQName(AnnualReportModel.URI, field);
            counts.put(field, (int) rows.stream().filter(r -> r.get(q) != null).count());
        }
        return counts;
    }

    /** INVALID, UNREADABLE and NOT_A_REPORT reports with their first findings (or the status reason). */
    public List<Map<String, Object>> failingReports()
    {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows)
        {
            Serializable status = r.get(AnnualReportModel.PROP_VALIDATION_STATUS);
            if (status == null || !FAILING.contains(status.toString()))
            {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodeRef", r.nodeRef().toString());
            m.put("name", r.get(ContentModel.PROP_NAME));
            m.put("agencyName", r.get(AnnualReportModel.PROP_AGENCY_NAME));
            m.put("reportYear", r.get(AnnualReportModel.PROP_REPORT_YEAR));
            m.put("validationStatus", status.toString());
            m.put("statusReason", r.get(AnnualReportModel.PROP_STATUS_REASON));
            m.put("errorCount", r.get(AnnualReportModel.PROP_ERROR_COUNT));
            m.put("topFindings", topFindings(r));
            list.add(m);
        }
        return list;
    }

    /** Header and one row per report, then a 合计 row with the sums. */
    public List<List<String>> csvRows()
    {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(CSV_LEADING);
        header.addAll(Summary.FIELD_NAMES);
        header.add("findings");
        out.add(header);
        for (Row r : rows)
        {
            List<String> line = new ArrayList<>();
            line.add(r.nodeRef().toString());
            line.add(str(r.get(ContentModel.PROP_NAME)));
            line.add(str(r.get(AnnualReportModel.PROP_AGENCY_NAME)));
            line.add(str(r.get(AnnualReportModel.PROP_AGENCY_LEVEL)));
            line.add(str(r.get(AnnualReportModel.PROP_REPORT_YEAR)));
            line.add(str(r.get(AnnualReportModel.PROP_VALIDATION_STATUS)));
            line.add(str(r.get(AnnualReportModel.PROP_STATUS_REASON)));
            line.add(str(r.get(AnnualReportModel.PROP_ERROR_COUNT)));
            line.add(str(r.get(AnnualReportModel.PROP_WARNING_COUNT)));
            line.add(str(r.get(AnnualReportModel.PROP_INFO_COUNT)));
            for (String field : Summary.FIELD_NAMES)
            {
                BigDecimal v = decimal(r.get(QName.createQName(AnnualReportModel.URI, field)));
                line.add(v == null ? "" : plain(v));
            }
            line.add(String.join(" | ", topFindings(r)));
            out.add(line);
        }
        List<String> total = new ArrayList<>();
        total.add("");
        total.add("合计");
        while (total.size() < CSV_LEADING.size())
        {
            total.add("");
        }
        sums().values().forEach(v -> total.add(plain(v)));
        total.add("");
        out.add(total);
        return out;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    public static String csvLine(List<String> fields)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++)
        {
            if (i > 0)
            {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
            {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            else
            {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }

    private List<String> topFindings(Row r)
    {
        Serializable findings = r.get(AnnualReportModel.PROP_FINDINGS);
        List<String> top = new ArrayList<>();
        if (findings instanceof Collection<?> c)
        {
            for (Object f : c)
            {
                if (top.size() == topFindings)
                {
                    break;
                }
                top.add(String.valueOf(f));
            }
        }
        if (top.isEmpty() && r.get(AnnualReportModel.PROP_STATUS_REASON) != null)
        {
            top.add(r.get(AnnualReportModel.PROP_STATUS_REASON).toString());
        }
        return top;
    }

    private static BigDecimal decimal(Serializable v)
    {
        if (v instanceof Integer i)
        {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof Long l)
        {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Number n)
        {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static String plain(BigDecimal v)
    {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String str(Serializable v)
    {
        return v == null ? "" : v.toString();
    }
}
