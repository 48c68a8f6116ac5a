package io.github.zwgk.annualreport.engine.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Status;

/**
 * Inside the repository a PDF's text comes from Transform Core AIO, not from the engine's own PDF reading: its Tika
 * engine's "PdfBox" transformer runs Tika's {@link PDFParser} with default settings (no position sort, no duplicate
 * suppression, bookmarks included) into a {@link BodyContentHandler}, with a document selector that skips embedded
 * JPEG/PNG/TIFF images (alfresco-transform-core 5.4.2, engines/tika: Tika.java, PdfBoxTransformer.java). The repository
 * then analyses that text. Every PDF fixture, rendered to text exactly that way, must give what the PDF itself gives
 * in the checker: status, figures, identity and the same findings.
 */
class TransformCorePdfTextTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    /** Transform Core's PDF → text/plain, as its Tika engine does it (same Tika and PDFBox versions as the engine). */
    public static String transformCoreText(byte[] pdf) throws Exception
    {
        List<String> skipped = List.of("image/jpeg", "image/tiff", "image/png");
        DocumentSelector selector = (Metadata metadata) -> {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            return type == null || type.isEmpty() || !skipped.contains(type);
        };
        ParseContext context = new ParseContext();
        context.set(DocumentSelector.class, selector);
        StringWriter out = new StringWriter();
        new PDFParser().parse(new ByteArrayInputStream(pdf), new BodyContentHandler(out), new Metadata(), context);
        return out.toString();
    }

    static Stream<Arguments> pdfs()
    {
        Stream.Builder<Arguments> args = Stream.builder();
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            args.add(Arguments.of("seed " + seed, (Function<Void, byte[]>) v -> ReportFixtures.pdf(ReportDocument.seed(seed))));
            args.add(Arguments.of("seed " + seed + " with fake-bold headings",
                    (Function<Void, byte[]>) v -> ReportFixtures.pdf(ReportDocument.seed(seed), true)));
        }
        for (int times : List.of(40))
        {
            args.add(Arguments.of("aggregated ×" + times,
                    (Function<Void, byte[]>) v -> ReportFixtures.pdf(ReportDocument.fromSeedText(Seeds.aggregated(times)))));
        }
        return args.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void transformCoresTextOfAPdfGivesWhatThePdfGives(String label, Function<Void, byte[]> render) throws Exception
    {
        CjkFont.assumeAvailable();
        byte[] pdf = render.apply(null);
        AnalysisResult asPdf = analyzer.analyze(pdf, "report.pdf", AnalysisOptions.DEFAULT);
        AnalysisResult asText = analyzer.analyzeText(transformCoreText(pdf), "report.pdf", AnalysisOptions.DEFAULT);

        assertThat(asPdf.status()).isNotIn(Status.UNREADABLE, Status.NOT_A_REPORT);
        assertThat(asText.status()).as("status").isEqualTo(asPdf.status());
        assertThat(asText.summary()).as("figures").isEqualTo(asPdf.summary());
        assertThat(asText.format()).as("format").isEqualTo(asPdf.format());
        assertThat(asText.identity()).as("identity").isEqualTo(asPdf.identity());
        assertThat(asText.tables().t3().rows()).as("table 三").isEqualTo(asPdf.tables().t3().rows());
        assertThat(asText.tables().t4().rows()).as("table 四").isEqualTo(asPdf.tables().t4().rows());
        assertThat(asText.findings().stream().map(TransformCorePdfTextTest::withoutLine).toList()).as("findings")
                .isEqualTo(asPdf.findings().stream().map(TransformCorePdfTextTest::withoutLine).toList());
    }

    /**
     * A finding without its text line and page: the two texts break lines differently, and Transform Core's text has no
     * page boundaries (Tika's text output marks none, not even a form feed); the cell and the words are the same.
     */
    private static Finding withoutLine(Finding f)
    {
        return new Finding(f.code(), f.severity(), f.message().replaceAll("第 \\d+ 行", "第 N 行"),
                f.messageEn().replaceAll("line \\d+", "line N"), f.location().atLine(0).onPage(null), f.expected(),
                f.actual());
    }
}
