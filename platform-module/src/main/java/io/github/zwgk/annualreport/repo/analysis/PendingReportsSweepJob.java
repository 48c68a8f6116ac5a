package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The scheduled sweep of PENDING reports ({@link PendingReportsSweeper}), run by one node of a cluster at a time:
 * Alfresco's {@link AbstractScheduledLockedJob} takes the job lock (job data: {@code jobLockService}, {@code name},
 * {@code sweeper}).
 */
public class PendingReportsSweepJob extends AbstractScheduledLockedJob
{
    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException
    {
        Object sweeper = context.getJobDetail().getJobDataMap().get("sweeper");
        if (!(sweeper instanceof PendingReportsSweeper s))
        {
            throw new JobExecutionException("Missing job data 'sweeper' (annual-report-platform.pendingReportsSweeper)");
        }
        s.sweep(false);
    }
}
