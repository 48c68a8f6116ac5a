package io.github.zwgk.annualreport.repo.workflow;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The review workflow's entry point for the analysis worker: told once per completed analysis of a report, it starts
 * the report's review process or moves the running one on (invalid → the agency's 退回修改 task, valid → review).
 */
public interface ReportReviewService
{
    /**
     * Called after the worker has written the validation properties of {@code report} (inside the worker's
     * transaction, as system).
     */
    void onAnalysisCompleted(NodeRef report);
}
