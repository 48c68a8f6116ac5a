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
import org.alfresco.repo.rule.RuleModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
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
    @Mock OwnableService ownableService;

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
        AgencyFolders agencyFolders = new AgencyFolders();
        agencyFolders.setNodeService(nodeService);
        behaviour.setAgencyFolders(agencyFolders);
        behaviour.setOwnableService(ownableService);
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

    // ------------------------------------------------- rules inside an agency folder run as the system: the administrator's

    private final NodeRef subfolder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "clerks-own-subfolder");
    private final NodeRef home = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "clerks-home");
    private final NodeRef otherAgencyFolder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "other-agency-folder");

    private void inAgencyFolder(NodeRef node, NodeRef parent)
    {
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getPrimaryParent(node)).thenReturn(assoc(parent, node));
    }

    private static ChildAssociationRef assoc(NodeRef parent, NodeRef child)
    {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, child.getId()), child);
    }

    @Test
    void aClerkCannotGiveAFolderInTheirAgencyFolderRules()
    {
        // a rule set of its own or one linked from the clerk's home: either adds rule:rules to the folder
        inAgencyFolder(subfolder, folder);

        assertThatThrownBy(() -> asClerk(() -> behaviour.onAddAspect(subfolder, RuleModel.ASPECT_RULES)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("rules").hasMessageContaining(CLERK);
        assertThatThrownBy(() -> asClerk(() -> behaviour.onAddAspect(folder, RuleModel.ASPECT_RULES)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rulesOutsideAgencyFoldersAndTheAdministratorsAreLeftAlone()
    {
        when(nodeService.exists(home)).thenReturn(true);
        assertThatCode(() -> asClerk(() -> behaviour.onAddAspect(home, RuleModel.ASPECT_RULES))).doesNotThrowAnyException();

        inAgencyFolder(subfolder, folder);
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        assertThatCode(() -> TestAuthentication.as("admin", () -> behaviour.onAddAspect(subfolder, RuleModel.ASPECT_RULES)))
                .doesNotThrowAnyException();
    }

    @Test
    void aClerkCannotMoveAFolderIntoAnAgencyFolderFromOutsideIt()
    {
        // a folder made in the clerk's home may carry rules, or hold folders that do
        when(nodeService.exists(home)).thenReturn(true);
        inAgencyFolder(subfolder, folder);

        assertThatThrownBy(() -> asClerk(() -> behaviour.onMoveNode(assoc(home, subfolder), assoc(folder, subfolder))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("move a folder");
        // nor from one agency folder into another (an agency folder's own subfolders stay its own)
        when(nodeService.exists(otherAgencyFolder)).thenReturn(true);
        when(nodeService.hasAspect(otherAgencyFolder, AnnualReportModel.ASPECT_AGENCY_FOLDER)).thenReturn(true);
        assertThatThrownBy(() -> asClerk(() -> behaviour.onMoveNode(assoc(otherAgencyFolder, subfolder), assoc(folder, subfolder))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClerkMayMoveFoldersWithinTheirAgencyFolderAndOutOfIt()
    {
        NodeRef yearFolder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "year-folder");
        inAgencyFolder(yearFolder, folder);
        inAgencyFolder(subfolder, yearFolder);
        when(nodeService.exists(home)).thenReturn(true);

        assertThatCode(() -> asClerk(() -> behaviour.onMoveNode(assoc(folder, subfolder), assoc(yearFolder, subfolder))))
                .doesNotThrowAnyException();
        assertThatCode(() -> asClerk(() -> behaviour.onMoveNode(assoc(yearFolder, subfolder), assoc(home, subfolder))))
                .doesNotThrowAnyException();
    }

    @Test
    void aClerkCannotCopyAFolderWithRulesIntoTheirAgencyFolder()
    {
        // a copy brings the rules along without adding rule:rules again (seen in the real repository: a copied folder's
        // rule forged an upload's status); a folder within a copied folder is reported the same way
        NodeRef copy = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "copy-of-ruled-folder");
        inAgencyFolder(copy, folder);

        assertThatThrownBy(() -> asClerk(() -> behaviour.onCopyComplete(RuleModel.ASPECT_RULES, home, copy, true, Map.of(home, copy))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("copy rules");
        NodeRef copyAtHome = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "copy-at-home");
        when(nodeService.exists(home)).thenReturn(true);
        inAgencyFolder(copyAtHome, home);
        assertThatCode(() -> asClerk(() -> behaviour.onCopyComplete(RuleModel.ASPECT_RULES, home, copyAtHome, true, Map.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void aFolderAClerkCreatesInTheirAgencyFolderBelongsToTheSystem()
    {
        // its creator would own it: ChangePermissions, so inheritance off and the reviewers' read access gone from every
        // report filed in it (seen in the real repository), or rules
        inAgencyFolder(subfolder, folder);

        asClerk(() -> behaviour.onCreateNode(assoc(folder, subfolder)));

        verify(ownableService).setOwner(subfolder, AuthenticationUtil.getSystemUserName());
    }

    @Test
    void foldersElsewhereAndTheAdministratorsKeepTheirOwner()
    {
        when(nodeService.exists(home)).thenReturn(true);
        NodeRef homeFolder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "home-folder");
        when(nodeService.exists(homeFolder)).thenReturn(true);
        asClerk(() -> behaviour.onCreateNode(assoc(home, homeFolder)));

        inAgencyFolder(subfolder, folder);
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        TestAuthentication.as("admin", () -> behaviour.onCreateNode(assoc(folder, subfolder)));

        verify(ownableService, never()).setOwner(any(NodeRef.class), anyString());
    }
}
