package io.github.zwgk.annualreport.engine.tables;

import java.util.EnumSet;
import java.util.Set;

import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * Tells the template format from what the tables show (FORMAT.md §3–4): table 二's column headers and rows
 * (2019: 本年新制作数量, 上一年项目数量, 其他对外管理服务事项, 第二十条第（九）项; 2021: 本年制发件数, 本年处理决定数量,
 * 收费金额) and table 三's （六）其他处理 (one row in 2019, three sub-rows in 2021).
 */
final class FormatEvidence
{
    private enum Clue
    {
        // 国办公开办函〔2021〕30号 附件 表二
        ISSUED("本年制发件数", TemplateFormat.FORMAT_2021),
        REPEALED("本年废止件数", TemplateFormat.FORMAT_2021),
        IN_FORCE("现行有效件数", TemplateFormat.FORMAT_2021),
        DECISIONS_THIS_YEAR("本年处理决定数量", TemplateFormat.FORMAT_2021),
        DECISIONS_THIS_YEAR_VARIANT("本年度处理决定数量", TemplateFormat.FORMAT_2021),
        FEE_AMOUNT("收费金额", TemplateFormat.FORMAT_2021),
        // 国办公开办函〔2019〕60号 附件 表二
        NEWLY_MADE("本年新制作数量", TemplateFormat.FORMAT_2019),
        NEWLY_PUBLISHED("本年新公开数量", TemplateFormat.FORMAT_2019),
        TOTAL_PUBLISHED("对外公开总数量", TemplateFormat.FORMAT_2019),
        PREVIOUS_YEAR_ITEMS("上一年项目数量", TemplateFormat.FORMAT_2019),
        CHANGE("本年增减", TemplateFormat.FORMAT_2019),
        PROCUREMENT_ITEMS("采购项目数量", TemplateFormat.FORMAT_2019),
        PROCUREMENT_AMOUNT("采购总金额", TemplateFormat.FORMAT_2019),
        ITEM_NINE("第二十条第九项", TemplateFormat.FORMAT_2019);

        final String word;
        final TemplateFormat format;

        Clue(String word, TemplateFormat format)
        {
            this.word = word;
            this.format = format;
        }
    }

    private static final Clue[] CLUES = Clue.values();

    private final Set<Clue> seen = EnumSet.noneOf(Clue.class);

    /** Looks for header words of table 二 in the key of a line read inside it. */
    void scanTable2Line(String key)
    {
        if (key.length() > 200 || seen.size() == CLUES.length)
        {
            return;
        }
        for (Clue c : CLUES)
        {
            if (!seen.contains(c) && key.contains(c.word))
            {
                seen.add(c);
            }
        }
    }

    /**
     * The format the tables show, or null when nothing tells it (or the clues are evenly split and table 三 does not
     * settle it).
     */
    TemplateFormat decide(RowReader<Table2Row> t2, RowReader<Table3Row> t3)
    {
        int f2019 = 0;
        int f2021 = 0;
        for (Clue c : seen)
        {
            if (c.format == TemplateFormat.FORMAT_2019)
            {
                f2019++;
            }
            else
            {
                f2021++;
            }
        }
        if (t2.has(Table2Row.OTHER_SERVICES))
        {
            f2019++;
        }
        if (t2.has(Table2Row.PROCUREMENT))
        {
            f2019++;
        }
        int t3Vote = 0;
        boolean subRows = t3.has(Table3Row.OTHER_NO_CORRECTION) || t3.has(Table3Row.OTHER_FEE_UNPAID)
                || t3.has(Table3Row.OTHER_OTHER);
        if (subRows)
        {
            t3Vote = 2021;
            f2021 += 2;
        }
        else if (t3.hasNumber(Table3Row.OTHER_PROCESSING))
        {
            t3Vote = 2019;
            f2019 += 2;
        }
        if (f2019 > f2021)
        {
            return TemplateFormat.FORMAT_2019;
        }
        if (f2021 > f2019)
        {
            return TemplateFormat.FORMAT_2021;
        }
        if (t3Vote != 0)
        {
            return t3Vote == 2019 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
        }
        return null;
    }
}
