package io.github.zwgk.annualreport.engine;

import io.github.zwgk.annualreport.engine.extract.Limits;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;

/**
 * Options of one analysis.
 *
 * @param limits         size, text and time limits
 * @param previousReport the same agency's previous-year report for the carry-over rule, or null
 */
public record AnalysisOptions(Limits limits, PreviousReport previousReport)
{
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(Limits.DEFAULT, null);

    public AnalysisOptions
    {
        limits = limits == null ? Limits.DEFAULT : limits;
    }

    public AnalysisOptions withPreviousReport(PreviousReport previous)
    {
        return new AnalysisOptions(limits, previous);
    }
}
