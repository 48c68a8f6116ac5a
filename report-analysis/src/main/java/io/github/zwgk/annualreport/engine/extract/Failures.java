package io.github.zwgk.annualreport.engine.extract;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Maps whatever a parser threw to an {@link UnreadableReason}. The input is already in memory when parsers run, so an
 * IOException from a parser means a malformed file (CORRUPT), never an I/O problem.
 */
final class Failures
{
    private static final int MAX_DETAIL = 200;
    /** Compared by name: an instanceof would load PDFBox, which the repository does not ship. */
    private static final String PDFBOX_INVALID_PASSWORD = "org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException";

    private Failures()
    {
    }

    static UnreadableException classify(Throwable failure)
    {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause())
        {
            if (t instanceof UnreadableException u)
            {
                return u;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof BlockContentHandler.TextLimitException || t instanceof WriteLimitReachedException)
            {
                return new UnreadableException(UnreadableReason.TOO_MUCH_TEXT, message, failure);
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException
                || t.getClass().getName().equals(PDFBOX_INVALID_PASSWORD))
            {
                return new UnreadableException(UnreadableReason.ENCRYPTED, shorten(message), failure);
            }
            if (lower.contains("nesting"))
            {
                // Tika's SecureContentHandler: "Suspected zip bomb: 100 levels of XML element nesting"
                return new UnreadableException(UnreadableReason.CORRUPT, "elements nested too deeply", failure);
            }
            if (lower.contains("zip bomb"))
            {
                // POI ZipSecureFile "Zip bomb detected! …" (inflate ratio) or Tika SecureContentHandler (output ratio)
                return new UnreadableException(UnreadableReason.ZIP_BOMB, shorten(message), failure);
            }
            if (t instanceof StackOverflowError)
            {
                return new UnreadableException(UnreadableReason.CORRUPT, "structure nested too deeply", null);
            }
            if (t instanceof LinkageError)
            {
                // a parser's class is missing or broken (e.g. PDFBox absent): the installation's problem, not the file's
                return new UnreadableException(UnreadableReason.PARSER_UNAVAILABLE, shorten(t.toString()), failure);
            }
            if (t instanceof OutOfMemoryError)
            {
                return new UnreadableException(UnreadableReason.OUT_OF_MEMORY, "out of memory while reading", null);
            }
            if (t instanceof InterruptedException || t instanceof InterruptedIOException
                || t instanceof ClosedByInterruptException)
            {
                return new UnreadableException(UnreadableReason.TIMEOUT, "interrupted", failure);
            }
            if (t instanceof ZeroByteFileException)
            {
                return new UnreadableException(UnreadableReason.EMPTY, null, failure);
            }
        }
        return new UnreadableException(UnreadableReason.CORRUPT, shorten(rootMessage(failure)), failure);
    }

    /** One line, at most 200 characters: a detail for statusReason, not a stack trace. */
    static String shorten(String s)
    {
        if (s == null)
        {
            return null;
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_DETAIL ? one : one.substring(0, MAX_DETAIL) + "…";
    }

    private static String rootMessage(Throwable t)
    {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root)
        {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
