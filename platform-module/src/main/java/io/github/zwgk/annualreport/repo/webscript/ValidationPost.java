package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;
import io.github.zwgk.annualreport.repo.analysis.RevalidationGuard;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * POST /annual-report/validation/{store_type}/{store_id}/{id} ({@code Content-Type: application/json}): has one report
 * checked again, forced. The report turns PENDING at once and is analysed after this request commits, on the same
 * bounded pool as uploads (a request thread never runs an analysis); the answer is 202 with the PENDING status, and
 * GET on the same URL tells when the result is there. Allowed to whoever may re-validate it ({@link RevalidationGuard}:
 * its agency, reviewers, administrators); 404 for a report the caller may not read.
 */
public class ValidationPost extends JsonWebScript
{
    private NodeService nodeService;
    private PermissionService permissionService;
    private DictionaryService dictionaryService;
    private RevalidationGuard revalidationGuard;
    private ReportAnalysisService reportAnalysisService;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        requireJsonRequest(req);
        NodeRef node = ValidationGet.existingReport(req, nodeService, permissionService, dictionaryService);
        if (!revalidationGuard.mayRevalidate(node))
        {
            throw new WebScriptException(Status.STATUS_FORBIDDEN,
                    "Re-validation needs write permission on the report or membership of " + AnnualReportModel.GROUP_REVIEWERS);
        }
        reportAnalysisService.requestAnalysis(node, true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeRef", node.toString());
        body.put("validationStatus", AnnualReportModel.STATUS_PENDING);
        body.put("analysisEnabled", reportAnalysisService.isEnabled());
        writeJson(res, Status.STATUS_ACCEPTED, body);
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

    public void setRevalidationGuard(RevalidationGuard revalidationGuard)
    {
        this.revalidationGuard = revalidationGuard;
    }

    public void setReportAnalysisService(ReportAnalysisService reportAnalysisService)
    {
        this.reportAnalysisService = reportAnalysisService;
    }
}
