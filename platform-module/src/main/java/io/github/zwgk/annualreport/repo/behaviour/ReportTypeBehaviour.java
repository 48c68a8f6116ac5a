package io.github.zwgk.annualreport.repo.behaviour;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Makes every file that lands below an agency folder an ar:annualReport of that agency, whatever the client (Share,
 * REST, CMIS, WebDAV): on creation and on move, at commit (by then a checked-out copy carries cm:workingcopy and
 * content is written), then queues its analysis.
 */
public class ReportTypeBehaviour implements NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnMoveNodePolicy
{
    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private DictionaryService dictionaryService;
    private AgencyFolders agencyFolders;
    private ReportAnalysisService reportAnalysisService;
    private OwnableService ownableService;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.TRANSACTION_COMMIT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnMoveNodePolicy.QNAME, ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onMoveNode", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef)
    {
        adopt(childAssocRef.getChildRef());
    }

    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef)
    {
        adopt(newChildAssocRef.getChildRef());
    }

    /**
     * A file below an agency folder becomes an ar:annualReport with the folder's agency values; a node that already is
     * one (a copy, an explicit type) is analysed wherever it is. Returns whether analysis was requested.
     * <p>
     * Done as the system: the agency values are system-only on a report ({@link ProtectedPropertiesBehaviour}). A node
     * that becomes a report now loses any review state it was given before (a clerk could have put ar:review on a plain
     * document and moved it in), and its owner becomes the system: the agency keeps Collaborator rights through its
     * group (new versions, properties) but, no longer owner, cannot take the reviewers' read access away
     * (ChangePermissions) nor delete a report under review.
     */
    boolean adopt(NodeRef node)
    {
        if (!isCandidate(node))
        {
            return false;
        }
        boolean isReport = dictionaryService.isSubClass(nodeService.getType(node), AnnualReportModel.TYPE_ANNUAL_REPORT);
        NodeRef folder = agencyFolders.agencyFolderOf(node);
        if (folder == null && !isReport)
        {
            return false;
        }
        AuthenticationUtil.runAsSystem(() -> {
            if (!isReport)
            {
                if (nodeService.hasAspect(node, AnnualReportModel.ASPECT_REVIEW))
                {
                    nodeService.removeAspect(node, AnnualReportModel.ASPECT_REVIEW);
                }
                nodeService.setType(node, AnnualReportModel.TYPE_ANNUAL_REPORT);
            }
            if (folder != null)
            {
                Map<QName, Serializable> agency = agencyFolders.agencyValues(folder);
                if (!agency.isEmpty())
                {
                    nodeService.addProperties(node, agency);
                }
                ownableService.setOwner(node, AuthenticationUtil.getSystemUserName());
            }
            return null;
        });
        reportAnalysisService.requestAnalysis(node);
        return true;
    }

    /** Live documents only: no working copies, renditions/thumbnails, temporary or hidden client files, other stores. */
    boolean isCandidate(NodeRef node)
    {
        if (!StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef()) || !nodeService.exists(node))
        {
            return false;
        }
        QName type = nodeService.getType(node);
        if (!dictionaryService.isSubClass(type, ContentModel.TYPE_CONTENT)
                || dictionaryService.isSubClass(type, ContentModel.TYPE_THUMBNAIL))
        {
            return false;
        }
        return !nodeService.hasAspect(node, ContentModel.ASPECT_WORKING_COPY)
                && !nodeService.hasAspect(node, RenditionModel.ASPECT_RENDITION)
                && !nodeService.hasAspect(node, RenditionModel.ASPECT_HIDDEN_RENDITION)
                && !nodeService.hasAspect(node, ContentModel.ASPECT_TEMPORARY)
                && !nodeService.hasAspect(node, ContentModel.ASPECT_HIDDEN);
    }

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setDictionaryService(DictionaryService dictionaryService)
    {
        this.dictionaryService = dictionaryService;
    }

    public void setAgencyFolders(AgencyFolders agencyFolders)
    {
        this.agencyFolders = agencyFolders;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }

    public void setOwnableService(OwnableService ownableService)
    {
        this.ownableService = ownableService;
    }
}
