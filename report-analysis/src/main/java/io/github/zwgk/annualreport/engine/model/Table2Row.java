package io.github.zwgk.annualreport.engine.model;

import static io.github.zwgk.annualreport.engine.model.Table2Column.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 二 rows, grouped in blocks by 《条例》第二十条 item, with the columns each row has in each format
 * (国办公开办函〔2019〕60号 附件 and 〔2021〕30号 附件).
 */
public enum Table2Row implements Labelled
{
    REGULATIONS("第二十条第（一）项", "规章",
            List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED), List.of(ISSUED, REPEALED, IN_FORCE)),
    NORMATIVE_DOCUMENTS("第二十条第（一）项", "行政规范性文件",
            List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED), List.of(ISSUED, REPEALED, IN_FORCE)),
    LICENSING("第二十条第（五）项", "行政许可",
            List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS), List.of(DECISIONS_THIS_YEAR)),
    /** 2019 only. */
    OTHER_SERVICES("第二十条第（五）项", "其他对外管理服务事项",
            List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS), List.of()),
    PENALTY("第二十条第（六）项", "行政处罚",
            List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS), List.of(DECISIONS_THIS_YEAR)),
    ENFORCEMENT("第二十条第（六）项", "行政强制",
            List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS), List.of(DECISIONS_THIS_YEAR)),
    FEES("第二十条第（八）项", "行政事业性收费",
            List.of(PREVIOUS_YEAR_ITEMS, CHANGE), List.of(FEE_AMOUNT)),
    /** 2019 only. */
    PROCUREMENT("第二十条第（九）项", "政府集中采购",
            List.of(PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT), List.of());

    private final String block;
    private final String label;
    private final List<Table2Column> columns2019;
    private final List<Table2Column> columns2021;

    Table2Row(String block, String label, List<Table2Column> columns2019, List<Table2Column> columns2021)
    {
        this.block = block;
        this.label = label;
        this.columns2019 = columns2019;
        this.columns2021 = columns2021;
    }

    /** The 第二十条 item the row reports on, e.g. "第二十条第（一）项". */
    public String block()
    {
        return block;
    }

    /** The 2021 label (2019 writes 规范性文件 for {@link #NORMATIVE_DOCUMENTS}). */
    @Override
    public String label()
    {
        return label;
    }

    /** The columns of this row in a format, in template order; empty when the row is not in that format. */
    public List<Table2Column> columns(TemplateFormat format)
    {
        return format == TemplateFormat.FORMAT_2019 ? columns2019 : columns2021;
    }

    public boolean appliesTo(TemplateFormat format)
    {
        return !columns(format).isEmpty();
    }

    /** The rows of a format in template order (8 for 2019, 6 for 2021). */
    public static List<Table2Row> rows(TemplateFormat format)
    {
        List<Table2Row> rows = new ArrayList<>();
        for (Table2Row r : values())
        {
            if (r.appliesTo(format))
            {
                rows.add(r);
            }
        }
        return rows;
    }
}
