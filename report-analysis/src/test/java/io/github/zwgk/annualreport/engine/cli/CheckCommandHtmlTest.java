package io.github.zwgk.annualreport.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.view.ViewLabels;
import picocli.CommandLine;

/** {@code check --html OUT.html}: the page holds exactly the results {@code --json} prints, in the checker's words. */
class CheckCommandHtmlTest
{
    @TempDir
    Path dir;

    @Test
    void theHtmlPageCarriesTheSameResultsAsTheJsonAndTheReadableReportStillPrints() throws IOException
    {
        Path seed = Files.writeString(dir.resolve(Seeds.FILES.get(0)), Seeds.text("000"), StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        Path page = dir.resolve("out/结果.html");

        StringWriter out = new StringWriter();
        CommandLine cl = CheckCommand.commandLine(new ReportAnalyzer()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("--html", page.toString(), seed.toString(), empty.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("== " + Seeds.FILES.get(0), "== empty.docx");

        StringWriter json = new StringWriter();
        CheckCommand.commandLine(new ReportAnalyzer()).setOut(new PrintWriter(json, true))
                .execute("--json", seed.toString(), empty.toString());

        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        JsonNode data = ResultJson.mapper().readTree(html.selectFirst("script#ar-data").data());
        JsonNode printed = ResultJson.mapper().readTree(json.toString());
        // the same results but for the time each analysis took
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.path("results").get(0).path("extraction")).remove("elapsedMillis");
        ((com.fasterxml.jackson.databind.node.ObjectNode) printed.get(0).path("extraction")).remove("elapsedMillis");
        assertThat(data.path("results")).isEqualTo(printed);
        assertThat(data.path("meta").path("engineVersion").asText()).isEqualTo(ReportAnalyzer.engineVersion());
        assertThat(html.select("script")).hasSize(4);
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.select("link, img, iframe, [src]")).isEmpty();
    }

    @Test
    void thePageNamesEveryStatusAsTheReadableReportDoes()
    {
        JsonNode statuses = ViewLabels.json().path("statuses");
        for (Status status : Status.values())
        {
            assertThat(statuses.path(status.name()).path("zh").asText()).isEqualTo(HumanReport.statusLabel(status, true));
            assertThat(statuses.path(status.name()).path("en").asText()).isEqualTo(HumanReport.statusLabel(status, false));
        }
    }
}
