package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.zwgk.annualreport.engine.fixtures.HostileInputs;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;

/**
 * Every hostile input ends with its own {@link UnreadableReason}, never another exception, and quickly: each is
 * asserted to come back in under 2 s of wall-clock time.
 */
class HostileInputTest
{
    private static final long MAX_NANOS = Duration.ofSeconds(2).toNanos();

    @TempDir
    static Path dir;

    private static byte[] zipBomb;
    private static Path fiftyMegabytes;

    private final DocumentExtractor extractor = new DocumentExtractor();

    @BeforeAll
    static void buildOnce()
    {
        DocumentExtractor.warmUp();
        zipBomb = HostileInputs.zipBombDocx();
        fiftyMegabytes = HostileInputs.hugeText(dir.resolve("huge.txt"), 50L * 1024 * 1024);
    }

    /** Extraction that can throw the checked {@link UnreadableException}. */
    @FunctionalInterface
    interface Extraction
    {
        ExtractedDocument run() throws UnreadableException;
    }

    private static UnreadableException unreadable(Extraction extraction)
    {
        long start = System.nanoTime();
        try
        {
            ExtractedDocument doc = extraction.run();
            return fail("expected UNREADABLE, got %d lines: %s", doc.lines().size(),
                doc.lines().subList(0, Math.min(3, doc.lines().size())));
        }
        catch (UnreadableException e)
        {
            long elapsed = System.nanoTime() - start;
            assertThat(elapsed).as("wall time of %s (%d ms)", e.reason(), elapsed / 1_000_000).isLessThan(MAX_NANOS);
            return e;
        }
    }

    private UnreadableReason reasonFor(byte[] content, String fileName)
    {
        return unreadable(() -> extractor.extract(new ByteArrayInputStream(content), fileName, Limits.DEFAULT)).reason();
    }

    @Test
    void zeroBytesAreEmptyFromAStreamAndFromAFile()
    {
        Path empty = ReportFixtures.write(dir, "empty.docx", HostileInputs.empty());

        assertThat(reasonFor(HostileInputs.empty(), "empty.docx")).isEqualTo(UnreadableReason.EMPTY);
        assertThat(unreadable(() -> extractor.extract(empty, Limits.DEFAULT)).reason()).isEqualTo(UnreadableReason.EMPTY);
    }

    @Test
    void aFileOverTheByteLimitIsTooLargeWithoutBeingRead()
    {
        UnreadableException e = unreadable(() -> extractor.extract(fiftyMegabytes, Limits.DEFAULT));

        assertThat(e.reason()).isEqualTo(UnreadableReason.TOO_LARGE);
    }

    @Test
    void aStreamOverTheByteLimitIsTooLargeAfterReadingOneByteMoreThanTheLimit() throws IOException
    {
        try (CountingStream in = new CountingStream(Files.newInputStream(fiftyMegabytes)))
        {
            UnreadableException e = unreadable(() -> extractor.extract(in, "huge.txt", Limits.DEFAULT));

            assertThat(e.reason()).isEqualTo(UnreadableReason.TOO_LARGE);
            assertThat(in.read).isEqualTo(Limits.DEFAULT.maxBytes() + 1);
        }
    }

    @Test
    void moreCharactersThanTheLimitIsTooMuchText()
    {
        Path fourMegabytes = HostileInputs.hugeText(dir.resolve("four.txt"), 4L * 1024 * 1024);

        assertThat(unreadable(() -> extractor.extract(fourMegabytes, Limits.DEFAULT)).reason())
            .isEqualTo(UnreadableReason.TOO_MUCH_TEXT);
    }

    @Test
    void moreLinesThanTheLimitIsTooMuchText()
    {
        assertThat(reasonFor(HostileInputs.manyLines(60_000), "lines.txt")).isEqualTo(UnreadableReason.TOO_MUCH_TEXT);
    }

