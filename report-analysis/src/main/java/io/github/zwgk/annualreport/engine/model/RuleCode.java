package io.github.zwgk.annualreport.engine.model;

/**
 * The stable rule codes. A code never changes meaning; new rules get new codes. The repository stores them in
 * {@code ar:findingCodes}, Share shows them, the README (docs/RULES.md) documents each with its severity and why.
 * A finding may carry a lower severity than the default where the rule says so (e.g. a 不适用 mark in a count cell).
 */
public enum RuleCode
{
    // ---- arithmetic (勾稽关系), FORMAT.md §6
    /** R1: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度, per column. The template states it. */
    T3_BALANCE(Severity.ERROR, "表三收支不平衡", "Table 3 does not balance"),
    /** R3: in every row, 总计 = the six applicant columns. */
    T3_ROW_SUM(Severity.ERROR, "表三行合计不符", "Table 3 row total differs from its applicant columns"),
    /** R4: （七）总计 = all outcome rows, per column (2019 and 2021 row sets). */
    T3_OUTCOME_SUM(Severity.ERROR, "表三办理结果合计不符", "Table 3 outcome rows do not add up to (7) total"),
    /** R5: table 四, each 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    T4_SUM(Severity.ERROR, "表四合计不符", "Table 4 total differs from its four parts"),
    /** R6: counts are never negative (2019 本年增/减 excepted). */
    NEGATIVE_VALUE(Severity.ERROR, "数值为负", "Negative value"),
    /** R6: counts are whole numbers (amounts in 万元 excepted). */
    NOT_A_WHOLE_NUMBER(Severity.ERROR, "件数不是整数", "Count is not a whole number"),

    // ---- completeness of the tables
    /** A table of the template is not in the report. */
    TABLE_MISSING(Severity.ERROR, "缺少统计表", "Statistical table missing"),
    /** A row of a table was not found. */
    ROW_MISSING(Severity.ERROR, "统计表缺行", "Table row missing"),
    /** A required cell is blank (ERROR), or holds a 不适用/— mark where a count is required (WARNING). Blank is not 0. */
    CELL_MISSING(Severity.ERROR, "单元格未填写", "Table cell not filled in"),
    /** A cell holds something that is neither a number nor a 不适用 mark. */
    CELL_UNREADABLE(Severity.ERROR, "单元格无法识别", "Table cell unreadable"),
    /**
     * A row's digits run together ("640020470") and split into its cells in more than one way that fits the template's
     * sums: the candidates are named instead of a guess. The text lost the cell boundaries, not necessarily the report.
     */
    CELL_AMBIGUOUS(Severity.WARNING, "单元格数字连写无法唯一拆分", "Run-together digits split more than one way"),
    /**
     * A 2021-format 表三 keeps the single 2019 row （六）其他处理 instead of its three sub-rows (国办公开办函〔2021〕30号):
     * its figures count in every sum.
     */
    ROW_VARIANT(Severity.WARNING, "统计表行与模板不一致", "Table row differs from the template"),

    // ---- structure and format
    /** One of the six sections is not in the report. */
    SECTION_MISSING(Severity.ERROR, "缺少章节", "Section missing"),
    /** A section heading differs from the template (wording, number, repeated, unnumbered). */
    HEADING_VARIANT(Severity.WARNING, "章节标题不规范", "Non-standard section heading"),
    /** No title "…年政府信息公开工作年度报告" at the top of the report. */
    TITLE_MISSING(Severity.WARNING, "缺少报告标题", "Report title missing"),
    /** The report year cannot be told; year-dependent rules were not applied. */
    YEAR_MISSING(Severity.WARNING, "无法确定报告年度", "Report year not found"),
    /** 2019-format tables in a 2021-or-later report (ERROR), or 2021-format tables in an earlier one (WARNING). */
    FORMAT_MISMATCH(Severity.ERROR, "表格格式与年度不符", "Table format does not match the report year"),
    /** 2021 format: section 六 says nothing about 信息处理费 (国办公开办函〔2021〕30号). */
    FEE_STATEMENT_MISSING(Severity.WARNING, "未报告信息处理费收取情况", "No statement on information processing fees"),

    // ---- consistency
    /** R10: a figure stated in 总体情况 differs from the table. */
    NARRATIVE_MISMATCH(Severity.WARNING, "正文数字与表格不一致", "Figure in the overview differs from the table"),
    /** R7: this year's 上年结转 differs from the previous year's 结转下年度 (previous report given). */
    CARRY_OVER_MISMATCH(Severity.ERROR, "上年结转与上年度报告不一致", "Carried-over figure differs from last year's report"),
    /** The report names another agency than the one it is filed for (the repository's agency folder). */
    AGENCY_MISMATCH(Severity.WARNING, "报告机关与报送机关不一致", "Agency named in the report differs from the submitting agency"),
    /** 发布日期 after the deadline for the agency level (条例 第四十九条, FORMAT.md §7). Cannot be corrected: WARNING. */
    LATE_PUBLICATION(Severity.WARNING, "逾期发布", "Published after the deadline"),

    // ---- notes for the reviewer
    /** 国办公开办函〔2019〕60号: a high share of （六）其他处理 is to be looked into. */
    OTHER_PROCESSING_HIGH(Severity.INFO, "其他处理占比偏高", "High share of other processing"),
    /** 国办公开办函〔2021〕30号: 总体情况 原则上不超过一千字. */
    OVERVIEW_TOO_LONG(Severity.INFO, "总体情况篇幅超过一千字", "Overview longer than 1000 characters"),

    // ---- content of the text (国办公开办函〔2019〕60号, 〔2021〕30号: "不得出现敷衍了事甚至年年雷同现象")
    /** 五、存在的主要问题及改进情况 is empty, "无" or a token sentence that names no problem. */
    SECTION_EMPTY(Severity.WARNING, "存在的主要问题及改进情况未写实质内容", "Problems and improvements section says nothing"),
    /**
     * Share of the text's sentences repeated from the previous year's report (previous report given): WARNING from
     * the threshold up, INFO below it.
     */
    TEXT_REPEATED(Severity.WARNING, "正文与上一年度报告雷同", "Text repeats last year's report");

    private final Severity defaultSeverity;
    private final String title;
    private final String titleEn;

    RuleCode(Severity defaultSeverity, String title, String titleEn)
    {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
        this.titleEn = titleEn;
    }

    public Severity defaultSeverity()
    {
        return defaultSeverity;
    }

    /** Short Chinese title of the rule. */
    public String title()
    {
        return title;
    }

    /** Short English title of the rule. */
    public String titleEn()
    {
        return titleEn;
    }
}
