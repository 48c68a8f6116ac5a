package io.github.zwgk.annualreport.engine;

import java.util.Optional;

import io.github.zwgk.annualreport.engine.extract.Limits;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;

/**
 * Options of one analysis.
 *
 * @param limits          size, text and time limits
 * @param previousReport  the same agency's previous-year report for the carry-over and text-repetition rules, or null
 * @param previousReports where to find the previous-year report once this report's year is known (the repository's
 *                        look-up in the agency's folder), or null; not asked when {@code previousReport} is given
 * @param expectedAgency  the agency the report is filed for (the repository's agency folder), or null: a report whose
 *                        text names another agency gets AGENCY_MISMATCH
 */
public record AnalysisOptions(Limits limits, PreviousReport previousReport, PreviousReportLookup previousReports,
        String expectedAgency)
{
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(Limits.DEFAULT, null);

    /** Finds the same agency's report of a year; called at most once per analysis, after the report is parsed. */
    @FunctionalInterface
    public interface PreviousReportLookup
    {
        /**
         * @param previousYear the year before the analysed report's year
         * @return that year's report of the same agency, if there is one with figures
         */
        Optional<PreviousReport> find(int previousYear);
    }

    public AnalysisOptions
    {
        limits = limits == null ? Limits.DEFAULT : limits;
        expectedAgency = expectedAgency == null || expectedAgency.isBlank() ? null : expectedAgency.strip();
    }

    public AnalysisOptions(Limits limits, PreviousReport previousReport)
    {
        this(limits, previousReport, null, null);
    }

    public AnalysisOptions withPreviousReport(PreviousReport previous)
    {
        return new AnalysisOptions(limits, previous, previousReports, expectedAgency);
    }

    public AnalysisOptions withPreviousReports(PreviousReportLookup lookup)
    {
        return new AnalysisOptions(limits, previousReport, lookup, expectedAgency);
    }

    public AnalysisOptions withExpectedAgency(String agency)
    {
        return new AnalysisOptions(limits, previousReport, previousReports, agency);
    }
}
