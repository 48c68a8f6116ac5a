package io.github.zwgk.annualreport.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.rules.ReportFixture;
import picocli.CommandLine;

/** The checker's exit codes and outputs, run through picocli as {@code ./run.sh check} runs it. */
class CheckCommandTest
{
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Analyses by file name: "valid*" → seed 002 figures, "warn*" → seed 004, "invalid*" → seed 004 with (七)总计 35. */
    private final List<AnalysisOptions> optionsSeen = new ArrayList<>();
    private final ReportAnalyzer byName = new ReportAnalyzer()
    {
        @Override
        public AnalysisResult analyze(Path file, AnalysisOptions options)
        {
            optionsSeen.add(options);
            String name = file.getFileName().toString();
            if (name.startsWith("valid"))
            {
                return ReportFixture.seed002().result(name, options);
            }
            if (name.startsWith("warn"))
            {
                return ReportFixture.seed004().result(name, options);
            }
            if (name.startsWith("invalid"))
            {
                return ReportFixture.seed004().t3(Table3Row.TOTAL, Table3Column.NATURAL_PERSON, 35).result(name, options);
            }
            return super.analyze(file, options);
        }
    };

    private int run(ReportAnalyzer analyzer, String... args)
    {
        CommandLine cl = CheckCommand.commandLine(analyzer);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String file(String name) throws IOException
    {
        return Files.writeString(dir.resolve(name), "x").toString();
    }

    @Test
    void anEmptyFileIsUnreadableAndExitsTwo() throws IOException
    {
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        assertThat(run(new ReportAnalyzer(), empty.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("== empty.docx", "状态：无法读取 (UNREADABLE) — 文件为空");
    }

    @Test
    void aMissingFileExitsTwoWithAClearMessage()
    {
        assertThat(run(byName, dir.resolve("nope.docx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("文件不存在 (no such file):", "nope.docx");
        assertThat(optionsSeen).as("nothing analysed").isEmpty();
    }

    @Test
    void badUsageExitsTwo() throws IOException
    {
        assertThat(run(byName)).isEqualTo(2);
        assertThat(run(byName, "--lang", "fr", file("valid.txt"))).isEqualTo(2);
        assertThat(run(byName, "--json", "--csv", file("valid2.txt"))).isEqualTo(2);
        assertThat(err.toString()).contains("--json 与 --csv 只能选一个");
    }

    @Test
    void validReportsExitZeroEvenWithWarnings() throws IOException
    {
        assertThat(run(byName, file("valid.txt"), file("warn.txt"))).isEqualTo(0);
        assertThat(out.toString()).contains("状态：合格 (VALID)", "状态：合格（有警告） (VALID_WITH_WARNINGS)");
    }

    @Test
    void anInvalidReportExitsOneAndAnUnreadableOneTwo() throws IOException
    {
        assertThat(run(byName, file("valid.txt"), file("invalid.txt"))).isEqualTo(1);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(run(byName, file("invalid2.txt"), empty.toString())).isEqualTo(2);
    }

    @Test
    void theHumanReportShowsIdentityKeyFiguresAndFindingsWithLocations() throws IOException
    {
        run(byName, file("invalid.txt"));
        assertThat(out.toString())
                .contains("状态：不合格 (INVALID)")
                .contains("标题: 石泉县人民政府2023年政府信息公开工作年度报告", "年度: 2023", "格式: 2021")
                .contains("表三  本年新收 34  上年结转 0  （七）总计 34  结转下年度 0")
                .contains("表二  规章制发 0  规范性文件制发 2  规范性文件现行有效 14  行政许可 28364  行政处罚 1021  行政强制 623  收费金额（万元） 924.19")
                .contains("[错误] T3_OUTCOME_SUM 表三“（七）总计”行“自然人”列：应为 34")
                .contains("位置：表三 “（七）总计”行 “自然人”列，表格始于第 40 行；应为 34，实为 35")
                .contains("[警告] HEADING_VARIANT 第 4 行章节标题“主动公开政府信息情况”与模板不一致", "位置：二、主动公开政府信息情况，第 4 行");
    }

    @Test
    void theReportCanBeInEnglish() throws IOException
    {
        run(byName, "--lang", "en", file("invalid.txt"));
        assertThat(out.toString()).contains("Status: invalid (INVALID)", "[ERROR] T3_OUTCOME_SUM Table 3 row TOTAL column NATURAL_PERSON: expected 34",
                "at: Table 3 row TOTAL column NATURAL_PERSON, table starts at line 40; expected 34, actual 35");
    }

    @Test
    void jsonIsAnObjectForOneFileAndAnArrayForSeveral() throws IOException
    {
        run(byName, "--json", file("warn.txt"));
        JsonNode one = ResultJson.mapper().readTree(out.toString());
        assertThat(one.isObject()).isTrue();
        assertThat(one.get("status").asText()).isEqualTo("VALID_WITH_WARNINGS");
        out.getBuffer().setLength(0);
        run(byName, "--json", file("valid.txt"), file("invalid.txt"));
        List<AnalysisResult> results = ResultJson.readAll(out.toString());
        assertThat(results).extracting(AnalysisResult::status).containsExactly(Status.VALID, Status.INVALID);
    }

    @Test
    void csvHasAHeaderAndOneRowPerFile() throws IOException
    {
        run(byName, "--csv", file("valid.txt"), file("warn.txt"));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("file,status,statusReason,format,reportYear,agency,errors,warnings,infos,applicationsNew");
        assertThat(lines[1]).startsWith("valid.txt,VALID,,2019,2019,滑县人力资源和社会保障局,0,0,0,269,0,269,0");
    }

    @Test
    void previousResultJsonFeedsTheCarryOverCheck() throws IOException
    {
        AnalysisResult lastYear = ReportFixture.seed004().year(2022).t3(Table3Row.CARRIED_FORWARD, 2, 0, 0, 0, 0, 0, 2)
                .t3(Table3Row.TOTAL, 32, 0, 0, 0, 0, 0, 32).result("2022.docx", AnalysisOptions.DEFAULT);
        Path previous = Files.writeString(dir.resolve("2022.json"), ResultJson.write(lastYear));
        int code = run(byName, "--previous", previous.toString(), file("warn.txt"));
        assertThat(optionsSeen).singleElement().satisfies(o -> {
            assertThat(o.previousReport().reportYear()).isEqualTo(2022);
            assertThat(o.previousReport().carriedForward().get(Table3Column.TOTAL)).isEqualByComparingTo("2");
        });
        // this year's 上年结转 is 0 where last year carried 2 forward
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("CARRY_OVER_MISMATCH", "2022年度报告（2022.json）");
    }

    @Test
    void aMissingPreviousFileExitsTwo() throws IOException
    {
        assertThat(run(byName, "--previous", dir.resolve("none.json").toString(), file("valid.txt"))).isEqualTo(2);
        assertThat(err.toString()).contains("none.json (--previous)");
    }

    @Test
    void anUnparsablePreviousJsonExitsTwo() throws IOException
    {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{not json");
        assertThat(run(byName, "--previous", bad.toString(), file("valid.txt"))).isEqualTo(2);
        assertThat(err.toString()).contains("无法读取上一年度结果 JSON");
    }
}
