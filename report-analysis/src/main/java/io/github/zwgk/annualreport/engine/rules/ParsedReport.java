package io.github.zwgk.annualreport.engine.rules;

import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.model.TextFingerprint;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/**
 * Everything parsed from one report: what the rules check.
 *
 * @param fingerprint the hashes of the report's sentences (TEXT_REPEATED), or null to have them computed when needed
 */
public record ParsedReport(ReportText text, SectionLayout layout, Identity identity, Tables tables, NarrativeFigures narrative,
        TextFingerprint fingerprint)
{
    /** A parsed report whose fingerprint is computed when a rule needs it. */
    public ParsedReport(ReportText text, SectionLayout layout, Identity identity, Tables tables, NarrativeFigures narrative)
    {
        this(text, layout, identity, tables, narrative, null);
    }
}
