package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.Table3Column;

/**
 * The same agency's report for the previous year, as far as the carry-over rule (R7) needs it: its 四、结转下年度继续办理
 * row. Optional input: the repository finds it by a metadata query, the checker takes it from {@code --previous}.
 *
 * @param reportYear     the previous report's year
 * @param carriedForward its 结转下年度 figures per column (columns it did not have are absent)
 * @param source         where it came from (file name or node reference), for the message
 */
public record PreviousReport(int reportYear, Map<Table3Column, BigDecimal> carriedForward, String source)
{
    public PreviousReport
    {
        carriedForward = Map.copyOf(carriedForward);
    }
}
