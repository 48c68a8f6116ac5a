package io.github.zwgk.annualreport.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.rules.ParsedReport;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;
import io.github.zwgk.annualreport.engine.rules.ReportFixture;
import io.github.zwgk.annualreport.engine.rules.RuleEngine;
import io.github.zwgk.annualreport.engine.model.ExtractionInfo;
import io.github.zwgk.annualreport.engine.model.Summary;

class ResultJsonTest
{
    /** A full result of seed 004's figures with a balance error, a 不适用 mark and a blank cell. */
    static AnalysisResult seed004Result()
    {
        ParsedReport p = ReportFixture.seed004()
                .t3(Table3Row.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1)
                .t3(Table3Row.CARRIED_OVER, Table3Column.RESEARCH_INSTITUTION, Cell.notApplicable("—"))
                .t3(Table3Row.CARRIED_OVER, Table3Column.LEGAL_SERVICE_INSTITUTION, Cell.BLANK)
                .build();
        var findings = new RuleEngine().check(p, AnalysisOptions.DEFAULT);
        return new AnalysisResult("石泉县2023年报.docx", Status.of(findings), null, p.tables().format(),
                p.identity().reportYear(), p.identity().agency(), p.identity(),
                new Summary(34, 0, 34, 1, 0, 0, 0, 0, 2, 14, 28364, 1021, 623, new BigDecimal("924.19")), findings,
                p.layout().hits(), p.tables(), p.narrative(),
                new ExtractionInfo("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "tika", null, 8827, 64, 120),
                "1.0.0-SNAPSHOT", "ab".repeat(32));
    }

    @Test
    void aResultWrittenAndReadBackIsEqual() throws IOException
    {
        AnalysisResult r = seed004Result();
        assertThat(r.findings()).isNotEmpty();
        String json = ResultJson.write(r);
        assertThat(ResultJson.read(json)).isEqualTo(r);
    }

    @Test
    void jsonUsesIsoDatesPlainNumbersAndTheFormatCode() throws IOException
    {
        String json = ResultJson.write(seed004Result());
        JsonNode node = ResultJson.mapper().readTree(json);
        assertThat(node.get("format").asText()).isEqualTo("2021");
        assertThat(node.get("identity").get("publicationDate").asText()).isEqualTo("2024-01-29");
        assertThat(node.get("summary").get("feesAmountWanYuan").decimalValue()).isEqualByComparingTo("924.19");
        assertThat(node.get("summary").has("applicationsNew")).isTrue();
        JsonNode cell = node.get("tables").get("t3").get("rows").get("NEW").get("NATURAL_PERSON");
        assertThat(cell.get("kind").asText()).isEqualTo("NUMBER");
        assertThat(cell.get("value").asInt()).isEqualTo(34);
        assertThat(cell.has("number")).as("convenience getters are not serialised").isFalse();
        JsonNode finding = node.get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("T3_BALANCE");
        assertThat(finding.get("location").get("table").asText()).isEqualTo("T3");
        assertThat(finding.get("expected").isNumber()).isTrue();
        assertThat(json).doesNotContain("E+");
    }

    @Test
    void aJsonArrayOfSeveralResultsIsReadBackWhole(@TempDir Path dir) throws IOException
    {
        AnalysisResult a = seed004Result();
        AnalysisResult b = new AnalysisResult("empty.docx", Status.UNREADABLE, "文件为空", null, null, null, null, null,
                null, null, null, null, null, "1.0.0-SNAPSHOT", null);
        String json = ResultJson.writeAll(List.of(a, b));
        assertThat(ResultJson.readAll(json)).containsExactly(a, b);
        Path file = Files.writeString(dir.resolve("results.json"), json);
        assertThat(ResultJson.read(file)).isEqualTo(a);
    }

    @Test
    void previousReportIsTakenFromAResultReadBackFromJson(@TempDir Path dir) throws IOException
    {
        Path file = Files.writeString(dir.resolve("2023.json"), ResultJson.write(seed004Result()));
        PreviousReport previous = PreviousReport.of(ResultJson.read(file), "2023.json").orElseThrow();
        assertThat(previous.reportYear()).isEqualTo(2023);
        assertThat(previous.carriedForward().get(Table3Column.NATURAL_PERSON)).isEqualByComparingTo("1");
        assertThat(previous.carriedForward().get(Table3Column.TOTAL)).isEqualByComparingTo("1");
        assertThat(previous.source()).isEqualTo("2023.json");
    }

    @Test
    void previousReportIsAbsentForAnUnreadableResult()
    {
        AnalysisResult unreadable = new AnalysisResult("x", Status.UNREADABLE, "文件为空", TemplateFormat.FORMAT_2021, 2023,
                null, null, null, null, null, null, null, null, "v", null);
        assertThat(PreviousReport.of(unreadable, null)).isEmpty();
    }
}
