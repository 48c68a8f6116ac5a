package io.github.zwgk.annualreport.repo.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
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
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;
import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/**
 * The analysis worker: queues reports after commit onto a bounded pool, then per report reads the content (read-only
 * transaction), extracts and analyses it outside any transaction (docx/doc/html/txt in process, PDF and the rest via
 * Alfresco's transform service to text/plain, MNT-22388: no PDFBox in alfresco.war), writes every property and the
 * JSON (new retrying transaction, behaviours off) and finally tells the review workflow. Any failure ends UNREADABLE
 * with the reason; the document always stays.
 */
public class ReportAnalysisServiceImpl implements ReportAnalysisService
{
    private static final Log LOGGER = LogFactory.getLog(ReportAnalysisServiceImpl.class);

    /** Transaction resource: the reports queued by the current transaction (report → forced). */
    static final String QUEUE_KEY = ReportAnalysisServiceImpl.class.getName() + ".queue";

    /** Formats the engine reads in process with Tika/POI, tables intact; everything else goes to the transform service. */
    static final Set<String> IN_PROCESS_MIMETYPES = Set.of(MimetypeMap.MIMETYPE_OPENXML_WORDPROCESSING,
            MimetypeMap.MIMETYPE_WORD, MimetypeMap.MIMETYPE_HTML, MimetypeMap.MIMETYPE_XHTML, MimetypeMap.MIMETYPE_TEXT_PLAIN);

    private static final Set<String> STATUSES_WITH_FIGURES = Set.of(Status.VALID.name(), Status.VALID_WITH_WARNINGS.name(),
            Status.INVALID.name());

    private NodeService nodeService;
    private ContentService contentService;
    private DictionaryService dictionaryService;
    private TransactionService transactionService;
    private BehaviourFilter behaviourFilter;
    private SynchronousTransformClient synchronousTransformClient;
    private ReportSearch reportSearch;
    private ReportReviewService reportReviewService;
    private Executor executor;
    private ReportAnalyzer analyzer = new ReportAnalyzer();

    private boolean enabled = true;
    private long maxBytes = Limits.DEFAULT.maxBytes();
    private int maxCharacters = Limits.DEFAULT.maxCharacters();
    private int maxLines = Limits.DEFAULT.maxLines();
    private long timeBudgetSeconds = Limits.DEFAULT.timeBudget().toSeconds();

    // ---------------------------------------------------------------- queueing (upload transaction)

    @Override
    public void requestAnalysis(NodeRef report)
    {
        requestAnalysis(report, false);
    }

    @Override
    public void requestAnalysis(NodeRef report, boolean force)
    {
        if (!enabled)
        {
            LOGGER.debug("Analysis disabled (annual-report.analysis.enabled=false): not queueing " + report);
            return;
        }
        if (markPending(report))
        {
            queueAfterCommit(report, force);
        }
    }

