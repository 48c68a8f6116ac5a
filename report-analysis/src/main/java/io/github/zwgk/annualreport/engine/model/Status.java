package io.github.zwgk.annualreport.engine.model;

/**
 * The outcome of one analysis. The repository adds {@code PENDING} (queued, not analysed yet) to its own
 * constraint; the engine never returns it.
 */
public enum Status
{
    /** Every rule passed. */
    VALID,
    /** No ERROR finding, at least one WARNING. */
    VALID_WITH_WARNINGS,
    /** At least one ERROR finding. */
    INVALID,
    /** Text was read but it is not a 政府信息公开工作年度报告 (no title, sections or tables of one). */
    NOT_A_REPORT,
    /** No text could be read (corrupt, encrypted, empty, over a limit); {@code statusReason} says why. */
    UNREADABLE;

    /** The status that a set of findings on a readable report earns. */
    public static Status of(Iterable<Finding> findings)
    {
        boolean warning = false;
        for (Finding f : findings)
        {
            if (f.severity() == Severity.ERROR)
            {
                return INVALID;
            }
            warning |= f.severity() == Severity.WARNING;
        }
        return warning ? VALID_WITH_WARNINGS : VALID;
    }
}
