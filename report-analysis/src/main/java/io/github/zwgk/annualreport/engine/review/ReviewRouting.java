package io.github.zwgk.annualreport.engine.review;

import io.github.zwgk.annualreport.engine.model.Status;

/**
 * Where the review workflow sends a report after analysis: back to the agency to correct it, or on to the
 * 政务公开办's reviewers. Warnings do not stop a report: a reviewer judges them.
 */
public enum ReviewRouting
{
    /** 退回修改: the report must be corrected (or re-uploaded readable) and resubmitted. */
    RETURN_TO_AGENCY,
    /** 审核: a reviewer approves or rejects it. */
    SEND_TO_REVIEW;

    public static ReviewRouting decide(Status status)
    {
        if (status == null)
        {
            return RETURN_TO_AGENCY;
        }
        return switch (status)
        {
            case VALID, VALID_WITH_WARNINGS -> SEND_TO_REVIEW;
            case INVALID, UNREADABLE, NOT_A_REPORT -> RETURN_TO_AGENCY;
        };
    }
}
