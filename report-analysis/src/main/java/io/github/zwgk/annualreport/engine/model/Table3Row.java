package io.github.zwgk.annualreport.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 三 rows (FORMAT.md §4): 23 in the 2019 format, 25 in the 2021 format, where （六）其他处理 is split into
 * three sub-rows.
 */
public enum Table3Row implements Labelled
{
    NEW(null, "一、本年新收政府信息公开申请数量", Formats.BOTH, false),
    CARRIED_OVER(null, "二、上年结转政府信息公开申请数量", Formats.BOTH, false),
    DISCLOSED(null, "（一）予以公开", Formats.BOTH, true),
    PARTIALLY_DISCLOSED(null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Formats.BOTH, true),
    WITHHELD_STATE_SECRET("（三）不予公开", "1.属于国家秘密", Formats.BOTH, true),
    WITHHELD_PROHIBITED_BY_LAW("（三）不予公开", "2.其他法律行政法规禁止公开", Formats.BOTH, true),
    WITHHELD_SAFETY_STABILITY("（三）不予公开", "3.危及“三安全一稳定”", Formats.BOTH, true),
    WITHHELD_THIRD_PARTY_RIGHTS("（三）不予公开", "4.保护第三方合法权益", Formats.BOTH, true),
    WITHHELD_INTERNAL_AFFAIRS("（三）不予公开", "5.属于三类内部事务信息", Formats.BOTH, true),
    WITHHELD_PROCESS_INFORMATION("（三）不予公开", "6.属于四类过程性信息", Formats.BOTH, true),
    WITHHELD_ENFORCEMENT_FILE("（三）不予公开", "7.属于行政执法案卷", Formats.BOTH, true),
    WITHHELD_ADMINISTRATIVE_QUERY("（三）不予公开", "8.属于行政查询事项", Formats.BOTH, true),
    UNAVAILABLE_NOT_HELD("（四）无法提供", "1.本机关不掌握相关政府信息", Formats.BOTH, true),
    UNAVAILABLE_NEEDS_CREATION("（四）无法提供", "2.没有现成信息需要另行制作", Formats.BOTH, true),
    UNAVAILABLE_STILL_UNCLEAR("（四）无法提供", "3.补正后申请内容仍不明确", Formats.BOTH, true),
    NOT_PROCESSED_PETITION("（五）不予处理", "1.信访举报投诉类申请", Formats.BOTH, true),
    NOT_PROCESSED_REPEATED("（五）不予处理", "2.重复申请", Formats.BOTH, true),
    NOT_PROCESSED_PUBLICATION("（五）不予处理", "3.要求提供公开出版物", Formats.BOTH, true),
    NOT_PROCESSED_EXCESSIVE("（五）不予处理", "4.无正当理由大量反复申请", Formats.BOTH, true),
    NOT_PROCESSED_CONFIRMATION("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", Formats.BOTH, true),
    /** 2019 format: （六）其他处理 is a single row. */
    OTHER_PROCESSING(null, "（六）其他处理", Formats.ONLY_2019, true),
    /** 2021 format: （六）其他处理 1. */
    OTHER_NO_CORRECTION("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Formats.ONLY_2021, true),
    /** 2021 format: （六）其他处理 2. */
    OTHER_FEE_UNPAID("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Formats.ONLY_2021, true),
    /** 2021 format: （六）其他处理 3. */
    OTHER_OTHER("（六）其他处理", "3.其他", Formats.ONLY_2021, true),
    TOTAL(null, "（七）总计", Formats.BOTH, false),
    CARRIED_FORWARD(null, "四、结转下年度继续办理", Formats.BOTH, false);

    private enum Formats
    {
        BOTH, ONLY_2019, ONLY_2021
    }

    private final String group;
    private final String label;
    private final Formats formats;
    private final boolean outcome;

    Table3Row(String group, String label, Formats formats, boolean outcome)
    {
        this.group = group;
        this.label = label;
        this.formats = formats;
        this.outcome = outcome;
    }

    /** The group label a sub-row belongs to, e.g. "（三）不予公开"; null for top-level rows. */
    public String group()
    {
        return group;
    }

    @Override
    public String label()
    {
        return label;
    }

    /** True for the outcome rows that add up to （七）总计 (R4). */
    public boolean isOutcome()
    {
        return outcome;
    }

    public boolean appliesTo(TemplateFormat format)
    {
        return switch (formats)
        {
            case BOTH -> true;
            case ONLY_2019 -> format == TemplateFormat.FORMAT_2019;
            case ONLY_2021 -> format == TemplateFormat.FORMAT_2021;
        };
    }

    /** The rows of a format in template order (23 for 2019, 25 for 2021). */
    public static List<Table3Row> rows(TemplateFormat format)
    {
        List<Table3Row> rows = new ArrayList<>();
        for (Table3Row r : values())
        {
            if (r.appliesTo(format))
            {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The outcome rows of a format whose sum is （七）总计. */
    public static List<Table3Row> outcomes(TemplateFormat format)
    {
        return rows(format).stream().filter(Table3Row::isOutcome).toList();
    }
}
