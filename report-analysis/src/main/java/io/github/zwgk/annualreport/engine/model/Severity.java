package io.github.zwgk.annualreport.engine.model;

/** How much a finding matters to a reviewer at a 政务公开办. */
public enum Severity
{
    /** The report must be corrected and resubmitted. */
    ERROR,
    /** The reviewer should look at it; the report can still be accepted. */
    WARNING,
    /** Noted for the record. */
    INFO
}
