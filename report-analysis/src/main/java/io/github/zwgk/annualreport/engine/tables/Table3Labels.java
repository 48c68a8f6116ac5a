package io.github.zwgk.annualreport.engine.tables;

import io.github.zwgk.annualreport.engine.model.Table3Row;

/**
 * Row labels of table 三 (收到和处理政府信息公开申请情况). A row is known by the words that only its label has
 * ("国家秘密", "重复申请" …), so numbering variants ("1、", "（1）", missing "（五）"), OCR slips ("总记", "(=)") and
 * the group cell written in front of a sub-row ("（三）不予公开 1.属于国家秘密") all match. In the 2021 format
 * （六）其他处理 is the heading of three sub-rows; in the 2019 format it is a row (国办公开办函〔2021〕30号 表三).
 */
final class Table3Labels implements RowSpec<Table3Row>
{
    static final Table3Labels INSTANCE = new Table3Labels();

    /** Rows and their distinctive words, most specific first (a sub-row before the group it may be written with). */
    private static final Object[][] WORDS = {
        {Table3Row.OTHER_NO_CORRECTION, new String[] {"逾期不补正", "无正当理由逾期"}},
        {Table3Row.OTHER_FEE_UNPAID, new String[] {"收费通知", "缴纳费用", "逾期未按"}},
        {Table3Row.NOT_PROCESSED_EXCESSIVE, new String[] {"大量反复"}},
        {Table3Row.NOT_PROCESSED_CONFIRMATION, new String[] {"重新出具", "确认或重新", "已获取信息"}},
        {Table3Row.NOT_PROCESSED_PETITION, new String[] {"信访举报", "投诉类"}},
        {Table3Row.NOT_PROCESSED_REPEATED, new String[] {"重复申请"}},
        {Table3Row.NOT_PROCESSED_PUBLICATION, new String[] {"出版物"}},
        {Table3Row.UNAVAILABLE_NOT_HELD, new String[] {"不掌握"}},
        {Table3Row.UNAVAILABLE_NEEDS_CREATION, new String[] {"另行制作", "没有现成"}},
        {Table3Row.UNAVAILABLE_STILL_UNCLEAR, new String[] {"仍不明确", "补正后申请"}},
        {Table3Row.WITHHELD_STATE_SECRET, new String[] {"国家秘密"}},
        {Table3Row.WITHHELD_PROHIBITED_BY_LAW, new String[] {"禁止公开", "法律行政法规", "其他法律", "行政止公开"}},
        {Table3Row.WITHHELD_SAFETY_STABILITY, new String[] {"三安全", "一稳定", "危及"}},
        {Table3Row.WITHHELD_THIRD_PARTY_RIGHTS, new String[] {"第三方"}},
        {Table3Row.WITHHELD_INTERNAL_AFFAIRS, new String[] {"内部事务"}},
        {Table3Row.WITHHELD_PROCESS_INFORMATION, new String[] {"过程性"}},
        {Table3Row.WITHHELD_ENFORCEMENT_FILE, new String[] {"执法案卷"}},
        {Table3Row.WITHHELD_ADMINISTRATIVE_QUERY, new String[] {"行政查询"}},
        {Table3Row.PARTIALLY_DISCLOSED, new String[] {"部分公开"}},
        {Table3Row.DISCLOSED, new String[] {"予以公开"}},
        {Table3Row.NEW, new String[] {"本年新收"}},
        {Table3Row.CARRIED_OVER, new String[] {"上年结转"}},
        {Table3Row.CARRIED_FORWARD, new String[] {"结转下年", "下年度继续"}},
        {Table3Row.TOTAL, new String[] {"七总计", "七合计"}},
    };

    private static final String[] HEADERS = {"申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织",
        "法律服务机构", "勾稽", "本年度办理结果"};

    private Table3Labels()
    {
    }

    @Override
    public Table3Row match(String key, Table3Row lastRow)
    {
        int len = key.length();
        if (len < 2 || len > 80)
        {
            return null;
        }
        for (Object[] w : WORDS)
        {
            for (String word : (String[]) w[1])
            {
                if (key.contains(word))
                {
                    return (Table3Row) w[0];
                }
            }
        }
        if (len <= 8 && key.endsWith("3其他"))
        {
            return Table3Row.OTHER_OTHER;
        }
        // A bare 总计 is the column header until the outcome rows have been read.
        if ((key.equals("总计") || key.equals("合计")) && lastRow != null
                && lastRow.ordinal() >= Table3Row.NOT_PROCESSED_PETITION.ordinal() && lastRow != Table3Row.TOTAL
                && lastRow != Table3Row.CARRIED_FORWARD)
        {
            return Table3Row.TOTAL;
        }
        if (key.contains("其他处理") || (key.startsWith("六其他") && len <= 6))
        {
            return Table3Row.OTHER_PROCESSING;
        }
        return null;
    }

    @Override
    public int width(Table3Row row)
    {
        return 7;
    }

    @Override
    public boolean isGroupHeading(Table3Row row, Table3Row next)
    {
        return row == Table3Row.OTHER_PROCESSING && (next == Table3Row.OTHER_NO_CORRECTION
                || next == Table3Row.OTHER_FEE_UNPAID || next == Table3Row.OTHER_OTHER);
    }

    @Override
    public boolean isHeader(String key)
    {
        for (String h : HEADERS)
        {
            if (key.contains(h))
            {
                return true;
            }
        }
        return key.equals("总计") || key.equals("其他");
    }
}
