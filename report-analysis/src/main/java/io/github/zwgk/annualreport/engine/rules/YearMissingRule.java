package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/** The report year decides the format and the deadline; without it those rules are not applied. */
public final class YearMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        if (ctx.reportYear() == null)
        {
            out.add(Finding.of(RuleCode.YEAR_MISSING, Location.document(),
                    "无法确定报告年度，未检查表格格式、发布时限等与年度有关的规则",
                    "The report year could not be determined; the format, deadline and other year-dependent rules were not applied"));
        }
    }
}
