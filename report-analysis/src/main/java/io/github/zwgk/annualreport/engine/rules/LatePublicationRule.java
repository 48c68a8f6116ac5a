package io.github.zwgk.annualreport.engine.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.deadline.FilingDeadlines;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.RuleCode;

/**
 * 条例 第四十九条 and the notices' 报告方式及时间 (FORMAT.md §7): the report is published by the deadline of its agency's
 * level and kind. A WARNING: lateness cannot be corrected by resubmitting. No finding when the level or the 发布日期 is
 * unknown.
 */
public final class LatePublicationRule implements Rule
{
    @Override
    public void check(RuleContext ctx, List<Finding> out)
    {
        Identity id = ctx.identity();
        LocalDate published = id.publicationDate();
        Optional<LocalDate> deadline = FilingDeadlines.deadline(id);
        if (published == null || deadline.isEmpty() || !published.isAfter(deadline.get()))
        {
            return;
        }
        out.add(Finding.of(RuleCode.LATE_PUBLICATION, Location.document(),
                "发布日期 " + published + " 晚于" + id.reportYear() + "年度报告的发布时限 " + deadline.get()
                        + "（《政府信息公开条例》第四十九条）",
                "Published " + published + ", after the deadline " + deadline.get() + " for a " + id.reportYear() + " report"));
    }
}
