package io.github.zwgk.annualreport.repo.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.store.ReportFilter;

/**
 * Bulk re-validation in the background: finds the reports of a filter (as system), then analyses them in batches, one
 * report per transaction, on a single-thread pool; each analysis takes one of the node's analysis places, so a bulk run
 * never adds to the bound of analyses at once. Not forced (the default), a report whose content was already validated
 * is left as it is, its review tasks untouched. Keeps the last jobs in memory for the progress web script (a restart forgets them; reports not reached stay
 * as they were).
 */
public class RevalidationJobService
{
    private static final Log LOGGER = LogFactory.getLog(RevalidationJobService.class);

    private ReportSearch reportSearch;
    private ReportAnalysisService reportAnalysisService;
    private TransactionService transactionService;
    private Executor executor;
    private int batchSize = 20;
    private int maxReports = 100_000;
    private int keepJobs = 20;

    private final Map<String, RevalidationJob> jobs = new LinkedHashMap<>();

    /** Queues a job and returns it at once. */
    public RevalidationJob start(ReportFilter filter, boolean force, String startedBy)
    {
        RevalidationJob job = new RevalidationJob(UUID.randomUUID().toString(), filter, force, startedBy);
        synchronized (jobs)
        {
            jobs.values().removeIf(j -> j.finished() && jobs.size() >= keepJobs);
            jobs.put(job.id(), job);
        }
        executor.execute(() -> run(job, filter, force));
        return job;
    }

    /** The job, or null when unknown (or forgotten). */
    public RevalidationJob get(String jobId)
    {
        synchronized (jobs)
        {
            return jobs.get(jobId);
        }
    }

    void run(RevalidationJob job, ReportFilter filter, boolean force)
    {
        try
        {
            ReportSearch.Found found = AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> reportSearch.find(filter, maxReports), true, true));
            List<NodeRef> reports = found.reports();
            if (found.truncated())
            {
                LOGGER.warn("Re-validation " + job.id() + ": more than " + maxReports
                        + " reports match; only the first are re-validated (annual-report.revalidation.maxReports)");
            }
            job.running(reports.size());
            LOGGER.info("Re-validation " + job.id() + ": " + reports.size() + " reports, batches of " + batchSize);
            for (int from = 0; from < reports.size(); from += batchSize)
            {
                for (NodeRef report : reports.subList(from, Math.min(reports.size(), from + batchSize)))
                {
                    job.record(reportAnalysisService.analyseNow(report, force).outcome());
                }
                LOGGER.info("Re-validation " + job.id() + ": " + job.processed() + "/" + reports.size());
            }
            job.done();
        }
        catch (RuntimeException | Error e) // NOSONAR: the job must end as failed, whatever happened
        {
            LOGGER.error("Re-validation " + job.id() + " failed", e);
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    public void setReportSearch(ReportSearch reportSearch)
    {
        this.reportSearch = reportSearch;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }

    public void setTransactionService(TransactionService transactionService)
    {
        this.transactionService = transactionService;
    }

    /** Single-thread pool (annual-report-platform.revalidationThreadPool). */
    public void setExecutor(Executor executor)
    {
        this.executor = executor;
    }

    public void setBatchSize(int batchSize)
    {
        this.batchSize = Math.max(1, batchSize);
    }

    public void setMaxReports(int maxReports)
    {
        this.maxReports = maxReports;
    }

    public void setKeepJobs(int keepJobs)
    {
        this.keepJobs = Math.max(1, keepJobs);
    }
}
