package io.github.zwgk.annualreport.repo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.transform.UnsupportedTransformationException;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.engine.AnalysisOptions;
import io.github.zwgk.annualreport.engine.ReportAnalyzer;
import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.rules.PreviousReport;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;
import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/** The worker against mocked repository services and the real engine on a real report (seed 001, 息县关店乡 2022). */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportAnalysisServiceImplTest
{
    private static final String SEED = "/seeds/001_ffad424fff7c1b23.txt";

    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");
    private final NodeRef lastYear = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report-2021");

    @Mock NodeService nodeService;
    @Mock ContentService contentService;
    @Mock DictionaryService dictionaryService;
    @Mock TransactionService transactionService;
    @Mock RetryingTransactionHelper txn;
    @Mock BehaviourFilter behaviourFilter;
    @Mock SynchronousTransformClient transformClient;
    @Mock ReportSearch reportSearch;
    @Mock ReportReviewService reviewService;
    @Mock ContentWriter jsonWriter;

    private ReportAnalysisServiceImpl service;
    private byte[] seed;
    private Map<QName, Serializable> props;

    @BeforeEach
    void setUp() throws Exception
    {
        try (InputStream in = getClass().getResourceAsStream(SEED))
        {
            seed = in.readAllBytes();
        }
        service = new ReportAnalysisServiceImpl();
        service.setNodeService(nodeService);
        service.setContentService(contentService);
        service.setDictionaryService(dictionaryService);
        service.setTransactionService(transactionService);
        service.setBehaviourFilter(behaviourFilter);
        service.setSynchronousTransformClient(transformClient);
        service.setReportSearch(reportSearch);
        service.setReportReviewService(reviewService);
        service.setExecutor(Runnable::run);

        when(transactionService.getRetryingTransactionHelper()).thenReturn(txn);
        when(txn.doInTransaction(any(), anyBoolean(), anyBoolean()))
                .thenAnswer(inv -> inv.<RetryingTransactionCallback<?>>getArgument(0).execute());

        props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, "report.txt");
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, AnnualReportModel.STATUS_PENDING);
        content("store://2024/1/31/seed.bin", "text/plain", seed);

        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        when(nodeService.getProperties(report)).thenAnswer(inv -> new HashMap<>(props));
        when(nodeService.getProperty(report, ContentModel.PROP_CONTENT)).thenAnswer(inv -> props.get(ContentModel.PROP_CONTENT));
        when(contentService.getWriter(report, AnnualReportModel.PROP_VALIDATION_RESULT, true)).thenReturn(jsonWriter);
        when(reportSearch.findByAgencyAndYear(anyString(), anyInt(), any())).thenReturn(List.of());
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

    private Map<QName, Serializable> writtenProperties()
    {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(nodeService, atLeastOnce()).addProperties(eq(report), captor.capture());
        return captor.getValue();
    }

    private AnalysisResult engineOnSeed(AnalysisOptions options)
    {
        return new ReportAnalyzer().analyze(new ByteArrayInputStream(seed), "report.txt", options);
    }

    @Test
    void writesEveryPropertyAndTheJsonFromTheEngineResultOfARealReport() throws IOException
    {
        AnalysisRun run = service.run(report, false);

        AnalysisResult expected = engineOnSeed(new AnalysisOptions(service.limits(), null));
        Map<QName, Serializable> written = writtenProperties();
        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(written.get(AnnualReportModel.PROP_VALIDATION_STATUS)).isEqualTo(expected.status().name()).isNotEqualTo("PENDING");
        // the title says 息县关店乡人民政府2022年政府信息公开工作年度报告
        assertThat(written.get(AnnualReportModel.PROP_REPORT_YEAR)).isEqualTo(2022);
        assertThat((String) written.get(AnnualReportModel.PROP_REPORTED_AGENCY)).contains("关店乡");
        // no folder gave an agency: the report's own name fills it
        assertThat(written.get(AnnualReportModel.PROP_AGENCY_NAME)).isEqualTo(written.get(AnnualReportModel.PROP_REPORTED_AGENCY));
        for (String field : Summary.FIELD_NAMES)
        {
            assertThat(written).containsKey(QName.createQName(AnnualReportModel.URI, field));
        }
        assertThat(written.get(AnnualReportModel.PROP_APPLICATIONS_NEW)).isEqualTo(expected.summary().applicationsNew());
        assertThat(written.get(AnnualReportModel.PROP_FINDINGS)).isEqualTo(FindingLines.lines(expected.findings()));
        assertThat(written.get(AnnualReportModel.PROP_FINDING_CODES)).isEqualTo(FindingLines.codes(expected.findings()));
        assertThat(written.get(AnnualReportModel.PROP_ERROR_COUNT)).isEqualTo((int) expected.count(
                io.github.zwgk.annualreport.engine.model.Severity.ERROR));
        assertThat(written.get(AnnualReportModel.PROP_CONTENT_HASH)).isEqualTo(ReportAnalysisServiceImpl.sha256(seed));
        assertThat(written.get(AnnualReportModel.PROP_VALIDATED_AT)).isInstanceOf(Date.class);

        ArgumentCaptor<String> json = ArgumentCaptor.forClass(String.class);
        verify(jsonWriter).setMimetype("application/json");
        verify(jsonWriter).setEncoding("UTF-8");
        verify(jsonWriter).putContent(json.capture());
        JsonNode stored = StoredResultJson.readTree(json.getValue());
        assertThat(stored.path("status").asText()).isEqualTo(expected.status().name());
        assertThat(stored.path("reportYear").asInt()).isEqualTo(2022);

        verify(behaviourFilter, atLeastOnce()).disableBehaviour(report);
        verify(behaviourFilter, atLeastOnce()).enableBehaviour(report);
        verify(reviewService).onAnalysisCompleted(report);
    }

    @Test
    void engineFailureLeavesTheReportUnreadableWithTheReason()
    {
        ReportAnalyzer broken = mock(ReportAnalyzer.class);
        when(broken.analyze(any(InputStream.class), anyString(), any())).thenThrow(new IllegalStateException("parser exploded"));
        service.setAnalyzer(broken);

        AnalysisRun run = service.run(report, false);

        Map<QName, Serializable> written = writtenProperties();
        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.FAILED);
        assertThat(written.get(AnnualReportModel.PROP_VALIDATION_STATUS)).isEqualTo("UNREADABLE");
        assertThat((String) written.get(AnnualReportModel.PROP_STATUS_REASON)).contains("分析失败").contains("parser exploded");
        verify(nodeService, never()).deleteNode(any());
    }

    @Test
    void emptyFileEndsUnreadableFileIsEmptyInsteadOfStayingPending()
    {
        ReportAnalyzer engine = mock(ReportAnalyzer.class);
        service.setAnalyzer(engine);
        content("store://2024/1/31/empty.bin", "text/plain", new byte[0]);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(writtenProperties().get(AnnualReportModel.PROP_VALIDATION_STATUS)).isEqualTo("UNREADABLE");
        assertThat(writtenProperties().get(AnnualReportModel.PROP_STATUS_REASON)).isEqualTo("文件为空");
        verifyNoInteractions(engine);
    }

    @Test
    void contentAlreadyValidatedIsSkipped()
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
    void forcedRunAnalysesUnchangedContentAgain()
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
    }

    @Test
    void previousYearReportOfTheSameAgencyFeedsTheCarryOverRule()
    {
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        service.setAnalyzer(engine);
        when(reportSearch.findByAgencyAndYear(anyString(), eq(2021), eq(report))).thenReturn(List.of(lastYear));
        Map<QName, Serializable> lastYearProps = new HashMap<>();
        lastYearProps.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        lastYearProps.put(AnnualReportModel.PROP_VALIDATED_AT, new Date());
        when(nodeService.getProperties(lastYear)).thenReturn(lastYearProps);
        ContentReader stored = mock(ContentReader.class);
        when(stored.exists()).thenReturn(true);
        when(stored.getContentString()).thenReturn("""
                {"status":"VALID","reportYear":2021,"tables":{"t3":{"rows":{"CARRIED_FORWARD":{
                  "NATURAL_PERSON":{"kind":"NUMBER","value":2,"raw":"2"},
                  "COMMERCIAL_ENTERPRISE":{"kind":"BLANK","raw":""},
                  "TOTAL":{"kind":"NUMBER","value":2,"raw":"2"}}}}}}""");
        when(contentService.getReader(lastYear, AnnualReportModel.PROP_VALIDATION_RESULT)).thenReturn(stored);

        service.run(report, false);

        ArgumentCaptor<AnalysisOptions> options = ArgumentCaptor.forClass(AnalysisOptions.class);
        verify(engine, times(2)).analyze(any(InputStream.class), eq("report.txt"), options.capture());
        PreviousReport previous = options.getAllValues().get(1).previousReport();
        assertThat(previous.reportYear()).isEqualTo(2021);
        assertThat(previous.carriedForward()).isEqualTo(Map.of(Table3Column.NATURAL_PERSON, new BigDecimal("2"),
                Table3Column.TOTAL, new BigDecimal("2")));
        assertThat(previous.source()).isEqualTo(lastYear.toString());
    }

    @Test
    void reviewWorkflowFailureDoesNotUndoTheAnalysis()
    {
        doThrow(new IllegalStateException("no workflow engine")).when(reviewService).onAnalysisCompleted(report);

        AnalysisRun run = service.run(report, false);

        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        verify(jsonWriter).putContent(anyString());
    }

    @Test
    void pdfIsReadThroughTheTransformServiceAsPlainText()
    {
        ReportAnalyzer engine = spy(new ReportAnalyzer());
        service.setAnalyzer(engine);
        props.put(ContentModel.PROP_NAME, "report.pdf");
        content("store://2024/1/31/seed.pdf", "application/pdf", seed);
        ContentWriter temp = mock(ContentWriter.class);
        ContentReader text = mock(ContentReader.class);
        when(contentService.getTempWriter()).thenReturn(temp);
        when(temp.getReader()).thenReturn(text);
        when(text.exists()).thenReturn(true);
        String seedText = new String(seed, StandardCharsets.UTF_8);
        when(text.getContentString()).thenReturn(seedText);

        AnalysisRun run = service.run(report, false);

        verify(temp).setMimetype("text/plain");
        verify(transformClient).transform(any(ContentReader.class), eq(temp), anyMap(), isNull(), eq(report));
        verify(engine, atLeastOnce()).analyzeText(eq(seedText), eq("report.pdf"), any());
        verify(engine, never()).analyze(any(InputStream.class), anyString(), any());
        assertThat(run.outcome()).isEqualTo(AnalysisRun.Outcome.ANALYSED);
        assertThat(writtenProperties().get(AnnualReportModel.PROP_REPORT_YEAR)).isEqualTo(2022);
    }

    @Test
    void formatNoTransformerReadsEndsUnreadableUnsupported()
    {
        content("store://2024/1/31/seed.bin", "application/octet-stream", seed);
        when(contentService.getTempWriter()).thenReturn(mock(ContentWriter.class));
        doThrow(new UnsupportedTransformationException("no transformer")).when(transformClient)
                .transform(any(ContentReader.class), any(ContentWriter.class), anyMap(), isNull(), eq(report));

        service.run(report, false);

        Map<QName, Serializable> written = writtenProperties();
        assertThat(written.get(AnnualReportModel.PROP_VALIDATION_STATUS)).isEqualTo("UNREADABLE");
        assertThat((String) written.get(AnnualReportModel.PROP_STATUS_REASON)).startsWith("不支持的文件格式");
    }
}
