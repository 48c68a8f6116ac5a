package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Runs the engine on annual reports stored in the repository and writes the outcome onto the node (bean
 * {@code annual-report-platform.reportAnalysisService}). Uploads only mark and queue; the analysis itself runs after
 * commit, in its own transactions, as system, on one bounded pool.
 */
public interface ReportAnalysisService
{
    /**
     * Marks the report {@code PENDING} and queues its analysis for after the current transaction commits (nothing is
     * queued if it rolls back, or while the analysis is switched off). Idempotent: a run skips content it has already
     * validated.
     */
    void requestAnalysis(NodeRef report);

    /**
     * As {@link #requestAnalysis(NodeRef)}; {@code force} re-runs even when the content was validated before (new engine
     * version, previous-year report added later, explicit re-validation).
     */
    void requestAnalysis(NodeRef report, boolean force);

    /**
     * Hands an already PENDING report to the pool now (the sweep's way in): false when the analysis is off, the report
     * is already queued on this node, or the pool's queue is full (it stays PENDING for the next sweep).
     */
    boolean queue(NodeRef report, boolean force);

    /** Whether the report is in this node's pool (queued or running). */
    boolean isQueued(NodeRef report);

    /** annual-report.analysis.enabled. */
    boolean isEnabled();

    /** Analyses the report now, in the calling thread and in new transactions of its own, forced. */
    default AnalysisRun analyseNow(NodeRef report)
    {
        return analyseNow(report, true);
    }

    /**
     * Analyses the report now, in the calling thread, in new transactions of its own (call it outside a transaction),
     * as system, waiting for one of the node's analysis places.
     */
    AnalysisRun analyseNow(NodeRef report, boolean force);
}
