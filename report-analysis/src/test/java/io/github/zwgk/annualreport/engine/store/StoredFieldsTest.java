package io.github.zwgk.annualreport.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;

/** What the repository stores of an analysis, computed here on real seeds, and read back from the stored JSON. */
class StoredFieldsTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @Test
    void aDatedReportsFieldsCarryItsIdentityFiguresAndVerdict()
    {
        AnalysisResult r = analyzer.analyzeText(Seeds.text("003"), "003.txt", AnalysisOptions.DEFAULT);
        Instant at = Instant.parse("2026-01-20T08:00:00Z");

        Map<String, Object> f = StoredFields.of(r, "abc", at);

        assertThat(f.get(StoredFields.DOCUMENT_DATE)).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(f.get(StoredFields.INDEX_NUMBER)).isEqualTo("hedongquhd0101/2021-0000025");
        assertThat(f.get(StoredFields.REPORT_YEAR)).isEqualTo(2020);
        assertThat(f.get(StoredFields.VALIDATION_STATUS)).isEqualTo("VALID_WITH_WARNINGS");
        assertThat(f.get(StoredFields.CONTENT_HASH)).isEqualTo("abc");
        assertThat(f.get(StoredFields.VALIDATED_AT)).isEqualTo(at);
        assertThat(f.get(StoredFields.FINDING_CODES)).isEqualTo(r.findings().stream().map(x -> x.code().name()).distinct().toList())
                .asList().contains("HEADING_VARIANT");
        assertThat(f).containsKeys("applicationsNew", "feesAmountWanYuan")
                .doesNotContainKeys("agencyName", "agencyGroup", "agencyLevel");
    }

    @Test
    void anUnreadableResultClearsEveryFigureAndIdentityField()
    {
        AnalysisResult r = analyzer.analyze(new byte[0], "empty.docx", AnalysisOptions.DEFAULT);

        Map<String, Object> f = StoredFields.of(r, null, Instant.EPOCH);

        assertThat(f.get(StoredFields.VALIDATION_STATUS)).isEqualTo("UNREADABLE");
        assertThat(f.get(StoredFields.STATUS_REASON)).isEqualTo("文件为空");
        assertThat(f).containsEntry("applicationsNew", null).containsEntry(StoredFields.REPORT_YEAR, null)
                .containsEntry(StoredFields.REPORT_TITLE, null);
        assertThat(f.get(StoredFields.FINDINGS)).isEqualTo(List.of());
    }

    @Test
    void theStoredJsonGivesBackLastYearsCarriedForwardRow()
    {
        AnalysisResult r = analyzer.analyzeText(Seeds.text("004"), "004.txt", AnalysisOptions.DEFAULT);

        PreviousReport p = StoredResult.previousReport(StoredResult.write(r), "石泉县人民政府-2023.docx").orElseThrow();

        assertThat(p.reportYear()).isEqualTo(2023);
        assertThat(p.source()).isEqualTo("石泉县人民政府-2023.docx");
        assertThat(p.carriedForward().get(Table3Column.TOTAL))
                .isEqualByComparingTo(r.tables().t3().cell(io.github.zwgk.annualreport.engine.model.Table3Row.CARRIED_FORWARD,
                        Table3Column.TOTAL).value());
        assertThat(PreviousReport.of(r, "x").orElseThrow().carriedForward()).isEqualTo(p.carriedForward());
    }

    @Test
    void unreadableOrForeignJsonGivesNoPreviousReport()
    {
        assertThat(StoredResult.previousReport("{not json", "x")).isEmpty();
        assertThat(StoredResult.previousReport("{\"reportYear\":2022}", "x")).isEmpty();
        assertThat(StoredResult.previousReport(null, "x")).isEmpty();
        AnalysisResult unreadable = analyzer.analyze(new byte[0], "empty.docx", AnalysisOptions.DEFAULT);
        assertThat(StoredResult.previousReport(StoredResult.write(unreadable), "x")).isEmpty();
    }

    @Test
    void theAmountIsStoredAsADouble()
    {
        AnalysisResult r = analyzer.analyzeText(Seeds.text("004"), "004.txt", AnalysisOptions.DEFAULT);

        assertThat(StoredFields.figures(r.summary()).get("feesAmountWanYuan")).isEqualTo(new BigDecimal("924.19").doubleValue());
    }
}
