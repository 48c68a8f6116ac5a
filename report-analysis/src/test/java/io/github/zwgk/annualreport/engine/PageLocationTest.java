package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.zwgk.annualreport.engine.extract.DocumentExtractor;
import io.github.zwgk.annualreport.engine.extract.ExtractedDocument;
import io.github.zwgk.annualreport.engine.extract.ExtractedDocument.PageStart;
import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.SectionHit;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Row;

/**
 * Findings name the page their row, cell or heading is on: in a PDF (Tika's page boundaries), in a .docx Word laid out
 * (its last-rendered page breaks); no page where the format has none (HTML, text) or the .docx was never laid out.
 */
class PageLocationTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @ParameterizedTest(name = "seed {0} as PDF")
    @ValueSource(strings = {"000", "003", "004"})
    void everyPdfFindingNamesThePageItsRowOrHeadingIsPrintedOn(String seed) throws Exception
    {
        CjkFont.assumeAvailable();
        byte[] pdf = ReportFixtures.pdf(ReportDocument.seed(seed));
        List<String> pages = pageTexts(pdf);
        ExtractedDocument doc = new DocumentExtractor().extract(new ByteArrayInputStream(pdf), seed + ".pdf", null);
        assertThat(doc.pageStarts()).as("one start per page").hasSize(pages.size());

        AnalysisResult r = analyzer.analyze(new ByteArrayInputStream(pdf), seed + ".pdf", AnalysisOptions.DEFAULT);
        int located = 0;
        for (Finding f : r.findings())
        {
            int line = lineOf(f.location(), r);
            if (line <= 0)
            {
                assertThat(f.location().page()).as("%s has nothing to put on a page", f.code()).isNull();
                continue;
            }
            // PDFBox (independently of Tika) says which page holds the text of that line
            String text = compact(doc.lines().get(line - 1));
            int expected = 0;
            for (int p = 0; p < pages.size() && expected == 0; p++)
            {
                expected = pages.get(p).contains(text) ? p + 1 : 0;
            }
            assertThat(expected).as("line %d \"%s\" is printed on some page", line, text).isPositive();
            assertThat(f.location().page()).as("%s %s", f.code(), f.message()).isEqualTo(expected);
            located++;
        }
        assertThat(located).as("findings located on a page").isPositive();
        if (seed.equals("003"))
        {
            // its variant heading of 五 is on a later page than the first
            assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.HEADING_VARIANT).singleElement()
                    .satisfies(f -> assertThat(f.location().page()).isGreaterThan(1));
        }
    }

    @Test
    void aDocxWordLaidOutNamesThePagesOfItsLastRenderedPageBreaks() throws Exception
    {
        // seed 000 as Word would save it: 二 starts page 2, 三 page 3, and table 三 breaks before its 二、上年结转 row
        byte[] docx = withRenderedBreaks(ReportFixtures.docx(ReportDocument.seed("000")));
        AnalysisResult r = analyzer.analyze(new ByteArrayInputStream(docx), "000.docx", AnalysisOptions.DEFAULT);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.CELL_MISSING).singleElement()
                .satisfies(f -> assertThat(f.location().page()).as("表二 on page 2").isEqualTo(2));
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.NARRATIVE_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.location().page()).as("表三's 本年新收 row, before the break").isEqualTo(3));
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.OVERVIEW_TOO_LONG).singleElement()
                .satisfies(f -> assertThat(f.location().page()).isEqualTo(1));
        ExtractedDocument doc = new DocumentExtractor().extract(new ByteArrayInputStream(docx), "000.docx", null);
        int carriedOver = r.tables().t3().lineOf(Table3Row.CARRIED_OVER);
        assertThat(doc.pageOf(carriedOver)).as("表三's 上年结转 row, after the break").isEqualTo(4);
    }

    @Test
    void formatsWithoutPagesGiveNone() throws Exception
    {
        ReportDocument seed = ReportDocument.seed("000");
        for (var input : List.of(
                new Object[] {"000.docx", ReportFixtures.docx(seed)}, // never laid out by Word: no rendered breaks
                new Object[] {"000.html", ReportFixtures.html(seed)},
                new Object[] {"000.txt", String.join("\n", seed.lines()).getBytes(StandardCharsets.UTF_8)}))
        {
            AnalysisResult r = analyzer.analyze(new ByteArrayInputStream((byte[]) input[1]), (String) input[0], AnalysisOptions.DEFAULT);
            assertThat(r.findings()).as((String) input[0]).isNotEmpty().allSatisfy(f -> assertThat(f.location().page()).isNull());
        }
    }

    @Test
    void pageStartsCountBlankPagesAndRowsWithinATable()
    {
        ExtractedDocument doc = new ExtractedDocument(List.of(
                new ExtractedDocument.Paragraph("标题\n一、总体情况"),
                new ExtractedDocument.TableBlock(List.of(List.of("a", "1"), List.of("b", "2"), List.of("c", "3"))),
                new ExtractedDocument.Paragraph("六、其他需要报告的事项")), null,
                List.of(new PageStart(0, 0), new PageStart(0, 1), new PageStart(1, 2), new PageStart(1, 2), new PageStart(2, 0)));
        // lines: 1 标题, 2 一、总体情况, 3-5 table rows, 6 六
        assertThat(List.of(doc.pageOf(1), doc.pageOf(2), doc.pageOf(3), doc.pageOf(4), doc.pageOf(5), doc.pageOf(6)))
                .containsExactly(1, 2, 2, 2, 4, 5); // page 3 is blank: the last row is on page 4
        assertThat(new ExtractedDocument(doc.blocks(), null).pageOf(3)).as("pages unknown").isNull();
    }

    /** Where a finding's page comes from: its row's line, else its own line, else its section's heading. */
    private static int lineOf(Location l, AnalysisResult r)
    {
        if (l.table() != null && l.row() != null)
        {
            return switch (l.table())
            {
                case T2 -> r.tables().t2().lineOf(Table2Row.valueOf(l.row()));
                case T3 -> r.tables().t3().lineOf(Table3Row.valueOf(l.row()));
                case T4 -> r.tables().t4().lineOf(Table4Row.valueOf(l.row()));
            };
        }
        if (l.line() != null)
        {
            return l.line();
        }
        if (l.section() != null && l.table() == null)
        {
            return r.sections().stream().filter(h -> h.section() == l.section()).mapToInt(SectionHit::line).findFirst().orElse(0);
        }
        return 0;
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException
    {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf))
        {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++)
            {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(compact(stripper.getText(doc)));
            }
        }
        return pages;
    }

    /** Adds Word's w:lastRenderedPageBreak before the headings 二 and 三, and before table 三's 二、上年结转 row. */
    private static byte[] withRenderedBreaks(byte[] docx) throws IOException
    {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)))
        {
            for (XWPFParagraph p : doc.getParagraphs())
            {
                if (p.getText().startsWith("二、主动公开") || p.getText().startsWith("三、收到和处理"))
                {
                    p.insertNewRun(0).getCTR().addNewLastRenderedPageBreak(); // before the text, as Word writes it
                }
            }
            for (XWPFTable t : doc.getTables())
            {
                for (var row : t.getRows())
                {
                    if (row.getTableCells().stream().anyMatch(c -> c.getText().contains("上年结转")))
                    {
                        // at the start of the row's first cell: the whole row moves to the next page
                        row.getCell(0).getParagraphs().get(0).insertNewRun(0).getCTR().addNewLastRenderedPageBreak();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String compact(String s)
    {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
