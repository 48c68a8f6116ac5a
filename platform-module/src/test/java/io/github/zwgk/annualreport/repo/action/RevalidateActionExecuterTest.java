package io.github.zwgk.annualreport.repo.action;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.action.Action;
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

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.analysis.RevalidationGuard;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * The 重新校验 action through ActionService, which checks no permission itself (issue 12.6): a clerk who may not
 * re-validate a report (another agency's) is refused and nothing is queued. The guard is the real one over mocked
 * permission and authority services (what the current user may do).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class RevalidateActionExecuterTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "other-agencys-report");

    @Mock NodeService nodeService;
    @Mock DictionaryService dictionaryService;
    @Mock PermissionService permissionService;
    @Mock AuthorityService authorityService;
    @Mock ReportAnalysisService analysis;

    private RevalidateActionExecuter executer;
    private final Action action = mock(Action.class);

    @BeforeEach
    void setUp()
    {
        RevalidationGuard guard = new RevalidationGuard();
        guard.setPermissionService(permissionService);
        guard.setAuthorityService(authorityService);
        executer = new RevalidateActionExecuter();
        executer.setBaseNodeService(nodeService);
        executer.setDictionaryService(dictionaryService);
        executer.setApplicableTypes(new String[] {AnnualReportModel.TYPE_ANNUAL_REPORT.toString()});
        executer.setNodeService(nodeService);
        executer.setReportAnalysisService(analysis);
        executer.setRevalidationGuard(guard);
        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_AR_AGENCY_GUANDIAN"));
        when(permissionService.hasPermission(any(NodeRef.class), any(String.class))).thenReturn(AccessStatus.DENIED);
    }

    @Test
    void aClerkOfAnotherAgencyIsRefusedAndNothingIsQueued()
    {
        assertThatThrownBy(() -> executer.executeImpl(action, report)).isInstanceOf(AccessDeniedException.class);

        verifyNoInteractions(analysis);
    }

    @Test
    void aReaderWhoMayNotWriteTheReportIsRefused()
    {
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);

        assertThatThrownBy(() -> executer.executeImpl(action, report)).isInstanceOf(AccessDeniedException.class);

        verify(analysis, never()).requestAnalysis(any(), anyBoolean());
    }

    @Test
    void theReportsAgencyHasItAnalysedAgainForced()
    {
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(permissionService.hasPermission(report, PermissionService.WRITE)).thenReturn(AccessStatus.ALLOWED);

        executer.executeImpl(action, report);

        verify(analysis).requestAnalysis(report, true);
    }

    @Test
    void aReviewerHasItAnalysedAgain()
    {
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", AnnualReportModel.GROUP_REVIEWERS));

        executer.executeImpl(action, report);

        verify(analysis).requestAnalysis(report, true);
    }

    @Test
    void aNodeThatIsNotAReportIsLeftAlone()
    {
        when(nodeService.getType(report)).thenReturn(ContentModel.TYPE_CONTENT);
        when(permissionService.hasPermission(any(NodeRef.class), any(String.class))).thenReturn(AccessStatus.ALLOWED);

        executer.executeImpl(action, report);

        verifyNoInteractions(analysis);
    }
}
