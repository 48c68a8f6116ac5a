package io.github.zwgk.annualreport.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/**
 * The catalog the drawing reads: the template's layouts of both formats (FORMAT.md §3–5), every rule, and the
 * generated report-labels.js that the build puts into the jar for the Share module.
 */
class ViewLabelsTest
{
    private final JsonNode labels = ViewLabels.json();

    @Test
    void table2HasFiveBlocksOfEightRowsIn2019AndFourBlocksOfSixRowsIn2021()
    {
        JsonNode t2 = labels.path("tables").path("T2");
        assertThat(t2.path("formats").path("2019")).hasSize(5);
        assertThat(rows(t2.path("formats").path("2019"))).containsExactly("规章", "规范性文件", "行政许可",
                "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购");
        assertThat(t2.path("formats").path("2021")).hasSize(4);
        assertThat(rows(t2.path("formats").path("2021"))).containsExactly("规章", "行政规范性文件", "行政许可", "行政处罚",
                "行政强制", "行政事业性收费");
        // 第二十条第（五）项 2021: one column, 本年处理决定数量
        JsonNode licensing = t2.path("formats").path("2021").get(1);
        assertThat(licensing.path("block").asText()).isEqualTo("第二十条第（五）项");
        assertThat(licensing.path("columns").get(0).asText()).isEqualTo("DECISIONS_THIS_YEAR");
        assertThat(t2.path("columns").path("FEE_AMOUNT").asText()).isEqualTo("本年收费金额（单位：万元）");
    }

    private static List<String> rows(JsonNode blocks)
    {
        List<String> labels = new ArrayList<>();
        blocks.forEach(b -> b.path("rows").forEach(r -> labels.add(r.path("label").asText())));
        return labels;
    }

    @Test
    void table3Has23RowsIn2019And25In2021WithOtherProcessingSplitInThree()
    {
        JsonNode t3 = labels.path("tables").path("T3");
        assertThat(t3.path("formats").path("2019")).hasSize(23);
        assertThat(t3.path("formats").path("2021")).hasSize(25);
        assertThat(t3.path("rows").path("OTHER_FEE_UNPAID").path("group").asText()).isEqualTo("（六）其他处理");
        assertThat(t3.path("rows").path("WITHHELD_STATE_SECRET").path("label").asText()).isEqualTo("1.属于国家秘密");
        assertThat(t3.path("rows").path("TOTAL").path("outcome").asBoolean()).isTrue();
        assertThat(t3.path("rows").path("CARRIED_FORWARD").path("outcome").asBoolean()).isFalse();
        assertThat(t3.path("organisationColumns")).hasSize(5);
        assertThat(t3.path("corner").asText()).contains("第一项加第二项之和，等于第三项加第四项之和");
    }

    @Test
    void table4HasReviewsThenLitigationOverItsTwoGroupsOfFive()
    {
        JsonNode groups = labels.path("tables").path("T4").path("groups");
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).path("label").asText()).isEqualTo("行政复议");
        assertThat(groups.get(0).has("parent")).isFalse();
        assertThat(groups.get(1).path("parent").asText()).isEqualTo("行政诉讼");
        assertThat(groups.get(1).path("label").asText()).isEqualTo("未经复议直接起诉");
        assertThat(groups.get(2).path("label").asText()).isEqualTo("复议后起诉");
        groups.forEach(g -> assertThat(g.path("columns")).extracting(c -> c.path("label").asText())
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
    }

    @Test
    void everyRuleHasItsTitlesAndSeverity()
    {
        for (RuleCode code : RuleCode.values())
        {
            JsonNode rule = labels.path("rules").path(code.name());
            assertThat(rule.path("zh").asText()).isEqualTo(code.title());
            assertThat(rule.path("en").asText()).isEqualTo(code.titleEn());
            assertThat(rule.path("severity").asText()).isEqualTo(code.defaultSeverity().name());
        }
    }

    @Test
    void theScriptIsSafeInsideAScriptElementAndParsesBackToTheCatalog() throws IOException
    {
        String script = ViewLabels.script();
        assertThat(script).doesNotContain("<", ">", "&");
        String json = script.substring(script.indexOf("= ") + 2, script.lastIndexOf("; })"));
        assertThat(ResultJson.mapper().readTree(json)).isEqualTo(labels);
        assertThat(ViewLabels.inScript("{\"a\":\"</script>&\u2028\"}")).isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u0026\\u2028\"}");
    }

    @Test
    void theBuildPutTheGeneratedScriptNextToTheDrawingInTheJar() throws IOException
    {
        try (InputStream in = ViewLabels.class.getResourceAsStream("/" + ViewLabels.RESOURCE_DIR + ViewLabels.SCRIPT_FILE))
        {
            assertThat(in).as("report-labels.js written at process-classes (exec-maven-plugin, report-analysis/pom.xml)").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ViewLabels.script());
        }
        assertThat(HtmlReport.resource(HtmlReport.VIEW_SCRIPT)).contains("root.AnnualReportView");
        assertThat(HtmlReport.resource(HtmlReport.VIEW_STYLE)).contains(".ar-report");
    }
}
