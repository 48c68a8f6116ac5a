package io.github.zwgk.annualreport.repo.workflow;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The review workflow's entry point for the analysis worker: told once per completed analysis of a report, it starts
 * the report's review process or moves the running one on (invalid → the agency's 退回修改 task, valid → review).
 */
public interface ReportReviewService
{
    /**
     * Called after the worker's transaction that wrote the validation properties of {@code report} has committed,
     * in a new transaction of its own, as system, so that a workflow failure can never roll the analysis back. Called
     * again for every re-analysis (new version, re-validation): implementations must be idempotent, and leave the
     * tasks alone when the analysed content is the one they already hold.
     */
    void onAnalysisCompleted(NodeRef report);

    /** The report is about to be deleted: its running review, if any, is cancelled. */
    void onReportDeleted(NodeRef report);
}
