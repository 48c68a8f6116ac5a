package io.github.zwgk.annualreport.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;

class ResultCsvTest
{
    @Test
    void quotingFollowsRfc4180()
    {
        assertThat(ResultCsv.quote("石泉县人民政府")).isEqualTo("石泉县人民政府");
        assertThat(ResultCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ResultCsv.quote("他说\"无\"")).isEqualTo("\"他说\"\"无\"\"\"");
        assertThat(ResultCsv.quote("两行\n文字")).isEqualTo("\"两行\n文字\"");
        assertThat(ResultCsv.quote("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(ResultCsv.quote(null)).isEmpty();
    }

    @Test
    void headerListsTheReportColumnsEverySummaryFieldAndTheFindingCodes()
    {
        List<String> header = ResultCsv.header();
        assertThat(header).startsWith("file", "status", "statusReason", "format", "reportYear", "agency", "errors", "warnings", "infos");
        assertThat(header).containsSubsequence(Summary.FIELD_NAMES.toArray(String[]::new));
        assertThat(header).endsWith("findingCodes");
    }

    @Test
    void oneRowPerReportWithItsFiguresAndTopCodes()
    {
        AnalysisResult r = ResultJsonTest.seed004Result();
        AnalysisResult unreadable = new AnalysisResult("扫描件, 第1版.pdf", Status.UNREADABLE, "文件中没有可读取的文字（可能是扫描件）",
                null, null, null, null, null, null, null, null, null, null, "v", null);
        String csv = ResultCsv.toCsv(List.of(r, unreadable));
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        List<String> values = ResultCsv.values(r);
        assertThat(values.subList(0, 9)).containsExactly("石泉县2023年报.docx", "INVALID", null, "2021", "2023", "石泉县人民政府",
                Long.toString(r.count(io.github.zwgk.annualreport.engine.model.Severity.ERROR)),
                Long.toString(r.count(io.github.zwgk.annualreport.engine.model.Severity.WARNING)), "0");
        assertThat(values).contains("28364", "924.19");
        assertThat(values.get(values.size() - 1)).isEqualTo("T3_BALANCE CELL_MISSING HEADING_VARIANT");
        assertThat(lines[1]).startsWith("石泉县2023年报.docx,INVALID,,2021,2023,石泉县人民政府,");
        assertThat(lines[2]).startsWith("\"扫描件, 第1版.pdf\",UNREADABLE,文件中没有可读取的文字（可能是扫描件）,,,,0,0,0,,");
    }

    @Test
    void textsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndNumbersStayNumbers()
    {
        AnalysisResult seed = ResultJsonTest.seed004Result();
        Summary negative = new Summary(-3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        AnalysisResult hostile = new AnalysisResult("=HYPERLINK(\"http://evil.example\",\"点击\").docx", seed.status(),
                "@SUM(1+1)*cmd|' /C calc'!A0", seed.format(), seed.reportYear(), "+石泉县人民政府", seed.identity(), negative,
                seed.findings(), null, null, null, null, "v", null);
        String row = ResultCsv.toCsv(List.of(hostile)).split("\r\n")[1];
        assertThat(row).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\").docx\",INVALID,'@SUM(1+1)*cmd|' /C calc'!A0,2021,2023,'+石泉县人民政府,")
                .contains(",-3,0,");
    }

    @Test
    void writeStartsWithAByteOrderMarkOnlyWhenAskedFor() throws IOException
    {
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        ResultCsv.write(List.of(), withBom, true);
        byte[] b = withBom.toByteArray();
        assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ResultCsv.write(List.of(), plain, false);
        assertThat(plain.toString(StandardCharsets.UTF_8)).startsWith("file,status,");
    }
}
