package io.github.zwgk.annualreport.repo.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.store.RetryPolicy.Blame;

/**
 * A PDF report's text, from Alfresco's transform service (Transform Core's Tika engine) to text/plain, exactly as the
 * Solr text feed asks for it (remote-api solr/NodeContentGet): alfresco.war has no PDFBox (MNT-22388). The content
 * reader is taken in a short read-only transaction; the conversion itself runs outside any transaction, and its text is
 * read bounded by the engine's character limit.
 * <p>
 * A failure is told apart as the installation's or the file's: no transformer for PDF means the service is not
 * configured or not up (yet); a conversion that fails while a small known-good PDF still converts is the file's
 * doubt (tried again before it counts as the file's); when that probe fails too, the service is down.
 */
public class PdfText
{
    private static final Log LOGGER = LogFactory.getLog(PdfText.class);

    /** What a PDF's conversion gave: its text, or why not and on whom. */
    public record Outcome(String text, Blame blame, UnreadableReason reason, String cause)
    {
        static Outcome of(String text)
        {
            return new Outcome(text, null, null, null);
        }

        static Outcome failed(Blame blame, UnreadableReason reason, String cause)
        {
            return new Outcome(null, blame, reason, cause);
        }

        public boolean failed()
        {
            return text == null;
        }
    }

    private static final String PROBE_TEXT = "annual report probe";
    private static final byte[] PROBE_PDF = probePdf(PROBE_TEXT);

    private ContentService contentService;
    private SynchronousTransformClient synchronousTransformClient;
    private TransactionService transactionService;
    private Clock clock = Clock.systemDefaultZone();
    private Duration probeValidity = Duration.ofSeconds(60);

    private Instant probedAt;
    private boolean probeWorked;

    /** The text of the report's PDF content, at most {@code maxCharacters} characters (more is TOO_MUCH_TEXT). */
    public Outcome textOf(NodeRef report, String name, int maxCharacters)
    {
        ContentReader reader = transactionService.getRetryingTransactionHelper().doInTransaction(
                () -> contentService.getReader(report, ContentModel.PROP_CONTENT), true, true);
        if (reader == null || !reader.exists())
        {
            return Outcome.failed(Blame.INSTALLATION, UnreadableReason.IO_ERROR, "内容存储中找不到报告文件");
        }
        String text;
        try
        {
            text = convert(reader, report, maxCharacters);
        }
        catch (UnsupportedTransformationException e)
        {
            LOGGER.warn("No PDF to text/plain transformer (transform service not configured or not up): " + e.getMessage());
            return Outcome.failed(Blame.INSTALLATION, UnreadableReason.PARSER_UNAVAILABLE,
                    "PDF 文本转换服务不可用（未配置或尚未启动）");
        }
        catch (TooMuchText e)
        {
            return Outcome.failed(Blame.FILE, UnreadableReason.TOO_MUCH_TEXT, e.getMessage());
        }
        catch (RuntimeException e)
        {
            String detail = shorten(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (serviceWorks())
            {
                LOGGER.info("PDF conversion of " + report + " failed while the service converts other PDFs: " + detail);
                return Outcome.failed(Blame.DOUBTFUL, UnreadableReason.CORRUPT, "PDF 文件无法转换为文本（" + detail + "）");
            }
            LOGGER.warn("PDF conversion of " + report + " failed and the transform service fails a known-good PDF too: " + detail);
            return Outcome.failed(Blame.INSTALLATION, UnreadableReason.PARSER_UNAVAILABLE,
                    "PDF 文本转换服务暂时不可用（" + detail + "）");
        }
        return Outcome.of(text);
    }

    private String convert(ContentReader reader, NodeRef source, int maxCharacters)
    {
        ContentWriter writer = contentService.getTempWriter();
        writer.setMimetype(MimetypeMap.MIMETYPE_TEXT_PLAIN);
        writer.setEncoding("UTF-8");
        synchronousTransformClient.transform(reader, writer, Map.of(), null, source);
        ContentReader out = writer.isClosed() ? writer.getReader() : null;
        if (out == null || !out.exists())
        {
            // Alfresco's local transformer, once its T-Engine failed an availability check, returns without writing
            // anything: that is the service's failure, never an empty (scanned) PDF, whose text is written, if empty.
            throw new IllegalStateException("the transform service wrote no text (transformer not available)");
        }
        // UTF-8: at most 4 bytes a character; more bytes than that cannot be within the limit
        long maxBytes = 4L * maxCharacters;
        if (out.getSize() > maxBytes)
        {
            throw new TooMuchText(out.getSize() + " > " + maxBytes + " bytes of text");
        }
        try (InputStream in = out.getContentInputStream())
        {
            return new String(in.readNBytes((int) maxBytes), StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new IllegalStateException("Cannot read the converted text", e);
        }
    }

    /** Whether the service converts a small known-good PDF now (checked at most once a minute). */
    synchronized boolean serviceWorks()
    {
        Instant now = clock.instant();
        if (probedAt != null && probedAt.plus(probeValidity).isAfter(now))
        {
            return probeWorked;
        }
        boolean works;
        try
        {
            ContentWriter pdf = contentService.getTempWriter();
            pdf.setMimetype(MimetypeMap.MIMETYPE_PDF);
            pdf.putContent(new ByteArrayInputStream(PROBE_PDF));
            ContentWriter text = contentService.getTempWriter();
            text.setMimetype(MimetypeMap.MIMETYPE_TEXT_PLAIN);
            text.setEncoding("UTF-8");
            synchronousTransformClient.transform(pdf.getReader(), text, Map.of(), null, null);
            works = text.getReader().getContentString().contains(PROBE_TEXT);
        }
        catch (RuntimeException e)
        {
            works = false;
        }
        probedAt = now;
        probeWorked = works;
        return works;
    }

    /** A one-page PDF 1.4 with one line of Helvetica text, its cross-reference table computed. */
    static byte[] probePdf(String line)
    {
        String stream = "BT /F1 12 Tf 10 20 Td (" + line + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 50] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++)
        {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets)
        {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String shorten(String s)
    {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 200 ? one : one.substring(0, 200) + "…";
    }

    /** The converted text is over the limit: the file's (a real report has 6–12 thousand characters). */
    private static final class TooMuchText extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        TooMuchText(String detail)
        {
            super(UnreadableReason.TOO_MUCH_TEXT.message() + "（" + detail + "）");
        }
    }

    public void setContentService(ContentService contentService)
    {
        this.contentService = contentService;
    }

    public void setSynchronousTransformClient(SynchronousTransformClient synchronousTransformClient)
    {
        this.synchronousTransformClient = synchronousTransformClient;
    }

    public void setTransactionService(TransactionService transactionService)
    {
        this.transactionService = transactionService;
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }
}
