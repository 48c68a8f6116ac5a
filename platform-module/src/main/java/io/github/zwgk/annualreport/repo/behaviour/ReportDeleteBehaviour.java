package io.github.zwgk.annualreport.repo.behaviour;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;
import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/**
 * A report deleted while its review runs (only an administrator or a coordinator can: the agency is not its owner)
 * takes its review with it: the process is cancelled, so that no reviewer is left with a task whose report is gone.
 */
public class ReportDeleteBehaviour implements NodeServicePolicies.BeforeDeleteNodePolicy
{
    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ReportReviewService reportReviewService;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME,
                AnnualReportModel.TYPE_ANNUAL_REPORT,
                new JavaBehaviour(this, "beforeDeleteNode", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void beforeDeleteNode(NodeRef nodeRef)
    {
        if (nodeService.exists(nodeRef) && !nodeService.hasAspect(nodeRef, ContentModel.ASPECT_WORKING_COPY))
        {
            reportReviewService.onReportDeleted(nodeRef);
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setReportReviewService(ReportReviewService reportReviewService)
    {
        this.reportReviewService = reportReviewService;
    }
}
