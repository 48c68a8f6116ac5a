package io.github.zwgk.annualreport.engine.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Identity;

/**
 * When a year's report is due (FORMAT.md §7): 条例 第四十九条 and 国办公开办函〔2019〕60号 / 〔2021〕30号 二、报告方式及时间.
 * Used by the LATE_PUBLICATION rule and by the review workflow for task due dates.
 *
 * <table>
 * <caption>Deadlines, in the year after the report year</caption>
 * <tr><th>who</th><th>by</th></tr>
 * <tr><td>县级以上人民政府部门 (any level), 乡镇人民政府 / 街道办事处</td><td>1月31日</td></tr>
 * <tr><td>县级 本级政府 (aggregated by its 主管部门)</td><td>2月20日</td></tr>
 * <tr><td>地市级 本级政府</td><td>3月10日</td></tr>
 * <tr><td>省级 本级政府</td><td>3月31日</td></tr>
 * </table>
 */
public final class FilingDeadlines
{
    /** 条例 第四十九条: departments, and 乡镇 "参照对县级以上人民政府部门的要求". */
    public static final MonthDay DEPARTMENT = MonthDay.of(1, 31);
    /** 国办公开办函〔2019〕60号 / 〔2021〕30号: 县级 汇总 "2月20日前". */
    public static final MonthDay COUNTY_GOVERNMENT = MonthDay.of(2, 20);
    /** 地市级 "3月10日前". */
    public static final MonthDay PREFECTURE_GOVERNMENT = MonthDay.of(3, 10);
    /** 省级 "3月31日前"; also 条例 第四十九条 for 本级政府 reports. */
    public static final MonthDay PROVINCE_GOVERNMENT = MonthDay.of(3, 31);

    private FilingDeadlines()
    {
    }

    /**
     * The last day on which the report for {@code reportYear} may be published, or empty when the level is unknown (or,
     * for a 本级政府 report, the kind is unknown too).
     */
    public static Optional<LocalDate> deadline(int reportYear, AgencyLevel level, AgencyKind kind)
    {
        if (level == null)
        {
            return Optional.empty();
        }
        MonthDay day;
        if (level == AgencyLevel.TOWNSHIP || kind == AgencyKind.DEPARTMENT)
        {
            day = DEPARTMENT;
        }
        else if (kind == AgencyKind.GOVERNMENT)
        {
            day = switch (level)
            {
                case COUNTY -> COUNTY_GOVERNMENT;
                case PREFECTURE -> PREFECTURE_GOVERNMENT;
                case PROVINCE -> PROVINCE_GOVERNMENT;
                case TOWNSHIP -> DEPARTMENT;
            };
        }
        else
        {
            return Optional.empty();
        }
        return Optional.of(day.atYear(reportYear + 1));
    }

    /** The deadline for the report an identity describes (year, level and kind), if they tell it. */
    public static Optional<LocalDate> deadline(Identity identity)
    {
        if (identity == null || identity.reportYear() == null)
        {
            return Optional.empty();
        }
        return deadline(identity.reportYear(), identity.agencyLevel(), identity.agencyKind());
    }
}
