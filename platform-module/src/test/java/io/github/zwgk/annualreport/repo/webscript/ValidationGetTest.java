package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
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

import io.github.zwgk.annualreport.repo.analysis.StoredResultJson;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ValidationGetTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "1f0d2c3b-report");
    private final Map<String, String> vars = Map.of("store_type", "workspace", "store_id", "SpacesStore", "id", report.getId());

    @Mock NodeService nodeService;
    @Mock ContentService contentService;
    @Mock PermissionService permissionService;
    @Mock DictionaryService dictionaryService;

    private ValidationGet webScript;

    @BeforeEach
    void setUp()
    {
        webScript = new ValidationGet();
        webScript.setNodeService(nodeService);
        webScript.setContentService(contentService);
        webScript.setPermissionService(permissionService);
        webScript.setDictionaryService(dictionaryService);
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
    }

    @Test
    void missingNodeIs404()
    {
        when(nodeService.exists(report)).thenReturn(false);
        WebScriptMocks ws = new WebScriptMocks("json", vars, Map.of());

        assertThatThrownBy(() -> webScript.execute(ws.req, ws.res)).isInstanceOf(WebScriptException.class)
                .satisfies(e -> assertThat(((WebScriptException) e).getStatus()).isEqualTo(404));
    }

    @Test
    void nodeThatIsNotAnAnnualReportIs404()
    {
        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getType(report)).thenReturn(ContentModel.TYPE_FOLDER);
        WebScriptMocks ws = new WebScriptMocks("json", vars, Map.of());

        assertThatThrownBy(() -> webScript.execute(ws.req, ws.res)).isInstanceOf(WebScriptException.class)
                .satisfies(e -> assertThat(((WebScriptException) e).getStatus()).isEqualTo(404));
    }

    @Test
    void returnsTheStatusAndTheStoredEngineJson() throws Exception
    {
        when(nodeService.exists(report)).thenReturn(true);
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, "石泉县2023年报.docx");
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "INVALID");
        props.put(AnnualReportModel.PROP_ERROR_COUNT, 1);
        when(nodeService.getProperties(report)).thenReturn(props);
        ContentReader stored = mock(ContentReader.class);
        when(stored.exists()).thenReturn(true);
        when(stored.getContentString()).thenReturn("{\"status\":\"INVALID\",\"reportYear\":2023,\"findings\":[{\"code\":\"T3_BALANCE\"}]}");
        when(contentService.getReader(report, AnnualReportModel.PROP_VALIDATION_RESULT)).thenReturn(stored);
        WebScriptMocks ws = new WebScriptMocks("json", vars, Map.of());

        webScript.execute(ws.req, ws.res);

        JsonNode json = StoredResultJson.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("nodeRef").asText()).isEqualTo(report.toString());
        assertThat(json.path("validationStatus").asText()).isEqualTo("INVALID");
        assertThat(json.path("result").path("reportYear").asInt()).isEqualTo(2023);
        assertThat(json.path("result").path("findings").get(0).path("code").asText()).isEqualTo("T3_BALANCE");
    }
}
