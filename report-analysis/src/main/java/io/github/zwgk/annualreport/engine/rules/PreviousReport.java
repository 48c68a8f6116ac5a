package io.github.zwgk.annualreport.engine.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;

/**
 * The same agency's report for the previous year, as far as the rules comparing years need it: its 四、结转下年度继续办理
 * row (carry-over, R7) and the fingerprint of its sentences (TEXT_REPEATED). Optional input: the repository builds it
 * from the previous report's stored result JSON, the checker from {@code --previous} (a report file or its result JSON):
 * either way from an {@link AnalysisResult}, so last year's file is never extracted again.
 *
 * @param reportYear     the previous report's year
 * @param carriedForward its 结转下年度 figures per column (columns it did not have are absent)
 * @param source         where it came from (file name or node reference), for the message
 * @param fingerprint    the fingerprint of its sentences, or null when unknown (a result of an older engine)
 */
public record PreviousReport(int reportYear, Map<Table3Column, BigDecimal> carriedForward, String source,
        TextFingerprint fingerprint)
{
    public PreviousReport
    {
        carriedForward = Map.copyOf(carriedForward);
    }

    /** The previous report's figures without a fingerprint. */
    public PreviousReport(int reportYear, Map<Table3Column, BigDecimal> carriedForward, String source)
    {
        this(reportYear, carriedForward, source, null);
    }

    /**
     * The previous-report input of an analysis result (of the previous year's report file, or read back from its result
     * JSON): empty when the result has no report year, or neither a readable 结转下年度 figure nor a sentence fingerprint.
     */
    public static Optional<PreviousReport> of(AnalysisResult result, String source)
    {
        if (result == null || result.reportYear() == null || result.status() == Status.UNREADABLE
                || result.status() == Status.NOT_A_REPORT)
        {
            return Optional.empty();
        }
        Map<Table3Column, BigDecimal> figures = new EnumMap<>(Table3Column.class);
        StatTable<Table3Row, Table3Column> t3 = result.tables().t3();
        if (t3 != null && t3.found() && t3.hasRow(Table3Row.CARRIED_FORWARD))
        {
            for (Table3Column c : Table3Column.values())
            {
                Cell cell = t3.cell(Table3Row.CARRIED_FORWARD, c);
                if (cell.isNumber())
                {
                    figures.put(c, cell.value());
                }
            }
        }
        TextFingerprint fingerprint = result.textFingerprint() == null || result.textFingerprint().sentences().isEmpty()
                ? null : result.textFingerprint();
        if (figures.isEmpty() && fingerprint == null)
        {
            return Optional.empty();
        }
        return Optional.of(new PreviousReport(result.reportYear(), figures, source == null ? result.file() : source,
                fingerprint));
    }
}
