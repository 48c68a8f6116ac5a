package io.github.zwgk.annualreport.engine.identity;

import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Reads title, agency, year, 索引号 and dates from the top of a report. */
public class IdentityParser
{
    // SCAFFOLD: replaced by the identity parser implementation.
    public Identity parse(ReportText text, SectionLayout layout)
    {
        return Identity.empty();
    }
}
