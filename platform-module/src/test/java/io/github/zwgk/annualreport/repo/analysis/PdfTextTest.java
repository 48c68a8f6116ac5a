package io.github.zwgk.annualreport.repo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.filestore.FileContentWriter;
import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.ContentIOException;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.store.RetryPolicy.Blame;

/**
 * A PDF's text from the transform service, and whose fault a failure is: the transform client is mocked, the content
 * readers and writers are Alfresco's real file content readers and writers on temporary files. The mocked service
 * "converts" a PDF whose content stream shows the text (as the probe PDF's does) and fails on anything else.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PdfTextTest
{
    private static final Instant NOW = Instant.parse("2026-01-20T02:30:00Z");
    private static final Pattern SHOWN_TEXT = Pattern.compile("\\((.*?)\\) Tj");

    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report-pdf");

    @Mock ContentService contentService;
    @Mock SynchronousTransformClient transformClient;
    @Mock TransactionService transactionService;
    @Mock RetryingTransactionHelper txn;

    @TempDir Path temp;

    private final AtomicInteger files = new AtomicInteger();
    /** What the transform service was given, in order (a content reader reads once). */
    private final List<String> transformed = new ArrayList<>();
    private PdfText pdfText;

    @BeforeEach
    void setUp()
    {
        pdfText = new PdfText();
        pdfText.setContentService(contentService);
        pdfText.setSynchronousTransformClient(transformClient);
        pdfText.setTransactionService(transactionService);
        pdfText.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        when(transactionService.getRetryingTransactionHelper()).thenReturn(txn);
        when(txn.doInTransaction(any(), anyBoolean(), anyBoolean()))
                .thenAnswer(inv -> inv.<RetryingTransactionCallback<?>>getArgument(0).execute());
        when(contentService.getTempWriter()).thenAnswer(inv -> writer());
    }

    private ContentWriter writer()
    {
        File file = temp.resolve("content-" + files.incrementAndGet() + ".bin").toFile();
        return new FileContentWriter(file);
    }

    /** The report's stored PDF. */
    private void reportContent(String pdf)
    {
        ContentWriter w = writer();
        w.setMimetype("application/pdf");
        w.putContent(pdf);
        when(contentService.getReader(report, ContentModel.PROP_CONTENT)).thenReturn(w.getReader());
    }

    /** A transform service that extracts the text a PDF's content stream shows, and fails on a PDF without any. */
    private void serviceUp()
    {
        doAnswer(inv -> {
            ContentReader source = inv.getArgument(0);
            ContentWriter target = inv.getArgument(1);
            String pdf = source.getContentString();
            transformed.add(pdf);
            Matcher shown = SHOWN_TEXT.matcher(pdf);
            if (!shown.find())
            {
                throw new ContentIOException("Transformer failed: PDF has no text objects");
            }
            target.putContent(shown.group(1) + "\n");
            return null;
        }).when(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());
    }

    @Test
    void theTextOfAPdfIsWhatTheTransformServiceGivesForTheReport()
    {
        serviceUp();
        reportContent(new String(PdfText.probePdf("2022 annual report of the county"), StandardCharsets.ISO_8859_1));

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.text()).isEqualTo("2022 annual report of the county\n");
        verify(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(),
                org.mockito.ArgumentMatchers.eq(report));
    }

    @Test
    void noTransformerForPdfIsTheInstallationsFault()
    {
        reportContent("%PDF-1.4 ...");
        doThrow(new UnsupportedTransformationException("No transformer for application/pdf -> text/plain"))
                .when(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.blame()).isEqualTo(Blame.INSTALLATION);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.PARSER_UNAVAILABLE);
        assertThat(outcome.cause()).contains("PDF 文本转换服务不可用");
    }

    @Test
    void aConversionFailureWhileTheProbeConvertsIsDoubtful()
    {
        serviceUp();
        reportContent("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"); // no text: the "service" fails on it

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.blame()).isEqualTo(Blame.DOUBTFUL);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.CORRUPT);
        assertThat(outcome.cause()).startsWith("PDF 文件无法转换为文本").contains("PDF has no text objects");
        // the report, then the probe
        assertThat(transformed).hasSize(2);
        assertThat(transformed.get(1)).startsWith("%PDF-1.4").contains("(annual report probe) Tj");
    }

    @Test
    void aConversionFailureWhenTheProbeFailsTooIsTheInstallationsFault()
    {
        reportContent("%PDF-1.4 ...");
        doThrow(new ContentIOException("Connection refused: localhost:8090"))
                .when(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.blame()).isEqualTo(Blame.INSTALLATION);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.PARSER_UNAVAILABLE);
        assertThat(outcome.cause()).startsWith("PDF 文本转换服务暂时不可用").contains("Connection refused");
        verify(transformClient, times(2)).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());
    }

    @Test
    void aTransformThatWritesNothingIsTheServicesFailureNeverAnEmptyPdf()
    {
        // Alfresco's local transformer, once its T-Engine failed an availability check, returns without writing
        reportContent(new String(PdfText.probePdf("2022 annual report of the county"), StandardCharsets.ISO_8859_1));

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.blame()).isEqualTo(Blame.INSTALLATION);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.PARSER_UNAVAILABLE);
        assertThat(outcome.cause()).contains("wrote no text");
        // the report, then the probe: neither written
        verify(transformClient, times(2)).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());
    }

    @Test
    void anEmptyTextIsTheTextOfAPdfWithoutText()
    {
        // a scanned PDF: the service writes its (empty) text; the engine then says NO_TEXT
        doAnswer(inv -> {
            inv.<ContentWriter>getArgument(1).putContent("");
            return null;
        }).when(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());
        reportContent("%PDF-1.4 scanned");

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.text()).isEmpty();
    }

    @Test
    void theProbesVerdictIsKeptForAMinute()
    {
        reportContent("%PDF-1.4 ...");
        doThrow(new ContentIOException("Connection refused"))
                .when(transformClient).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());

        pdfText.textOf(report, "report.pdf", 1000);
        pdfText.textOf(report, "report.pdf", 1000);
        // two reports, one probe
        verify(transformClient, times(3)).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());

        pdfText.setClock(Clock.fixed(NOW.plus(Duration.ofSeconds(61)), ZoneOffset.UTC));
        pdfText.textOf(report, "report.pdf", 1000);
        verify(transformClient, times(5)).transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), any());
    }

    @Test
    void textOverTheLimitIsTheFilesFault()
    {
        serviceUp();
        reportContent(new String(PdfText.probePdf("x".repeat(200)), StandardCharsets.ISO_8859_1));

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 40);

        assertThat(outcome.blame()).isEqualTo(Blame.FILE);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.TOO_MUCH_TEXT);
        assertThat(outcome.cause()).startsWith(UnreadableReason.TOO_MUCH_TEXT.message()).contains("201 > 160");
    }

    @Test
    void aReportWhoseContentIsMissingFromTheStoreIsTheInstallationsFault()
    {
        when(contentService.getReader(report, ContentModel.PROP_CONTENT)).thenReturn(null);

        PdfText.Outcome outcome = pdfText.textOf(report, "report.pdf", 1000);

        assertThat(outcome.blame()).isEqualTo(Blame.INSTALLATION);
        assertThat(outcome.reason()).isEqualTo(UnreadableReason.IO_ERROR);
    }

    @Test
    void theProbePdfHasACorrectCrossReferenceTable()
    {
        byte[] pdf = PdfText.probePdf("annual report probe");
        String text = new String(pdf, StandardCharsets.US_ASCII);

        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
        assertThat(startxref.find()).isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(text.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f \n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text);
        int object = 0;
        int from = xref;
        while (entry.find(from))
        {
            object++;
            int offset = Integer.parseInt(entry.group(1));
            assertThat(text.substring(offset)).as("object %d at %d", object, offset).startsWith(object + " 0 obj\n");
            from = entry.end();
        }
        assertThat(object).isEqualTo(5);
        assertThat(text).contains("trailer\n<< /Size 6 /Root 1 0 R >>");
        // the content stream's /Length is its length
        Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n(.*?)\nendstream", Pattern.DOTALL).matcher(text);
        assertThat(stream.find()).isTrue();
        assertThat(stream.group(2)).hasSize(Integer.parseInt(stream.group(1))).contains("(annual report probe) Tj");
    }
}
