package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.extensions.webscripts.WebScriptException;

import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/** GET /annual-report/validation/{store_type}/{store_id}/{id}. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ValidationGetTest
{
    private static final String STORED = "{\"status\":\"INVALID\",\"reportYear\":2023,\"findings\":[{\"code\":\"T3_BALANCE\"}]}";

    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "1f0d2c3b-report");

    @Mock NodeService nodeService;
    @Mock ContentService contentService;
    @Mock PermissionService permissionService;
    @Mock DictionaryService dictionaryService;

    private ValidationGet webScript;
    private final Map<QName, Serializable> props = new HashMap<>();

    @BeforeEach
    void setUp()
    {
        webScript = new ValidationGet();
        webScript.setNodeService(nodeService);
        webScript.setContentService(contentService);
        webScript.setPermissionService(permissionService);
        webScript.setDictionaryService(dictionaryService);
        when(nodeService.exists(report)).thenReturn(true);
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        when(nodeService.getProperties(report)).thenReturn(props);
        props.put(ContentModel.PROP_NAME, "石泉县2023年报.docx");
        ContentReader stored = mock(ContentReader.class);
        when(stored.exists()).thenReturn(true);
        when(stored.getContentString()).thenReturn(STORED);
        when(contentService.getReader(report, AnnualReportModel.PROP_VALIDATION_RESULT)).thenReturn(stored);
    }

    private WebScriptMocks request(NodeRef node)
    {
        return new WebScriptMocks("json", Map.of("store_type", "workspace", "store_id", "SpacesStore", "id", node.getId()), Map.of());
    }

    private WebScriptException refusal(NodeRef node)
    {
        WebScriptMocks ws = request(node);
        return catchThrowableOfType(WebScriptException.class, () -> webScript.execute(ws.req, ws.res));
    }

    private JsonNode get() throws Exception
    {
        WebScriptMocks ws = request(report);
        webScript.execute(ws.req, ws.res);
        return StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingNodeIs404()
    {
        when(nodeService.exists(report)).thenReturn(false);

        assertThat(refusal(report).getStatus()).isEqualTo(404);
    }

    @Test
    void aReportTheCallerMayNotReadIsAnsweredExactlyAsAMissingOne()
    {
        // issue 12.9: 403 for another agency's report told that it exists
        NodeRef missing = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "9e8d7c6b-missing");
        when(nodeService.exists(missing)).thenReturn(false);
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.DENIED);

        WebScriptException unreadable = refusal(report);
        WebScriptException absent = refusal(missing);

        assertThat(unreadable.getStatus()).isEqualTo(404).isEqualTo(absent.getStatus());
        // the same text but for the node (WebScriptException numbers its messages)
        assertThat(unreadable.getMessage().replaceFirst("^\\d+ ", "").replace(report.getId(), "ID"))
                .isEqualTo(absent.getMessage().replaceFirst("^\\d+ ", "").replace(missing.getId(), "ID"));
    }

    @Test
    void aNodeThatIsNotAnAnnualReportIs404()
    {
        when(nodeService.getType(report)).thenReturn(ContentModel.TYPE_FOLDER);

        assertThat(refusal(report).getStatus()).isEqualTo(404);
    }

    @Test
    void returnsTheStatusTheReviewAndTheStoredEngineJson() throws Exception
    {
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        props.put(AnnualReportModel.PROP_ERROR_COUNT, 1);
        props.put(AnnualReportModel.PROP_VALIDATED_AT, Date.from(Instant.parse("2026-01-20T02:31:00Z")));
        props.put(AnnualReportModel.PROP_REVIEW_STATE, "RETURNED");

        JsonNode json = get();

        assertThat(json.path("nodeRef").asText()).isEqualTo(report.toString());
        assertThat(json.path("validationStatus").asText()).isEqualTo("INVALID");
        assertThat(json.path("errorCount").asInt()).isEqualTo(1);
        assertThat(json.path("validatedAt").asText()).isEqualTo("2026-01-20T02:31:00Z");
        assertThat(json.path("reviewState").asText()).isEqualTo("RETURNED");
        assertThat(json.path("pendingSince").isNull()).isTrue();
        assertThat(json.path("result").path("reportYear").asInt()).isEqualTo(2023);
        assertThat(json.path("result").path("findings").get(0).path("code").asText()).isEqualTo("T3_BALANCE");
    }

    @Test
    void aPendingReportShowsSinceWhenAndTheNextAttemptButNoResult() throws Exception
    {
        // the stored JSON is the previous content's until the analysis ends
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING");
        props.put(AnnualReportModel.PROP_STATUS_REASON, "PDF 文本转换服务不可用（未配置或尚未启动）。不是报告的问题，第 1 次尝试，系统将于 2026-01-20 10:31 自动重试");
        props.put(AnnualReportModel.PROP_PENDING_SINCE, Date.from(Instant.parse("2026-01-20T02:30:00Z")));
        props.put(AnnualReportModel.PROP_RETRY_AT, Date.from(Instant.parse("2026-01-20T02:31:00Z")));

        JsonNode json = get();

        assertThat(json.path("validationStatus").asText()).isEqualTo("PENDING");
        assertThat(json.path("statusReason").asText()).contains("不是报告的问题");
        assertThat(json.path("pendingSince").asText()).isEqualTo("2026-01-20T02:30:00Z");
        assertThat(json.path("retryAt").asText()).isEqualTo("2026-01-20T02:31:00Z");
        assertThat(json.has("result")).isTrue();
        assertThat(json.path("result").isNull()).isTrue();
    }
}
