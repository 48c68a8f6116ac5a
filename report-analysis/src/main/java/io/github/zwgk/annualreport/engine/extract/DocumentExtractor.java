package io.github.zwgk.annualreport.engine.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

import io.github.zwgk.annualreport.engine.model.ExtractionInfo;

/**
 * Reads a report file (.docx, .doc, .pdf, .html/.htm, .txt in UTF-8/UTF-16/GB18030 with or without BOM) through Apache
 * Tika into an {@link ExtractedDocument}, keeping real table structure where the format has it.
 * <p>
 * The type comes from the content (Tika's detector, the file name only as a hint). Office, PDF and HTML go through
 * Tika's {@link AutoDetectParser} into a {@link BlockContentHandler}; docx tables are then re-read with POI for their
 * merged-cell grid ({@link DocxTables}); plain text is decoded here ({@link PlainTextDecoder}). Everything runs on a
 * daemon worker thread bounded by {@link Limits#timeBudget()}, and every failure, whatever it is, ends as an
 * {@link UnreadableException} with its {@link UnreadableReason}. Thread-safe; one instance can serve all callers.
 */
public class DocumentExtractor
{
    /** {@link ExtractionInfo#extractor()} for files parsed by Tika. */
    public static final String EXTRACTOR_TIKA = "tika";
    /** {@link ExtractionInfo#extractor()} for plain text decoded here. */
    public static final String EXTRACTOR_TEXT = "text";

    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Set<MediaType> DOCX_TYPES = Set.of(DOCX,
        MediaType.application("vnd.ms-word.document.macroenabled.12"),
        MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
        MediaType.application("vnd.ms-word.template.macroenabled.12"));
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType HTML = MediaType.text("html");
    private static final MediaType XHTML = MediaType.application("xhtml+xml");
    private static final MediaType OOXML_ENCRYPTED = MediaType.application("x-tika-ooxml-protected");
    private static final Set<MediaType> ZIP_TYPES = Set.of(MediaType.application("zip"),
        MediaType.application("x-tika-ooxml"));
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /** Above this the byte buffer would exceed what a Java array holds. */
    private static final long MAX_BUFFER = Integer.MAX_VALUE - 16;
    /** Stack of the worker thread: generous, so that parsers recursing on nested structures rarely hit it. */
    private static final long WORKER_STACK = 8L * 1024 * 1024;
    private static final AtomicLong WORKERS = new AtomicLong();
    /** Daemon workers with a deep stack (nested markup), kept 60 s when idle, at most {@link #MAX_WORKERS} at work. */
    private static final ExecutorService WORKER_POOL = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(null, work, "report-extract-" + WORKERS.incrementAndGet(), WORKER_STACK);
        t.setDaemon(true);
        return t;
    });
    /**
     * Most extractions running at once in this JVM, counting the workers abandoned after a TIMEOUT that are still
     * parsing (Java cannot stop a parser that ignores interrupts): a permit is returned only when the worker really
     * ends. System property {@value #MAX_WORKERS_PROPERTY}; default twice the processors, at least 4.
     */
    static final String MAX_WORKERS_PROPERTY = "annualreport.extract.maxWorkers";
    static final int MAX_WORKERS = Integer.getInteger(MAX_WORKERS_PROPERTY,
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    private static final Semaphore WORKER_PERMITS = new Semaphore(MAX_WORKERS, true);

    /** What a file is treated as once detected. */
    private enum Kind
    {
        DOCX, DOC, PDF, HTML, TEXT
    }

    /** Tika's parser and detector: loading them scans every parser module (about a second), so it is done once. */
    private static final class Tika
    {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
        static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
        static final Detector DETECTOR = CONFIG.getDetector();
        static final MediaTypeRegistry REGISTRY = CONFIG.getMediaTypeRegistry();
        /**
         * The parser for each type, looked up once: the type is already decided, so the AutoDetectParser's second
         * detection and CompositeParser's per-call rebuild of this map are skipped (a third of an HTML extraction).
         */
        static final Map<MediaType, Parser> BY_TYPE = CONFIG.getParser() instanceof CompositeParser composite
                ? Map.copyOf(composite.getParsers(new ParseContext())) : Map.of();

        static Parser parserFor(MediaType type)
        {
            Parser p = BY_TYPE.get(type);
            return p != null ? p : PARSER;
        }
    }

    /** Loads Tika's parsers now (e.g. at application start) rather than in the first extraction's time budget. */
    public static void warmUp()
    {
        Tika.PARSER.getClass();
    }

    /**
     * Extracts a file.
     *
     * @param in       the content; read up to {@link Limits#maxBytes()} + 1 bytes on the worker thread, not closed (after
     *                 a TIMEOUT the abandoned worker may still be reading it: close it as usual)
     * @param fileName the file's name, a hint for the type (may be null)
     * @param limits   limits, {@link Limits#DEFAULT} when null
     * @throws UnreadableException whenever no text can be had, with the reason; nothing else is ever thrown
     */
    public ExtractedDocument extract(InputStream in, String fileName, Limits limits) throws UnreadableException
    {
        long start = System.nanoTime();
        Limits l = limits == null ? Limits.DEFAULT : limits;
        if (in == null)
        {
            throw new UnreadableException(UnreadableReason.IO_ERROR, "no input");
        }
        return withinBudget(() -> extractBytes(readBounded(in, l.maxBytes()), fileName, l, start), l);
    }

    /**
     * Extracts content already in memory, without copying it (the array must not change during the call).
     *
     * @throws UnreadableException whenever no text can be had, with the reason; nothing else is ever thrown
     */
    public ExtractedDocument extract(byte[] content, String fileName, Limits limits) throws UnreadableException
    {
        long start = System.nanoTime();
        Limits l = limits == null ? Limits.DEFAULT : limits;
        if (content == null || content.length == 0)
        {
            throw new UnreadableException(UnreadableReason.EMPTY, null);
        }
        if (content.length > l.maxBytes())
        {
            throw new UnreadableException(UnreadableReason.TOO_LARGE, content.length + " > " + l.maxBytes() + " bytes");
        }
        return withinBudget(() -> extractBytes(content, fileName, l, start), l);
    }

    /**
     * Extracts a file on disk; the size limit and an empty file are checked before anything is read.
     *
     * @throws UnreadableException whenever no text can be had, with the reason; nothing else is ever thrown
     */
    public ExtractedDocument extract(Path file, Limits limits) throws UnreadableException
    {
        long start = System.nanoTime();
        Limits l = limits == null ? Limits.DEFAULT : limits;
        if (file == null)
        {
            throw new UnreadableException(UnreadableReason.IO_ERROR, "no file");
        }
        String name = file.getFileName() == null ? null : file.getFileName().toString();
        try
        {
            long size = Files.size(file);
            if (size == 0)
            {
                throw new UnreadableException(UnreadableReason.EMPTY, name);
            }
            if (size > l.maxBytes())
            {
                throw new UnreadableException(UnreadableReason.TOO_LARGE, size + " > " + l.maxBytes() + " bytes");
            }
        }
        catch (NoSuchFileException e)
        {
            throw new UnreadableException(UnreadableReason.IO_ERROR, "no such file: " + file, e);
        }
        catch (IOException | SecurityException e)
        {
            throw new UnreadableException(UnreadableReason.IO_ERROR, e.getMessage(), e);
        }
        return withinBudget(() -> {
            try (InputStream in = Files.newInputStream(file))
            {
                return extractBytes(readBounded(in, l.maxBytes()), name, l, start);
            }
            catch (IOException e)
            {
                throw new UnreadableException(UnreadableReason.IO_ERROR, e.getMessage(), e);
            }
        }, l);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Time budget

    /**
     * Runs the work on a pooled daemon worker thread and waits at most the time budget. On timeout the worker is
     * interrupted and abandoned (parsers do not all honour interrupts; being a daemon it never keeps the JVM alive); the
     * cached pool simply starts another thread for the next call. Reusing threads saves a quarter of a millisecond
     * per call over starting one (measured: 0.26 ms for an 8 MB-stack thread), a tenth of a plain-text analysis.
     */
    private static ExtractedDocument withinBudget(Callable<ExtractedDocument> work, Limits limits)
        throws UnreadableException
    {
        Duration budget = limits.timeBudget() == null ? Limits.DEFAULT.timeBudget() : limits.timeBudget();
        FutureTask<ExtractedDocument> task = new FutureTask<>(() -> {
            try
            {
                return work.call();
            }
            catch (UnreadableException e)
            {
                throw e;
            }
            catch (Throwable t) // StackOverflowError, OutOfMemoryError, any parser bug
            {
                throw Failures.classify(t);
            }
        });
        long deadline = System.nanoTime() + Math.max(0, budget.toNanos());
        try
        {
            if (!WORKER_PERMITS.tryAcquire(Math.max(0, budget.toNanos()), TimeUnit.NANOSECONDS))
            {
                // every worker busy (or stuck in an abandoned parse) for the whole budget: the machine's problem
                throw new UnreadableException(UnreadableReason.BUSY, MAX_WORKERS + " extractions already running");
            }
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new UnreadableException(UnreadableReason.BUSY, "interrupted while waiting for a worker", e);
        }
        try
        {
            WORKER_POOL.execute(() -> {
                try
                {
                    task.run(); // returns at once if cancelled before it started
                }
                finally
                {
                    WORKER_PERMITS.release();
                }
            });
        }
        catch (RejectedExecutionException e)
        {
            WORKER_PERMITS.release();
            throw new UnreadableException(UnreadableReason.BUSY, "no worker thread", e);
        }
        try
        {
            return task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException e)
        {
            task.cancel(true);
            throw new UnreadableException(UnreadableReason.TIMEOUT, "over " + budget.toMillis() + " ms");
        }
        catch (InterruptedException e)
        {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableException(UnreadableReason.TIMEOUT, "interrupted", e);
        }
        catch (ExecutionException e)
        {
            throw e.getCause() instanceof UnreadableException u ? u : Failures.classify(e.getCause());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reading and detection

    /** Reads at most maxBytes + 1 bytes: one byte more than allowed is enough to know the file is too large. */
    private static byte[] readBounded(InputStream in, long maxBytes) throws UnreadableException
    {
        long cap = Math.min(Math.max(0, maxBytes), MAX_BUFFER);
        byte[] bytes;
        try
        {
            bytes = in.readNBytes((int) Math.min(cap + 1, MAX_BUFFER));
        }
        catch (IOException | RuntimeException e) // a failing stream is an I/O problem whatever it throws
        {
            throw new UnreadableException(UnreadableReason.IO_ERROR, e.getMessage(), e);
        }
        if (bytes.length == 0)
        {
            throw new UnreadableException(UnreadableReason.EMPTY, null);
        }
        if (bytes.length > cap)
        {
            throw new UnreadableException(UnreadableReason.TOO_LARGE, "more than " + maxBytes + " bytes");
        }
        return bytes;
    }

    private static ExtractedDocument extractBytes(byte[] bytes, String fileName, Limits limits, long start)
        throws UnreadableException
    {
        String extension = extension(fileName);
        if (ZipBombGuard.isZip(bytes))
        {
            ZipBombGuard.check(bytes); // before Tika's zip detector, which already inflates entries
        }
        if (extension.equals("txt") && !looksLikeMarkupOrContainer(bytes))
        {
            return text(bytes, limits, start); // plain text needs no magic detection (the benchmark's hot path)
        }
        boolean markupNamedHtml = (extension.equals("html") || extension.equals("htm")) && startsWithMarkup(bytes);
        // Two signatures settle the type without Tika's detector (about a millisecond: every magic pattern is tried)
        MediaType detected = markupNamedHtml ? HTML : startsWithPdfSignature(bytes) ? PDF : detect(bytes, fileName);
        Kind kind = kind(detected, extension);
        if (kind == Kind.TEXT)
        {
            return text(bytes, limits, start);
        }
        if (kind == Kind.HTML)
        {
            HtmlDepth.check(bytes);
        }
        if (kind == Kind.PDF)
        {
            PdfSupport.requireAvailable();
            PdfCMapGuard.check(bytes);
        }
        if (kind == Kind.DOC)
        {
            requireWordStream(bytes);
        }
        MediaType type = switch (kind)
        {
            case DOCX -> DOCX_TYPES.contains(detected) ? detected : DOCX;
            case DOC -> DOC;
            case PDF -> PDF;
            default -> detected.equals(XHTML) ? XHTML : HTML;
        };
        return tika(bytes, fileName, type, kind, limits, start);
    }

    /**
     * Whether a ".txt" needs Tika's detector after all: it starts (after a BOM and white space) with a zip, PDF, OLE2 or
     * RTF signature, or with '<' (markup). Anything else named .txt is decoded as text, and is BINARY if it is not.
     */
    private static boolean looksLikeMarkupOrContainer(byte[] b)
    {
        if (b.length >= 4 && ((b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4)
                || (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F')
                || ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0)
                || (b[0] == '{' && b[1] == '\\' && b[2] == 'r' && b[3] == 't')))
        {
            return true;
        }
        return startsWithMarkup(b);
    }

    /** "%PDF-" at the start, as every PDF writer puts it (Tika's own magic for application/pdf). */
    private static boolean startsWithPdfSignature(byte[] b)
    {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    /** Whether the bytes start, after a UTF-8 BOM and white space, with '<'. */
    private static boolean startsWithMarkup(byte[] b)
    {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && i < 4096 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    private static MediaType detect(byte[] bytes, String fileName) throws UnreadableException
    {
        Metadata md = new Metadata();
        if (fileName != null)
        {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream tis = TikaInputStream.get(bytes))
        {
            return Tika.REGISTRY.normalize(Tika.DETECTOR.detect(tis, md)).getBaseType();
        }
        catch (IOException e)
        {
            throw new UnreadableException(UnreadableReason.CORRUPT, "type detection failed: " + e.getMessage(), e);
        }
    }

    /**
     * What to do with a detected type. The content decides; the name only settles what the content cannot: a broken
     * zip named .docx is read as a docx (and ends CORRUPT), unknown bytes are tried as text, and a ".txt" whose
     * content is not one of the supported documents is decoded as text, ending BINARY when it is not text.
     */
    private static Kind kind(MediaType type, String extension) throws UnreadableException
    {
        if (DOCX_TYPES.contains(type))
        {
            return Kind.DOCX;
        }
        if (type.equals(DOC))
        {
            return Kind.DOC;
        }
        if (type.equals(PDF))
        {
            return Kind.PDF;
        }
        if (type.equals(HTML) || type.equals(XHTML))
        {
            return Kind.HTML;
        }
        if (type.equals(OOXML_ENCRYPTED))
        {
            throw new UnreadableException(UnreadableReason.ENCRYPTED, "password-protected Office document");
        }
        if (type.equals(MediaType.TEXT_PLAIN) || Tika.REGISTRY.isSpecializationOf(type, MediaType.TEXT_PLAIN))
        {
            return extension.equals("html") || extension.equals("htm") ? Kind.HTML : Kind.TEXT;
        }
        if (ZIP_TYPES.contains(type) && Set.of("docx", "docm", "dotx", "dotm").contains(extension))
        {
            return Kind.DOCX;
        }
        if (type.equals(OLE2) && Set.of("doc", "dot").contains(extension))
        {
            // Tika's OLE2 detector names msword whenever a WordDocument stream exists: here there is none
            throw new UnreadableException(UnreadableReason.CORRUPT, "no Word document in the OLE2 container");
        }
        if (type.equals(MediaType.OCTET_STREAM))
        {
            return Kind.TEXT; // unknown bytes: text if they decode as text, else BINARY
        }
        if (extension.equals("txt"))
        {
            // magic numbers misfire on text (UTF-16LE text starting with a line break looks like a PCX image):
            // a .txt is decoded, and is BINARY if it does not decode as text
            return Kind.TEXT;
        }
        throw new UnreadableException(UnreadableReason.UNSUPPORTED, type.toString());
    }

    /**
     * A .doc name on an OLE2 file makes Tika's detector say msword even without a WordDocument stream (an Excel file
     * renamed, a damaged file); Tika would then quietly return no text. Such a file is CORRUPT, not a scan.
     */
    private static void requireWordStream(byte[] bytes) throws UnreadableException
    {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes)))
        {
            if (!fs.getRoot().hasEntryCaseInsensitive("WordDocument"))
            {
                throw new UnreadableException(UnreadableReason.CORRUPT, "no Word document in the OLE2 container");
            }
        }
        catch (IOException | RuntimeException e)
        {
            throw new UnreadableException(UnreadableReason.CORRUPT, "not an OLE2 container: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Plain text

    private static ExtractedDocument text(byte[] bytes, Limits limits, long start) throws UnreadableException
    {
        Optional<PlainTextDecoder.Decoded> decoded = PlainTextDecoder.decode(bytes);
        if (decoded.isEmpty())
        {
            throw new UnreadableException(UnreadableReason.BINARY, "not text in UTF-8, UTF-16 or GB18030");
        }
        String text = decoded.get().text();
        if (text.length() > limits.maxCharacters())
        {
            throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT,
                text.length() + " > " + limits.maxCharacters() + " characters");
        }
        ExtractedDocument provisional = ExtractedDocument.ofText(text, null);
        return finish(provisional.blocks(), MediaType.TEXT_PLAIN.toString(), EXTRACTOR_TEXT,
            decoded.get().charset().name(), limits, start);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Tika

    private static ExtractedDocument tika(byte[] bytes, String fileName, MediaType type, Kind kind, Limits limits,
        long start) throws UnreadableException
    {
        Metadata md = metadata(fileName, type);
        BlockContentHandler parsed = parse(bytes, type, kind, md, limits, false);
        List<ExtractedDocument.Block> blocks = parsed.blocks();
        if (kind == Kind.PDF && DoubledText.found(blocks))
        {
            md = metadata(fileName, type);
            parsed = parse(bytes, type, kind, md, limits, true); // "fake bold": read again, dropping the second copies
            blocks = parsed.blocks();
        }
        if (kind == Kind.DOCX && blocks.stream().anyMatch(ExtractedDocument.TableBlock.class::isInstance))
        {
            try
            {
                blocks = DocxTables.withGridTables(blocks, bytes);
            }
            catch (Exception e)
            {
                // keep Tika's tables: same cells, only without the column spans
            }
        }
        boolean hasText = blocks.stream().anyMatch(DocumentExtractor::hasText);
        if (!hasText && md.get(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING) != null)
        {
            // e.g. a PDF whose every page failed to parse: broken, not merely scanned
            throw new UnreadableException(UnreadableReason.CORRUPT,
                Failures.shorten(md.get(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)));
        }
        String charset = kind == Kind.HTML ? md.get(Metadata.CONTENT_ENCODING) : null;
        List<ExtractedDocument.PageStart> pages = kind == Kind.PDF ? parsed.pageStarts()
            : kind == Kind.DOCX ? DocxPages.pageStarts(blocks, bytes) : List.of();
        return finish(blocks, type.toString(), EXTRACTOR_TIKA, charset, limits, start).withPages(pages);
    }

    private static Metadata metadata(String fileName, MediaType type)
    {
        Metadata md = new Metadata();
        if (fileName != null)
        {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        // parse as what we decided, not what Tika's detector would say again
        md.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
        return md;
    }

    /**
     * One parse with the type's own parser into blocks (and, for a PDF, where its pages start); {@code suppressOverlaps}:
     * PDF duplicate suppression on.
     */
    private static BlockContentHandler parse(byte[] bytes, MediaType type, Kind kind, Metadata md, Limits limits,
        boolean suppressOverlaps) throws UnreadableException
    {
        BlockContentHandler handler = new BlockContentHandler(kind == Kind.HTML, limits);
        if (kind == Kind.PDF)
        {
            handler.trackingPages();
        }
        try (TikaInputStream tis = TikaInputStream.get(bytes))
        {
            // The guards AutoDetectParser puts around every parse (element depth ≤ 100, output/compression ratio ≤
            // 100 past 1 MB), kept although the type-specific parser is called directly
            SecureContentHandler secure = new SecureContentHandler(handler, tis);
            try
            {
                Tika.parserFor(type).parse(tis, secure, md, context(kind, suppressOverlaps));
            }
            catch (SAXException e)
            {
                secure.throwIfCauseOf(e);
                throw e;
            }
        }
        catch (Exception e)
        {
            throw Failures.classify(e);
        }
        return handler;
    }

    /**
     * A parse context that keeps only the report's own text: no OCR, no embedded objects, no page furniture.
     *
     * @param suppressOverlaps PDF: drop characters drawn over an identical one ("fake bold"); costs a third more on
     *                         long pages, so it is used only when {@link DoubledText} saw the mark
     */
    private static ParseContext context(Kind kind, boolean suppressOverlaps)
    {
        ParseContext ctx = new ParseContext();
        if (kind == Kind.PDF)
        {
            PdfSupport.configure(ctx, suppressOverlaps); // PDFBox classes are touched only for a PDF
        }

        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        ctx.set(TesseractOCRConfig.class, ocr);

        OfficeParserConfig office = new OfficeParserConfig();
        // stream word/document.xml instead of building its DOM: the text limits stop a huge document early
        office.setUseSAXDocxExtractor(true);
        office.setIncludeHeadersAndFooters(false); // page headers would come before the title
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setExtractMacros(false);
        ctx.set(OfficeParserConfig.class, office);

        ctx.set(HtmlMapper.class, ReportHtmlMapper.INSTANCE);
        ctx.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        return ctx;
    }

    /** Embedded objects (images, OLE packages, attachments) are not the report's text and only widen the attack surface. */
    private enum NoEmbeddedDocuments implements EmbeddedDocumentExtractor
    {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata)
        {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
            boolean outputHtml)
        {
            // never called: shouldParseEmbedded is false
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Result

    private static ExtractedDocument finish(List<ExtractedDocument.Block> blocks, String mediaType, String extractor,
        String charset, Limits limits, long start) throws UnreadableException
    {
        ExtractedDocument provisional = new ExtractedDocument(blocks, null);
        List<String> lines = provisional.lines();
        if (lines.size() > limits.maxLines())
        {
            throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT,
                lines.size() + " > " + limits.maxLines() + " lines");
        }
        long characters = Math.max(0, lines.size() - 1);
        boolean blank = true;
        for (String l : lines)
        {
            characters += l.length();
            blank = blank && l.isBlank();
        }
        if (characters > limits.maxCharacters())
        {
            throw new UnreadableException(UnreadableReason.TOO_MUCH_TEXT,
                characters + " > " + limits.maxCharacters() + " characters");
        }
        if (blank)
        {
            throw new UnreadableException(UnreadableReason.NO_TEXT, mediaType);
        }
        int tableRows = blocks.stream()
            .mapToInt(b -> b instanceof ExtractedDocument.TableBlock t ? t.rows().size() : 0)
            .sum();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return provisional.withInfo(new ExtractionInfo(mediaType, extractor, charset, (int) characters, tableRows, elapsed));
    }

    private static boolean hasText(ExtractedDocument.Block b)
    {
        if (b instanceof ExtractedDocument.Paragraph p)
        {
            return !p.text().isBlank();
        }
        return ((ExtractedDocument.TableBlock) b).rows().stream().flatMap(List::stream)
            .anyMatch(c -> c != null && !c.isBlank());
    }

    private static String extension(String fileName)
    {
        if (fileName == null)
        {
            return "";
        }
        String n = fileName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        int dot = n.lastIndexOf('.');
        return dot > slash && dot < n.length() - 1 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
