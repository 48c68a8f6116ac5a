package io.github.zwgk.annualreport.repo.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.extract.Limits;
import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;
import io.github.zwgk.annualreport.engine.store.RetryPolicy;
import io.github.zwgk.annualreport.engine.store.RetryPolicy.Blame;
import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;
import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/**
 * The analysis worker. An upload marks the report PENDING (the persistent queue: {@code ar:pendingSince}) and hands it,
 * after commit, to one bounded pool; whatever the pool cannot take now, or a restart loses, the
 * {@link PendingReportsSweeper} hands over again. Per report: a cluster-wide lock (one node analyses it), the content
 * read once (bounded by the size limit) in a read-only transaction, the analysis outside any transaction (docx, doc,
 * html, txt in process; PDF as text from Alfresco's transform service, MNT-22388: no PDFBox in alfresco.war; the
 * previous year's report of the same agency looked up once the year is known), then either the final result written
 * (new retrying transaction, as system, behaviours off) and the review workflow told, or, when the installation failed
 * (transform service down, server busy, a defect), the report kept PENDING with the reason and a time for the next
 * attempt ({@link RetryPolicy}): an infrastructure problem never ends UNREADABLE and never reaches the workflow.
 * At most {@code workerThreads} analyses run at once on a node, whoever asks (upload, sweep, bulk re-validation).
 */
public class ReportAnalysisServiceImpl implements ReportAnalysisService
{
    private static final Log LOGGER = LogFactory.getLog(ReportAnalysisServiceImpl.class);

    /** Transaction resource: the reports queued by the current transaction (report → forced). */
    static final String QUEUE_KEY = ReportAnalysisServiceImpl.class.getName() + ".queue";

    /** Read through the transform service; everything else is read by the engine in process (it detects the type). */
    static final String MIMETYPE_PDF = MimetypeMap.MIMETYPE_PDF;

    private static final Set<String> STATUSES_WITH_FIGURES = Set.of(Status.VALID.name(), Status.VALID_WITH_WARNINGS.name(),
            Status.INVALID.name());

    private NodeService nodeService;
    private ContentService contentService;
    private DictionaryService dictionaryService;
    private TransactionService transactionService;
    private BehaviourFilter behaviourFilter;
    private JobLockService jobLockService;
    private ReportSearch reportSearch;
    private ReportReviewService reportReviewService;
    private PdfText pdfText;
    private Executor executor;
    private ReportAnalyzer analyzer = new ReportAnalyzer();
    private Clock clock = Clock.systemDefaultZone();

    private boolean enabled = true;
    private long maxBytes = Limits.DEFAULT.maxBytes();
    private int maxCharacters = Limits.DEFAULT.maxCharacters();
    private int maxLines = Limits.DEFAULT.maxLines();
    private long timeBudgetSeconds = Limits.DEFAULT.timeBudget().toSeconds();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private long lockSeconds = 300;
    private Semaphore analyses = new Semaphore(2, true);

    /** Reports handed to the pool on this node and not finished yet: the sweep does not hand them over twice. */
    private final Set<NodeRef> queued = ConcurrentHashMap.newKeySet();

    // ---------------------------------------------------------------- queueing (upload transaction)

    @Override
    public void requestAnalysis(NodeRef report)
    {
        requestAnalysis(report, false);
    }

    @Override
    public void requestAnalysis(NodeRef report, boolean force)
    {
        if (markPending(report) && enabled)
        {
            queueAfterCommit(report, force);
        }
    }

    @Override
    public boolean isEnabled()
    {
        return enabled;
    }

