package io.github.zwgk.annualreport.engine.rules;

import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.NarrativeFigures;
import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Everything parsed from one report: what the rules check. */
public record ParsedReport(ReportText text, SectionLayout layout, Identity identity, Tables tables, NarrativeFigures narrative)
{
}
