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
        assertThat(out.toString()).contains("== empty.docx", "状态：无法读取 — 文件为空");
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
        assertThat(out.toString()).contains("状态：合格\n", "状态：合格（有警告）\n");
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
                .contains("状态：不合格\n")
                .doesNotContain("INVALID", "表格始于")
                .contains("标题: 石泉县人民政府2023年政府信息公开工作年度报告", "年度: 2023", "格式: 2021年版（国办公开办函〔2021〕30号）",
                        "级别: 县级 / 政府")
                .contains("表三  本年新收 34  上年结转 0  （七）总计 34  结转下年度 0")
                .contains("表二  规章制发 0  规范性文件制发 2  规范性文件现行有效 14  行政许可 28364  行政处罚 1021  行政强制 623  收费金额（万元） 924.19")
                .contains("[错误] T3_OUTCOME_SUM 表三“（七）总计”行“自然人”列：应为 34")
                .contains("位置：表三 “（七）总计”行 “自然人”列；应为 34，实为 35")
                .contains("[警告] HEADING_VARIANT 第 4 行章节标题“主动公开政府信息情况”与模板不一致", "位置：二、主动公开政府信息情况\n");
    }

    @Test
    void theReportCanBeInEnglish() throws IOException
    {
        run(byName, "--lang", "en", file("invalid.txt"));
        assertThat(out.toString()).contains("Status: invalid (INVALID)", "[ERROR] T3_OUTCOME_SUM Table 3 row TOTAL column NATURAL_PERSON: expected 34",
                "at: Table 3 row TOTAL column NATURAL_PERSON; expected 34, actual 35", "Level: county / government");
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

    /** A folder of reports: two at the top, one in a subfolder, and files the checker must leave alone. */
    private Path folder() throws IOException
    {
        Path reports = Files.createDirectories(dir.resolve("报告"));
        Files.writeString(reports.resolve("valid.txt"), "x");
        Files.writeString(reports.resolve("warn.docx"), "x");
        Files.writeString(Files.createDirectories(reports.resolve("滑县")).resolve("invalid.pdf"), "x");
        Files.writeString(reports.resolve("~$valid.docx"), "x"); // Word's lock file of an open document
        Files.writeString(reports.resolve(".valid.txt"), "x"); // hidden
        Files.writeString(Files.createDirectories(reports.resolve(".git")).resolve("valid.txt"), "x");
        Files.writeString(reports.resolve("valid.xlsx"), "x"); // not a report format
        return reports;
    }

    @Test
    void aFolderChecksEveryReportInItAndItsSubfoldersThenTalliesThem() throws IOException
    {
        int code = run(byName, folder().toString());
        assertThat(code).isEqualTo(1);
        assertThat(optionsSeen).hasSize(3);
        assertThat(out.toString()).contains("== valid.txt\n", "== warn.docx\n", "== 滑县/invalid.pdf\n")
                .doesNotContain("~$", ".valid", "xlsx", "== .git")
                .endsWith("共 3 份报告：合格 1，有警告 1，不合格 1，不是年度报告 0，无法读取 0\n");
        assertThat(out.toString().indexOf("== valid.txt")).isLessThan(out.toString().indexOf("== warn.docx"));
        assertThat(err.toString()).as("three files need no progress line").isEmpty();
    }

    @Test
    void jsonAndCsvOfAFolderHoldOnlyTheResultsTheTallyGoesToStandardError() throws IOException
    {
        Path reports = folder();
        assertThat(run(byName, "--json", reports.toString())).isEqualTo(1);
        assertThat(ResultJson.readAll(out.toString())).extracting(AnalysisResult::file)
                .containsExactly("valid.txt", "warn.docx", "滑县/invalid.pdf");
        assertThat(err.toString()).isEqualTo("共 3 份报告：合格 1，有警告 1，不合格 1，不是年度报告 0，无法读取 0\n");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run(byName, "--csv", "--lang", "en", reports.toString());
        assertThat(out.toString().split("\r\n")).hasSize(4);
        assertThat(out.toString().split("\r\n")[3]).startsWith("滑县/invalid.pdf,INVALID,");
        assertThat(err.toString()).isEqualTo("3 reports: 1 valid, 1 with warnings, 1 invalid, 0 not a report, 0 unreadable\n");
    }

    @Test
    void moreThanAFewFilesShowAProgressLinePerFileOnStandardErrorOnly() throws IOException
    {
        List<String> files = new ArrayList<>();
        for (String name : List.of("valid1.txt", "valid2.txt", "warn1.txt", "warn2.txt", "invalid1.txt"))
        {
            files.add(file(name));
        }
        files.add(files.get(0)); // named twice, checked once
        run(byName, files.toArray(String[]::new));
        assertThat(err.toString().split("\n")).containsExactly("[1/5] valid1.txt", "[2/5] valid2.txt", "[3/5] warn1.txt",
                "[4/5] warn2.txt", "[5/5] invalid1.txt");
        assertThat(out.toString()).doesNotContain("[1/5]").contains("共 5 份报告：合格 2，有警告 2，不合格 1");
    }

    @Test
    void wildcardsAreExpandedByTheCheckerItself() throws IOException
    {
        Path reports = folder();
        // quoted on the command line (as cmd.exe passes it): the checker expands it, in name order
        assertThat(run(byName, "--json", reports + "/*.docx", reports + "/*/inv?lid.pdf")).isEqualTo(1);
        assertThat(ResultJson.readAll(out.toString())).extracting(AnalysisResult::file)
                .containsExactly("warn.docx", "invalid.pdf");
        out.getBuffer().setLength(0);
        assertThat(run(byName, reports + "/*")).as("a glob naming a folder checks the folder").isEqualTo(1);
        assertThat(optionsSeen).hasSize(2 + 3);
    }

    @Test
    void aWildcardMatchingNothingAndAnEmptyFolderAreUsageErrors() throws IOException
    {
        Path empty = Files.createDirectories(dir.resolve("空"));
        Files.writeString(empty.resolve("readme.md"), "x");
        assertThat(run(byName, file("valid.txt"), dir.resolve("*.pdf").toString(), empty.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("没有与之匹配的报告文件 (no report file matches): " + dir.resolve("*.pdf"),
                "文件夹中没有报告文件", "空");
        assertThat(optionsSeen).as("nothing analysed").isEmpty();
    }

    @Test
    void onATerminalTheProgressLineIsRewrittenInPlaceAndClearedBeforeEachReport()
    {
        StringWriter buf = new StringWriter();
        Progress p = new Progress(new PrintWriter(buf), 4, true);
        p.show(1, "滑县人民政府办公室2023年政府信息公开工作年度报告.docx");
        p.show(2, "b.pdf");
        p.clear();
        String shown = buf.toString();
        assertThat(shown).startsWith("\r[1/4] 滑县人民政府办公室2023年政府信息公开工作年度报告.docx\r[2/4] b.pdf ")
                .doesNotContain("\n");
        // the second line is padded to the first's width (CJK characters are two columns), then blanked
        int firstWidth = Progress.columns("[1/4] 滑县人民政府办公室2023年政府信息公开工作年度报告.docx");
        int secondWidth = Progress.columns("[2/4] b.pdf");
        assertThat(shown).contains("\r[2/4] b.pdf" + " ".repeat(firstWidth - secondWidth) + "\r")
                .endsWith("\r" + " ".repeat(secondWidth) + "\r");
        assertThat(Progress.columns(Progress.fit("很长的文件名".repeat(20) + ".docx", 40))).isLessThanOrEqualTo(40);
        assertThat(Progress.fit("很长的文件名".repeat(20) + ".docx", 40)).contains("…").endsWith(".docx");
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
