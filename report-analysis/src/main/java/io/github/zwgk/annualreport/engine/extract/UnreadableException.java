package io.github.zwgk.annualreport.engine.extract;

/** Thrown by extraction when no usable text can be had; the analyzer turns it into an UNREADABLE result. */
public class UnreadableException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final UnreadableReason reason;

    public UnreadableException(UnreadableReason reason, String detail, Throwable cause)
    {
        super(reason.messageEn() + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.reason = reason;
    }

    public UnreadableException(UnreadableReason reason, String detail)
    {
        this(reason, detail, null);
    }

    public UnreadableReason reason()
    {
        return reason;
    }

    /** The Chinese reason with the detail, for {@code statusReason}. */
    public String statusReason()
    {
        String m = getMessage();
        int colon = m.indexOf(": ");
        return colon < 0 ? reason.message() : reason.message() + "（" + m.substring(colon + 2) + "）";
    }
}
