package io.github.zwgk.annualreport.engine.rules;

import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.narrative.SentenceFingerprints;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * What a rule sees: the parsed report and the options of the analysis, with the few derived facts several rules need
 * (the format, the required cells: computed once per analysis, however many rules ask). One per analysis, used on the
 * analysing thread only.
 */
public final class RuleContext
{
    private final ParsedReport report;
    private final AnalysisOptions options;
    private TemplateFormat format;
    private boolean formatKnown;
    private List<TableCells.Ref> requiredCells;
    private TextFingerprint fingerprint;

    /**
     * @param report  the parsed report
     * @param options the analysis options (previous report, limits); {@link AnalysisOptions#DEFAULT} when null
     */
    public RuleContext(ParsedReport report, AnalysisOptions options)
    {
        if (report == null)
        {
            throw new IllegalArgumentException("report");
        }
        this.report = report;
        this.options = options == null ? AnalysisOptions.DEFAULT : options;
    }

    public ParsedReport report()
    {
        return report;
    }

    public AnalysisOptions options()
    {
        return options;
    }

    /** The cells the template requires ({@link TableCells#required}), computed on the first call. */
    List<TableCells.Ref> requiredCells()
    {
        if (requiredCells == null)
        {
            requiredCells = List.copyOf(TableCells.compute(this));
        }
        return requiredCells;
    }

    /** The report's sentence fingerprint: the analyzer's, else computed on the first call. */
    public TextFingerprint textFingerprint()
    {
        if (fingerprint == null)
        {
            fingerprint = report.fingerprint() != null ? report.fingerprint()
                    : SentenceFingerprints.of(report.text(), layout());
        }
        return fingerprint;
    }

    public Tables tables()
    {
        return report.tables() == null ? Tables.none() : report.tables();
    }

    public Identity identity()
    {
        return report.identity() == null ? Identity.empty() : report.identity();
    }

    public NarrativeFigures narrative()
    {
        return report.narrative() == null ? NarrativeFigures.none() : report.narrative();
    }

    public Integer reportYear()
    {
        return identity().reportYear();
    }

    /**
     * The format the tables are read in: the one the table parser detected; failing that the one table 三's rows show
     * (（六）其他处理 as one row → 2019, split → 2021); failing that the one the report year calls for; else null.
     */
    public TemplateFormat format()
    {
        if (!formatKnown)
        {
            format = effectiveFormat(tables(), reportYear());
            formatKnown = true;
        }
        return format;
    }

    /** The format of {@link #format()} for callers outside a rule (the analyzer's summary). */
    public static TemplateFormat effectiveFormat(Tables tables, Integer reportYear)
    {
        if (tables != null)
        {
            if (tables.format() != null)
            {
                return tables.format();
            }
            if (tables.t3() != null && tables.t3().found())
            {
                if (tables.t3().hasRow(Table3Row.OTHER_PROCESSING))
                {
                    return TemplateFormat.FORMAT_2019;
                }
                if (tables.t3().hasRow(Table3Row.OTHER_NO_CORRECTION) || tables.t3().hasRow(Table3Row.OTHER_OTHER))
                {
                    return TemplateFormat.FORMAT_2021;
                }
            }
        }
        return reportYear == null ? null : TemplateFormat.expectedFor(reportYear);
    }

    /** The section layout (never null). */
    public SectionLayout layout()
    {
        return report.layout() == null ? new SectionLayout(List.of(), java.util.Map.of()) : report.layout();
    }

    /** The body lines of a section (a view, not a copy), when the section was found. */
    public Optional<List<String>> sectionLines(Section section)
    {
        SectionLayout layout = layout();
        ReportText text = report.text();
        if (text == null || !layout.has(section))
        {
            return Optional.empty();
        }
        SectionLayout.LineRange range = layout.bodies().get(section);
        List<String> lines = text.lines();
        int from = Math.min(lines.size(), Math.max(0, range.from() - 1));
        int to = Math.max(from, Math.min(lines.size(), Math.max(0, range.to() - 1)));
        return Optional.of(lines.subList(from, to));
    }

    /** The body text of a section (lines joined by '\n'), when the section was found. */
    public Optional<String> sectionBody(Section section)
    {
        SectionLayout layout = layout();
        ReportText text = report.text();
        if (text == null || !layout.has(section))
        {
            return Optional.empty();
        }
        SectionLayout.LineRange range = layout.bodies().get(section);
        return Optional.of(text.text(range.from(), range.to()));
    }
}
