package io.github.zwgk.annualreport.engine.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.AgencyLevel;

/**
 * Which annual reports a statistics request or a bulk re-validation covers. Every part is optional; the query it
 * becomes uses only transactional-metadata-query (TMDQ) constructs, so it is answered from the database without
 * Solr lag: {@code TYPE}, {@code =prop:value} and nothing tokenised.
 *
 * @param year   ar:reportYear
 * @param agency ar:agencyName, exact
 * @param status ar:validationStatus (a value of ar:validationStatusList)
 * @param level  ar:agencyLevel (a value of ar:agencyLevelList)
 */
public record ReportFilter(Integer year, String agency, String status, String level)
{
    static final Set<String> STATUSES = Set.copyOf(ReportStatistics.STATUSES);
    static final Set<String> LEVELS = java.util.Arrays.stream(AgencyLevel.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null);

    public ReportFilter
    {
        agency = blankToNull(agency);
        status = blankToNull(status);
        level = blankToNull(level);
        if (year != null && (year < 1900 || year > 2999))
        {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (status != null && !STATUSES.contains(status))
        {
            throw new IllegalArgumentException("unknown status: " + status + " (one of " + STATUSES + ")");
        }
        if (level != null && !LEVELS.contains(level))
        {
            throw new IllegalArgumentException("unknown level: " + level + " (one of " + LEVELS + ")");
        }
    }

    /**
     * Reads a filter from request parameters as strings (any may be null or blank).
     *
     * @throws IllegalArgumentException on a year that is not a number or an unknown status/level
     */
    public static ReportFilter parse(String year, String agency, String status, String level)
    {
        Integer y = null;
        if (blankToNull(year) != null)
        {
            try
            {
                y = Integer.valueOf(year.trim());
            }
            catch (NumberFormatException e)
            {
                throw new IllegalArgumentException("year is not a number: " + year);
            }
        }
        return new ReportFilter(y, agency, status == null ? null : status.trim(), level == null ? null : level.trim());
    }

    /** The Alfresco FTS query: {@code TYPE:"ar:annualReport" AND =ar:reportYear:2023 AND …}. */
    public String toFtsQuery()
    {
        List<String> terms = new ArrayList<>();
        terms.add("TYPE:\"ar:annualReport\"");
        if (year != null)
        {
            terms.add("=ar:reportYear:" + year);
        }
        if (agency != null)
        {
            terms.add("=ar:agencyName:" + quote(agency));
        }
        if (status != null)
        {
            terms.add("=ar:validationStatus:" + quote(status));
        }
        if (level != null)
        {
            terms.add("=ar:agencyLevel:" + quote(level));
        }
        return String.join(" AND ", terms);
    }

    /** An FTS phrase: the value in double quotes, with backslash and double quote escaped. */
    public static String quote(String value)
    {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String blankToNull(String s)
    {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
