package io.github.zwgk.annualreport.engine.store;

import java.util.List;

/**
 * The readable text of an analysis that the review tasks show (arwf:findingsText): the verdict in Chinese, the reason
 * when the report could not be checked, then the numbered findings (ar:findings lines, already readable).
 */
public final class FindingsText
{
    /** Findings listed in a task; the full list stays on the report (ar:findings, ar:validationResult). */
    public static final int MAX_LINES = 100;

    private FindingsText()
    {
    }

    /** Chinese label of an ar:validationStatus value (labels of ar:validationStatusList). */
    public static String statusLabel(String status)
    {
        if (status == null)
        {
            return "未校验";
        }
        return switch (status)
        {
            case "VALID" -> "通过";
            case "VALID_WITH_WARNINGS" -> "通过（有警告）";
            case "INVALID" -> "不通过";
            case "NOT_A_REPORT" -> "不是政府信息公开工作年度报告";
            case "UNREADABLE" -> "无法读取";
            case "PENDING" -> "待校验";
            default -> status;
        };
    }

    public static String format(String status, String statusReason, int errors, int warnings, List<String> findings)
    {
        StringBuilder text = new StringBuilder("自动校验结果：").append(statusLabel(status));
        if (errors > 0 || warnings > 0)
        {
            text.append("（错误 ").append(errors).append(" 项，警告 ").append(warnings).append(" 项）");
        }
        if (statusReason != null && !statusReason.isBlank())
        {
            text.append("\n原因：").append(statusReason.strip());
        }
        List<String> lines = findings == null ? List.of()
                : findings.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++)
        {
            text.append('\n').append(i + 1).append(". ").append(lines.get(i));
        }
        if (lines.size() > MAX_LINES)
        {
            text.append("\n……另有 ").append(lines.size() - MAX_LINES).append(" 条，见报告的校验结果。");
        }
        return text.toString();
    }
}
