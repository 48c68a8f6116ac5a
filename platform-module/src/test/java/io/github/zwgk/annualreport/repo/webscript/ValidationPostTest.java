package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.extensions.webscripts.WebScriptException;

import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.analysis.RevalidationGuard;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * POST /annual-report/validation/{store_type}/{store_id}/{id}: JSON only (a cross-site form post is refused), allowed to
 * whoever may re-validate the report, and asynchronous: the report turns PENDING and is analysed on the pool after
 * commit, never in the request thread (issue 13.3).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ValidationPostTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock NodeService nodeService;
    @Mock PermissionService permissionService;
    @Mock DictionaryService dictionaryService;
    @Mock AuthorityService authorityService;
    @Mock ReportAnalysisService analysis;

    private ValidationPost webScript;

    @BeforeEach
    void setUp()
    {
        RevalidationGuard guard = new RevalidationGuard();
        guard.setPermissionService(permissionService);
        guard.setAuthorityService(authorityService);
        webScript = new ValidationPost();
        webScript.setNodeService(nodeService);
        webScript.setPermissionService(permissionService);
        webScript.setDictionaryService(dictionaryService);
        webScript.setRevalidationGuard(guard);
        webScript.setReportAnalysisService(analysis);
        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(permissionService.hasPermission(report, PermissionService.WRITE)).thenReturn(AccessStatus.DENIED);
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", AnnualReportModel.GROUP_REVIEWERS));
        when(analysis.isEnabled()).thenReturn(true);
    }

    private WebScriptMocks request()
    {
        return new WebScriptMocks("json", Map.of("store_type", "workspace", "store_id", "SpacesStore", "id", report.getId()),
                Map.of());
    }

    @Test
    void aReviewerGets202PendingAndTheAnalysisIsQueuedForced() throws Exception
    {
        WebScriptMocks ws = request().json("{}");

        webScript.execute(ws.req, ws.res);

        verify(ws.res).setStatus(202);
        JsonNode json = StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("nodeRef").asText()).isEqualTo(report.toString());
        assertThat(json.path("validationStatus").asText()).isEqualTo("PENDING");
        assertThat(json.path("analysisEnabled").asBoolean()).isTrue();
        verify(analysis).requestAnalysis(report, true);
        // nothing is analysed in the request thread
        verify(analysis, never()).analyseNow(any());
        verify(analysis, never()).analyseNow(any(), anyBoolean());
    }

    @Test
    void aFormPostIsRefusedWith415BeforeAnythingElse()
    {
        WebScriptMocks ws = request().body("application/x-www-form-urlencoded", "");

        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(ws.req, ws.res));

        assertThat(e.getStatus()).isEqualTo(415);
        verifyNoInteractions(analysis);
    }

    @Test
    void aPlainTextPostIsRefusedWith415()
    {
        WebScriptMocks ws = request().body("text/plain", "{}");

        assertThat(catchThrowableOfType(WebScriptException.class, () -> webScript.execute(ws.req, ws.res)).getStatus())
                .isEqualTo(415);
        verifyNoInteractions(analysis);
    }

    @Test
    void aReaderWhoMayNotRevalidateGets403AndNothingIsQueued()
    {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE"));
        WebScriptMocks ws = request().json("{}");

        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(ws.req, ws.res));

        assertThat(e.getStatus()).isEqualTo(403);
        verifyNoInteractions(analysis);
    }

    @Test
    void aReportTheCallerMayNotReadIs404AndNothingIsQueued()
    {
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        WebScriptMocks ws = request().json("{}");

        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(ws.req, ws.res));

        assertThat(e.getStatus()).isEqualTo(404);
        verifyNoInteractions(analysis);
    }
}
