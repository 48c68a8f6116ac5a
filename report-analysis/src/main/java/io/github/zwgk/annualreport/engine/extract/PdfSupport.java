package io.github.zwgk.annualreport.engine.extract;

import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Everything of the extractor that needs PDFBox, kept in one class that is loaded only when a PDF is read. The
 * repository ships Tika without PDFBox (MNT-22388) and reads PDFs through its transform service: there, merely
 * constructing Tika's {@link PDFParserConfig} throws NoClassDefFoundError, so no other class of the engine may refer to
 * it or to a PDFBox class.
 */
final class PdfSupport
{
    private static final String PDFBOX_DOCUMENT = "org.apache.pdfbox.pdmodel.PDDocument";

    /** Whether PDFBox can be loaded beside the engine; checked once. */
    private static final boolean AVAILABLE = loadable(PDFBOX_DOCUMENT);

    private PdfSupport()
    {
    }

    static boolean available()
    {
        return AVAILABLE;
    }

    /**
     * Without PDFBox, Tika quietly parses a PDF into no text at all, which would read as a scanned file (the agency's
     * fault): say instead that this installation cannot read PDFs itself.
     */
    static void requireAvailable() throws UnreadableException
    {
        if (!AVAILABLE)
        {
            throw new UnreadableException(UnreadableReason.PARSER_UNAVAILABLE, "PDFBox is not on the classpath");
        }
    }

    /** The PDF parser's settings: position order, no OCR, no page furniture. */
    static void configure(ParseContext ctx, boolean suppressOverlaps)
    {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true); // cells on one baseline come out as one line, left to right
        pdf.setSuppressDuplicateOverlappingText(suppressOverlaps); // "fake bold" drawn twice
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false); // the outline would repeat the section headings at the end
        pdf.setExtractAcroFormContent(false);
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR); // a scanned report is NO_TEXT, not a guess
        ctx.set(PDFParserConfig.class, pdf);
    }

    /** Whether the class loads (with the engine's class loader), without initialising it. */
    static boolean loadable(String className)
    {
        try
        {
            Class.forName(className, false, PdfSupport.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError e)
        {
            return false;
        }
    }
}
