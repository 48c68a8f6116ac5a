package io.github.zwgk.annualreport.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;

/** Statistics over stored properties of real seeds, as the repository's statistics web script computes them. */
class ReportStatisticsTest
{
    private static ReportStatistics.Row row(String id, String seed, String name, String agency)
    {
        AnalysisResult r = new ReportAnalyzer().analyzeText(Seeds.text(seed), name, AnalysisOptions.DEFAULT);
        Map<String, Object> fields = new HashMap<>(StoredFields.of(r, null, Instant.EPOCH));
        fields.put(ReportStatistics.NAME, name);
        fields.put(ReportStatistics.AGENCY_NAME, agency);
        return new ReportStatistics.Row(id, fields);
    }

    @Test
    void countsAndSumsComeFromTheStoredFigures()
    {
        ReportStatistics stats = new ReportStatistics(List.of(row("n1", "000", "000.txt", "滑县人民政府办公室"),
                row("n2", "002", "002.txt", "滑县人力资源和社会保障局"), row("n3", "004", "004.txt", "石泉县人民政府")), 3);

        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.countsByStatus()).containsEntry("INVALID", 1).containsEntry("VALID_WITH_WARNINGS", 2)
                .containsEntry("PENDING", 0);
        assertThat(stats.sums().get("applicationsNew")).isEqualByComparingTo("303"); // 0 + 269 + 34
        assertThat(stats.failingReports()).singleElement().satisfies(f -> assertThat(f.get("nodeRef")).isEqualTo("n1"));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreNeutralisedAndFiguresStayNumbers()
    {
        ReportStatistics stats = new ReportStatistics(List.of(row("n1", "002", "@SUM(A1:A9).txt",
                "=HYPERLINK(\"http://evil.example\",\"点击\")")), 3);

        String csv = String.join("", stats.csvRows().stream().map(ReportStatistics::csvLine).toList());

        assertThat(csv).contains("'@SUM(A1:A9).txt").contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM").contains(",269,");
    }
}
