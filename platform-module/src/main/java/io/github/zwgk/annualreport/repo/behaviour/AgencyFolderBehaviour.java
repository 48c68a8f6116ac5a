package io.github.zwgk.annualreport.repo.behaviour;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.rule.RuleModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Secures an agency folder when ar:agencyFolder is added and whenever its ar:agencyGroup changes (EVERY_EVENT: the old
 * group is needed to take its permission away; applying twice is harmless).
 * <p>
 * An agency folder says whose reports are filed in it, so only an administrator (or the system) marks a folder, changes
 * its agency values or unmarks it. Otherwise a clerk could mark a folder of their own (they own what they create, and
 * hold ChangePermissions on it) with another agency's group and file reports in that agency's name — reports that its
 * carry-over check and the statistics would take for the other agency's — or rename their own agency to match a
 * report's text.
 * <p>
 * Rules inside an agency folder are the administrator's too. A rule runs its actions as the user whose change triggered
 * it, and the system updates every report it files and analyses: a clerk's rule on a folder of their own (they hold
 * ChangePermissions on what they create) ran {@code set-property-value ar:validationStatus=VALID} as the system on an
 * INVALID report in the real repository. So a non-administrator may neither give a node in an agency folder rules
 * (a rule set of its own, or one linked from elsewhere: both add rule:rules), nor copy a node with rules into one (a
 * copy brings its rules along without adding the aspect again), nor move a folder in from outside its agency folder (it
 * may carry rules, or hold folders that do).
 * <p>
 * A folder a clerk creates inside an agency folder (or copies in) is owned by the system, as a report is: its creator
 * would otherwise hold ChangePermissions on it, and could turn its inheritance off and take the reviewers' read access
 * away from every report filed in it (seen in the real repository: a report under review that no reviewer could open)
 * or give it rules. The agency keeps Collaborator rights on it through its group.
 */
public class AgencyFolderBehaviour implements NodeServicePolicies.OnAddAspectPolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.BeforeRemoveAspectPolicy,
        NodeServicePolicies.OnMoveNodePolicy, CopyServicePolicies.OnCopyCompletePolicy, NodeServicePolicies.OnCreateNodePolicy
{
    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private AgencyFolderSecurity agencyFolderSecurity;
    private AgencyFolders agencyFolders;
    private OwnableService ownableService;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, AnnualReportModel.ASPECT_AGENCY_FOLDER,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                AnnualReportModel.ASPECT_AGENCY_FOLDER,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME,
                AnnualReportModel.ASPECT_AGENCY_FOLDER,
                new JavaBehaviour(this, "beforeRemoveAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, RuleModel.ASPECT_RULES,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyCompletePolicy.QNAME, RuleModel.ASPECT_RULES,
                new JavaBehaviour(this, "onCopyComplete", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ContentModel.TYPE_FOLDER,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnMoveNodePolicy.QNAME, ContentModel.TYPE_FOLDER,
                new JavaBehaviour(this, "onMoveNode", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName)
    {
        if (AnnualReportModel.ASPECT_AGENCY_FOLDER.equals(aspectTypeQName) && nodeService.exists(nodeRef))
        {
            requireAdministrator(nodeRef, "mark a folder as an agency folder");
            agencyFolderSecurity.secure(nodeRef, null,
                    (String) nodeService.getProperty(nodeRef, AnnualReportModel.PROP_AGENCY_GROUP));
        }
        else if (RuleModel.ASPECT_RULES.equals(aspectTypeQName) && nodeService.exists(nodeRef) && agencySpace(nodeRef) != null)
        {
            requireAdministrator(nodeRef, "give a folder in an agency folder rules");
        }
    }

    /** A folder moved into an agency folder from outside it may carry rules: the administrator's move. */
    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef)
    {
        NodeRef to = agencySpace(newChildAssocRef.getParentRef());
        if (to != null && !to.equals(agencySpace(oldChildAssocRef.getParentRef())))
        {
            requireAdministrator(newChildAssocRef.getChildRef(), "move a folder into an agency folder");
        }
    }

    /** A folder created (or copied) inside an agency folder by anyone but an administrator belongs to the system. */
    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef)
    {
        NodeRef folder = childAssocRef.getChildRef();
        if (isAdministrator() || !nodeService.exists(folder) || agencySpace(childAssocRef.getParentRef()) == null)
        {
            return;
        }
        AuthenticationUtil.runAsSystem(() -> {
            ownableService.setOwner(folder, AuthenticationUtil.getSystemUserName());
            return null;
        });
    }

    /** A copy of a node with rules (itself, or a folder within a copied folder) landing in an agency folder. */
    @Override
    public void onCopyComplete(QName classRef, NodeRef sourceNodeRef, NodeRef targetNodeRef, boolean copyToNewNode,
            Map<NodeRef, NodeRef> copyMap)
    {
        if (RuleModel.ASPECT_RULES.equals(classRef) && agencySpace(targetNodeRef) != null)
        {
            requireAdministrator(targetNodeRef, "copy rules into an agency folder");
        }
    }

    /** The agency folder this node is or lies in, or null. */
    private NodeRef agencySpace(NodeRef node)
    {
        if (node == null || !nodeService.exists(node))
        {
            return null;
        }
        return nodeService.hasAspect(node, AnnualReportModel.ASPECT_AGENCY_FOLDER) ? node : agencyFolders.agencyFolderOf(node);
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        if (!nodeService.exists(nodeRef) || !nodeService.hasAspect(nodeRef, AnnualReportModel.ASPECT_AGENCY_FOLDER))
        {
            return;
        }
        Set<QName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (QName key : keys)
        {
            if (AnnualReportModel.URI.equals(key.getNamespaceURI()) && !Objects.equals(before.get(key), after.get(key)))
            {
                requireAdministrator(nodeRef, "change an agency folder's " + AnnualReportModel.PREFIX + ":" + key.getLocalName());
            }
        }
        String oldGroup = (String) before.get(AnnualReportModel.PROP_AGENCY_GROUP);
        String newGroup = (String) after.get(AnnualReportModel.PROP_AGENCY_GROUP);
        if (!Objects.equals(oldGroup, newGroup))
        {
            agencyFolderSecurity.secure(nodeRef, oldGroup, newGroup);
        }
    }

    /** Unmarking a folder (ar:agencyFolder, or its mandatory ar:agency) is the administrator's too. */
    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName)
    {
        if ((AnnualReportModel.ASPECT_AGENCY_FOLDER.equals(aspectTypeQName) || AnnualReportModel.ASPECT_AGENCY.equals(aspectTypeQName))
                && nodeService.exists(nodeRef))
        {
            requireAdministrator(nodeRef, "unmark an agency folder");
        }
    }

    /** The system, or a member of the administrators. */
    private boolean isAdministrator()
    {
        return AuthenticationUtil.isRunAsUserTheSystemUser() || authorityService.hasAdminAuthority();
    }

    private void requireAdministrator(NodeRef folder, String what)
    {
        if (isAdministrator())
        {
            return;
        }
        throw new AccessDeniedException("Only an administrator may " + what + " (user " + AuthenticationUtil.getRunAsUser()
                + ", folder " + folder + ")");
    }

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setOwnableService(OwnableService ownableService)
    {
        this.ownableService = ownableService;
    }

    public void setAgencyFolders(AgencyFolders agencyFolders)
    {
        this.agencyFolders = agencyFolders;
    }

    public void setAgencyFolderSecurity(AgencyFolderSecurity agencyFolderSecurity)
    {
        this.agencyFolderSecurity = agencyFolderSecurity;
    }
}