    /**
     * Sets ar:validationStatus PENDING since now, no retry due (as system, behaviours off: no new version, no audit
     * change). While the analysis is switched off, the reason says so; the sweep takes the reports once it is on again.
     */
    boolean markPending(NodeRef report)
    {
        return AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(report) || nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY))
            {
                return false;
            }
            Map<QName, Serializable> props = new HashMap<>();
            props.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
            props.put(AnnualReportModel.PROP_STATUS_REASON, enabled ? null
                    : "自动校验已暂停（annual-report.analysis.enabled=false），恢复后将自动校验");
            props.put(AnnualReportModel.PROP_PENDING_SINCE, Date.from(clock.instant()));
            props.put(AnnualReportModel.PROP_RETRY_AT, null);
            props.put(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 0);
            writeAsSystem(report, props);
            return true;
        });
    }

    /** One listener per transaction; a report queued twice in one transaction runs once (forced if either asked). */
    private void queueAfterCommit(NodeRef report, boolean force)
    {
        Map<NodeRef, Boolean> queue = AlfrescoTransactionSupport.getResource(QUEUE_KEY);
        if (queue == null)
        {
            queue = new LinkedHashMap<>();
            AlfrescoTransactionSupport.bindResource(QUEUE_KEY, queue);
            AlfrescoTransactionSupport.bindListener(new SubmitAfterCommit(queue));
        }
        queue.merge(report, force, Boolean::logicalOr);
    }

    /** Hands the transaction's reports to the pool once the upload is committed; nothing if it rolled back. */
    private final class SubmitAfterCommit extends TransactionListenerAdapter
    {
        private final Map<NodeRef, Boolean> queue;

        SubmitAfterCommit(Map<NodeRef, Boolean> queue)
        {
            this.queue = queue;
        }

        @Override
        public void afterCommit()
        {
            queue.forEach(ReportAnalysisServiceImpl.this::queue);
        }
    }

    @Override
    public boolean queue(NodeRef report, boolean force)
    {
        if (!enabled || !queued.add(report))
        {
            return false;
        }
        try
        {
            executor.execute(() -> runQueued(report, force));
            return true;
        }
        catch (RejectedExecutionException full)
        {
            // The pool's queue is full (or it is shut down): the report stays PENDING and the sweep hands it over later.
            queued.remove(report);
            LOGGER.info("Analysis queue full: " + report + " stays PENDING until the next sweep");
            return false;
        }
    }

    @Override
    public boolean isQueued(NodeRef report)
    {
        return queued.contains(report);
    }

    private void runQueued(NodeRef report, boolean force)
    {
        try
        {
            AnalysisRun run = analyseNow(report, force);
            if (LOGGER.isDebugEnabled())
            {
                LOGGER.debug("Analysis of " + report + ": " + run);
            }
        }
        catch (Throwable e) // NOSONAR: nothing may kill a pool thread silently (OutOfMemoryError included)
        {
            LOGGER.error("Analysis of " + report + " failed; it stays PENDING and is tried again by the sweep", e);
        }
        finally
        {
            queued.remove(report);
        }
    }

    // ---------------------------------------------------------------- the worker

    @Override
    public AnalysisRun analyseNow(NodeRef report, boolean force)
    {
        try
        {
            analyses.acquire();
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return AnalysisRun.skipped(report, "中断");
        }
        try
        {
            return AuthenticationUtil.runAsSystem(() -> locked(report, force));
        }
        finally
        {
            analyses.release();
        }
    }

    /** The run under the report's cluster-wide lock: another node analysing it means nothing to do here. */
    private AnalysisRun locked(NodeRef report, boolean force)
    {
        QName lock = QName.createQName(AnnualReportModel.URI, "analysis." + report.getId());
        String token;
        try
        {
            token = jobLockService.getLock(lock, lockSeconds * 1000, 0, 0);
        }
        catch (LockAcquisitionException held)
        {
            return AnalysisRun.skipped(report, "另一个服务器节点正在校验该报告");
        }
        try
        {
            return run(report, force);
        }
        finally
        {
            try
            {
                jobLockService.releaseLock(token, lock);
            }
            catch (RuntimeException e)
            {
                LOGGER.warn("Could not release the analysis lock of " + report + " (it expires by itself)", e);
            }
        }
    }

    AnalysisRun run(NodeRef report, boolean force)
    {
        Input in;
        try
        {
            in = inTransaction(true, () -> readInput(report, force));
        }
        catch (RuntimeException e)
        {
            LOGGER.warn("Reading " + report + " failed", e);
            return retryLater(report, null, null, Blame.INSTALLATION, "读取报告内容失败（" + describe(e) + "）");
        }
        if (in.skipReason() != null)
        {
            return AnalysisRun.skipped(report, in.skipReason());
        }

        Attempt attempt;
        try
        {
            attempt = analyse(report, in);
        }
        catch (RuntimeException | Error e) // the engine never throws: this is a defect, and not the agency's
        {
            LOGGER.error("Analysis of " + report + " failed", e);
            return retryLater(report, in, null, Blame.INSTALLATION, "分析程序出错（" + describe(e) + "）");
        }
        if (attempt.retry() != null)
        {
            return retryLater(report, in, attempt.result(), attempt.retry(), attempt.cause());
        }
        AnalysisResult result = attempt.result();
        boolean written;
        try
        {
            written = inTransaction(false, () -> write(report, in, result));
        }
        catch (RuntimeException e)
        {
            LOGGER.error("Writing the analysis of " + report + " failed", e);
            return retryLater(report, in, null, Blame.INSTALLATION, "保存校验结果失败（" + describe(e) + "）");
        }
        if (!written)
        {
            return AnalysisRun.skipped(report, "内容在分析期间已更新或报告已删除");
        }
        notifyReview(report);
        return new AnalysisRun(report, AnalysisRun.Outcome.ANALYSED, result.status().name(), result.statusReason());
    }

    /**
     * What the worker needs from the node, read in one read-only transaction. {@code preset} short-cuts the engine
     * (empty, too large); {@code skipReason} means nothing to do.
     */
    record Input(String name, String contentUrl, String mimetype, byte[] bytes, String hash, String agencyName,
            String agencyGroup, int attempts, UnreadableReason preset, String skipReason)
    {
        static Input skip(String why)
        {
            return new Input(null, null, null, null, null, null, null, 0, null, why);
        }
    }

    Input readInput(NodeRef report, boolean force)
    {
        if (!nodeService.exists(report))
        {
            return Input.skip("报告已不存在");
        }
        if (nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY))
        {
            return Input.skip("工作副本不校验");
        }
        if (!dictionaryService.isSubClass(nodeService.getType(report), AnnualReportModel.TYPE_ANNUAL_REPORT))
        {
            return Input.skip("不是年度报告（ar:annualReport）");
        }
        Map<QName, Serializable> props = nodeService.getProperties(report);
        String name = (String) props.get(ContentModel.PROP_NAME);
        String agency = text(props.get(AnnualReportModel.PROP_AGENCY_NAME));
        String group = text(props.get(AnnualReportModel.PROP_AGENCY_GROUP));
        int attempts = props.get(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS) instanceof Integer n ? n : 0;
        ContentData content = props.get(ContentModel.PROP_CONTENT) instanceof ContentData cd ? cd : null;
        if (content == null || content.getContentUrl() == null || content.getSize() <= 0)
        {
            // Zero-byte content never fires onContentUpdate (policy.content.update.ignoreEmpty): this is where an empty
            // upload ends, instead of staying PENDING.
            String url = content == null ? null : content.getContentUrl();
            return new Input(name, url, null, null, null, agency, group, attempts, UnreadableReason.EMPTY, null);
        }
        if (content.getSize() > maxBytes)
        {
            return new Input(name, content.getContentUrl(), content.getMimetype(), null, null, agency, group, attempts,
                    UnreadableReason.TOO_LARGE, null);
        }
        ContentReader reader = contentService.getReader(report, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists())
        {
            throw new IllegalStateException("the content store has no content " + content.getContentUrl());
        }
        byte[] bytes;
        try (InputStream is = reader.getContentInputStream())
        {
            bytes = is.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        catch (IOException e)
        {
            throw new IllegalStateException("Cannot read the content of " + report, e);
        }
        if (bytes.length > maxBytes)
        {
            return new Input(name, content.getContentUrl(), content.getMimetype(), null, null, agency, group, attempts,
                    UnreadableReason.TOO_LARGE, null);
        }
        String hash = sha256(bytes);
        String status = (String) props.get(AnnualReportModel.PROP_VALIDATION_STATUS);
        if (!force && hash.equals(props.get(AnnualReportModel.PROP_CONTENT_HASH)) && status != null
                && !AnnualReportModel.STATUS_PENDING.equals(status))
        {
            return Input.skip("内容未变化，已校验（" + status + "）");
        }
        return new Input(name, content.getContentUrl(), content.getMimetype(), bytes, hash, agency, group, attempts, null,
                null);
    }

    /** One attempt's outcome: a result to write, or why and on whom to try again. */
    record Attempt(AnalysisResult result, Blame retry, String cause)
    {
        static Attempt done(AnalysisResult result)
        {
            return new Attempt(result, null, null);
        }
    }

    /**
     * Runs the engine. A PDF's text comes from the transform service (a failure there is classified by
     * {@link PdfText}); the rest is read in process. The previous year's report of the same agency feeds the
     * carry-over rule; the agency folder's name is the agency the report must name.
     */
    Attempt analyse(NodeRef report, Input in)
    {
        if (in.preset() != null)
        {
            return Attempt.done(unreadable(in.name(), in.preset(), in.hash()));
        }
        AnalysisOptions options = new AnalysisOptions(limits(), null)
                .withExpectedAgency(in.agencyName())
                .withPreviousReports(year -> inTransaction(true, () -> findPreviousReport(in.agencyGroup(), year, report)));
        AnalysisResult result;
        if (MIMETYPE_PDF.equals(in.mimetype()) || startsWithPdfSignature(in.bytes()))
        {
            PdfText.Outcome text = pdfText.textOf(report, in.name(), maxCharacters);
            if (text.failed() && text.blame() == Blame.FILE)
            {
                return Attempt.done(unreadable(in.name(), text.reason(), in.hash(), null, text.cause()));
            }
            if (text.failed())
            {
                return new Attempt(null, text.blame(), text.cause());
            }
            result = analyzer.analyzeText(text.text(), in.name(), options);
        }
        else
        {
            result = analyzer.analyze(in.bytes(), in.name(), options);
        }
        Blame blame = result.status() == Status.UNREADABLE ? RetryPolicy.blame(result.unreadableReason()) : Blame.FILE;
        if (blame != Blame.FILE)
        {
            return new Attempt(result, blame, result.statusReason());
        }
        return Attempt.done(result);
    }

    /**
     * The last year's report of the same agency (its group, set from the agency folder by the system: never a name a
     * clerk typed), newest validation first; named in findings by its file name only.
     */
    Optional<PreviousReport> findPreviousReport(String agencyGroup, int year, NodeRef self)
    {
        if (agencyGroup == null)
        {
            return Optional.empty();
        }
        PreviousReport best = null;
        Date bestAt = null;
        for (NodeRef candidate : reportSearch.findByAgencyGroupAndYear(agencyGroup, year, self))
        {
            Map<QName, Serializable> props = nodeService.getProperties(candidate);
            if (!agencyGroup.equals(props.get(AnnualReportModel.PROP_AGENCY_GROUP))
                    || !STATUSES_WITH_FIGURES.contains(props.get(AnnualReportModel.PROP_VALIDATION_STATUS)))
            {
                continue;
            }
            ContentReader json = contentService.getReader(candidate, AnnualReportModel.PROP_VALIDATION_RESULT);
            if (json == null || !json.exists())
            {
                continue;
            }
            Optional<PreviousReport> p = StoredResult.previousReport(json.getContentString(),
                    (String) props.get(ContentModel.PROP_NAME));
            Date at = (Date) props.get(AnnualReportModel.PROP_VALIDATED_AT);
            if (p.isPresent() && (best == null || (at != null && (bestAt == null || at.after(bestAt)))))
            {
                best = p.get();
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Writes the result unless the report went away or its content changed while it was analysed (then the newer
     * upload's own queued run is the one that counts).
     */
    boolean write(NodeRef report, Input in, AnalysisResult result)
    {
        if (!sameContent(report, in))
        {
            return false;
        }
        writeAsSystem(report, ResultProperties.of(result, in.hash(), Date.from(clock.instant())));
        behaviourFilter.disableBehaviour(report);
        try
        {
            ContentWriter writer = contentService.getWriter(report, AnnualReportModel.PROP_VALIDATION_RESULT, true);
            writer.setMimetype(MimetypeMap.MIMETYPE_JSON);
            writer.setEncoding("UTF-8");
            writer.putContent(StoredResult.write(result));
        }
        finally
        {
            behaviourFilter.enableBehaviour(report);
        }
        return true;
    }

    /**
     * The installation failed, or a failure that could be the file's has not been seen often enough yet: the report
     * stays PENDING with the reason and the time of the next attempt, and the workflow is not told. A failure that
     * counts as the file's after all ends UNREADABLE.
     */
    private AnalysisRun retryLater(NodeRef report, Input in, AnalysisResult engineResult, Blame blame, String cause)
    {
        int attempts = (in == null ? currentAttempts(report) : in.attempts()) + 1;
        Instant now = clock.instant();
        Optional<Instant> at = retryPolicy.retryAt(blame, attempts, now);
        if (at.isEmpty() && in != null)
        {
            // doubtful and seen often enough: the file's (the engine's own verdict, else the conversion's failure)
            AnalysisResult result = engineResult != null ? engineResult
                    : unreadable(in.name(), UnreadableReason.CORRUPT, in.hash(), null, cause);
            boolean written = inTransactionQuietly(() -> write(report, in, result));
            if (written)
            {
                notifyReview(report);
            }
            return new AnalysisRun(report, AnalysisRun.Outcome.ANALYSED, Status.UNREADABLE.name(), cause);
        }
        Instant next = at.orElse(now.plus(retryPolicy.maxDelay()));
        String reason = RetryPolicy.pendingReason(cause, attempts, next, clock.getZone());
        inTransactionQuietly(() -> {
            if (!nodeService.exists(report) || (in != null && !sameContent(report, in)))
            {
                return false;
            }
            Map<QName, Serializable> props = new HashMap<>();
            props.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
            props.put(AnnualReportModel.PROP_STATUS_REASON, reason);
            props.put(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, attempts);
            props.put(AnnualReportModel.PROP_RETRY_AT, Date.from(next));
            if (nodeService.getProperty(report, AnnualReportModel.PROP_PENDING_SINCE) == null)
            {
                props.put(AnnualReportModel.PROP_PENDING_SINCE, Date.from(now));
            }
            writeAsSystem(report, props);
            return true;
        });
        LOGGER.warn("Analysis of " + report + " postponed: " + reason);
        return new AnalysisRun(report, AnalysisRun.Outcome.POSTPONED, AnnualReportModel.STATUS_PENDING, reason);
    }

    private int currentAttempts(NodeRef report)
    {
        try
        {
            return inTransaction(true, () -> nodeService.exists(report)
                    && nodeService.getProperty(report, AnnualReportModel.PROP_ANALYSIS_ATTEMPTS) instanceof Integer n ? n : 0);
        }
        catch (RuntimeException e)
        {
            return 0;
        }
    }

    /** Whether the report still exists, is no working copy and holds the content that was read. */
    private boolean sameContent(NodeRef report, Input in)
    {
        if (!nodeService.exists(report) || nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY))
        {
            return false;
        }
        Serializable current = nodeService.getProperty(report, ContentModel.PROP_CONTENT);
        String currentUrl = current instanceof ContentData cd ? cd.getContentUrl() : null;
        return Objects.equals(in.contentUrl(), currentUrl);
    }

    private void writeAsSystem(NodeRef report, Map<QName, Serializable> props)
    {
        behaviourFilter.disableBehaviour(report);
        try
        {
            nodeService.addProperties(report, props);
        }
        finally
        {
            behaviourFilter.enableBehaviour(report);
        }
    }

    /**
     * Tells the review workflow in a transaction of its own, after the analysis is committed: a failure there is
     * logged and never undoes the analysis.
     */
    private void notifyReview(NodeRef report)
    {
        if (reportReviewService == null)
        {
            return;
        }
        inTransactionQuietly(() -> {
            if (nodeService.exists(report))
            {
                reportReviewService.onAnalysisCompleted(report);
            }
            return null;
        });
    }

    private <R> R inTransaction(boolean readOnly, RetryingTransactionCallback<R> work)
    {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work, readOnly, true);
    }

    /** A write transaction whose failure is logged, not thrown (best effort after the analysis). */
    private boolean inTransactionQuietly(RetryingTransactionCallback<?> work)
    {
        try
        {
            Object r = inTransaction(false, work);
            return !(r instanceof Boolean b) || b;
        }
        catch (RuntimeException e)
        {
            LOGGER.error("Annual report bookkeeping failed", e);
            return false;
        }
    }

    static AnalysisResult unreadable(String name, UnreadableReason reason, String hash)
    {
        return unreadable(name, reason, hash, null);
    }

    static AnalysisResult unreadable(String name, UnreadableReason reason, String hash, String detail)
    {
        return unreadable(name, reason, hash, detail, null);
    }

    /** An UNREADABLE result; {@code statusReason} given, else the reason's message with the detail. */
    static AnalysisResult unreadable(String name, UnreadableReason reason, String hash, String detail, String statusReason)
    {
        String why = statusReason != null ? statusReason : detail == null ? reason.message() : reason.message() + "（" + detail + "）";
        return new AnalysisResult(name, Status.UNREADABLE, why, null, null, null, null, null, null, null, null, null, null,
                ReportAnalyzer.engineVersion(), hash, reason);
    }

    private static boolean startsWithPdfSignature(byte[] b)
    {
        return b != null && b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    static String sha256(byte[] bytes)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }

    private static String describe(Throwable e)
    {
        String m = e.getMessage();
        String text = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String text(Serializable value)
    {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    Limits limits()
    {
        return new Limits(maxBytes, maxCharacters, maxLines, Duration.ofSeconds(timeBudgetSeconds));
    }

    // ---------------------------------------------------------------- configuration

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService)
    {
        this.contentService = contentService;
    }

    public void setDictionaryService(DictionaryService dictionaryService)
    {
        this.dictionaryService = dictionaryService;
    }

    public void setTransactionService(TransactionService transactionService)
    {
        this.transactionService = transactionService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter)
    {
        this.behaviourFilter = behaviourFilter;
    }

    public void setJobLockService(JobLockService jobLockService)
    {
        this.jobLockService = jobLockService;
    }

    public void setReportSearch(ReportSearch reportSearch)
    {
        this.reportSearch = reportSearch;
    }

    public void setReportReviewService(ReportReviewService reportReviewService)
    {
        this.reportReviewService = reportReviewService;
    }

    public void setPdfText(PdfText pdfText)
    {
        this.pdfText = pdfText;
    }

    /** The bounded analysis pool (annual-report-platform.analysisThreadPool), refusing work when its queue is full. */
    public void setExecutor(Executor executor)
    {
        this.executor = executor;
    }

    public void setAnalyzer(ReportAnalyzer analyzer)
    {
        this.analyzer = analyzer;
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }

    public void setEnabled(boolean enabled)
    {
        this.enabled = enabled;
    }

    public void setMaxBytes(long maxBytes)
    {
        this.maxBytes = maxBytes;
    }

    public void setMaxCharacters(int maxCharacters)
    {
        this.maxCharacters = maxCharacters;
    }

    public void setMaxLines(int maxLines)
    {
        this.maxLines = maxLines;
    }

    public void setTimeBudgetSeconds(long timeBudgetSeconds)
    {
        this.timeBudgetSeconds = timeBudgetSeconds;
    }

    /** Analyses running at once on this node, however they were asked for (= the pool's threads). */
    public void setWorkerThreads(int workerThreads)
    {
        this.analyses = new Semaphore(Math.max(1, workerThreads), true);
    }

    public void setRetryFirstDelaySeconds(long seconds)
    {
        this.retryPolicy = new RetryPolicy(Duration.ofSeconds(seconds), retryPolicy.maxDelay().compareTo(
                Duration.ofSeconds(seconds)) < 0 ? Duration.ofSeconds(seconds) : retryPolicy.maxDelay(),
                retryPolicy.doubtfulAttempts());
    }

    public void setRetryMaxDelaySeconds(long seconds)
    {
        this.retryPolicy = new RetryPolicy(retryPolicy.firstDelay(), Duration.ofSeconds(seconds), retryPolicy.doubtfulAttempts());
    }

    /** How long a node holds a report's analysis lock at most (a node that dies releases it by expiry). */
    public void setLockSeconds(long lockSeconds)
    {
        this.lockSeconds = lockSeconds;
    }
}