    /** Sets ar:validationStatus PENDING (as system, behaviours off: no new version, no audit change). */
    boolean markPending(NodeRef report)
    {
        return AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(report) || nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY))
            {
                return false;
            }
            Map<QName, Serializable> props = new HashMap<>();
            props.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
            props.put(AnnualReportModel.PROP_STATUS_REASON, null);
            behaviourFilter.disableBehaviour(report);
            try
            {
                nodeService.addProperties(report, props);
            }
            finally
            {
                behaviourFilter.enableBehaviour(report);
            }
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
            for (Map.Entry<NodeRef, Boolean> e : queue.entrySet())
            {
                NodeRef report = e.getKey();
                boolean force = e.getValue();
                try
                {
                    executor.execute(() -> runQueued(report, force));
                }
                catch (RejectedExecutionException ex)
                {
                    // Only when the pool is shut down (the pool runs overflow in the caller): the report stays PENDING
                    // and is picked up by a bulk re-validation with status=PENDING.
                    LOGGER.warn("Analysis pool refused " + report + " (shutting down?); it stays PENDING", ex);
                }
            }
        }
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
        catch (RuntimeException e)
        {
            LOGGER.error("Analysis of " + report + " failed", e);
        }
    }

    // ---------------------------------------------------------------- the worker

    @Override
    public AnalysisRun analyseNow(NodeRef report, boolean force)
    {
        return AuthenticationUtil.runAsSystem(() -> run(report, force));
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
            return fail(report, null, "读取报告失败", e);
        }
        if (in.skipReason() != null)
        {
            return AnalysisRun.skipped(report, in.skipReason());
        }

        AnalysisResult result;
        try
        {
            result = analyse(report, in);
        }
        catch (RuntimeException e)
        {
            return fail(report, in, "分析失败", e);
        }

        boolean written;
        try
        {
            written = inTransaction(false, () -> write(report, in, result));
        }
        catch (RuntimeException e)
        {
            return fail(report, in, "保存分析结果失败", e);
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
     * (empty, too large, content missing); {@code skipReason} means nothing to do.
     */
    record Input(String name, String contentUrl, String mimetype, byte[] bytes, String hash, String agencyName,
            UnreadableReason preset, String skipReason)
    {
        static Input skip(String why)
        {
            return new Input(null, null, null, null, null, null, null, why);
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
        String agency = (String) props.get(AnnualReportModel.PROP_AGENCY_NAME);
        ContentData content = props.get(ContentModel.PROP_CONTENT) instanceof ContentData cd ? cd : null;
        if (content == null || content.getContentUrl() == null || content.getSize() <= 0)
        {
            // Zero-byte content never fires onContentUpdate (policy.content.update.ignoreEmpty): this is where an empty
            // upload ends, instead of staying PENDING.
            String url = content == null ? null : content.getContentUrl();
            return new Input(name, url, null, null, null, agency, UnreadableReason.EMPTY, null);
        }
        if (content.getSize() > maxBytes)
        {
            return new Input(name, content.getContentUrl(), content.getMimetype(), null, null, agency,
                    UnreadableReason.TOO_LARGE, null);
        }
        ContentReader reader = contentService.getReader(report, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists())
        {
            return new Input(name, content.getContentUrl(), content.getMimetype(), null, null, agency,
                    UnreadableReason.IO_ERROR, null);
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
            return new Input(name, content.getContentUrl(), content.getMimetype(), null, null, agency,
                    UnreadableReason.TOO_LARGE, null);
        }
        String hash = sha256(bytes);
        String status = (String) props.get(AnnualReportModel.PROP_VALIDATION_STATUS);
        if (!force && hash.equals(props.get(AnnualReportModel.PROP_CONTENT_HASH)) && status != null
                && !AnnualReportModel.STATUS_PENDING.equals(status))
        {
            return Input.skip("内容未变化，已校验（" + status + "）");
        }
        return new Input(name, content.getContentUrl(), content.getMimetype(), bytes, hash, agency, null, null);
    }

    /** Runs the engine; the previous year's report of the same agency, when there is one, feeds the carry-over rule. */
    AnalysisResult analyse(NodeRef report, Input in)
    {
        if (in.preset() != null)
        {
            return unreadable(in.name(), in.preset().message(), in.hash());
        }
        Function<AnalysisOptions, AnalysisResult> engine;
        if (in.mimetype() != null && IN_PROCESS_MIMETYPES.contains(in.mimetype()))
        {
            engine = options -> analyzer.analyze(new ByteArrayInputStream(in.bytes()), in.name(), options);
        }
        else
        {
            String text = transformToText(report);
            if (text == null)
            {
                return unreadable(in.name(), UnreadableReason.UNSUPPORTED.message() + "（" + in.mimetype() + "）", in.hash());
            }
            if (text.isBlank())
            {
                return unreadable(in.name(), UnreadableReason.NO_TEXT.message(), in.hash());
            }
            engine = options -> analyzer.analyzeText(text, in.name(), options);
        }

        AnalysisOptions options = new AnalysisOptions(limits(), null);
        AnalysisResult first = engine.apply(options);
        Integer year = first.reportYear() != null ? first.reportYear() : first.identity().reportYear();
        String agency = in.agencyName() != null ? in.agencyName() : first.identity().agency();
        if (year == null || agency == null || !STATUSES_WITH_FIGURES.contains(first.status().name()))
        {
            return first;
        }
        PreviousReport previous = inTransaction(true, () -> findPreviousReport(agency, year - 1, report));
        return previous == null ? first : engine.apply(options.withPreviousReport(previous));
    }

    /**
     * Text of anything the engine does not read in process, by Alfresco's transform service, exactly as the Solr
     * text feed does (remote-api solr/NodeContentGet). {@code null} when no transformer supports the type.
     */
    String transformToText(NodeRef report)
    {
        return inTransaction(true, () -> {
            ContentReader reader = contentService.getReader(report, ContentModel.PROP_CONTENT);
            ContentWriter writer = contentService.getTempWriter();
            writer.setMimetype(MimetypeMap.MIMETYPE_TEXT_PLAIN);
            writer.setEncoding("UTF-8");
            try
            {
                synchronousTransformClient.transform(reader, writer, Collections.emptyMap(), null, report);
            }
            catch (UnsupportedTransformationException e)
            {
                LOGGER.info("No transformer from " + reader.getMimetype() + " to text/plain for " + report);
                return null;
            }
            ContentReader text = writer.getReader();
            return text == null || !text.exists() ? "" : text.getContentString();
        });
    }

    /** The newest stored analysis of {@code agency}'s report for {@code year} with table figures, or null. */
    PreviousReport findPreviousReport(String agency, int year, NodeRef self)
    {
        PreviousReport best = null;
        Date bestAt = null;
        for (NodeRef candidate : reportSearch.findByAgencyAndYear(agency, year, self))
        {
            Map<QName, Serializable> props = nodeService.getProperties(candidate);
            if (!STATUSES_WITH_FIGURES.contains(props.get(AnnualReportModel.PROP_VALIDATION_STATUS)))
            {
                continue;
            }
            ContentReader json = contentService.getReader(candidate, AnnualReportModel.PROP_VALIDATION_RESULT);
            if (json == null || !json.exists())
            {
                continue;
            }
            PreviousReport p;
            try
            {
                p = StoredResultJson.previousReport(StoredResultJson.readTree(json.getContentString()), candidate.toString());
            }
            catch (IOException | RuntimeException e)
            {
                LOGGER.warn("Stored result of " + candidate + " is not readable JSON; not used as previous report", e);
                continue;
            }
            Date at = (Date) props.get(AnnualReportModel.PROP_VALIDATED_AT);
            if (p != null && (best == null || (at != null && (bestAt == null || at.after(bestAt)))))
            {
                best = p;
                bestAt = at;
            }
        }
        return best;
    }

    /**
     * Writes the result unless the report went away or its content changed while it was analysed (then the newer
     * upload's own queued run is the one that counts).
     */
    boolean write(NodeRef report, Input in, AnalysisResult result)
    {
        if (!nodeService.exists(report) || nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY))
        {
            return false;
        }
        if (in != null)
        {
            Serializable current = nodeService.getProperty(report, ContentModel.PROP_CONTENT);
            String currentUrl = current instanceof ContentData cd ? cd.getContentUrl() : null;
            if (!Objects.equals(in.contentUrl(), currentUrl))
            {
                return false;
            }
        }
        Map<QName, Serializable> props = ResultProperties.of(result, nodeService.getProperties(report),
                in == null ? null : in.hash(), new Date());
        behaviourFilter.disableBehaviour(report);
        try
        {
            nodeService.addProperties(report, props);
            ContentWriter writer = contentService.getWriter(report, AnnualReportModel.PROP_VALIDATION_RESULT, true);
            writer.setMimetype(MimetypeMap.MIMETYPE_JSON);
            writer.setEncoding("UTF-8");
            writer.putContent(StoredResultJson.write(result));
        }
        finally
        {
            behaviourFilter.enableBehaviour(report);
        }
        return true;
    }

    /** Any failure: the report ends UNREADABLE with the reason (best effort), the document stays. */
    private AnalysisRun fail(NodeRef report, Input in, String what, RuntimeException cause)
    {
        LOGGER.error(what + ": " + report, cause);
        String reason = what + "：" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        if (reason.length() > 1000)
        {
            reason = reason.substring(0, 1000);
        }
        AnalysisResult result = unreadable(in == null ? null : in.name(), reason, in == null ? null : in.hash());
        try
        {
            // No content check here: whatever is stored now, it could not be analysed.
            if (inTransaction(false, () -> write(report, null, result)))
            {
                notifyReview(report);
            }
        }
        catch (RuntimeException e)
        {
            LOGGER.error("Could not record the failure on " + report, e);
        }
        return new AnalysisRun(report, AnalysisRun.Outcome.FAILED, Status.UNREADABLE.name(), reason);
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
        try
        {
            inTransaction(false, () -> {
                if (nodeService.exists(report))
                {
                    reportReviewService.onAnalysisCompleted(report);
                }
                return null;
            });
        }
        catch (RuntimeException e)
        {
            LOGGER.error("Review workflow could not take the analysis of " + report + " (the analysis is kept)", e);
        }
    }

    private <R> R inTransaction(boolean readOnly, RetryingTransactionCallback<R> work)
    {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work, readOnly, true);
    }

    static AnalysisResult unreadable(String name, String reason, String hash)
    {
        return new AnalysisResult(name, Status.UNREADABLE, reason, null, null, null, null, null, List.of(), List.of(),
                null, null, null, engineVersion(), hash);
    }

    static String engineVersion()
    {
        return ReportAnalyzer.class.getPackage().getImplementationVersion();
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

    public void setSynchronousTransformClient(SynchronousTransformClient synchronousTransformClient)
    {
        this.synchronousTransformClient = synchronousTransformClient;
    }

    public void setReportSearch(ReportSearch reportSearch)
    {
        this.reportSearch = reportSearch;
    }

    public void setReportReviewService(ReportReviewService reportReviewService)
    {
        this.reportReviewService = reportReviewService;
    }

    /** The bounded analysis pool (annual-report-platform.analysisThreadPool). */
    public void setExecutor(Executor executor)
    {
        this.executor = executor;
    }

    public void setAnalyzer(ReportAnalyzer analyzer)
    {
        this.analyzer = analyzer;
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
}
