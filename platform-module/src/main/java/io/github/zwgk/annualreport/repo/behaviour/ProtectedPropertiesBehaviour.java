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
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Keeps what the engine and the review workflow write system-only: the properties of ar:reportIdentity,
 * ar:reportFigures, ar:validation and ar:review are {@code <protected>} in the model (read-only in forms), and a
 * change by anyone but the system user (REST, CMIS, scripts) is refused with AccessDenied. Allowed: node creation
 * (the analysis then overwrites them), and check-out/check-in/revert, which copy them together with the content and
 * re-run the analysis.
 */
public class ProtectedPropertiesBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy
{
    static final Set<QName> GUARDED_ASPECTS = Set.of(AnnualReportModel.ASPECT_REPORT_IDENTITY,
            AnnualReportModel.ASPECT_REPORT_FIGURES, AnnualReportModel.ASPECT_VALIDATION, AnnualReportModel.ASPECT_REVIEW);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private DictionaryService dictionaryService;

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                AnnualReportModel.TYPE_ANNUAL_REPORT,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        if (before.isEmpty() || AuthenticationUtil.isRunAsUserTheSystemUser())
        {
            return;
        }
        if (!Objects.equals(before.get(ContentModel.PROP_CONTENT), after.get(ContentModel.PROP_CONTENT))
                || nodeService.hasAspect(nodeRef, ContentModel.ASPECT_CHECKED_OUT)
                || nodeService.hasAspect(nodeRef, ContentModel.ASPECT_WORKING_COPY))
        {
            return;
        }
        Set<QName> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        for (QName prop : changed)
        {
            if (AnnualReportModel.URI.equals(prop.getNamespaceURI()) && isGuarded(prop)
                    && !Objects.equals(before.get(prop), after.get(prop)))
            {
                throw new AccessDeniedException(AnnualReportModel.PREFIX + ":" + prop.getLocalName() + " is written by the annual report analysis and "
                        + "review only (user " + AuthenticationUtil.getRunAsUser() + ", node " + nodeRef + ")");
            }
        }
    }

    private boolean isGuarded(QName prop)
    {
        PropertyDefinition def = dictionaryService.getProperty(prop);
        return def != null && GUARDED_ASPECTS.contains(def.getContainerClass().getName());
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
