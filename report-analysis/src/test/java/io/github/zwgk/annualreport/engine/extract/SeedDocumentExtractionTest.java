package io.github.zwgk.annualreport.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;

/**
 * Real docx, PDF and HTML files built from the seed reports go through the extractor and come back with their labels,
 * numbers and table rows: the same "one table row per line, cells joined by TAB" for docx and HTML, one row per line
 * with cells separated by spaces for PDF.
 */
class SeedDocumentExtractionTest
{
    private final DocumentExtractor extractor = new DocumentExtractor();

    @BeforeAll
    static void loadTikaOnce()
    {
        DocumentExtractor.warmUp();
    }

    private ExtractedDocument extract(byte[] content, String fileName) throws UnreadableException
    {
        return extractor.extract(new ByteArrayInputStream(content), fileName, Limits.DEFAULT);
    }

    /**
     * What a faithful extraction of the seed gives: its lines with each cell stripped (the extractor strips cells and
     * paragraphs) and no-break spaces as plain spaces (the extractor's one normalisation of text).
     */
    private static List<String> expectedLines(ReportDocument doc)
    {
        List<String> out = new ArrayList<>();
        for (String line : doc.lines())
        {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1))
            {
                cells.add(cell.replace('\u00A0', ' ').strip());
            }
            out.add(String.join("\t", cells));
        }
        return out;
    }

    @Nested
    @DisplayName("docx")
    class Docx
    {
        @Test
        void theDocxOfSeed001GivesTheNewApplicationsRowOfTable3AsOneTabSeparatedLine() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.docx(ReportDocument.seed("001")), "关店乡2022年报.docx");

            assertThat(doc.lines()).contains("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0");
        }

        @Test
        void theDocxOfSeed000KeepsTheBlankCurrentlyValidCellOfNormativeDocumentsAsAnEmptyCell() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.docx(ReportDocument.seed("000")), "report.docx");

            List<List<String>> rows = doc.blocks().stream()
                .filter(ExtractedDocument.TableBlock.class::isInstance)
                .flatMap(b -> ((ExtractedDocument.TableBlock) b).rows().stream())
                .toList();
            List<String> header = rows.stream().filter(r -> r.get(0).equals("信息内容") && r.size() > 3).findFirst()
                .orElseThrow();
            List<String> normative = rows.stream().filter(r -> r.get(0).equals("行政规范性文件")).findFirst()
                .orElseThrow();
            assertThat(header.subList(0, 4)).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
            assertThat(normative.subList(0, 4)).containsExactly("行政规范性文件", "0", "0", "");
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(strings = {"000", "001", "004"})
        void everyParagraphAndTableRowOfTheSeedComesBackInOrder(String seed) throws Exception
        {
            ReportDocument report = ReportDocument.seed(seed);

            ExtractedDocument doc = extract(ReportFixtures.docx(report), "report.docx");

            assertThat(doc.lines()).containsExactlyElementsOf(expectedLines(report));
            int seedRows = report.tables().stream().mapToInt(t -> t.rows().size()).sum();
            assertThat(doc.info().tableRows()).isEqualTo(seedRows);
            assertThat(doc.info().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(doc.info().extractor()).isEqualTo("tika");
            assertThat(doc.info().characters()).isEqualTo(String.join("\n", doc.lines()).length());
        }

        @Test
        void theDocxOfSeed002WithItsFlattenedTablesKeepsLabelsAndNumbersInOrder() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.docx(ReportDocument.seed("002")), "report.docx");

            assertThat(doc.info().tableRows()).isZero();
            assertThat(doc.lines()).containsSubsequence("二、主动公开政府信息情况", "一、本年新收政府信息公开申请数量 |",
                "115 |", "42 |", "0 |", "0 |", "0 |", "112 |", "269 | ||", "二、上年结转政府信息公开申请数量 |");
        }
    }

    @Nested
    @DisplayName("html")
    class Html
    {
        @ParameterizedTest(name = "seed {0}")
        @ValueSource(strings = {"000", "001", "004"})
        void everyParagraphAndTableRowOfTheSeedComesBackInOrder(String seed) throws Exception
        {
            ReportDocument report = ReportDocument.seed(seed);

            ExtractedDocument doc = extract(ReportFixtures.html(report), "report.html");

            assertThat(doc.lines()).containsExactlyElementsOf(expectedLines(report));
            assertThat(doc.info().mediaType()).isEqualTo("text/html");
            assertThat(doc.info().tableRows()).isEqualTo(report.tables().stream().mapToInt(t -> t.rows().size()).sum());
        }

        @Test
        void aGbkPageGivesTheSameLinesAsTheUtf8Page() throws Exception
        {
            ReportDocument report = ReportDocument.seed("001");

            ExtractedDocument gbk = extract(ReportFixtures.html(report, Charset.forName("GBK")), "report.htm");
            ExtractedDocument utf8 = extract(ReportFixtures.html(report), "report.htm");

            assertThat(gbk.lines()).isEqualTo(utf8.lines());
            assertThat(gbk.lines()).contains("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0");
            assertThat(gbk.info().charset()).isEqualToIgnoringCase("GBK");
        }

        @Test
        void thePageOfSeed002KeepsLabelsAndNumbersInOrder() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.html(ReportDocument.seed("002")), "report.html");

            assertThat(doc.lines()).containsSubsequence("一、本年新收政府信息公开申请数量 |", "115 |", "42 |",
                "112 |", "269 | ||");
        }
    }

    @Nested
    @DisplayName("pdf")
    class Pdf
    {
        @BeforeAll
        static void needsACjkFont()
        {
            CjkFont.assumeAvailable();
        }

        @Test
        void thePdfOfSeed001GivesTheNewApplicationsLabelAndItsSevenNumbersOnOneLine() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.pdf(ReportDocument.seed("001")), "report.pdf");

            Pattern row = Pattern.compile("一、本年新收政府信息公开申请数量(\\s+0){7}");
            assertThat(doc.lines()).anyMatch(l -> row.matcher(l.strip()).matches());
            assertThat(doc.info().mediaType()).isEqualTo("application/pdf");
            assertThat(doc.info().tableRows()).isZero(); // a PDF has no table structure, only positioned text
        }

        @Test
        void thePdfOfSeed004KeepsTheNormativeDocumentFiguresInOrder() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.pdf(ReportDocument.seed("004")), "report.pdf");

            List<String> stripped = doc.lines().stream().map(String::strip).toList();
            assertThat(stripped).containsSubsequence("行政规范性文件", "2", "3", "14", "行政许可", "28364",
                "行政事业性收费", "924.19");
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(strings = {"000", "001"})
        void everyTableRowOfTheSeedIsOneLineOfThePdf(String seed) throws Exception
        {
            ReportDocument report = ReportDocument.seed(seed);

            ExtractedDocument doc = extract(ReportFixtures.pdf(report), "report.pdf");

            // PDF text spacing is the reader's guess: compare without white space, but each row on exactly one line
            List<String> pdfLines = doc.lines().stream().map(SeedDocumentExtractionTest::noSpace).toList();
            for (ReportDocument.Table table : report.tables())
            {
                for (List<String> row : table.rows())
                {
                    String expected = noSpace(String.join("", row));
                    if (!expected.isEmpty() && expected.chars().allMatch(c -> c < 0x2000 || c >= 0x3000))
                    {
                        assertThat(pdfLines).as("row %s", row).contains(expected);
                    }
                }
            }
        }

        @Test
        void thePdfOfSeed002KeepsLabelsAndNumbersInOrder() throws Exception
        {
            ExtractedDocument doc = extract(ReportFixtures.pdf(ReportDocument.seed("002")), "report.pdf");

            assertThat(doc.lines().stream().map(String::strip).toList()).containsSubsequence(
                "一、本年新收政府信息公开申请数量 |", "115 |", "42 |", "112 |", "269 | ||");
        }
    }

    private static String noSpace(String s)
    {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
