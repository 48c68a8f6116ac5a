package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.TestAuthentication;
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
        behaviour.setAuthorityService(authorityService);
        behaviour.setAgencyFolderSecurity(security);
        when(authorityService.hasAdminAuthority()).thenReturn(true); // an administrator, unless a test says otherwise
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

    // ---------------------------------------------------------------- only an administrator decides whose folder it is

    private static final String CLERK = "huaxian.clerk";

    private void asClerk(Runnable work)
    {
        when(authorityService.hasAdminAuthority()).thenReturn(false);
        TestAuthentication.as(CLERK, work);
    }

    @AfterEach
    void tearDown()
    {
        TestAuthentication.clear();
    }

    @Test
    void aClerkCannotMarkAFolderOfTheirOwnWithAnotherAgencysGroup()
    {
        // the clerk owns a folder they created, so Alfresco lets them change its permissions: the mark itself is refused
        when(nodeService.getProperty(folder, AnnualReportModel.PROP_AGENCY_GROUP)).thenReturn("GROUP_AR_AGENCY_XIXIAN");

        assertThatThrownBy(() -> asClerk(() -> behaviour.onAddAspect(folder, AnnualReportModel.ASPECT_AGENCY_FOLDER)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(CLERK);
        verify(permissionService, never()).setPermission(any(NodeRef.class), anyString(), anyString(), anyBoolean());
        verify(permissionService, never()).setInheritParentPermissions(any(NodeRef.class), anyBoolean());
    }

    @Test
    void aClerkCannotRenameTheirAgencyNorHandItsFolderToAnotherGroup()
    {
        assertThatThrownBy(() -> asClerk(() -> behaviour.onUpdateProperties(folder,
                Map.of(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室"),
                Map.of(AnnualReportModel.PROP_AGENCY_NAME, "浚县人民政府办公室"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:agencyName");
        assertThatThrownBy(() -> asClerk(() -> behaviour.onUpdateProperties(folder,
                Map.of(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_HUAXIAN"),
                Map.of(AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_XIXIAN"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ar:agencyGroup");
        verify(permissionService, never()).deletePermission(any(NodeRef.class), anyString(), anyString());
    }

    @Test
    void aClerkMayStillRetitleTheirAgencyFolder()
    {
        Map<QName, Serializable> before = Map.of(ContentModel.PROP_TITLE, "滑县", AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");
        Map<QName, Serializable> after = Map.of(ContentModel.PROP_TITLE, "滑县 2024", AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");

        assertThatCode(() -> asClerk(() -> behaviour.onUpdateProperties(folder, before, after))).doesNotThrowAnyException();
    }

    @Test
    void aClerkCannotUnmarkTheirAgencyFolder()
    {
        assertThatThrownBy(() -> asClerk(() -> behaviour.beforeRemoveAspect(folder, AnnualReportModel.ASPECT_AGENCY_FOLDER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asClerk(() -> behaviour.beforeRemoveAspect(folder, AnnualReportModel.ASPECT_AGENCY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemMayMarkAFolder()
    {
        when(authorityService.hasAdminAuthority()).thenReturn(false);
        when(nodeService.getProperty(folder, AnnualReportModel.PROP_AGENCY_GROUP)).thenReturn("GROUP_AR_AGENCY_HUAXIAN");

        TestAuthentication.as(AuthenticationUtil.getSystemUserName(),
                () -> behaviour.onAddAspect(folder, AnnualReportModel.ASPECT_AGENCY_FOLDER));

        verify(permissionService).setPermission(folder, "GROUP_AR_AGENCY_HUAXIAN", "Collaborator", true);
    }
}
