package io.github.zwgk.annualreport.engine.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.io.CsvCells;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;

/**
 * Figures over a set of reports, from their stored properties only (no JSON read): counts per ar:validationStatus, the
 * sum of every ar:reportFigures property, and the reports that fail with their first findings. Also the CSV rows. A row
 * holds a report's properties by local name ({@link StoredFields}, plus {@code name} and the agency's {@code agencyName}
 * and {@code agencyLevel}), as the repository's statistics web script reads them.
 */
public final class ReportStatistics
{
    /** The repository's status of a report queued but not analysed yet. */
    public static final String PENDING = "PENDING";

    /** Property names of a row besides {@link StoredFields}: the file name and the agency (folder's) values. */
    public static final String NAME = "name";
    public static final String AGENCY_NAME = "agencyName";
    public static final String AGENCY_LEVEL = "agencyLevel";

    /** ar:validationStatusList in model order. */
    public static final List<String> STATUSES = List.of(PENDING, Status.VALID.name(), Status.VALID_WITH_WARNINGS.name(),
            Status.INVALID.name(), Status.NOT_A_REPORT.name(), Status.UNREADABLE.name());

    /** Failing statuses listed with their findings. */
    private static final List<String> FAILING = List.of(Status.INVALID.name(), Status.UNREADABLE.name(),
            Status.NOT_A_REPORT.name());

    /** CSV columns before the figures. */
    public static final List<String> CSV_LEADING = List.of("nodeRef", "name", "agencyName", "agencyLevel", "reportYear",
            "validationStatus", "statusReason", "errorCount", "warningCount", "infoCount");

    /**
     * One report's properties.
     *
     * @param id     the report's id (the repository's node reference)
     * @param fields its properties by local name
     */
    public record Row(String id, Map<String, ?> fields)
    {
        Object get(String name)
        {
            return fields.get(name);
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
            Object s = r.get(StoredFields.VALIDATION_STATUS);
            counts.merge(s == null ? PENDING : s.toString(), 1, Integer::sum);
        }
        return counts;
    }

    /** Per Summary field: the sum over the reports that state it (blank ≠ 0, so reports without it are not counted). */
    public Map<String, BigDecimal> sums()
    {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String field : Summary.FIELD_NAMES)
        {
            BigDecimal sum = BigDecimal.ZERO;
            for (Row r : rows)
            {
                BigDecimal v = decimal(r.get(field));
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
            counts.put(field, (int) rows.stream().filter(r -> r.get(field) != null).count());
        }
        return counts;
    }

    /** INVALID, UNREADABLE and NOT_A_REPORT reports with their first findings (or the status reason). */
    public List<Map<String, Object>> failingReports()
    {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows)
        {
            Object status = r.get(StoredFields.VALIDATION_STATUS);
            if (status == null || !FAILING.contains(status.toString()))
            {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodeRef", r.id());
            m.put(NAME, r.get(NAME));
            m.put(AGENCY_NAME, r.get(AGENCY_NAME));
            m.put(StoredFields.REPORT_YEAR, r.get(StoredFields.REPORT_YEAR));
            m.put(StoredFields.VALIDATION_STATUS, status.toString());
            m.put(StoredFields.STATUS_REASON, r.get(StoredFields.STATUS_REASON));
            m.put(StoredFields.ERROR_COUNT, r.get(StoredFields.ERROR_COUNT));
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
            line.add(r.id());
            line.add(str(r.get(NAME)));
            line.add(str(r.get(AGENCY_NAME)));
            line.add(str(r.get(AGENCY_LEVEL)));
            line.add(str(r.get(StoredFields.REPORT_YEAR)));
            line.add(str(r.get(StoredFields.VALIDATION_STATUS)));
            line.add(str(r.get(StoredFields.STATUS_REASON)));
            line.add(str(r.get(StoredFields.ERROR_COUNT)));
            line.add(str(r.get(StoredFields.WARNING_COUNT)));
            line.add(str(r.get(StoredFields.INFO_COUNT)));
            for (String field : Summary.FIELD_NAMES)
            {
                BigDecimal v = decimal(r.get(field));
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

    /**
     * One CSV record as the checker's CSV writes it ({@link CsvCells#line}): RFC 4180, CRLF, and a cell that a
     * spreadsheet would run as a formula (an agency name "=HYPERLINK(…)", a file named "@SUM(…)") neutralised.
     */
    public static String csvLine(List<String> fields)
    {
        return CsvCells.line(fields);
    }

    private List<String> topFindings(Row r)
    {
        Object findings = r.get(StoredFields.FINDINGS);
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
        if (top.isEmpty() && r.get(StoredFields.STATUS_REASON) != null)
        {
            top.add(r.get(StoredFields.STATUS_REASON).toString());
        }
        return top;
    }

    private static BigDecimal decimal(Object v)
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

    private static String str(Object v)
    {
        return v == null ? "" : v.toString();
    }
}
