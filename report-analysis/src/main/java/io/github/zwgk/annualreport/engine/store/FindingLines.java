package io.github.zwgk.annualreport.engine.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Severity;

/**
 * Findings as the readable lines stored in {@code ar:findings}, e.g. "[错误] T3_BALANCE 表三…（应为 12，实为 11）", and
 * the distinct rule codes stored in {@code ar:findingCodes}.
 */
public final class FindingLines
{
    private FindingLines()
    {
    }

    public static String line(Finding f)
    {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(label(f.severity())).append("] ").append(f.code().name()).append(' ').append(f.message());
        if (f.expected() != null && f.actual() != null)
        {
            sb.append("（应为 ").append(plain(f.expected())).append("，实为 ").append(plain(f.actual())).append('）');
        }
        return sb.toString();
    }

    public static ArrayList<String> lines(List<Finding> findings)
    {
        ArrayList<String> lines = new ArrayList<>(findings.size());
        for (Finding f : findings)
        {
            lines.add(line(f));
        }
        return lines;
    }

    /** The distinct codes in finding order. */
    public static ArrayList<String> codes(List<Finding> findings)
    {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (Finding f : findings)
        {
            codes.add(f.code().name());
        }
        return new ArrayList<>(codes);
    }

    public static String label(Severity severity)
    {
        return switch (severity)
        {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private static String plain(BigDecimal value)
    {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
