package io.github.zwgk.annualreport.engine.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The key figures of a report. These names are the repository's property local names ({@code ar:applicationsNew} …)
 * and the JSON keys of {@code summary}: keep them in step with the content model. Null = not available (table not
 * found, cell blank or unreadable, or not in this format).
 *
 * @param applicationsNew            表三 一、本年新收 — 总计
 * @param applicationsCarriedOver    表三 二、上年结转 — 总计
 * @param applicationsHandled        表三 （七）总计 — 总计
 * @param applicationsCarriedForward 表三 四、结转下年度继续办理 — 总计
 * @param reviewTotal                表四 行政复议 总计
 * @param litigationDirectTotal      表四 行政诉讼 未经复议直接起诉 总计
 * @param litigationAfterReviewTotal 表四 行政诉讼 复议后起诉 总计
 * @param regulationsIssued          表二 规章: 本年制发件数 (2021) / 本年新制作数量 (2019)
 * @param normativeDocumentsIssued   表二 (行政)规范性文件: 本年制发件数 (2021) / 本年新制作数量 (2019)
 * @param normativeDocumentsInForce  表二 (行政)规范性文件: 现行有效件数 (2021) / 对外公开总数量 (2019)
 * @param licensingDecisions         表二 行政许可 处理决定数量
 * @param penaltyDecisions           表二 行政处罚 处理决定数量
 * @param enforcementDecisions       表二 行政强制 处理决定数量
 * @param feesAmountWanYuan          表二 行政事业性收费 本年收费金额（万元）, 2021 format only
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Summary(
        Integer applicationsNew,
        Integer applicationsCarriedOver,
        Integer applicationsHandled,
        Integer applicationsCarriedForward,
        Integer reviewTotal,
        Integer litigationDirectTotal,
        Integer litigationAfterReviewTotal,
        Integer regulationsIssued,
        Integer normativeDocumentsIssued,
        Integer normativeDocumentsInForce,
        Integer licensingDecisions,
        Integer penaltyDecisions,
        Integer enforcementDecisions,
        BigDecimal feesAmountWanYuan)
{
    /** The component names, in declaration order: the repository property names of the figures aspect. */
    public static final java.util.List<String> FIELD_NAMES = java.util.Arrays.stream(Summary.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    public static Summary empty()
    {
        return new Summary(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
