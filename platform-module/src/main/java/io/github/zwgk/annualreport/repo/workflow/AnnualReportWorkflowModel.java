package io.github.zwgk.annualreport.repo.workflow;

import org.alfresco.service.namespace.QName;

/**
 * Names of the review workflow: the process, the BPMN element ids the listener reacts to, and the task model
 * {@code arwf:workflowModel} (workflow/annual-report-workflow-model.xml). A process variable is the property's
 * {@code prefix_localName}, e.g. {@code arwf:validationStatus} ↔ {@code arwf_validationStatus}.
 */
public interface AnnualReportWorkflowModel
{
    String URI = "http://zwgk.github.io/model/annual-report-workflow/1.0";
    String PREFIX = "arwf";

    /** Process id in the BPMN; Alfresco's definition name is {@link #WORKFLOW_DEFINITION_NAME}. */
    String PROCESS_KEY = "annualReportReview";
    String WORKFLOW_DEFINITION_NAME = "activiti$" + PROCESS_KEY;

    /** The 政务公开办's reviewers; the review task is pooled to them (candidate group in the BPMN). */
    String REVIEWER_GROUP = "GROUP_ANNUAL_REPORT_REVIEWERS";

    // BPMN element ids
    String TASK_CORRECT_REPORT = "correctReport";
    String TASK_REVIEW_REPORT = "reviewReport";
    String END_APPROVED = "approved";

    // arwf:submitReportTask (start), arwf:correctReportTask (退回修改), arwf:reviewReportTask (审核)
    QName TYPE_SUBMIT_REPORT_TASK = QName.createQName(URI, "submitReportTask");
    QName TYPE_CORRECT_REPORT_TASK = QName.createQName(URI, "correctReportTask");
    QName TYPE_REVIEW_REPORT_TASK = QName.createQName(URI, "reviewReportTask");
    QName PROP_REVIEW_OUTCOME = QName.createQName(URI, "reviewOutcome");
    String OUTCOME_APPROVE = "Approve";
    String OUTCOME_REJECT = "Reject";

    // arwf:submission, on every task type
    QName ASPECT_SUBMISSION = QName.createQName(URI, "submission");
    QName PROP_VALIDATION_STATUS = QName.createQName(URI, "validationStatus");
    QName PROP_FINDINGS_TEXT = QName.createQName(URI, "findingsText");
    QName PROP_AGENCY_GROUP = QName.createQName(URI, "agencyGroup");
    QName PROP_AGENCY_NAME = QName.createQName(URI, "agencyName");
    QName PROP_REPORT_YEAR = QName.createQName(URI, "reportYear");
    QName PROP_REVIEW_COMMENT = QName.createQName(URI, "reviewComment");
    QName PROP_CONTENT_HASH = QName.createQName(URI, "contentHash");

    // process variable names of the properties the BPMN and the listener read
    String VAR_VALIDATION_STATUS = PREFIX + "_validationStatus";
    String VAR_FINDINGS_TEXT = PREFIX + "_findingsText";
    String VAR_AGENCY_GROUP = PREFIX + "_agencyGroup";
    String VAR_REVIEW_OUTCOME = PREFIX + "_reviewOutcome";
    String VAR_REVIEW_COMMENT = PREFIX + "_reviewComment";
    String VAR_CONTENT_HASH = PREFIX + "_contentHash";
    /** Alfresco's bpm:package: the workflow package holding the report. */
    String VAR_PACKAGE = "bpm_package";
}
