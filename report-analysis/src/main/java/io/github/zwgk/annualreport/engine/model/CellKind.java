package io.github.zwgk.annualreport.engine.model;

/** What a table cell holds. A blank cell is not a zero. */
public enum CellKind
{
    /** A number as written (integer, decimal or signed). */
    NUMBER,
    /** Nothing written in the cell. */
    BLANK,
    /** 不适用, —, /, 无 and the like. */
    NOT_APPLICABLE,
    /** Something that is neither a number nor a recognised 不适用 mark (OCR noise, text in a number cell). */
    UNREADABLE,
    /**
     * Digits run together ("640020470" for a whole row) that split into the row's cells in more than one way
     * consistent with the template's sums; the cell's possible values are in {@link Cell#candidates()} (empty when too
     * many to list).
     */
    AMBIGUOUS
}
