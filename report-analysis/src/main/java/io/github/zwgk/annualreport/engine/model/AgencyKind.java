package io.github.zwgk.annualreport.engine.model;

/**
 * Whether the report is a single organ's own report or the aggregated report of a 本级政府 (条例 第四十九条:
 * departments by 1月31日, the 本级政府 report rolled up by its 主管部门 later).
 */
public enum AgencyKind
{
    /** A department, an office (办公室/办公厅) or a 乡镇 reporting on itself. */
    DEPARTMENT,
    /** The aggregated report of a 县级以上人民政府 (e.g. "石泉县人民政府2023年…年度报告"). */
    GOVERNMENT
}
