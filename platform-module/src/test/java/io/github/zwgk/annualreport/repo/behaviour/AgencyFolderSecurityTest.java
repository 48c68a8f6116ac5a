package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AgencyFolderSecurityTest
{
    private final NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "agency-folder");

    @Mock PermissionService permissionService;
    @Mock AuthorityService authorityService;
    @Mock NodeService nodeService;

    private AgencyFolderSecurity security;
    private AgencyFolderBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        security = new AgencyFolderSecurity();
        security.setPermissionService(permissionService);
        security.setAuthorityService(authorityService);
        behaviour = new AgencyFolderBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setAgencyFolderSecurity(security);
        when(authorityService.authorityExists("GROUP_AR_AGENCY_HUAXIAN")).thenReturn(true);
        when(authorityService.authorityExists("GROUP_AR_AGENCY_XIXIAN")).thenReturn(true);
        when(nodeService.exists(folder)).thenReturn(true);
        when(nodeService.hasAspect(folder, AnnualReportModel.ASPECT_AGENCY_FOLDER)).thenReturn(true);
    }

    @Test
    void markingAFolderClosesItToEveryoneButTheAgencyAndTheReviewers()
    {
        when(nodeService.getProperty(folder, AnnualReportModel.PROP_AGENCY_GROUP)).thenReturn("GROUP_AR_AGENCY_HUAXIAN");

        behaviour.onAddAspect(folder, AnnualReportModel.ASPECT_AGENCY_FOLDER);

        verify(permissionService).setInheritParentPermissions(folder, false);
        verify(permissionService).setPermission(folder, "GROUP_AR_AGENCY_HUAXIAN", "Collaborator", true);
        verify(permissionService).setPermission(folder, AnnualReportModel.GROUP_REVIEWERS, PermissionService.CONSUMER, true);
    }

    @Test
    void changingTheAgencyGroupMovesThePermission()
    {
        behaviour.onUpdateProperties(folder,
                java.util.Map.of(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_HUAXIAN"),
                java.util.Map.of(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_XIXIAN"));

        verify(permissionService).deletePermission(folder, "GROUP_AR_AGENCY_HUAXIAN", "Collaborator");
        verify(permissionService).setPermission(folder, "GROUP_AR_AGENCY_XIXIAN", "Collaborator", true);
    }

    @Test
    void groupThatDoesNotExistIsRefusedBeforeAnyPermissionChanges()
    {
        assertThatThrownBy(() -> security.secure(folder, null, "GROUP_AR_AGENCY_NOBODY"))
                .isInstanceOf(AlfrescoRuntimeException.class).hasMessageContaining("GROUP_AR_AGENCY_NOBODY");
        assertThatThrownBy(() -> security.secure(folder, null, "huaxian-clerks"))
                .isInstanceOf(AlfrescoRuntimeException.class);
        verify(permissionService, never()).setPermission(any(NodeRef.class), anyString(), anyString(), anyBoolean());
        verify(permissionService, never()).setInheritParentPermissions(any(NodeRef.class), anyBoolean());
    }
}
