package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.repo.analysis.AnalysisRun;
import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * POST /annual-report/validation/{store_type}/{store_id}/{id}: re-validates one report now (forced) and answers with
 * the outcome. Allowed to whoever may write the report, reviewers and administrators. The descriptor runs it without
 * a transaction: the analysis opens its own.
 */
public class ValidationPost extends JsonWebScript
{
    private NodeService nodeService;
    private PermissionService permissionService;
    private DictionaryService dictionaryService;
    private AuthorityService authorityService;
    private ReportAnalysisService reportAnalysisService;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        NodeRef node = ValidationGet.existingReport(req, nodeService, permissionService, dictionaryService);
        if (!mayRevalidate(node))
        {
            throw new WebScriptException(Status.STATUS_FORBIDDEN,
                    "Re-validation needs write permission on the report or membership of " + AnnualReportModel.GROUP_REVIEWERS);
        }
        AnalysisRun run = reportAnalysisService.analyseNow(node, true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeRef", node.toString());
        body.put("outcome", run.outcome().name());
        body.put("validationStatus", run.status());
        body.put("detail", run.detail());
        writeJson(res, Status.STATUS_OK, body);
    }

    boolean mayRevalidate(NodeRef node)
    {
        return permissionService.hasPermission(node, PermissionService.WRITE) == AccessStatus.ALLOWED
                || authorityService.hasAdminAuthority()
                || authorityService.getAuthoritiesForUser(AuthenticationUtil.getRunAsUser()).contains(AnnualReportModel.GROUP_REVIEWERS);
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setDictionaryService(DictionaryService dictionaryService)
    {
        this.dictionaryService = dictionaryService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }
}
