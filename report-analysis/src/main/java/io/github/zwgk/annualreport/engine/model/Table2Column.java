package io.github.zwgk.annualreport.engine.model;

/** Table 二 columns of both formats (FORMAT.md §3). Which row has which column is in {@link Table2Row#columns}. */
public enum Table2Column implements Labelled
{
    // 2019 format
    NEWLY_MADE("本年新制作数量"),
    NEWLY_PUBLISHED("本年新公开数量"),
    TOTAL_PUBLISHED("对外公开总数量"),
    PREVIOUS_YEAR_ITEMS("上一年项目数量"),
    CHANGE("本年增/减"),
    DECISIONS("处理决定数量"),
    PROCUREMENT_ITEMS("采购项目数量"),
    PROCUREMENT_AMOUNT("采购总金额"),
    // 2021 format
    ISSUED("本年制发件数"),
    REPEALED("本年废止件数"),
    IN_FORCE("现行有效件数"),
    DECISIONS_THIS_YEAR("本年处理决定数量"),
    FEE_AMOUNT("本年收费金额（单位：万元）");

    private final String label;

    Table2Column(String label)
    {
        this.label = label;
    }

    @Override
    public String label()
    {
        return label;
    }

    /** Columns whose values may be decimals (money) rather than counts. */
    public boolean isAmount()
    {
        return this == PROCUREMENT_AMOUNT || this == FEE_AMOUNT;
    }

    /** Columns whose values may be negative (2019 本年增/减, R6). */
    public boolean maySigned()
    {
        return this == CHANGE;
    }
}
