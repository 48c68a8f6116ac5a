package io.github.zwgk.annualreport.repo.analysis;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.extensions.surf.util.AbstractLifecycleBean;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Hands PENDING reports to the analysis pool again: the pool's queue lives in memory, so a restart, a full queue or a
 * run that died leaves reports PENDING, and a postponed report waits for its ar:retryAt. At start-up every PENDING
 * report not queued here is handed over; then, on a schedule ({@link PendingReportsSweepJob}, one node of a cluster at
 * a time through Alfresco's job lock), those whose retry is due, or that have waited longer than
 * {@code staleMinutes} without a retry time. A report queued twice is analysed once: its run takes a cluster-wide lock
 * and skips content already validated. Does nothing while the analysis is switched off.
 */
public class PendingReportsSweeper extends AbstractLifecycleBean
{
    private static final Log LOGGER = LogFactory.getLog(PendingReportsSweeper.class);

    private ReportSearch reportSearch;
    private ReportAnalysisService reportAnalysisService;
    private NodeService nodeService;
    private TransactionService transactionService;
    private Clock clock = Clock.systemDefaultZone();
    private int maxPerSweep = 1000;
    private long staleMinutes = 10;

    /**
     * One sweep.
     *
     * @param all every PENDING report (start-up), else only those whose retry is due or that waited too long
     * @return how many were handed to the pool
     */
    public int sweep(boolean all)
    {
        if (!reportAnalysisService.isEnabled())
        {
            return 0;
        }
        Instant now = clock.instant();
        Instant stale = now.minus(Duration.ofMinutes(staleMinutes));
        return AuthenticationUtil.runAsSystem(() -> {
            ReportSearch.Found pending = transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> reportSearch.findPending(maxPerSweep), true, true);
            int handed = 0;
            for (NodeRef report : pending.reports())
            {
                boolean due = transactionService.getRetryingTransactionHelper().doInTransaction(
                        () -> isDue(nodeService.getProperties(report), all, now, stale), true, true);
                if (due && !reportAnalysisService.isQueued(report) && reportAnalysisService.queue(report, false))
                {
                    handed++;
                }
            }
            if (handed > 0 || pending.truncated())
            {
                LOGGER.info("Pending annual reports: " + pending.reports().size() + (pending.truncated() ? "+" : "")
                        + " found, " + handed + " handed to the analysis pool");
            }
            return handed;
        });
    }

    /** Whether a PENDING report is to be handed over now. */
    static boolean isDue(Map<QName, Serializable> props, boolean all, Instant now, Instant stale)
    {
        if (!AnnualReportModel.STATUS_PENDING.equals(props.get(AnnualReportModel.PROP_VALIDATION_STATUS)))
        {
            return false;
        }
        Serializable retryAt = props.get(AnnualReportModel.PROP_RETRY_AT);
        if (retryAt instanceof Date at)
        {
            return !at.toInstant().isAfter(now);
        }
        if (all)
        {
            return true;
        }
        Serializable since = props.get(AnnualReportModel.PROP_PENDING_SINCE);
        return !(since instanceof Date d) || !d.toInstant().isAfter(stale);
    }

    @Override
    protected void onBootstrap(ApplicationEvent event)
    {
        try
        {
            int handed = sweep(true);
            LOGGER.info("Start-up: " + handed + " PENDING annual reports handed to the analysis pool");
        }
        catch (RuntimeException e)
        {
            LOGGER.error("Start-up sweep of PENDING annual reports failed; the scheduled sweep will retry", e);
        }
    }

    @Override
    protected void onShutdown(ApplicationEvent event)
    {
        // nothing: what is queued stays PENDING in the repository and is taken up at the next start
    }

    public void setReportSearch(ReportSearch reportSearch)
    {
        this.reportSearch = reportSearch;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setTransactionService(TransactionService transactionService)
    {
        this.transactionService = transactionService;
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }

    public void setMaxPerSweep(int maxPerSweep)
    {
        this.maxPerSweep = maxPerSweep;
    }

    public void setStaleMinutes(long staleMinutes)
    {
        this.staleMinutes = staleMinutes;
    }
}
