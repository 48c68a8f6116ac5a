package io.github.zwgk.annualreport.repo.workflow;

import org.alfresco.service.namespace.QName;

/**
 * The content-model names ({@code ar:}, model/annual-report-model.xml) the review workflow reads and writes. Kept here
 * so that this package builds on its own; the module's constants interface is repo.model.AnnualReportModel.
 */
final class ReportModelNames
{
    static final String URI = "http://zwgk.github.io/model/annual-report/1.0";

    static final QName TYPE_ANNUAL_REPORT = QName.createQName(URI, "annualReport");

    // ar:agency, ar:agencyFolder
    static final QName ASPECT_AGENCY_FOLDER = QName.createQName(URI, "agencyFolder");
    static final QName PROP_AGENCY_NAME = QName.createQName(URI, "agencyName");
    static final QName PROP_AGENCY_LEVEL = QName.createQName(URI, "agencyLevel");
    static final QName PROP_AGENCY_KIND = QName.createQName(URI, "agencyKind");
    static final QName PROP_AGENCY_GROUP = QName.createQName(URI, "agencyGroup");

    // ar:reportIdentity
    static final QName PROP_REPORT_YEAR = QName.createQName(URI, "reportYear");

    // ar:validation
    static final QName PROP_VALIDATION_STATUS = QName.createQName(URI, "validationStatus");
    static final QName PROP_STATUS_REASON = QName.createQName(URI, "statusReason");
    static final QName PROP_ERROR_COUNT = QName.createQName(URI, "errorCount");
    static final QName PROP_WARNING_COUNT = QName.createQName(URI, "warningCount");
    static final QName PROP_FINDINGS = QName.createQName(URI, "findings");
    static final QName PROP_CONTENT_HASH = QName.createQName(URI, "contentHash");
    static final String STATUS_PENDING = "PENDING";

    // ar:review
    static final QName ASPECT_REVIEW = QName.createQName(URI, "review");
    static final QName PROP_REVIEW_STATE = QName.createQName(URI, "reviewState");
    static final QName PROP_SUBMITTING_GROUP = QName.createQName(URI, "submittingGroup");
    static final QName PROP_REVIEWER = QName.createQName(URI, "reviewer");
    static final QName PROP_SUBMITTED_AT = QName.createQName(URI, "submittedAt");
    static final QName PROP_REVIEWED_AT = QName.createQName(URI, "reviewedAt");
    static final QName PROP_REVIEW_COMMENT = QName.createQName(URI, "reviewComment");
    static final QName PROP_REVIEW_HISTORY = QName.createQName(URI, "reviewHistory");
    static final QName PROP_WORKFLOW_INSTANCE_ID = QName.createQName(URI, "workflowInstanceId");

    /** Values of ar:reviewStateList. */
    enum ReviewState
    {
        SUBMITTED, RETURNED, UNDER_REVIEW, APPROVED, REJECTED
    }

    private ReportModelNames()
    {
    }
}
