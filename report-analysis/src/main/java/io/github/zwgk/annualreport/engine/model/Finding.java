package io.github.zwgk.annualreport.engine.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem (or note) found in a report.
 *
 * @param code      the stable rule code
 * @param severity  ERROR, WARNING or INFO
 * @param message   the message in Chinese, for the agency clerk and the reviewer
 * @param messageEn the same in English
 * @param location  where it is
 * @param expected  the value the arithmetic expects, where arithmetic is involved
 * @param actual    the value written in the report, where arithmetic is involved
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        RuleCode code,
        Severity severity,
        String message,
        String messageEn,
        Location location,
        BigDecimal expected,
        BigDecimal actual)
{
    public Finding
    {
        if (code == null || severity == null || message == null)
        {
            throw new IllegalArgumentException("code, severity and message are required");
        }
        location = location == null ? Location.document() : location;
    }

    /** The same finding at another location (the analyzer adds the page). */
    public Finding withLocation(Location newLocation)
    {
        return new Finding(code, severity, message, messageEn, newLocation, expected, actual);
    }

    /** A finding with the rule's default severity and no figures. */
    public static Finding of(RuleCode code, Location location, String message, String messageEn)
    {
        return new Finding(code, code.defaultSeverity(), message, messageEn, location, null, null);
    }
}
