package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;

/** The six sections of the template (条例 第五十条; 国办公开办函〔2021〕30号 附件) are all present. */
public final class SectionMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        for (Section section : Section.values())
        {
            if (!ctx.layout().has(section))
            {
                out.add(Finding.of(RuleCode.SECTION_MISSING, Location.of(section),
                        "缺少章节“" + section.standardHeading() + "”",
                        "Section " + section.number() + " (" + section.name() + ") is missing"));
            }
        }
    }
}