    @Test
    void aDocxWithMoreCharactersThanTheLimitStopsAsTooMuchText()
    {
        Limits small = new Limits(Limits.DEFAULT.maxBytes(), 1_000, Limits.DEFAULT.maxLines(), Duration.ofSeconds(20));
        byte[] docx = ReportFixtures.docx(ReportDocument.seed("000"));

        UnreadableException e = unreadable(() -> extractor.extract(new ByteArrayInputStream(docx), "r.docx", small));

        assertThat(e.reason()).isEqualTo(UnreadableReason.TOO_MUCH_TEXT);
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted()
    {
        assertThat(reasonFor(HostileInputs.encryptedPdf(), "report.pdf")).isEqualTo(UnreadableReason.ENCRYPTED);
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted()
    {
        assertThat(reasonFor(HostileInputs.encryptedDocx(), "report.docx")).isEqualTo(UnreadableReason.ENCRYPTED);
    }

    @Test
    void aTruncatedDocxIsCorrupt()
    {
        assertThat(reasonFor(HostileInputs.corruptZip(), "report.docx")).isEqualTo(UnreadableReason.CORRUPT);
    }

    @Test
    void aPdfHeaderFollowedByNoiseIsCorrupt()
    {
        assertThat(reasonFor(HostileInputs.corruptPdf(), "report.pdf")).isEqualTo(UnreadableReason.CORRUPT);
    }

    @Test
    void aDocxWhoseDocumentInflatesHugelyIsAZipBomb()
    {
        assertThat(reasonFor(zipBomb, "report.docx")).isEqualTo(UnreadableReason.ZIP_BOMB);
    }

    @Test
    void aScannedPdfWithoutTextLayerHasNoText()
    {
        assertThat(reasonFor(HostileInputs.imageOnlyPdf(), "scan.pdf")).isEqualTo(UnreadableReason.NO_TEXT);
    }

    @Test
    void aDocxWithoutAnyTextHasNoText()
    {
        byte[] blank = ReportFixtures.docx(new ReportDocument(List.of(new ReportDocument.Table(List.of(List.of("", ""))))));

        assertThat(reasonFor(blank, "blank.docx")).isEqualTo(UnreadableReason.NO_TEXT);
    }

    @Test
    void randomBytesAreBinaryWhateverTheirName()
    {
        byte[] noise = HostileInputs.randomBinary(20231231L, 256 * 1024);

        assertThat(reasonFor(noise, "report.txt")).isEqualTo(UnreadableReason.BINARY);
        assertThat(reasonFor(noise, "report.bin")).isEqualTo(UnreadableReason.BINARY);
        assertThat(reasonFor(noise, null)).isEqualTo(UnreadableReason.BINARY);
    }

    @Test
    void anImageNamedTxtIsBinaryAndNamedPngIsUnsupported() throws IOException
    {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png);

        assertThat(reasonFor(png.toByteArray(), "report.txt")).isEqualTo(UnreadableReason.BINARY);
        assertThat(reasonFor(png.toByteArray(), "report.png")).isEqualTo(UnreadableReason.UNSUPPORTED);
    }

    @Test
    void anOle2ContainerNamedDocThatHoldsNoWordDocumentIsCorrupt() throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem())
        {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "NotAWordStream");
            fs.writeFilesystem(bytes);
        }

        assertThat(reasonFor(bytes.toByteArray(), "report.doc")).isEqualTo(UnreadableReason.CORRUPT);
    }

    @Test
    void aPlainZipArchiveIsUnsupported() throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes))
        {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("一、总体情况".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(reasonFor(bytes.toByteArray(), "reports.zip")).isEqualTo(UnreadableReason.UNSUPPORTED);
    }

    @Test
    void aHundredThousandNestedDivsAreCorruptWithoutOverflowingTheStack()
    {
        assertThat(reasonFor(HostileInputs.deeplyNestedHtml(100_000), "deep.html")).isEqualTo(UnreadableReason.CORRUPT);
    }

    @Test
    void nestingDeeperThanTikasHundredLevelsIsCorrupt()
    {
        assertThat(reasonFor(HostileInputs.deeplyNestedHtml(150), "deep.html")).isEqualTo(UnreadableReason.CORRUPT);
    }

    @Test
    void aStalledStreamTimesOutWithinTheBudget()
    {
        Limits budget = new Limits(Limits.DEFAULT.maxBytes(), Limits.DEFAULT.maxCharacters(), Limits.DEFAULT.maxLines(),
            Duration.ofMillis(300));
        InputStream stalled = new InputStream()
        {
            @Override
            public int read() throws IOException
            {
                try
                {
                    Thread.sleep(60_000); // a network share that stopped answering
                }
                catch (InterruptedException e)
                {
                    throw new java.io.InterruptedIOException("interrupted");
                }
                return -1;
            }
        };

        long start = System.nanoTime();
        UnreadableException e = unreadable(() -> extractor.extract(stalled, "report.docx", budget));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(e.reason()).isEqualTo(UnreadableReason.TIMEOUT);
        assertThat(elapsedMillis).isBetween(300L, 1_000L);
    }

    @Test
    void aFailingStreamOrAMissingFileIsAnIoError()
    {
        InputStream failing = new InputStream()
        {
            @Override
            public int read() throws IOException
            {
                throw new IOException("connection reset");
            }
        };

        assertThat(unreadable(() -> extractor.extract(failing, "report.pdf", Limits.DEFAULT)).reason())
            .isEqualTo(UnreadableReason.IO_ERROR);
        assertThat(unreadable(() -> extractor.extract(dir.resolve("missing.pdf"), Limits.DEFAULT)).reason())
            .isEqualTo(UnreadableReason.IO_ERROR);
    }

    /** Counts the bytes the extractor pulled from the stream. */
    private static final class CountingStream extends InputStream
    {
        private final InputStream in;
        long read;

        CountingStream(InputStream in)
        {
            this.in = in;
        }

        @Override
        public int read() throws IOException
        {
            int b = in.read();
            read += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException
        {
            int n = in.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }

        @Override
        public void close() throws IOException
        {
            in.close();
        }
    }
}
