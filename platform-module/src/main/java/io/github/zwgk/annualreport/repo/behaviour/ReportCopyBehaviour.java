package io.github.zwgk.annualreport.repo.behaviour;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.version.VersionRevertCallback;
import org.alfresco.repo.version.VersionRevertDetails;
import org.alfresco.repo.version.VersionServicePolicies;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * The system-only values of a report ({@link ProtectedPropertiesBehaviour#GUARDED_ASPECTS}) never travel with its
 * content: a copy of a report, the working copy of a check-out, and the check-in of that working copy onto the report
 * (Alfresco's check-in copies the working copy's properties onto the original) leave those aspects behind, and a version
 * revert leaves the current ones as they are. So a clerk who edits a working copy's status, or reverts to a version
 * that was approved, changes nothing of the report's validation or review; a copy starts unvalidated and is analysed
 * as a new report. Every check-in has the report analysed again.
 */
public class ReportCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy,
        VersionServicePolicies.OnRevertVersionPolicy, CheckOutCheckInServicePolicies.OnCheckIn
{
    private PolicyComponent policyComponent;
    private DictionaryService dictionaryService;
    private NodeService nodeService;
    private ReportAnalysisService reportAnalysisService;
    private final CopyBehaviourCallback reportAspectsStay = new ReportAspectsStay();

    public void init()
    {
        for (QName aspect : ProtectedPropertiesBehaviour.GUARDED_ASPECTS)
        {
            policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME, aspect,
                    new JavaBehaviour(this, "getCopyCallback"));
            policyComponent.bindClassBehaviour(VersionServicePolicies.OnRevertVersionPolicy.QNAME, aspect,
                    new JavaBehaviour(this, "getRevertVersionCallback"));
        }
        policyComponent.bindClassBehaviour(CheckOutCheckInServicePolicies.OnCheckIn.QNAME,
                AnnualReportModel.TYPE_ANNUAL_REPORT,
                new JavaBehaviour(this, "onCheckIn", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails)
    {
        return reportAspectsStay;
    }

    @Override
    public VersionRevertCallback getRevertVersionCallback(QName classRef, VersionRevertDetails details)
    {
        return KeepCurrentValues.INSTANCE;
    }

    @Override
    public void onCheckIn(NodeRef nodeRef)
    {
        if (nodeService.exists(nodeRef))
        {
            reportAnalysisService.requestAnalysis(nodeRef);
        }
    }

    /**
     * Copies a guarded aspect of a folder (an agency folder's ar:agency), never one of a document: a report's, or one a
     * clerk put on a plain document that would become a report where it is copied to.
     */
    private final class ReportAspectsStay extends DefaultCopyBehaviourCallback
    {
        @Override
        public boolean getMustCopy(QName classQName, CopyDetails copyDetails)
        {
            return !dictionaryService.isSubClass(copyDetails.getSourceNodeTypeQName(), ContentModel.TYPE_CONTENT);
        }
    }

    /** Revert leaves a guarded aspect's current values (the analysis of the reverted content replaces them). */
    private enum KeepCurrentValues implements VersionRevertCallback
    {
        INSTANCE;

        @Override
        public RevertAspectAction getRevertAspectAction(QName aspectName, VersionRevertDetails details)
        {
            return RevertAspectAction.IGNORE;
        }

        @Override
        public RevertAssocAction getRevertAssocAction(QName assocName, VersionRevertDetails details)
        {
            return RevertAssocAction.REVERT;
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setDictionaryService(DictionaryService dictionaryService)
    {
        this.dictionaryService = dictionaryService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }
}
