package io.github.zwgk.annualreport.engine.sections;

import java.util.List;
import java.util.Map;

import io.github.zwgk.annualreport.engine.text.ReportText;

/** Finds the six section headings of a report, tolerating the variants real reports use (FORMAT.md §2). */
public class SectionParser
{
    // SCAFFOLD: replaced by the section parser implementation.
    public SectionLayout parse(ReportText text)
    {
        return new SectionLayout(List.of(), Map.of());
    }
}
