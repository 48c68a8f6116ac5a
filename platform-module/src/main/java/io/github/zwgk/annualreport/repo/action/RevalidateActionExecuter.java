package io.github.zwgk.annualreport.repo.action;

import java.util.List;

import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.analysis.RevalidationGuard;

/**
 * Repository action {@code annual-report-platform.revalidate}: re-runs the analysis of an annual report, forced (new
 * engine version, previous-year report uploaded later). Usable from folder rules and Share; the analysis itself runs
 * after the action's transaction commits. ActionService checks no permission: the executer refuses anyone who may not
 * re-validate the report ({@link RevalidationGuard}), so a clerk cannot touch another agency's reports through it.
 */
public class RevalidateActionExecuter extends ActionExecuterAbstractBase
{
    public static final String NAME = "annual-report-platform.revalidate";

    private NodeService nodeService;
    private ReportAnalysisService reportAnalysisService;
    private RevalidationGuard revalidationGuard;

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef)
    {
        // applicableTypes = ar:annualReport (bean definition); execute() itself does not check it
        if (!nodeService.exists(actionedUponNodeRef) || !isApplicableType(actionedUponNodeRef))
        {
            return;
        }
        if (!revalidationGuard.mayRevalidate(actionedUponNodeRef))
        {
            throw new AccessDeniedException("重新校验需要该报告的编辑权限或审核人员身份（" + actionedUponNodeRef + "）");
        }
        reportAnalysisService.requestAnalysis(actionedUponNodeRef, true);
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList)
    {
        // no parameters
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }

    public void setRevalidationGuard(RevalidationGuard revalidationGuard)
    {
        this.revalidationGuard = revalidationGuard;
    }
}
