package io.github.zwgk.annualreport.repo.behaviour;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Secures an agency folder when ar:agencyFolder is added and whenever its ar:agencyGroup changes (EVERY_EVENT: the old
 * group is needed to take its permission away; applying twice is harmless).
 */
public class AgencyFolderBehaviour implements NodeServicePolicies.OnAddAspectPolicy, NodeServicePolicies.OnUpdatePropertiesPolicy
{
    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AgencyFolderSecurity agencyFolderSecurity;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, AnnualReportModel.ASPECT_AGENCY_FOLDER,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                AnnualReportModel.ASPECT_AGENCY_FOLDER,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName)
    {
        if (AnnualReportModel.ASPECT_AGENCY_FOLDER.equals(aspectTypeQName) && nodeService.exists(nodeRef))
        {
            agencyFolderSecurity.secure(nodeRef, null,
                    (String) nodeService.getProperty(nodeRef, AnnualReportModel.PROP_AGENCY_GROUP));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        String oldGroup = (String) before.get(AnnualReportModel.PROP_AGENCY_GROUP);
        String newGroup = (String) after.get(AnnualReportModel.PROP_AGENCY_GROUP);
        if (!Objects.equals(oldGroup, newGroup) && nodeService.exists(nodeRef)
                && nodeService.hasAspect(nodeRef, AnnualReportModel.ASPECT_AGENCY_FOLDER))
        {
            agencyFolderSecurity.secure(nodeRef, oldGroup, newGroup);
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

    public void setAgencyFolderSecurity(AgencyFolderSecurity agencyFolderSecurity)
    {
        this.agencyFolderSecurity = agencyFolderSecurity;
    }
}
