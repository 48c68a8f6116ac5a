package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.io.Serializable;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * GET /annual-report/validation/{store_type}/{store_id}/{id}: the report's validation properties (status, reason, counts,
 * findings, while PENDING since when and the next attempt), its review state and history, and the stored engine JSON
 * ({@code result}, null while PENDING: it would be the previous content's). 404 for a missing node, one the caller may
 * not read, or one that is not an annual report (public services).
 */
public class ValidationGet extends JsonWebScript
{
    private NodeService nodeService;
    private ContentService contentService;
    private PermissionService permissionService;
    private DictionaryService dictionaryService;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        NodeRef node = existingReport(req, nodeService, permissionService, dictionaryService);
        Map<QName, Serializable> props = nodeService.getProperties(node);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeRef", node.toString());
        body.put("name", props.get(ContentModel.PROP_NAME));
        body.put("validationStatus", props.get(AnnualReportModel.PROP_VALIDATION_STATUS));
        body.put("statusReason", props.get(AnnualReportModel.PROP_STATUS_REASON));
        body.put("errorCount", props.get(AnnualReportModel.PROP_ERROR_COUNT));
        body.put("warningCount", props.get(AnnualReportModel.PROP_WARNING_COUNT));
        body.put("infoCount", props.get(AnnualReportModel.PROP_INFO_COUNT));
        body.put("findings", props.get(AnnualReportModel.PROP_FINDINGS));
        body.put("findingCodes", props.get(AnnualReportModel.PROP_FINDING_CODES));
        Serializable at = props.get(AnnualReportModel.PROP_VALIDATED_AT);
        body.put("validatedAt", at instanceof Date d ? d.toInstant().toString() : null);
        body.put("engineVersion", props.get(AnnualReportModel.PROP_ENGINE_VERSION));
        body.put("contentHash", props.get(AnnualReportModel.PROP_CONTENT_HASH));
        Serializable pending = props.get(AnnualReportModel.PROP_PENDING_SINCE);
        body.put("pendingSince", pending instanceof Date d ? d.toInstant().toString() : null);
        Serializable retry = props.get(AnnualReportModel.PROP_RETRY_AT);
        body.put("retryAt", retry instanceof Date d ? d.toInstant().toString() : null);
        body.put("reviewState", props.get(AnnualReportModel.PROP_REVIEW_STATE));
        body.put("reviewHistory", props.get(AnnualReportModel.PROP_REVIEW_HISTORY));
        // while PENDING the stored JSON is the previous content's: not this content's result
        boolean isPending = AnnualReportModel.STATUS_PENDING.equals(props.get(AnnualReportModel.PROP_VALIDATION_STATUS));
        ContentReader reader = isPending ? null : contentService.getReader(node, AnnualReportModel.PROP_VALIDATION_RESULT);
        body.put("result", reader != null && reader.exists() ? ResultJson.mapper().readTree(reader.getContentString()) : null);
        writeJson(res, Status.STATUS_OK, body);
    }

    /**
     * The node of the URL if it exists, the caller may read it and it is an ar:annualReport; else 404, the same answer
     * for all three, so that nobody learns whether another agency's report exists.
     */
    static NodeRef existingReport(WebScriptRequest req, NodeService nodeService, PermissionService permissionService,
            DictionaryService dictionaryService)
    {
        NodeRef node = nodeRef(req);
        if (!nodeService.exists(node) || permissionService.hasPermission(node, PermissionService.READ) != AccessStatus.ALLOWED
                || !dictionaryService.isSubClass(nodeService.getType(node), AnnualReportModel.TYPE_ANNUAL_REPORT))
        {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No annual report " + node);
        }
        return node;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService)
    {
        this.contentService = contentService;
    }

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setDictionaryService(DictionaryService dictionaryService)
    {
        this.dictionaryService = dictionaryService;
    }
}
