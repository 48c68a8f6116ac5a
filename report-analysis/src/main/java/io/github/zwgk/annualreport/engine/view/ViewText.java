package io.github.zwgk.annualreport.engine.view;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results drawing's own words (headings, 应为/实为, the summary table), Chinese and English, keyed as
 * report-view.js asks for them; {0}, {1} are filled in by the script. Part of {@link ViewLabels}.
 */
final class ViewText
{
    private static final Map<String, String[]> TEXT = new LinkedHashMap<>();

    static
    {
        put("pageTitle", "政府信息公开工作年度报告检查结果", "Annual report check results");
        put("generatedAt", "生成时间：{0}", "Generated {0}");
        put("engineVersion", "检查程序版本：{0}", "checker version {0}");
        put("switchLanguage", "English", "中文");
        put("summary", "汇总", "Summary");
        put("reportCount", "共 {0} 份：", "{0} reports: ");
        put("file", "文件", "File");
        put("agency", "机关", "Agency");
        put("year", "年度", "Year");
        put("status", "状态", "Status");
        put("errors", "错误", "Errors");
        put("warnings", "警告", "Warnings");
        put("backToSummary", "返回汇总", "Back to the summary");
        put("title", "标题", "Title");
        put("format", "格式", "Format");
        put("formatName", "{0} 年版格式", "{0} format");
        put("publicationDate", "发布日期", "Published");
        put("counts", "错误 {0} 项，警告 {1} 项，提示 {2} 项", "{0} errors, {1} warnings, {2} notes");
        put("noFindings", "未发现问题，报告通过全部校验。", "No findings: the report passed every check.");
        put("findings", "问题", "Findings");
        put("otherFindings", "其他问题", "Other findings");
        put("where", "位置：{0}", "Where: {0}");
        put("wholeReport", "全文", "whole report");
        put("page", "第 {0} 页", "page {0}");
        put("line", "第 {0} 行", "line {0}");
        put("expected", "应为 {0}", "expected {0}");
        put("actual", "实为 {0}", "actual {0}");
        put("tableMissing", "报告中未找到{0}。", "{0} was not found in the report.");
        put("rowMissing", "（报告中未找到此行）", " (row not found in the report)");
        put("kind.BLANK", "空白（未填写）", "blank (not filled in)");
        put("kind.NOT_APPLICABLE", "不适用标记", "not-applicable mark");
        put("kind.UNREADABLE", "无法识别的内容", "unreadable content");
        put("kind.AMBIGUOUS", "数字连写，可有多种读法", "digits run together, more than one reading");
        put("kind.OTHER", "未知内容", "unknown content");
    }

    private ViewText()
    {
    }

    private static void put(String key, String zh, String en)
    {
        TEXT.put(key, new String[] {zh, en});
    }

    /** {zh: {key: text}, en: {key: text}}. */
    static ObjectNode all()
    {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode zh = node.putObject("zh");
        ObjectNode en = node.putObject("en");
        TEXT.forEach((key, texts) -> {
            zh.put(key, texts[0]);
            en.put(key, texts[1]);
        });
        return node;
    }
}
