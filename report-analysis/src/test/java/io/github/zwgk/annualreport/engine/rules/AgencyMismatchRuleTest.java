package io.github.zwgk.annualreport.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Severity;

class AgencyMismatchRuleTest
{
    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @Test
    void aReportOfAnotherAgencyFiledInThisAgencysFolderIsFlaggedForTheReviewer()
    {
        // seed 001 is 息县关店乡人民政府's report
        AnalysisResult r = analyzer.analyzeText(Seeds.text("001"), "001.txt",
                AnalysisOptions.DEFAULT.withExpectedAgency("滑县人民政府办公室"));

        assertThat(r.findings()).filteredOn(f -> f.code() == RuleCode.AGENCY_MISMATCH).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("息县关店乡人民政府").contains("滑县人民政府办公室");
                });
    }

    @Test
    void theSameAgencyOrNoExpectedAgencyGivesNothing()
    {
        AnalysisResult same = analyzer.analyzeText(Seeds.text("001"), "001.txt",
                AnalysisOptions.DEFAULT.withExpectedAgency("息县关店乡人民政府"));
        AnalysisResult checker = analyzer.analyzeText(Seeds.text("001"), "001.txt", AnalysisOptions.DEFAULT);

        assertThat(same.findings()).extracting(Finding::code).doesNotContain(RuleCode.AGENCY_MISMATCH);
        assertThat(checker.findings()).extracting(Finding::code).doesNotContain(RuleCode.AGENCY_MISMATCH);
    }

    @ParameterizedTest
    @CsvSource({"滑县人民政府办公室, 滑县人民政府办公室, true", "滑县 人民政府办公室, 滑县人民政府办公室, true",
            "滑县人民政府, 滑县人民政府办公室, true", "息县关店乡人民政府, 滑县人民政府办公室, false",
            "河东区政府办公室, 河东区人民政府办公室, true", "滑县政府办, 滑县人民政府办公室, true",
            "滑县财政局, 滑县人力资源和社会保障局, false"})
    void namesAreComparedWithoutSpacesAndOneMayContainTheOther(String a, String b, boolean same)
    {
        assertThat(AgencyMismatchRule.sameAgency(a, b)).isEqualTo(same);
    }
}
