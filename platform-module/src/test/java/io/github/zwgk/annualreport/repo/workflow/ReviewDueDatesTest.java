package io.github.zwgk.annualreport.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

class ReviewDueDatesTest
{
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final ReviewDueDates dueDates = new ReviewDueDates();

    @Test
    void aDepartmentsReportIsDueOnJanuary31OfTheNextYear()
    {
        today(2025, 1, 5);

        assertThat(dueDates.dueDate(2024, "COUNTY", "DEPARTMENT")).isEqualTo(day(2025, 1, 31));
    }

    @Test
    void aPrefectureGovernmentsReportIsDueOnMarch10()
    {
        today(2025, 1, 5);

        assertThat(dueDates.dueDate(2024, "PREFECTURE", "GOVERNMENT")).isEqualTo(day(2025, 3, 10));
    }

    @Test
    void anUnknownLevelGetsTheConfiguredNumberOfDays()
    {
        today(2025, 1, 5);
        dueDates.setFallbackDays(7);

        assertThat(dueDates.dueDate(2024, null, "GOVERNMENT")).isEqualTo(day(2025, 1, 12));
        assertThat(dueDates.dueDate(null, "COUNTY", "DEPARTMENT")).isEqualTo(day(2025, 1, 12));
    }

    @Test
    void aLateReportGetsTheConfiguredNumberOfDaysInsteadOfAPastDeadline()
    {
        today(2025, 4, 1);

        assertThat(dueDates.dueDate(2024, "COUNTY", "DEPARTMENT")).isEqualTo(day(2025, 4, 11));
    }

    private void today(int year, int month, int day)
    {
        dueDates.setClock(Clock.fixed(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, BEIJING).toInstant(), BEIJING));
    }

    private static Date day(int year, int month, int day)
    {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(BEIJING).toInstant());
    }
}
