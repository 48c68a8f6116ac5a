package io.github.zwgk.annualreport.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.fixtures.Seeds;
import picocli.CommandLine;

/**
 * {@code --previous} feeds the text-repetition check from last year's report file or from its result JSON alike: the
 * JSON carries the sentence fingerprint, so last year's file is not needed again.
 */
class PreviousTextCheckTest
{
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args)
    {
        CommandLine cl = CheckCommand.commandLine(new ReportAnalyzer());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void lastYearsReportOrItsResultJsonGiveTheSameRepetitionFinding() throws IOException
    {
        Path lastYear = Files.writeString(dir.resolve("石泉县2023.txt"), Seeds.text("004"));
        Path thisYear = Files.writeString(dir.resolve("石泉县2024.txt"),
                Seeds.text("004").replace("2024", "2025").replace("2023", "2024"));

        assertThat(run("--previous", lastYear.toString(), thisYear.toString())).isZero();
        String fromFile = out.toString();
        assertThat(fromFile).contains("[警告] TEXT_REPEATED 正文", "（100%）与2023年度报告（石泉县2023.txt）相同");

        out.getBuffer().setLength(0);
        assertThat(run("--json", lastYear.toString())).isZero();
        Path json = Files.writeString(dir.resolve("石泉县2023.json"), out.toString());
        out.getBuffer().setLength(0);
        assertThat(run("--previous", json.toString(), thisYear.toString())).isZero();
        assertThat(out.toString()).contains("[警告] TEXT_REPEATED 正文", "（100%）与2023年度报告（石泉县2023.json）相同");
    }
}
