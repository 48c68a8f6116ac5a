package io.github.zwgk.annualreport.engine.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Identity;

class FilingDeadlinesTest
{
    @ParameterizedTest(name = "{1} {2} report for {0} is due {3}")
    @CsvSource({
            "2022, TOWNSHIP,   GOVERNMENT, 2023-01-31",
            "2022, TOWNSHIP,   ,           2023-01-31",
            "2022, COUNTY,     DEPARTMENT, 2023-01-31",
            "2022, PREFECTURE, DEPARTMENT, 2023-01-31",
            "2022, PROVINCE,   DEPARTMENT, 2023-01-31",
            "2023, COUNTY,     GOVERNMENT, 2024-02-20",
            "2023, PREFECTURE, GOVERNMENT, 2024-03-10",
            "2023, PROVINCE,   GOVERNMENT, 2024-03-31",
            "2019, COUNTY,     DEPARTMENT, 2020-01-31"})
    void deadlineFollowsTheLevelAndKindOfTheAgency(int year, AgencyLevel level, AgencyKind kind, LocalDate due)
    {
        assertThat(FilingDeadlines.deadline(year, level, kind)).contains(due);
    }

    @Test
    void deadlineIsUnknownWithoutTheLevelOrForAGovernmentOfUnknownKind()
    {
        assertThat(FilingDeadlines.deadline(2022, null, AgencyKind.DEPARTMENT)).isEmpty();
        assertThat(FilingDeadlines.deadline(2022, AgencyLevel.COUNTY, null)).isEmpty();
    }

    @Test
    void deadlineOfAnIdentityNeedsItsYear()
    {
        Identity noYear = new Identity("t", "a", AgencyLevel.COUNTY, AgencyKind.DEPARTMENT, null, null, null, null);
        assertThat(FilingDeadlines.deadline(noYear)).isEmpty();
        Identity shiquan = new Identity("t", "石泉县人民政府", AgencyLevel.COUNTY, AgencyKind.GOVERNMENT, 2023, null, null, null);
        assertThat(FilingDeadlines.deadline(shiquan)).contains(LocalDate.of(2024, 2, 20));
        assertThat(FilingDeadlines.deadline(null)).isEmpty();
    }
}
