package io.github.zwgk.annualreport.repo.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.deadline.FilingDeadlines;
import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;

/**
 * Due date of the review tasks (bpm:workflowDueDate, read by the BPMN's activiti:dueDate): the report's filing
 * deadline (条例 第四十九条, 国办公开办函〔2021〕30号 二), or {@code fallbackDays} from today when the deadline is unknown
 * or already past, so that a late report still gets a due date ahead of it.
 */
public class ReviewDueDates
{
    private Clock clock = Clock.systemDefaultZone();
    private int fallbackDays = 10;

    public void setFallbackDays(int fallbackDays)
    {
        if (fallbackDays < 1)
        {
            throw new IllegalArgumentException("annual-report.workflow.dueDays must be at least 1, got " + fallbackDays);
        }
        this.fallbackDays = fallbackDays;
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }

    /** The due date of a report of {@code reportYear} by an agency of that level and kind (ar:agencyLevel / ar:agencyKind). */
    public Date dueDate(Integer reportYear, String agencyLevel, String agencyKind)
    {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> deadline = reportYear == null ? Optional.empty()
                : FilingDeadlines.deadline(reportYear, parse(AgencyLevel.class, agencyLevel), parse(AgencyKind.class, agencyKind));
        LocalDate due = deadline.filter(d -> !d.isBefore(today)).orElse(today.plusDays(fallbackDays));
        return Date.from(due.atStartOfDay(zone()).toInstant());
    }

    private ZoneId zone()
    {
        return clock.getZone();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value)
    {
        if (value == null || value.isBlank())
        {
            return null;
        }
        try
        {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException notAValue)
        {
            return null;
        }
    }
}
