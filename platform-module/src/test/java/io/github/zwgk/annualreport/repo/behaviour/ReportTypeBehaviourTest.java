package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.TestAuthentication;
import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Files below an agency folder become reports of that agency (issues 12.2, 12.3, 12.7): typed and given the folder's
 * agency by the system, owned by the system, stripped of any review state a plain document was given before.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportTypeBehaviourTest
{
    private static final StoreRef STORE = StoreRef.STORE_REF_WORKSPACE_SPACESSTORE;
    private final NodeRef agencyFolder = new NodeRef(STORE, "agency-folder");
    private final NodeRef yearFolder = new NodeRef(STORE, "year-2023");
    private final NodeRef file = new NodeRef(STORE, "report-docx");

    @Mock NodeService nodeService;
    @Mock DictionaryService dictionaryService;
    @Mock ReportAnalysisService analysis;
    @Mock OwnableService ownableService;

    private ReportTypeBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        AgencyFolders folders = new AgencyFolders();
        folders.setNodeService(nodeService);
        behaviour = new ReportTypeBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setDictionaryService(dictionaryService);
        behaviour.setAgencyFolders(folders);
        behaviour.setReportAnalysisService(analysis);
        behaviour.setOwnableService(ownableService);

        // agency folder / 2023 / report.docx
        when(nodeService.exists(any(NodeRef.class))).thenReturn(true);
        parent(file, yearFolder);
        parent(yearFolder, agencyFolder);
        parent(agencyFolder, new NodeRef(STORE, "company-home"));
        when(nodeService.hasAspect(agencyFolder, AnnualReportModel.ASPECT_AGENCY_FOLDER)).thenReturn(true);
        when(nodeService.getProperty(agencyFolder, AnnualReportModel.PROP_AGENCY_NAME)).thenReturn("息县关店乡人民政府");
        when(nodeService.getProperty(agencyFolder, AnnualReportModel.PROP_AGENCY_LEVEL)).thenReturn("TOWNSHIP");
        when(nodeService.getProperty(agencyFolder, AnnualReportModel.PROP_AGENCY_GROUP)).thenReturn("GROUP_AR_AGENCY_GUANDIAN");
        when(nodeService.getType(file)).thenReturn(ContentModel.TYPE_CONTENT);
        when(dictionaryService.isSubClass(ContentModel.TYPE_CONTENT, ContentModel.TYPE_CONTENT)).thenReturn(true);
    }

    @AfterEach
    void tearDown()
    {
        TestAuthentication.clear();
    }

    private void parent(NodeRef child, NodeRef parent)
    {
        lenient().when(nodeService.getPrimaryParent(child)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, ContentModel.ASSOC_CONTAINS, child));
    }

    @Test
    void fileCreatedBelowAnAgencyFolderBecomesAnAnnualReportOfThatAgencyAndIsQueued()
    {
        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(nodeService).setType(file, AnnualReportModel.TYPE_ANNUAL_REPORT);
        verify(nodeService).addProperties(file, Map.<QName, Serializable>of(
                AnnualReportModel.PROP_AGENCY_NAME, "息县关店乡人民政府",
                AnnualReportModel.PROP_AGENCY_LEVEL, "TOWNSHIP",
                AnnualReportModel.PROP_AGENCY_GROUP, "GROUP_AR_AGENCY_GUANDIAN"));
        verify(analysis).requestAnalysis(file);
    }

    @Test
    void fileMovedIntoAnAgencyFolderIsSpecialisedToo()
    {
        NodeRef elsewhere = new NodeRef(STORE, "elsewhere");
        behaviour.onMoveNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, elsewhere, ContentModel.ASSOC_CONTAINS, file),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(nodeService).setType(file, AnnualReportModel.TYPE_ANNUAL_REPORT);
        verify(analysis).requestAnalysis(file);
    }

    @Test
    void fileOutsideEveryAgencyFolderStaysPlainContent()
    {
        NodeRef other = new NodeRef(STORE, "other-file");
        when(nodeService.getType(other)).thenReturn(ContentModel.TYPE_CONTENT);
        parent(other, new NodeRef(STORE, "company-home"));

        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, null, ContentModel.ASSOC_CONTAINS, other));

        verify(nodeService, never()).setType(any(), any());
        verify(analysis, never()).requestAnalysis(any());
    }

    @Test
    void workingCopyIsLeftAlone()
    {
        when(nodeService.hasAspect(file, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);

        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(nodeService, never()).setType(any(), any());
        verify(analysis, never()).requestAnalysis(any());
    }

    @Test
    void thumbnailBelowAReportIsLeftAlone()
    {
        when(nodeService.getType(file)).thenReturn(ContentModel.TYPE_THUMBNAIL);
        when(dictionaryService.isSubClass(ContentModel.TYPE_THUMBNAIL, ContentModel.TYPE_CONTENT)).thenReturn(true);
        when(dictionaryService.isSubClass(ContentModel.TYPE_THUMBNAIL, ContentModel.TYPE_THUMBNAIL)).thenReturn(true);

        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(nodeService, never()).setType(any(), any());
        verify(analysis, never()).requestAnalysis(any());
    }

    @Test
    void copyThatIsAlreadyAnAnnualReportIsReanalysedWithoutChangingItsType()
    {
        NodeRef copy = new NodeRef(STORE, "copy");
        when(nodeService.getType(copy)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, ContentModel.TYPE_CONTENT)).thenReturn(true);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        parent(copy, new NodeRef(STORE, "company-home"));

        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, null, ContentModel.ASSOC_CONTAINS, copy));

        verify(nodeService, never()).setType(eq(copy), any());
        verify(analysis).requestAnalysis(copy);
    }

    @Test
    void aClerksUploadIsAdoptedByTheSystem()
    {
        List<String> users = new ArrayList<>();
        doAnswer(inv -> users.add("setType:" + AuthenticationUtil.getRunAsUser())).when(nodeService).setType(any(), any());
        doAnswer(inv -> users.add("addProperties:" + AuthenticationUtil.getRunAsUser())).when(nodeService).addProperties(any(), anyMap());
        doAnswer(inv -> users.add("setOwner:" + AuthenticationUtil.getRunAsUser())).when(ownableService).setOwner(any(), anyString());

        // the behaviour fires at commit, in the clerk's request
        TestAuthentication.as("guandian.clerk", () -> behaviour.onCreateNode(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file)));

        assertThat(users).containsExactly("setType:System", "addProperties:System", "setOwner:System");
    }

    @Test
    void theSystemBecomesTheOwnerOfAnAdoptedReport()
    {
        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(ownableService).setOwner(file, AuthenticationUtil.getSystemUserName());
    }

    @Test
    void aDocumentThatBecomesAReportLosesTheReviewStateItWasGivenBefore()
    {
        when(nodeService.hasAspect(file, AnnualReportModel.ASPECT_REVIEW)).thenReturn(true);

        behaviour.onMoveNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, new NodeRef(STORE, "elsewhere"),
                ContentModel.ASSOC_CONTAINS, file),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        InOrder order = inOrder(nodeService);
        order.verify(nodeService).removeAspect(file, AnnualReportModel.ASPECT_REVIEW);
        order.verify(nodeService).setType(file, AnnualReportModel.TYPE_ANNUAL_REPORT);
    }

    @Test
    void aReportMovedWithinItsAgencyKeepsItsReview()
    {
        when(nodeService.getType(file)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, ContentModel.TYPE_CONTENT)).thenReturn(true);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, AnnualReportModel.TYPE_ANNUAL_REPORT)).thenReturn(true);
        when(nodeService.hasAspect(file, AnnualReportModel.ASPECT_REVIEW)).thenReturn(true);

        behaviour.onMoveNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, agencyFolder, ContentModel.ASSOC_CONTAINS, file),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, yearFolder, ContentModel.ASSOC_CONTAINS, file));

        verify(nodeService, never()).removeAspect(any(), any());
        verify(nodeService, never()).setType(any(), any());
        verify(analysis).requestAnalysis(file);
    }
}
