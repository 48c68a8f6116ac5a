package io.github.zwgk.annualreport.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Figures stated in words in 一、总体情况 (e.g. "受理政府信息公开申请20件"), to be compared with the tables (R10).
 * A null component was not stated.
 *
 * @param applicationsReceived       new applications received in the year (收到/受理 … 申请 N 件)
 * @param applicationsCarriedOver    carried over from the previous year (上年结转 N 件)
 * @param applicationsHandled        handled/closed in the year (办结/答复 N 件)
 * @param applicationsCarriedForward carried forward to the next year (结转下年度 N 件)
 * @param reviewTotal                administrative reviews (行政复议 N 件)
 * @param litigationTotal            lawsuits (行政诉讼 N 件)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NarrativeFigures(
        Integer applicationsReceived,
        Integer applicationsCarriedOver,
        Integer applicationsHandled,
        Integer applicationsCarriedForward,
        Integer reviewTotal,
        Integer litigationTotal)
{
    public static NarrativeFigures none()
    {
        return new NarrativeFigures(null, null, null, null, null, null);
    }
}
