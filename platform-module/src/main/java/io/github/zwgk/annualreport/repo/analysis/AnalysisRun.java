package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * What one run of the worker did to one report.
 *
 * @param node    the report
 * @param outcome ANALYSED (the result written), SKIPPED (nothing to do) or POSTPONED (the installation failed: the report
 *                stays PENDING with the reason and a time for the next attempt)
 * @param status  the ar:validationStatus written, null when skipped
 * @param detail  why it was skipped or postponed, else the status reason (may be null)
 */
public record AnalysisRun(NodeRef node, Outcome outcome, String status, String detail)
{
    public enum Outcome
    {
        ANALYSED, SKIPPED, POSTPONED
    }

    public static AnalysisRun skipped(NodeRef node, String why)
    {
        return new AnalysisRun(node, Outcome.SKIPPED, null, why);
    }
}
