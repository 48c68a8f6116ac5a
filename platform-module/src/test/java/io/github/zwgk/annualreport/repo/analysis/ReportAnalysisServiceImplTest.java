package io.github.zwgk.annualreport.repo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.extract.UnreadableReason;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.store.RetryPolicy.Blame;
import io.github.zwgk.annualreport.engine.store.StoredFields;
import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.TestAuthentication;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;
import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/**
 * The worker against mocked repository services (Alfresco's real transaction synchronisation and authentication) and
 * the real engine on real reports (seed 001, 息县关店乡人民政府 2022; seed 003, 河东区 2020 with 成文日期 and 发布日期).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportAnalysisServiceImplTest
{
    private static final String SEED_001 = "/seeds/001_ffad424fff7c1b23.txt";
    private static final String SEED_003 = "/seeds/003_417062a3286660b0.txt";
    private static final String GROUP = "GROUP_AR_AGENCY_GUANDIAN";
    /** 2026-01-20 10:30 in China. */
    private static final Instant NOW = Instant.parse("2026-01-20T02:30:00Z");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<QName> AGENCY_PROPERTIES = List.of(AnnualReportModel.PROP_AGENCY_NAME,
            AnnualReportModel.PROP_AGENCY_CODE, AnnualReportModel.PROP_AGENCY_LEVEL, AnnualReportModel.PROP_AGENCY_KIND,
            AnnualReportModel.PROP_AGENCY_GROUP);

    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock NodeService nodeService;
    @Mock ContentService contentService;
    @Mock DictionaryService dictionaryService;
    @Mock TransactionService transactionService;
    @Mock RetryingTransactionHelper txn;
    @Mock BehaviourFilter behaviourFilter;
    @Mock JobLockService jobLockService;
    @Mock ReportSearch reportSearch;
    @Mock ReportReviewService reviewService;
    @Mock PdfText pdfText;
    @Mock ContentWriter jsonWriter;

    private final List<Runnable> pool = new ArrayList<>();
    private ReportAnalysisServiceImpl service;
    private byte[] seed;
    /** The report's properties as the node service holds them: every addProperties lands here. */
    private Map<QName, Serializable> props;

    @BeforeEach
    void setUp() throws Exception
    {
        TestAuthentication.initialise();
        seed = resource(SEED_001);
        service = new ReportAnalysisServiceImpl();
        service.setNodeService(nodeService);
        service.setContentService(contentService);
        service.setDictionaryService(dictionaryService);
        service.setTransactionService(transactionService);
        service.setBehaviourFilter(behaviourFilter);
        service.setJobLockService(jobLockService);
        service.setReportSearch(reportSearch);
        service.setReportReviewService(reviewService);
        service.setPdfText(pdfText);
        service.setExecutor(pool::add);
        service.setClock(Clock.fixed(NOW, CHINA));

        when(transactionService.getRetryingTransactionHelper()).thenReturn(txn);
        when(txn.doInTransaction(any(), anyBoolean(), anyBoolean()))
                .thenAnswer(inv -> inv.<RetryingTransactionCallback<?>>getArgument(0).execute());

        props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, "report.txt");
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
        content("store://2026/1/20/seed.bin", "text/plain", seed);

        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        when(nodeService.getProperties(report)).thenAnswer(inv -> new HashMap<>(props));
        when(nodeService.getProperty(eq(report), any())).thenAnswer(inv -> props.get(inv.<QName>getArgument(1)));
        org.mockito.Mockito.doAnswer(inv -> {
            props.putAll(inv.<Map<QName, Serializable>>getArgument(1));
            return null;
        }).when(nodeService).addProperties(eq(report), anyMap());
        when(contentService.getWriter(report, AnnualReportModel.PROP_VALIDATION_RESULT, true)).thenReturn(jsonWriter);
        when(reportSearch.findByAgencyGroupAndYear(anyString(), anyInt(), any())).thenReturn(List.of());
        when(jobLockService.getLock(any(QName.class), anyLong(), anyLong(), anyInt())).thenReturn("lock-token");
    }

    @AfterEach
    void tearDown()
    {
        if (TransactionSynchronizationManager.isSynchronizationActive())
        {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TestAuthentication.clear();
    }

    private byte[] resource(String path) throws IOException
    {
        try (InputStream in = getClass().getResourceAsStream(path))
        {
            return in.readAllBytes();
        }
    }

    private void content(String url, String mimetype, byte[] bytes)
    {
        props.put(ContentModel.PROP_CONTENT, new ContentData(url, mimetype, bytes.length, "UTF-8"));
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(true);
        when(reader.getMimetype()).thenReturn(mimetype);
        when(reader.getContentInputStream()).thenAnswer(inv -> new ByteArrayInputStream(bytes));
        when(contentService.getReader(report, ContentModel.PROP_CONTENT)).thenReturn(reader);
    }

    /** Every map written with addProperties, in order. */
    private List<Map<QName, Serializable>> writes()
    {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(nodeService, atLeastOnce()).addProperties(eq(report), captor.capture());
        return captor.getAllValues();
    }

    private Map<QName, Serializable> lastWrite()
    {
        List<Map<QName, Serializable>> all = writes();
        return all.get(all.size() - 1);
    }

    private String storedJson()
    {
        ArgumentCaptor<String> json = ArgumentCaptor.forClass(String.class);
        verify(jsonWriter).putContent(json.capture());
        return json.getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<QName, Serializable> written)
    {
        return (List<String>) written.get(AnnualReportModel.PROP_FINDING_CODES);
    }

    private static QName ar(String localName)
    {
        return QName.createQName(AnnualReportModel.URI, localName);
    }

    private static Date at(Instant instant)
    {
        return Date.from(instant);
    }

    // ---------------------------------------------------------------- results written

    @Test
    void writesEveryPropertyAndTheJsonOfARealReport() throws IOException
    {
        AnalysisRun run = service.run(report, false);

        AnalysisResult expected = new ReportAnalyzer().analyze(seed, "report.txt", new AnalysisOptions(service.limits(), null));
        Map<QName, Serializable> written = lastWrite();
        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(run.status()).isEqualTo("VALID_WITH_WARNINGS").isEqualTo(expected.status().name());
        for (Map.Entry<String, Object> field : StoredFields.of(expected, ReportAnalysisServiceImpl.sha256(seed), NOW).entrySet())
        {
            assertThat(written).as(field.getKey()).containsKey(ar(field.getKey()));
            if (!field.getKey().equals(StoredFields.VALIDATED_AT))
            {
                assertThat(written.get(ar(field.getKey()))).as(field.getKey())
                        .isEqualTo(ResultProperties.value(field.getValue()));
            }
        }
        assertThat(written).containsEntry(AnnualReportModel.PROP_REPORT_YEAR, 2022)
                .containsEntry(AnnualReportModel.PROP_REPORTED_AGENCY, "息县关店乡人民政府")
                .containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID_WITH_WARNINGS")
                .containsEntry(AnnualReportModel.PROP_FINDING_CODES, new ArrayList<>(List.of("FEE_STATEMENT_MISSING")))
                .containsEntry(AnnualReportModel.PROP_CONTENT_HASH, ReportAnalysisServiceImpl.sha256(seed))
                .containsEntry(AnnualReportModel.PROP_VALIDATED_AT, at(NOW));
        // no longer PENDING: nothing to retry
        assertThat(written).containsEntry(AnnualReportModel.PROP_PENDING_SINCE, null)
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, null)
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, null);
        // the agency is the folder's, written by the system when the report is filed: never from the analysis
        for (Map<QName, Serializable> w : writes())
        {
            assertThat(w).doesNotContainKeys(AGENCY_PROPERTIES.toArray(QName[]::new));
        }

        verify(jsonWriter).setMimetype("application/json");
        verify(jsonWriter).setEncoding("UTF-8");
        JsonNode stored = StoredResult.readTree(storedJson());
        assertThat(stored.path("status").asText()).isEqualTo("VALID_WITH_WARNINGS");
        assertThat(stored.path("reportYear").asInt()).isEqualTo(2022);
        assertThat(stored.path("findings").get(0).path("code").asText()).isEqualTo("FEE_STATEMENT_MISSING");

        verify(behaviourFilter, atLeastOnce()).disableBehaviour(report);
        verify(behaviourFilter, atLeastOnce()).enableBehaviour(report);
        verify(reviewService).onAnalysisCompleted(report);
    }

    @Test
    void aDatedReportIsWrittenWithItsDocumentAndPublicationDatesAsDDate() throws IOException
    {
        byte[] dated = resource(SEED_003);
        content("store://2026/1/20/seed-003.bin", "text/plain", dated);

        service.run(report, false);

        Map<QName, Serializable> written = lastWrite();
        Date day = Date.from(LocalDate.of(2021, 1, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(written).containsEntry(AnnualReportModel.PROP_DOCUMENT_DATE, day)
                .containsEntry(AnnualReportModel.PROP_PUBLICATION_DATE, day)
                .containsEntry(AnnualReportModel.PROP_REPORT_YEAR, 2020)
                .containsEntry(AnnualReportModel.PROP_INDEX_NUMBER, "hedongquhd0101/2021-0000025");
        assertThat(StoredResult.readTree(storedJson()).path("identity").path("documentDate").asText()).isEqualTo("2021-01-31");
    }

    @Test
    void anEmptyFileEndsUnreadableFileIsEmptyWithoutTheEngine()
    {
        ReportAnalyzer engine = mock(ReportAnalyzer.class);
        service.setAnalyzer(engine);
        content("store://2026/1/20/empty.bin", "text/plain", new byte[0]);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "UNREADABLE")
                .containsEntry(AnnualReportModel.PROP_STATUS_REASON, "文件为空");
        verifyNoInteractions(engine);
        verify(reviewService).onAnalysisCompleted(report);
    }

    @Test
    void aGarbageUploadIsTheFilesFaultAndEndsUnreadableAtOnce()
    {
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'G';
        props.put(ContentModel.PROP_NAME, "report.docx");
        content("store://2026/1/20/garbage.bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", garbage);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(run.status()).isEqualTo("UNREADABLE");
        Map<QName, Serializable> written = lastWrite();
        assertThat(written).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "UNREADABLE")
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, null);
        assertThat((String) written.get(AnnualReportModel.PROP_STATUS_REASON)).startsWith(UnreadableReason.CORRUPT.message())
                .doesNotContain("不是报告的问题");
        verifyNoInteractions(pdfText);
        verify(reviewService).onAnalysisCompleted(report);
    }

    // ---------------------------------------------------------------- the installation's failures: PENDING, retried

    @Test
    void anEngineDefectKeepsTheReportPendingWithARetryAndLeavesTheReviewAlone()
    {
        ReportAnalyzer broken = mock(ReportAnalyzer.class);
        when(broken.analyze(any(byte[].class), anyString(), any())).thenThrow(new IllegalStateException("parser exploded"));
        service.setAnalyzer(broken);
        props.put(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 2);
        props.put(AnnualReportModel.PROP_PENDING_SINCE, at(NOW.minus(Duration.ofMinutes(5))));

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.POSTPONED);
        assertThat(run.status()).isEqualTo("PENDING");
        Map<QName, Serializable> written = lastWrite();
        // third attempt: 1, 2, 4 minutes
        assertThat(written).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 3)
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, at(NOW.plus(Duration.ofMinutes(4))))
                .doesNotContainKey(AnnualReportModel.PROP_PENDING_SINCE);
        assertThat((String) written.get(AnnualReportModel.PROP_STATUS_REASON)).contains("分析程序出错")
                .contains("parser exploded").contains("不是报告的问题").contains("第 3 次尝试").contains("2026-01-20 10:34");
        assertThat(props).containsEntry(AnnualReportModel.PROP_PENDING_SINCE, at(NOW.minus(Duration.ofMinutes(5))));
        verify(jsonWriter, never()).putContent(anyString());
        verifyNoInteractions(reviewService);
    }

    @Test
    void anOutOfMemoryErrorInTheEngineIsTheInstallationsToo()
    {
        ReportAnalyzer broken = mock(ReportAnalyzer.class);
        when(broken.analyze(any(byte[].class), anyString(), any())).thenThrow(new OutOfMemoryError("Java heap space"));
        service.setAnalyzer(broken);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.POSTPONED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 1)
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, at(NOW.plus(Duration.ofMinutes(1))));
        verifyNoInteractions(reviewService);
    }

    @Test
    void anEngineResultThatBlamesTheInstallationKeepsTheReportPending()
    {
        ReportAnalyzer engine = mock(ReportAnalyzer.class);
        when(engine.analyze(any(byte[].class), anyString(), any())).thenReturn(ReportAnalysisServiceImpl.unreadable("report.txt",
                UnreadableReason.PARSER_UNAVAILABLE, ReportAnalysisServiceImpl.sha256(seed)));
        service.setAnalyzer(engine);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.POSTPONED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING");
        assertThat((String) lastWrite().get(AnnualReportModel.PROP_STATUS_REASON))
                .startsWith(UnreadableReason.PARSER_UNAVAILABLE.message()).contains("不是报告的问题");
        verifyNoInteractions(reviewService);
    }

    // ---------------------------------------------------------------- PDF: text from the transform service

    private void pdf()
    {
        props.put(ContentModel.PROP_NAME, "report.pdf");
        content("store://2026/1/20/report.pdf", "application/pdf", "%PDF-1.4 not parsed here".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPdfIsAnalysedAsTheTextTheTransformServiceGives()
    {
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        service.setAnalyzer(engine);
        pdf();
        String text = new String(seed, StandardCharsets.UTF_8);
        when(pdfText.textOf(report, "report.pdf", service.limits().maxCharacters())).thenReturn(PdfText.Outcome.of(text));

        AnalysisRun run = service.run(report, false);

        verify(engine).analyzeText(eq(text), eq("report.pdf"), any());
        verify(engine, never()).analyze(any(byte[].class), anyString(), any());
        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_REPORT_YEAR, 2022)
                .containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID_WITH_WARNINGS");
    }

    @Test
    void aTransformServiceThatIsDownKeepsAPdfPendingAndLeavesTheReviewAlone()
    {
        pdf();
        when(pdfText.textOf(any(), anyString(), anyInt())).thenReturn(PdfText.Outcome.failed(Blame.INSTALLATION,
                UnreadableReason.PARSER_UNAVAILABLE, "PDF 文本转换服务不可用（未配置或尚未启动）"));

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.POSTPONED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_STATUS_REASON,
                        "PDF 文本转换服务不可用（未配置或尚未启动）。不是报告的问题，第 1 次尝试，系统将于 2026-01-20 10:31 自动重试")
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, at(NOW.plus(Duration.ofMinutes(1))))
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 1)
                .containsEntry(AnnualReportModel.PROP_PENDING_SINCE, at(NOW));
        verify(jsonWriter, never()).putContent(anyString());
        verifyNoInteractions(reviewService);
    }

    @Test
    void aPdfConversionFailureWhileTheServiceWorksIsRetriedOnce()
    {
        pdf();
        when(pdfText.textOf(any(), anyString(), anyInt())).thenReturn(PdfText.Outcome.failed(Blame.DOUBTFUL,
                UnreadableReason.CORRUPT, "PDF 文件无法转换为文本（bad xref）"));

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.POSTPONED);
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 1);
        verifyNoInteractions(reviewService);
    }

    @Test
    void aPdfConversionFailureSeenTheSecondTimeIsTheFilesAndReachesTheReview()
    {
        pdf();
        props.put(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 1);
        when(pdfText.textOf(any(), anyString(), anyInt())).thenReturn(PdfText.Outcome.failed(Blame.DOUBTFUL,
                UnreadableReason.CORRUPT, "PDF 文件无法转换为文本（bad xref）"));

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(run.status()).isEqualTo("UNREADABLE");
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "UNREADABLE")
                .containsEntry(AnnualReportModel.PROP_STATUS_REASON, "PDF 文件无法转换为文本（bad xref）")
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, null)
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, null);
        verify(jsonWriter).putContent(anyString());
        verify(reviewService).onAnalysisCompleted(report);
    }

    @Test
    void aPdfWhoseTextIsOverTheLimitIsTheFilesAtOnce()
    {
        pdf();
        when(pdfText.textOf(any(), anyString(), anyInt())).thenReturn(PdfText.Outcome.failed(Blame.FILE,
                UnreadableReason.TOO_MUCH_TEXT, "文本超过长度限制（9000000 > 8000000 bytes of text）"));

        AnalysisRun run = service.run(report, false);

        assertThat(run.status()).isEqualTo("UNREADABLE");
        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_STATUS_REASON, "文本超过长度限制（9000000 > 8000000 bytes of text）");
        verify(reviewService).onAnalysisCompleted(report);
    }

    // ---------------------------------------------------------------- what is analysed at all

    @Test
    void unchangedContentAlreadyValidatedIsSkipped()
    {
        ReportAnalyzer engine = mock(ReportAnalyzer.class);
        service.setAnalyzer(engine);
        props.put(AnnualReportModel.PROP_CONTENT_HASH, ReportAnalysisServiceImpl.sha256(seed));
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.SKIPPED);
        verify(nodeService, never()).addProperties(any(), anyMap());
        verifyNoInteractions(engine, reviewService);
    }

    @Test
    void aForcedRunAnalysesUnchangedContentAgain()
    {
        props.put(AnnualReportModel.PROP_CONTENT_HASH, ReportAnalysisServiceImpl.sha256(seed));
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");

        AnalysisRun run = service.run(report, true);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        verify(jsonWriter).putContent(anyString());
    }

    @Test
    void workingCopiesAndVanishedNodesAreSkipped()
    {
        when(nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);
        assertThat(service.run(report, true).outcome()).isEqualTo(AnalysisRun.Outcome.SKIPPED);

        when(nodeService.exists(report)).thenReturn(false);
        assertThat(service.run(report, true).outcome()).isEqualTo(AnalysisRun.Outcome.SKIPPED);
        verify(nodeService, never()).addProperties(any(), anyMap());
        verifyNoInteractions(reviewService);
    }

    @Test
    void aResultOfContentReplacedDuringTheAnalysisIsNotWritten()
    {
        ContentData other = new ContentData("store://2026/1/20/newer.bin", "text/plain", 10, "UTF-8");
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        org.mockito.Mockito.doAnswer(inv -> {
            props.put(ContentModel.PROP_CONTENT, other); // a new version arrives while the engine runs
            return inv.callRealMethod();
        }).when(engine).analyze(any(byte[].class), anyString(), any());
        service.setAnalyzer(engine);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.SKIPPED);
        verify(nodeService, never()).addProperties(any(), anyMap());
        verifyNoInteractions(reviewService);
    }

    @Test
    void aReviewWorkflowFailureDoesNotUndoTheAnalysis()
    {
        doThrow(new IllegalStateException("no workflow engine")).when(reviewService).onAnalysisCompleted(report);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        verify(jsonWriter).putContent(anyString());
    }

    // ---------------------------------------------------------------- agency: the folder's, never the text's

    @Test
    void thePreviousReportIsTheAgencyGroupsFoundInTheSameEngineRunAndNamedByItsFileName()
    {
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        service.setAnalyzer(engine);
        props.put(AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡人民政府");
        props.put(AnnualReportModel.PROP_AGENCY_GROUP, GROUP);
        NodeRef ours = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "guandian-2021");
        NodeRef foreign = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "huaxian-2021");
        when(reportSearch.findByAgencyGroupAndYear(GROUP, 2021, report)).thenReturn(List.of(ours, foreign));
        previousReport(ours, GROUP, "息县关店乡2021年报.docx", 7, NOW.minus(Duration.ofDays(300)));
        // another agency's report that the query should not have returned, validated later: ignored all the same
        previousReport(foreign, "GROUP_AR_AGENCY_HUAXIAN", "滑县2021年报.docx", 5, NOW.minus(Duration.ofDays(1)));

        AnalysisRun run = service.run(report, false);

        verify(engine, times(1)).analyze(any(byte[].class), eq("report.txt"), any());
        verify(reportSearch, times(1)).findByAgencyGroupAndYear(GROUP, 2021, report);
        verify(contentService, never()).getReader(foreign, AnnualReportModel.PROP_VALIDATION_RESULT);
        assertThat(run.status()).isEqualTo("INVALID");
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) lastWrite().get(AnnualReportModel.PROP_FINDINGS);
        assertThat(findings).anySatisfy(f -> assertThat(f).contains("CARRY_OVER_MISMATCH").contains("应为 7")
                .contains("息县关店乡2021年报.docx"));
        assertThat(String.join("\n", findings)).doesNotContain("workspace://").doesNotContain(ours.getId())
                .doesNotContain("滑县2021年报.docx");
    }

    private void previousReport(NodeRef node, String group, String name, int carriedForward, Instant validatedAt)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, name);
        p.put(AnnualReportModel.PROP_AGENCY_GROUP, group);
        p.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        p.put(AnnualReportModel.PROP_VALIDATED_AT, at(validatedAt));
        when(nodeService.getProperties(node)).thenReturn(p);
        ContentReader stored = mock(ContentReader.class);
        when(stored.exists()).thenReturn(true);
        when(stored.getContentString()).thenReturn("""
                {"status":"VALID","reportYear":2021,"tables":{"t3":{"rows":{"CARRIED_FORWARD":{
                  "NATURAL_PERSON":{"kind":"NUMBER","value":%d,"raw":"%d"},
                  "COMMERCIAL_ENTERPRISE":{"kind":"BLANK","raw":""},
                  "TOTAL":{"kind":"NUMBER","value":%d,"raw":"%d"}}}}}}""".formatted(carriedForward, carriedForward,
                carriedForward, carriedForward));
        when(contentService.getReader(node, AnnualReportModel.PROP_VALIDATION_RESULT)).thenReturn(stored);
    }

    @Test
    void aReportWithoutAnAgencyGroupLooksUpNoPreviousReport()
    {
        service.run(report, false);

        verify(reportSearch, never()).findByAgencyGroupAndYear(anyString(), anyInt(), any());
    }

    @Test
    void theAgencyFoldersNameReachesTheEngineAsTheExpectedAgency()
    {
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        service.setAnalyzer(engine);
        // seed 001 is 息县关店乡人民政府's report, uploaded into 滑县人民政府办公室's folder
        props.put(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");
        props.put(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_HUAXIAN");

        service.run(report, false);

        ArgumentCaptor<AnalysisOptions> options = ArgumentCaptor.forClass(AnalysisOptions.class);
        verify(engine).analyze(any(byte[].class), eq("report.txt"), options.capture());
        assertThat(options.getValue().expectedAgency()).isEqualTo("滑县人民政府办公室");
        assertThat(codes(lastWrite())).contains("AGENCY_MISMATCH");
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) lastWrite().get(AnnualReportModel.PROP_FINDINGS);
        assertThat(findings).anySatisfy(f -> assertThat(f).contains("息县关店乡人民政府").contains("滑县人民政府办公室"));
    }

    @Test
    void aReportInItsOwnAgencysFolderHasNoAgencyMismatch()
    {
        props.put(AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡人民政府");

        service.run(report, false);

        assertThat(codes(lastWrite())).doesNotContain("AGENCY_MISMATCH");
    }

    // ---------------------------------------------------------------- cluster lock, pool, switch

    @Test
    void aReportThatAnotherNodeHoldsTheLockOfIsSkippedWithoutReadingIt()
    {
        QName lock = QName.createQName(AnnualReportModel.URI, "analysis." + report.getId());
        when(jobLockService.getLock(eq(lock), anyLong(), anyLong(), anyInt())).thenThrow(new LockAcquisitionException(lock, "other"));

        AnalysisRun run = service.analyseNow(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.SKIPPED);
        assertThat(run.detail()).contains("另一个服务器节点");
        verify(nodeService, never()).getProperties(any());
        verify(contentService, never()).getReader(any(), any());
        verify(nodeService, never()).addProperties(any(), anyMap());
        verify(jobLockService, never()).releaseLock(anyString(), any());
    }

    @Test
    void anAnalysisRunsAsSystemUnderTheReportsLockAndReleasesIt()
    {
        QName lock = QName.createQName(AnnualReportModel.URI, "analysis." + report.getId());
        List<String> users = new ArrayList<>();
        when(nodeService.getProperties(report)).thenAnswer(inv -> {
            users.add(AuthenticationUtil.getRunAsUser());
            return new HashMap<>(props);
        });

        AnalysisRun run = TestAuthentication.as("clerk", () -> service.analyseNow(report, false));

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(users).isNotEmpty().containsOnly(AuthenticationUtil.getSystemUserName());
        verify(jobLockService).getLock(eq(lock), eq(300_000L), eq(0L), eq(0));
        verify(jobLockService).releaseLock("lock-token", lock);
    }

    @Test
    void aRequestMarksThePendingStateAndQueuesOneRunAfterCommit()
    {
        TransactionSynchronizationManager.initSynchronization();

        service.requestAnalysis(report);
        service.requestAnalysis(report, true); // twice in one transaction: one run, forced

        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_STATUS_REASON, null)
                .containsEntry(AnnualReportModel.PROP_PENDING_SINCE, at(NOW))
                .containsEntry(AnnualReportModel.PROP_RETRY_AT, null)
                .containsEntry(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, 0);
        assertThat(pool).isEmpty();

        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(pool).hasSize(1);
        assertThat(service.isQueued(report)).isTrue();
        // forced: unchanged, already validated content is analysed again
        props.put(AnnualReportModel.PROP_CONTENT_HASH, ReportAnalysisServiceImpl.sha256(seed));
        pool.get(0).run();
        verify(jsonWriter).putContent(anyString());
        assertThat(service.isQueued(report)).isFalse();
    }

    @Test
    void nothingIsQueuedWhenTheTransactionRollsBack()
    {
        TransactionSynchronizationManager.initSynchronization();

        service.requestAnalysis(report);
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(pool).isEmpty();
        assertThat(service.isQueued(report)).isFalse();
    }

    /** Ends the test's transaction as Spring's transaction manager does: synchronisations cleared, then told. */
    private static void complete(int status)
    {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Test
    void aRequestWhileTheAnalysisIsSwitchedOffMarksPendingWithThePausedReasonAndQueuesNothing()
    {
        service.setEnabled(false);
        TransactionSynchronizationManager.initSynchronization();

        service.requestAnalysis(report, true);

        assertThat(lastWrite()).containsEntry(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING")
                .containsEntry(AnnualReportModel.PROP_STATUS_REASON,
                        "自动校验已暂停（annual-report.analysis.enabled=false），恢复后将自动校验")
                .containsEntry(AnnualReportModel.PROP_PENDING_SINCE, at(NOW));
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
        assertThat(service.queue(report, true)).isFalse();
        assertThat(pool).isEmpty();
        assertThat(service.isQueued(report)).isFalse();
    }

    @Test
    void aWorkingCopyIsNeitherMarkedNorQueued()
    {
        when(nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);
        TransactionSynchronizationManager.initSynchronization();

        service.requestAnalysis(report);

        verify(nodeService, never()).addProperties(any(), anyMap());
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
    }

    @Test
    void aFullPoolLeavesTheReportPendingForTheSweep()
    {
        service.setExecutor(task -> {
            throw new RejectedExecutionException("queue full");
        });

        assertThat(service.queue(report, false)).isFalse();

        assertThat(service.isQueued(report)).isFalse();
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void aReportAlreadyInThePoolIsNotHandedOverTwice()
    {
        assertThat(service.queue(report, false)).isTrue();
        assertThat(service.queue(report, false)).isFalse();

        assertThat(pool).hasSize(1);
        assertThat(service.isQueued(report)).isTrue();
    }

    @Test
    void anErrorInsideAQueuedRunNeverEscapesThePoolThread()
    {
        when(jobLockService.getLock(any(QName.class), anyLong(), anyLong(), anyInt())).thenThrow(new OutOfMemoryError("Java heap space"));
        service.queue(report, false);

        assertThatCode(() -> pool.get(0).run()).doesNotThrowAnyException();

        assertThat(service.isQueued(report)).isFalse();
        // the next sweep may hand it over again
        assertThat(service.queue(report, false)).isTrue();
    }
}
