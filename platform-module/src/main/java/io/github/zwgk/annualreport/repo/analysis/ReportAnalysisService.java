package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Runs the engine on annual reports stored in the repository and writes the outcome onto the node (bean
 * {@code annual-report-platform.reportAnalysisService}). Uploads only queue work; the analysis itself runs after
 * commit, in its own transactions, as system.
 */
public interface ReportAnalysisService
{
    /**
     * Marks the report {@code PENDING} and queues its analysis for after the current transaction commits (nothing is
     * queued if it rolls back). Idempotent: a queued run skips content it has already validated.
     */
    void requestAnalysis(NodeRef report);

    /**
     * As {@link #requestAnalysis(NodeRef)}; {@code force} re-runs even when the content was validated before (new engine
     * version, previous-year report added later, explicit re-validation).
     */
    void requestAnalysis(NodeRef report, boolean force);

    /** Analyses the report now, in the calling thread and in new transactions of its own, forced. */
    default AnalysisRun analyseNow(NodeRef report)
    {
        return analyseNow(report, true);
    }

    /**
     * Analyses the report now, in the calling thread, in new transactions of its own (call it outside a transaction or
     * where a separate transaction is intended), as system.
     */
    AnalysisRun analyseNow(NodeRef report, boolean force);
}
