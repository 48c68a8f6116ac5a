package io.github.zwgk.annualreport.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.fixtures.CjkFont;
import io.github.zwgk.annualreport.engine.fixtures.ReportDocument;
import io.github.zwgk.annualreport.engine.fixtures.ReportFixtures;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.CellKind;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * The five real reports through the whole engine — as the text they were published as, and rendered as real .docx
 * (POI), .html and .pdf (PDFBox, CJK font) files — with their real figures, statuses and findings.
 */
class SeedReportsEndToEndTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    private AnalysisResult txt(String seed)
    {
        byte[] bytes = Seeds.text(seed).getBytes(StandardCharsets.UTF_8);
        return analyzer.analyze(new ByteArrayInputStream(bytes), seed + ".txt", AnalysisOptions.DEFAULT);
    }

    private static List<RuleCode> codes(AnalysisResult r)
    {
        return r.findings().stream().map(Finding::code).toList();
    }

    private static BigDecimal n(long v)
    {
        return BigDecimal.valueOf(v);
    }

    @Test
    void seed000IsInvalidForItsBlankInForceCellAndFlagsTheNarrativesThirteenApplications()
    {
        AnalysisResult r = txt("000");

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(r.reportYear()).isEqualTo(2022);
        assertThat(r.agency()).isEqualTo("滑县人民政府办公室");
        assertThat(r.identity().agencyLevel()).isEqualTo(AgencyLevel.COUNTY);
        // The blank 现行有效件数 cell is blank, not 0, and is the report's one ERROR.
        assertThat(r.tables().t2().cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE).kind()).isEqualTo(CellKind.BLANK);
        assertThat(r.summary().normativeDocumentsInForce()).isNull();
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(RuleCode.CELL_MISSING);
                    assertThat(f.location().row()).isEqualTo("NORMATIVE_DOCUMENTS");
                    assertThat(f.location().column()).isEqualTo("IN_FORCE");
                });
        // 总体情况 says 13 applications were received; table 三 says 0.
        assertThat(r.narrative().applicationsReceived()).isEqualTo(13);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.NARRATIVE_MISMATCH)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("总体情况所述收到申请 13 件与表三“本年新收”0 件不一致，请核对");
                    assertThat(f.expected()).isEqualByComparingTo(n(0));
                    assertThat(f.actual()).isEqualByComparingTo(n(13));
                });
        // The 结转下年度 row lost its label; its seven zeros are recovered, not reported missing.
        assertThat(r.tables().t3().missingRows()).isEmpty();
        assertThat(r.tables().t3().cell(Table3Row.CARRIED_FORWARD, Table3Column.TOTAL)).isEqualTo(Cell.number(0));
        assertThat(r.summary().applicationsCarriedForward()).isZero();
        // The pasted work summary's "二、2023年工作计划" is not section 二.
        assertThat(r.sections()).extracting(h -> h.section().number()).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(codes(r)).contains(RuleCode.FEE_STATEMENT_MISSING, RuleCode.OVERVIEW_TOO_LONG)
                .doesNotContain(RuleCode.SECTION_MISSING, RuleCode.HEADING_VARIANT, RuleCode.T3_BALANCE);
    }

    @Test
    void seed001ATownshipsAllZeroReportOnlyLacksItsFeeStatement()
    {
        AnalysisResult r = txt("001");

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.agency()).isEqualTo("息县关店乡人民政府");
        assertThat(r.identity().agencyLevel()).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2021);
        assertThat(codes(r)).containsExactly(RuleCode.FEE_STATEMENT_MISSING);
        assertThat(r.summary().applicationsNew()).isZero();
        assertThat(r.summary().feesAmountWanYuan()).isEqualByComparingTo(n(0));
        // 予以公开's label and its seven values are on different lines.
        assertThat(r.tables().t3().cell(Table3Row.DISCLOSED, Table3Column.TOTAL)).isEqualTo(Cell.number(0));
    }

    @Test
    void seed002AddsUpToItsTwoHundredSixtyNineApplications()
    {
        AnalysisResult r = txt("002");

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(r.reportYear()).isEqualTo(2019);
        var t3 = r.tables().t3();
        assertThat(t3.cell(Table3Row.NEW, Table3Column.TOTAL).value()).isEqualByComparingTo(n(269));
        assertThat(t3.cell(Table3Row.DISCLOSED, Table3Column.TOTAL).value()).isEqualByComparingTo(n(179));
        assertThat(t3.cell(Table3Row.WITHHELD_SAFETY_STABILITY, Table3Column.TOTAL).value()).isEqualByComparingTo(n(12));
        assertThat(t3.cell(Table3Row.WITHHELD_INTERNAL_AFFAIRS, Table3Column.TOTAL).value()).isEqualByComparingTo(n(46));
        assertThat(t3.cell(Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, Table3Column.TOTAL).value()).isEqualByComparingTo(n(32));
        assertThat(t3.cell(Table3Row.NEW, Table3Column.NATURAL_PERSON).value()).isEqualByComparingTo(n(115));
        assertThat(t3.cell(Table3Row.NEW, Table3Column.OTHER_ORGANIZATION).value()).isEqualByComparingTo(n(112));
        assertThat(r.summary().applicationsNew()).isEqualTo(269);
        assertThat(r.summary().applicationsHandled()).isEqualTo(269);
        assertThat(r.summary().regulationsIssued()).isEqualTo(1);
        assertThat(r.summary().normativeDocumentsIssued()).isEqualTo(24);
        assertThat(r.summary().normativeDocumentsInForce()).isEqualTo(17);
        assertThat(r.summary().feesAmountWanYuan()).isNull();
        // No title line; "一、总体情况" written twice is reported once, as repeated.
        assertThat(codes(r)).containsExactlyInAnyOrder(RuleCode.TITLE_MISSING, RuleCode.HEADING_VARIANT);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.HEADING_VARIANT).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("重复出现").doesNotContain("不一致"));
    }

    @Test
    void seed003ReadsItsIndexBlockAndWasPublishedOnItsDeadline()
    {
        AnalysisResult r = txt("003");

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.identity().indexNumber()).isEqualTo("hedongquhd0101/2021-0000025");
        assertThat(r.identity().documentDate()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(r.identity().publicationDate()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(r.agency()).isEqualTo("河东区政府办公室");
        assertThat(r.identity().agencyKind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(r.reportYear()).isEqualTo(2020);
        assertThat(r.format()).isEqualTo(TemplateFormat.FORMAT_2019);
        assertThat(r.summary().applicationsNew()).isEqualTo(20);
        assertThat(r.summary().reviewTotal()).isEqualTo(3);
        assertThat(r.tables().t4().cell(Table4Row.CASES, Table4Column.REVIEW_UPHELD).value()).isEqualByComparingTo(n(3));
        assertThat(r.tables().t3().cell(Table3Row.UNAVAILABLE_NOT_HELD, Table3Column.NATURAL_PERSON).value()).isEqualByComparingTo(n(9));
        // A department's report published on 31 January is on time; 五's heading is a variant.
        assertThat(codes(r)).doesNotContain(RuleCode.LATE_PUBLICATION, RuleCode.NARRATIVE_MISMATCH)
                .contains(RuleCode.HEADING_VARIANT);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.HEADING_VARIANT).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("五、存在的主要问题及下步工作打算"));
    }

    @Test
    void seed004ACountyGovernmentsAggregatedReportHasAllItsFigures()
    {
        AnalysisResult r = txt("004");

        assertThat(r.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(r.identity().title()).isEqualTo("石泉县人民政府2023年政府信息公开工作年度报告");
        assertThat(r.identity().agencyKind()).isEqualTo(AgencyKind.GOVERNMENT);
        assertThat(r.summary().applicationsNew()).isEqualTo(34);
        assertThat(r.summary().licensingDecisions()).isEqualTo(28364);
        assertThat(r.summary().penaltyDecisions()).isEqualTo(1021);
        assertThat(r.summary().enforcementDecisions()).isEqualTo(623);
        assertThat(r.summary().feesAmountWanYuan()).isEqualByComparingTo(new BigDecimal("924.19"));
        var t2 = r.tables().t2();
        assertThat(t2.cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED).value()).isEqualByComparingTo(n(2));
        assertThat(t2.cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED).value()).isEqualByComparingTo(n(3));
        assertThat(t2.cell(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE).value()).isEqualByComparingTo(n(14));
        assertThat(r.tables().t3().cell(Table3Row.OTHER_NO_CORRECTION, Table3Column.TOTAL).value()).isEqualByComparingTo(n(5));
        // Section 六 states "未收取政府信息公开信息处理费"; 二's heading has no number.
        assertThat(codes(r)).doesNotContain(RuleCode.FEE_STATEMENT_MISSING).contains(RuleCode.HEADING_VARIANT);
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    static Stream<Arguments> renderings()
    {
        List<Function<ReportDocument, byte[]>> builders = List.of(ReportFixtures::docx, ReportFixtures::html, ReportFixtures::pdf,
                d -> ReportFixtures.pdf(d, true));
        List<String> extensions = List.of("docx", "html", "pdf", "pdf");
        List<String> labels = List.of("docx", "html", "pdf", "pdf with fake-bold headings");
        Stream.Builder<Arguments> args = Stream.builder();
        for (String seed : List.of("000", "001", "002", "003", "004"))
        {
            for (int i = 0; i < builders.size(); i++)
            {
                args.add(Arguments.of(seed, labels.get(i), extensions.get(i), builders.get(i)));
            }
        }
        return args.build();
    }

    @ParameterizedTest(name = "seed {0} as {1}")
    @MethodSource("renderings")
    void aSeedRenderedAsARealDocumentGivesTheSameStatusAndFiguresAsItsText(String seed, String label, String extension,
            Function<ReportDocument, byte[]> builder)
    {
        if (extension.equals("pdf"))
        {
            CjkFont.assumeAvailable();
        }
        byte[] file = builder.apply(ReportDocument.fromSeedText(Seeds.text(seed)));
        AnalysisResult asFile = analyzer.analyze(new ByteArrayInputStream(file), "report-" + seed + "." + extension,
                AnalysisOptions.DEFAULT);
        AnalysisResult asText = txt(seed);

        assertThat(asFile.status()).as("status").isEqualTo(asText.status());
        assertThat(asFile.summary()).as("summary").isEqualTo(asText.summary());
        assertThat(asFile.format()).isEqualTo(asText.format());
        assertThat(asFile.reportYear()).isEqualTo(asText.reportYear());
        assertThat(asFile.findings().stream().map(Finding::code)).as("findings")
                .containsExactlyElementsOf(asText.findings().stream().map(Finding::code).toList());
        assertThat(asFile.identity().title()).as("title").isEqualTo(asText.identity().title());
    }

    /** The benchmark's largest report (415 KiB of text): the same findings from every format. */
    @ParameterizedTest(name = "aggregated report as {1}")
    @MethodSource("aggregatedRenderings")
    void aLargeAggregatedReportGivesTheSameFindingsInEveryFormat(String text, String extension,
            Function<ReportDocument, byte[]> builder)
    {
        if (extension.equals("pdf"))
        {
            CjkFont.assumeAvailable();
        }
        AnalysisResult asText = analyzer.analyzeText(text, "aggregated.txt", AnalysisOptions.DEFAULT);
        byte[] file = builder.apply(ReportDocument.fromSeedText(text));

        AnalysisResult asFile = analyzer.analyze(new ByteArrayInputStream(file), "aggregated." + extension,
                AnalysisOptions.DEFAULT);

        assertThat(asText.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
        assertThat(asFile.status()).as("status").isEqualTo(asText.status());
        assertThat(asFile.summary()).as("summary").isEqualTo(asText.summary());
        assertThat(asFile.findings().stream().map(Finding::code)).as("findings")
                .containsExactlyElementsOf(asText.findings().stream().map(Finding::code).toList());
    }

    static Stream<Arguments> aggregatedRenderings()
    {
        String text = Seeds.aggregated(120);
        return Stream.of(Arguments.of(text, "docx", (Function<ReportDocument, byte[]>) ReportFixtures::docx),
                Arguments.of(text, "html", (Function<ReportDocument, byte[]>) ReportFixtures::html),
                Arguments.of(text, "pdf", (Function<ReportDocument, byte[]>) ReportFixtures::pdf));
    }

    @Test
    void aDocxWhoseTableDoesNotAddUpIsInvalidWithTheCellNamed()
    {
        // Seed 001 with one 予以公开 application by a natural person that no total counts.
        String text = Seeds.text("001").replace("三、本年度办理结果\t(一) 予以公开\t\t\t\t\t\t\n\t0\t0\t0\t0\t0\t0\t0",
                "三、本年度办理结果\t(一) 予以公开\t\t\t\t\t\t\n\t1\t0\t0\t0\t0\t0\t0");
        assertThat(text).isNotEqualTo(Seeds.text("001"));
        byte[] docx = ReportFixtures.docx(ReportDocument.fromSeedText(text));

        AnalysisResult r = analyzer.analyze(new ByteArrayInputStream(docx), "defective.docx", AnalysisOptions.DEFAULT);

        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.T3_ROW_SUM).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().row()).isEqualTo("DISCLOSED");
                    assertThat(f.expected()).isEqualByComparingTo(n(1));
                    assertThat(f.actual()).isEqualByComparingTo(n(0));
                });
        assertThat(codes(r)).contains(RuleCode.T3_OUTCOME_SUM);
    }
}
