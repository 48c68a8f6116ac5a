package io.github.zwgk.annualreport.repo.model;

import org.alfresco.service.namespace.QName;

/**
 * QName constants of the content model {@code ar:annualReportModel} (model/annual-report-model.xml), in model order,
 * like Alfresco's {@code ContentModel}. The figures' local names are the engine's {@code Summary} component names.
 */
public interface AnnualReportModel
{
    /** Namespace URI of the model. */
    String URI = "http://zwgk.github.io/model/annual-report/1.0";
    /** Namespace prefix of the model. */
    String PREFIX = "ar";

    QName MODEL = QName.createQName(URI, "annualReportModel");

    // ---- groups
    /** 政务公开办审核人员: reviewers of every agency's reports (created by the module if missing). */
    String GROUP_REVIEWERS = "GROUP_ANNUAL_REPORT_REVIEWERS";
    /** Prefix of the agency groups named on agency folders, e.g. GROUP_AR_AGENCY_HUAXIAN. */
    String GROUP_AGENCY_PREFIX = "GROUP_AR_AGENCY_";

    // ---- type ar:annualReport
    QName TYPE_ANNUAL_REPORT = QName.createQName(URI, "annualReport");

    // ---- aspect ar:agency
    QName ASPECT_AGENCY = QName.createQName(URI, "agency");
    QName PROP_AGENCY_NAME = QName.createQName(URI, "agencyName");
    QName PROP_AGENCY_CODE = QName.createQName(URI, "agencyCode");
    QName PROP_AGENCY_LEVEL = QName.createQName(URI, "agencyLevel");
    QName PROP_AGENCY_KIND = QName.createQName(URI, "agencyKind");
    QName PROP_AGENCY_GROUP = QName.createQName(URI, "agencyGroup");

    // ---- aspect ar:agencyFolder
    QName ASPECT_AGENCY_FOLDER = QName.createQName(URI, "agencyFolder");

    // ---- aspect ar:reportIdentity
    QName ASPECT_REPORT_IDENTITY = QName.createQName(URI, "reportIdentity");
    QName PROP_REPORT_TITLE = QName.createQName(URI, "reportTitle");
    QName PROP_REPORTED_AGENCY = QName.createQName(URI, "reportedAgency");
    QName PROP_REPORT_YEAR = QName.createQName(URI, "reportYear");
    QName PROP_TEMPLATE_FORMAT = QName.createQName(URI, "templateFormat");
    QName PROP_INDEX_NUMBER = QName.createQName(URI, "indexNumber");
    QName PROP_DOCUMENT_DATE = QName.createQName(URI, "documentDate");
    QName PROP_PUBLICATION_DATE = QName.createQName(URI, "publicationDate");

    // ---- aspect ar:reportFigures (local names = engine Summary component names)
    QName ASPECT_REPORT_FIGURES = QName.createQName(URI, "reportFigures");
    QName PROP_APPLICATIONS_NEW = QName.createQName(URI, "applicationsNew");
    QName PROP_APPLICATIONS_CARRIED_OVER = QName.createQName(URI, "applicationsCarriedOver");
    QName PROP_APPLICATIONS_HANDLED = QName.createQName(URI, "applicationsHandled");
    QName PROP_APPLICATIONS_CARRIED_FORWARD = QName.createQName(URI, "applicationsCarriedForward");
    QName PROP_REVIEW_TOTAL = QName.createQName(URI, "reviewTotal");
    QName PROP_LITIGATION_DIRECT_TOTAL = QName.createQName(URI, "litigationDirectTotal");
    QName PROP_LITIGATION_AFTER_REVIEW_TOTAL = QName.createQName(URI, "litigationAfterReviewTotal");
    QName PROP_REGULATIONS_ISSUED = QName.createQName(URI, "regulationsIssued");
    QName PROP_NORMATIVE_DOCUMENTS_ISSUED = QName.createQName(URI, "normativeDocumentsIssued");
    QName PROP_NORMATIVE_DOCUMENTS_IN_FORCE = QName.createQName(URI, "normativeDocumentsInForce");
    QName PROP_LICENSING_DECISIONS = QName.createQName(URI, "licensingDecisions");
    QName PROP_PENALTY_DECISIONS = QName.createQName(URI, "penaltyDecisions");
    QName PROP_ENFORCEMENT_DECISIONS = QName.createQName(URI, "enforcementDecisions");
    QName PROP_FEES_AMOUNT_WAN_YUAN = QName.createQName(URI, "feesAmountWanYuan");

    // ---- aspect ar:validation
    QName ASPECT_VALIDATION = QName.createQName(URI, "validation");
    QName PROP_VALIDATION_STATUS = QName.createQName(URI, "validationStatus");
    QName PROP_STATUS_REASON = QName.createQName(URI, "statusReason");
    QName PROP_ERROR_COUNT = QName.createQName(URI, "errorCount");
    QName PROP_WARNING_COUNT = QName.createQName(URI, "warningCount");
    QName PROP_INFO_COUNT = QName.createQName(URI, "infoCount");
    QName PROP_FINDINGS = QName.createQName(URI, "findings");
    QName PROP_FINDING_CODES = QName.createQName(URI, "findingCodes");
    QName PROP_VALIDATION_RESULT = QName.createQName(URI, "validationResult");
    QName PROP_VALIDATED_AT = QName.createQName(URI, "validatedAt");
    QName PROP_ENGINE_VERSION = QName.createQName(URI, "engineVersion");
    QName PROP_CONTENT_HASH = QName.createQName(URI, "contentHash");
    QName PROP_PENDING_SINCE = QName.createQName(URI, "pendingSince");
    QName PROP_ANALYSIS_ATTEMPTS = QName.createQName(URI, "analysisAttempts");
    QName PROP_RETRY_AT = QName.createQName(URI, "retryAt");

    // ---- aspect ar:review
    QName ASPECT_REVIEW = QName.createQName(URI, "review");
    QName PROP_REVIEW_STATE = QName.createQName(URI, "reviewState");
    QName PROP_SUBMITTING_GROUP = QName.createQName(URI, "submittingGroup");
    QName PROP_REVIEWER = QName.createQName(URI, "reviewer");
    QName PROP_SUBMITTED_AT = QName.createQName(URI, "submittedAt");
    QName PROP_REVIEWED_AT = QName.createQName(URI, "reviewedAt");
    QName PROP_REVIEW_COMMENT = QName.createQName(URI, "reviewComment");
    QName PROP_REVIEW_HISTORY = QName.createQName(URI, "reviewHistory");
    QName PROP_WORKFLOW_INSTANCE_ID = QName.createQName(URI, "workflowInstanceId");

    // ---- LIST ar:validationStatusList (PENDING + the engine's Status values)
    String STATUS_PENDING = "PENDING";
    String STATUS_VALID = "VALID";
    String STATUS_VALID_WITH_WARNINGS = "VALID_WITH_WARNINGS";
    String STATUS_INVALID = "INVALID";
    String STATUS_NOT_A_REPORT = "NOT_A_REPORT";
    String STATUS_UNREADABLE = "UNREADABLE";

    // ---- LIST ar:reviewStateList
    String REVIEW_SUBMITTED = "SUBMITTED";
    String REVIEW_RETURNED = "RETURNED";
    String REVIEW_UNDER_REVIEW = "UNDER_REVIEW";
    String REVIEW_APPROVED = "APPROVED";
    String REVIEW_REJECTED = "REJECTED";
}
