package io.github.zwgk.annualreport.engine.tables;

import io.github.zwgk.annualreport.engine.model.Tables;
import io.github.zwgk.annualreport.engine.sections.SectionLayout;
import io.github.zwgk.annualreport.engine.text.ReportText;

/** Reads tables 二, 三 and 四 into canonical cells, whatever the layout (tabs, '|' cells, one cell per line, spaces). */
public class TableParser
{
    // SCAFFOLD: replaced by the table parser implementation.
    public Tables parse(ReportText text, SectionLayout layout)
    {
        return Tables.none();
    }
}
