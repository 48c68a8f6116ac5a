package io.github.zwgk.annualreport.repo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/** Which PENDING reports the sweep hands to the analysis pool, at start-up and on its schedule. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PendingReportsSweeperTest
{
    private static final Instant NOW = Instant.parse("2026-01-20T02:30:00Z");
    /** staleMinutes = 10 */
    private static final Instant STALE = NOW.minus(Duration.ofMinutes(10));

    @Mock ReportSearch reportSearch;
    @Mock ReportAnalysisService analysis;
    @Mock NodeService nodeService;
    @Mock TransactionService transactionService;
    @Mock RetryingTransactionHelper txn;

    private PendingReportsSweeper sweeper;

    @BeforeEach
    void setUp()
    {
        sweeper = new PendingReportsSweeper();
        sweeper.setReportSearch(reportSearch);
        sweeper.setReportAnalysisService(analysis);
        sweeper.setNodeService(nodeService);
        sweeper.setTransactionService(transactionService);
        sweeper.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweeper.setStaleMinutes(10);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(txn);
        when(txn.doInTransaction(any(), anyBoolean(), anyBoolean()))
                .thenAnswer(inv -> inv.<RetryingTransactionCallback<?>>getArgument(0).execute());
        when(analysis.isEnabled()).thenReturn(true);
        when(analysis.queue(any(), anyBoolean())).thenReturn(true);
    }

    private static Map<QName, Serializable> pending(Instant since, Instant retryAt)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
        p.put(AnnualReportModel.PROP_PENDING_SINCE, since == null ? null : Date.from(since));
        p.put(AnnualReportModel.PROP_RETRY_AT, retryAt == null ? null : Date.from(retryAt));
        return p;
    }

    private static boolean due(Map<QName, Serializable> props, boolean all)
    {
        return PendingReportsSweeper.isDue(props, all, NOW, STALE);
    }

    // ---------------------------------------------------------------- isDue

    @Test
    void aReportWhoseRetryTimeHasComeIsDue()
    {
        assertThat(due(pending(NOW.minus(Duration.ofMinutes(3)), NOW.minusSeconds(1)), false)).isTrue();
        assertThat(due(pending(NOW.minus(Duration.ofMinutes(3)), NOW), false)).isTrue();
    }

    @Test
    void aReportWhoseRetryTimeIsAheadWaitsEvenAtStartUp()
    {
        Map<QName, Serializable> postponed = pending(NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofMinutes(30)));

        assertThat(due(postponed, false)).isFalse();
        assertThat(due(postponed, true)).isFalse();
    }

    @Test
    void startUpTakesEveryPendingReportWithoutARetryTimeHoweverFresh()
    {
        assertThat(due(pending(NOW.minusSeconds(5), null), true)).isTrue();
        assertThat(due(pending(null, null), true)).isTrue();
    }

    @Test
    void theScheduleTakesAReportPendingForLongerThanTheStaleTime()
    {
        assertThat(due(pending(STALE.minusSeconds(1), null), false)).isTrue();
        assertThat(due(pending(STALE, null), false)).isTrue();
    }

    @Test
    void theScheduleLeavesAFreshlyQueuedReportToThePool()
    {
        assertThat(due(pending(NOW.minus(Duration.ofMinutes(2)), null), false)).isFalse();
    }

    @Test
    void aPendingReportWithoutASinceTimeIsDue()
    {
        assertThat(due(pending(null, null), false)).isTrue();
    }

    @Test
    void aReportThatIsNotPendingIsNeverDue()
    {
        for (String status : List.of("VALID", "INVALID", "UNREADABLE", "NOT_A_REPORT", "VALID_WITH_WARNINGS"))
        {
            Map<QName, Serializable> p = pending(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(1)));
            p.put(AnnualReportModel.PROP_VALIDATION_STATUS, status);
            assertThat(due(p, true)).as(status).isFalse();
            assertThat(due(p, false)).as(status).isFalse();
        }
        assertThat(due(new HashMap<>(), true)).isFalse();
    }

    // ---------------------------------------------------------------- sweep

    @Test
    void aSweepHandsOverOnlyDueReportsNotAlreadyInThePool()
    {
        NodeRef due = node("due");
        NodeRef waiting = node("waiting");
        NodeRef inPool = node("in-pool");
        NodeRef stale = node("stale");
        when(reportSearch.findPending(anyInt())).thenReturn(new ReportSearch.Found(List.of(due, waiting, inPool, stale), false));
        when(nodeService.getProperties(due)).thenReturn(pending(NOW.minus(Duration.ofMinutes(3)), NOW.minusSeconds(10)));
        when(nodeService.getProperties(waiting)).thenReturn(pending(NOW.minus(Duration.ofMinutes(3)), NOW.plusSeconds(60)));
        when(nodeService.getProperties(inPool)).thenReturn(pending(NOW.minus(Duration.ofHours(1)), null));
        when(nodeService.getProperties(stale)).thenReturn(pending(NOW.minus(Duration.ofHours(1)), null));
        when(analysis.isQueued(inPool)).thenReturn(true);

        int handed = sweeper.sweep(false);

        assertThat(handed).isEqualTo(2);
        verify(analysis).queue(due, false);
        verify(analysis).queue(stale, false);
        verify(analysis, never()).queue(waiting, false);
        verify(analysis, never()).queue(inPool, false);
    }

    @Test
    void aReportThePoolCannotTakeIsNotCounted()
    {
        NodeRef a = node("a");
        NodeRef b = node("b");
        when(reportSearch.findPending(anyInt())).thenReturn(new ReportSearch.Found(List.of(a, b), true));
        when(nodeService.getProperties(any())).thenReturn(pending(NOW.minus(Duration.ofHours(1)), null));
        when(analysis.queue(b, false)).thenReturn(false);

        assertThat(sweeper.sweep(true)).isEqualTo(1);
    }

    @Test
    void nothingIsSweptWhileTheAnalysisIsSwitchedOff()
    {
        when(analysis.isEnabled()).thenReturn(false);

        assertThat(sweeper.sweep(true)).isZero();

        verifyNoInteractions(reportSearch, nodeService);
        verify(analysis, never()).queue(any(), anyBoolean());
    }

    private static NodeRef node(String id)
    {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
