package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * What one run of the worker did to one report.
 *
 * @param node    the report
 * @param outcome ANALYSED (properties written), SKIPPED (nothing to do) or FAILED (written UNREADABLE after an error)
 * @param status  the ar:validationStatus written, null when skipped
 * @param detail  why it was skipped or failed, else the status reason (may be null)
 */
public record AnalysisRun(NodeRef node, Outcome outcome, String status, String detail)
{
    public enum Outcome
    {
        ANALYSED, SKIPPED, FAILED
    }

    public static AnalysisRun skipped(NodeRef node, String why)
    {
        return new AnalysisRun(node, Outcome.SKIPPED, null, why);
    }
}
