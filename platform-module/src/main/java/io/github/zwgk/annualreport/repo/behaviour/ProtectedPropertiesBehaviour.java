package io.github.zwgk.annualreport.repo.behaviour;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Keeps what only the system writes system-only: on an annual report, the properties of ar:reportIdentity,
 * ar:reportFigures, ar:validation and ar:review (the analysis and the review workflow write them) and of ar:agency (the
 * report's agency is its agency folder's, copied by the system when the report is filed). Anyone else — REST, CMIS,
 * scripts, a check-in — is refused with AccessDenied: on a change of an existing report, and on the creation of any
 * content that arrives with such a value already set (it would become the report's when the node is typed). Copies,
 * check-out/check-in and version revert never carry these values at all ({@link ReportCopyBehaviour}).
 * <p>
 * The analysis and review aspects belong to reports: nobody but the system may put them on any other node (a plain
 * document in a site decorated with {@code ar:validationStatus=VALID} would show Share's 校验通过 indicator), nor
 * ar:review on any node at all; their properties are guarded wherever they are. ar:agency is also an agency folder's,
 * where administrators set it: it is guarded on reports only.
 */
public class ProtectedPropertiesBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnAddAspectPolicy
{
    /** The aspects whose properties only the system writes on a report. */
    public static final Set<QName> GUARDED_ASPECTS = Set.of(AnnualReportModel.ASPECT_AGENCY,
            AnnualReportModel.ASPECT_REPORT_IDENTITY, AnnualReportModel.ASPECT_REPORT_FIGURES,
            AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REVIEW);

    /** The aspects only the system puts on a node: the analysis's (on reports only) and the review's. */
    public static final Set<QName> SYSTEM_ASPECTS = Set.of(AnnualReportModel.ASPECT_REPORT_IDENTITY,
            AnnualReportModel.ASPECT_REPORT_FIGURES, AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REVIEW);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private DictionaryService dictionaryService;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                AnnualReportModel.TYPE_ANNUAL_REPORT,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        for (QName aspect : SYSTEM_ASPECTS)
        {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, aspect,
                    new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, aspect,
                    new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        }
    }

    /**
     * Only the system puts ar:review on a node, and the analysis aspects on anything but a report (a report has them
     * from its type, with their defaults, and its properties are guarded).
     */
    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName)
    {
        if (AuthenticationUtil.isRunAsUserTheSystemUser() || !nodeService.exists(nodeRef))
        {
            return;
        }
        if (AnnualReportModel.ASPECT_REVIEW.equals(aspectTypeQName)
                || !dictionaryService.isSubClass(nodeService.getType(nodeRef), AnnualReportModel.TYPE_ANNUAL_REPORT))
        {
            throw new AccessDeniedException(AnnualReportModel.PREFIX + ":" + aspectTypeQName.getLocalName()
                    + " is added by the annual report analysis and review only (user " + AuthenticationUtil.getRunAsUser()
                    + ", node " + nodeRef + ")");
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        if (AuthenticationUtil.isRunAsUserTheSystemUser())
        {
            return;
        }
        Set<QName> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        for (QName prop : changed)
        {
            if (isGuarded(prop) && !Objects.equals(before.get(prop), after.get(prop)))
            {
                throw refused(prop, nodeRef);
            }
        }
    }

    /** A new content node may not bring a guarded value with it (an explicit ar:annualReport or a residual property). */
    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef)
    {
        NodeRef node = childAssocRef.getChildRef();
        if (AuthenticationUtil.isRunAsUserTheSystemUser() || !nodeService.exists(node))
        {
            return;
        }
        for (Map.Entry<QName, Serializable> p : nodeService.getProperties(node).entrySet())
        {
            if (p.getValue() != null && isGuarded(p.getKey()) && !isDefault(p.getKey(), p.getValue()))
            {
                throw refused(p.getKey(), node);
            }
        }
    }

    private boolean isGuarded(QName prop)
    {
        if (!AnnualReportModel.URI.equals(prop.getNamespaceURI()))
        {
            return false;
        }
        PropertyDefinition def = dictionaryService.getProperty(prop);
        return def != null && GUARDED_ASPECTS.contains(def.getContainerClass().getName());
    }

    /** The model's default value, which the node service itself sets when a mandatory aspect is added. */
    private boolean isDefault(QName prop, Serializable value)
    {
        PropertyDefinition def = dictionaryService.getProperty(prop);
        return def != null && def.getDefaultValue() != null && def.getDefaultValue().equals(String.valueOf(value));
    }

    private static AccessDeniedException refused(QName prop, NodeRef node)
    {
        return new AccessDeniedException(AnnualReportModel.PREFIX + ":" + prop.getLocalName()
                + " is written by the annual report analysis, review and agency folder only (user "
                + AuthenticationUtil.getRunAsUser() + ", node " + node + ")");
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
}
