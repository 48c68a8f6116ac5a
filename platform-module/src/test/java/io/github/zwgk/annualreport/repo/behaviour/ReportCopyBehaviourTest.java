package io.github.zwgk.annualreport.repo.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.version.VersionRevertCallback;
import org.alfresco.repo.version.VersionRevertCallback.RevertAspectAction;
import org.alfresco.repo.version.VersionRevertCallback.RevertAssocAction;
import org.alfresco.repo.version.VersionRevertDetails;
import org.alfresco.repo.version.VersionServicePolicies;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * A report's system-only values never travel with its content (issue 12.1): not into a copy, not into the working copy
 * of a check-out, not back onto the report at check-in, not from an old version at revert; an agency folder's ar:agency
 * is copied with the folder. A check-in has the report analysed again.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportCopyBehaviourTest
{
    private static final StoreRef STORE = StoreRef.STORE_REF_WORKSPACE_SPACESSTORE;
    private final NodeRef report = new NodeRef(STORE, "report");
    private final NodeRef workingCopy = new NodeRef(STORE, "working-copy");
    private final NodeRef copy = new NodeRef(STORE, "copy");
    private final NodeRef agencyFolder = new NodeRef(STORE, "agency-folder");
    private final NodeRef parent = new NodeRef(STORE, "parent");

    @Mock PolicyComponent policyComponent;
    @Mock DictionaryService dictionaryService;
    @Mock NodeService nodeService;
    @Mock ReportAnalysisService analysis;

    private ReportCopyBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        behaviour = new ReportCopyBehaviour();
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setDictionaryService(dictionaryService);
        behaviour.setNodeService(nodeService);
        behaviour.setReportAnalysisService(analysis);
        when(dictionaryService.isSubClass(AnnualReportModel.TYPE_ANNUAL_REPORT, ContentModel.TYPE_CONTENT)).thenReturn(true);
        when(dictionaryService.isSubClass(ContentModel.TYPE_CONTENT, ContentModel.TYPE_CONTENT)).thenReturn(true);
        when(dictionaryService.isSubClass(ContentModel.TYPE_FOLDER, ContentModel.TYPE_CONTENT)).thenReturn(false);
    }

    private static CopyDetails details(NodeRef source, QName type, Set<QName> aspects, NodeRef target, boolean targetIsNew)
    {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID");
        props.put(AnnualReportModel.PROP_REVIEW_STATE, "APPROVED");
        return new CopyDetails(source, type, aspects, props, null, target, targetIsNew, ContentModel.ASSOC_CONTAINS,
                ContentModel.ASSOC_CONTAINS);
    }

    private void assertNoGuardedAspectIsCopied(CopyDetails details)
    {
        for (QName aspect : ProtectedPropertiesBehaviour.GUARDED_ASPECTS)
        {
            CopyBehaviourCallback callback = behaviour.getCopyCallback(aspect, details);
            assertThat(callback.getMustCopy(aspect, details)).as(aspect.getLocalName()).isFalse();
        }
    }

    @Test
    void aCopyOfAReportStartsWithoutItsValidationReviewOrAgency()
    {
        assertNoGuardedAspectIsCopied(details(report, AnnualReportModel.TYPE_ANNUAL_REPORT,
                ProtectedPropertiesBehaviour.GUARDED_ASPECTS, copy, true));
    }

    @Test
    void theWorkingCopyOfACheckOutStartsWithoutThem()
    {
        assertNoGuardedAspectIsCopied(details(report, AnnualReportModel.TYPE_ANNUAL_REPORT,
                ProtectedPropertiesBehaviour.GUARDED_ASPECTS, workingCopy, true));
    }

    @Test
    void aCheckInDoesNotCopyTheWorkingCopysValuesOntoTheReport()
    {
        // Alfresco's check-in copies the working copy onto the existing report
        assertNoGuardedAspectIsCopied(details(workingCopy, AnnualReportModel.TYPE_ANNUAL_REPORT,
                Set.of(ContentModel.ASPECT_WORKING_COPY, AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REVIEW),
                report, false));
    }

    @Test
    void aPlainDocumentCarriesNoGuardedAspectIntoACopy()
    {
        // a clerk's document with ar:review, copied into an agency folder where it becomes a report
        assertNoGuardedAspectIsCopied(details(copy, ContentModel.TYPE_CONTENT, Set.of(AnnualReportModel.ASPECT_REVIEW),
                report, true));
    }

    @Test
    void anAgencyFoldersAgencyIsCopiedWithTheFolder()
    {
        CopyDetails folder = details(agencyFolder, ContentModel.TYPE_FOLDER,
                Set.of(AnnualReportModel.ASPECT_AGENCY_FOLDER, AnnualReportModel.ASPECT_AGENCY), parent, true);

        CopyBehaviourCallback callback = behaviour.getCopyCallback(AnnualReportModel.ASPECT_AGENCY, folder);

        assertThat(callback.getMustCopy(AnnualReportModel.ASPECT_AGENCY, folder)).isTrue();
    }

    @Test
    void aRevertKeepsTheReportsCurrentGuardedValues()
    {
        VersionRevertDetails revert = mock(VersionRevertDetails.class);
        when(revert.getNodeRef()).thenReturn(report);
        when(revert.getNodeType()).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);

        for (QName aspect : ProtectedPropertiesBehaviour.GUARDED_ASPECTS)
        {
            VersionRevertCallback callback = behaviour.getRevertVersionCallback(aspect, revert);
            assertThat(callback.getRevertAspectAction(aspect, revert)).as(aspect.getLocalName()).isEqualTo(RevertAspectAction.IGNORE);
            assertThat(callback.getRevertAssocAction(ContentModel.ASSOC_CONTAINS, revert)).isEqualTo(RevertAssocAction.REVERT);
        }
    }

    @Test
    void aCheckInHasTheReportAnalysedAgain()
    {
        when(nodeService.exists(report)).thenReturn(true);

        behaviour.onCheckIn(report);

        verify(analysis).requestAnalysis(report);
    }

    @Test
    void aCheckInOfAReportDeletedInTheSameTransactionRequestsNothing()
    {
        behaviour.onCheckIn(report);

        verifyNoInteractions(analysis);
    }

    @Test
    void theCallbacksAreBoundToEveryGuardedAspectAndTheCheckInToReports()
    {
        behaviour.init();

        for (QName aspect : ProtectedPropertiesBehaviour.GUARDED_ASPECTS)
        {
            verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyNodePolicy.QNAME), eq(aspect),
                    any(JavaBehaviour.class));
            verify(policyComponent).bindClassBehaviour(eq(VersionServicePolicies.OnRevertVersionPolicy.QNAME), eq(aspect),
                    any(JavaBehaviour.class));
        }
        verify(policyComponent).bindClassBehaviour(eq(CheckOutCheckInServicePolicies.OnCheckIn.QNAME),
                eq(AnnualReportModel.TYPE_ANNUAL_REPORT), any(JavaBehaviour.class));
        assertThat(ProtectedPropertiesBehaviour.GUARDED_ASPECTS).contains(AnnualReportModel.ASPECT_AGENCY,
                AnnualReportModel.ASPECT_REPORT_IDENTITY, AnnualReportModel.ASPECT_REPORT_FIGURES,
                AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REVIEW);
    }
}
