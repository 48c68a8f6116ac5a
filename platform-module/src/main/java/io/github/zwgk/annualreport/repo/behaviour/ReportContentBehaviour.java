package io.github.zwgk.annualreport.repo.behaviour;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Re-validates a report whenever its content changes: the first upload and every new version ({@code newContent} is
 * false for a version, so it is deliberately ignored). Once per transaction (TRANSACTION_COMMIT); the work itself runs
 * after commit.
 */
public class ReportContentBehaviour implements ContentServicePolicies.OnContentUpdatePolicy
{
    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ReportAnalysisService reportAnalysisService;

    public void init()
    {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME,
                AnnualReportModel.TYPE_ANNUAL_REPORT,
                new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent)
    {
        if (nodeService.exists(nodeRef) && !nodeService.hasAspect(nodeRef, ContentModel.ASPECT_WORKING_COPY))
        {
            reportAnalysisService.requestAnalysis(nodeRef);
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

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }
}
