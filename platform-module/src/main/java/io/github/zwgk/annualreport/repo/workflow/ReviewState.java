package io.github.zwgk.annualreport.repo.workflow;

/**
 * Where a report is in the review workflow: the values of {@code ar:reviewStateList}, the constraint of
 * {@code ar:reviewState} (AnnualReportModel.REVIEW_*).
 */
enum ReviewState
{
    SUBMITTED, RETURNED, UNDER_REVIEW, APPROVED, REJECTED
}
