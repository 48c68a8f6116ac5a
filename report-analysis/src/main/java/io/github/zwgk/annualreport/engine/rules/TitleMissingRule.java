package io.github.zwgk.annualreport.engine.rules;

import java.util.List;

import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/** A report opens with its title "…年政府信息公开工作年度报告", which names the agency and the year. */
public final class TitleMissingRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        String title = ctx.identity().title();
        if (title == null || title.isBlank())
        {
            out.add(Finding.of(RuleCode.TITLE_MISSING, Location.document(),
                    "未找到报告标题（“××××年政府信息公开工作年度报告”）",
                    "No report title (\"…年政府信息公开工作年度报告\") found"));
        }
    }
}
