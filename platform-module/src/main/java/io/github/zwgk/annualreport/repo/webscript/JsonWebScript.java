package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.engine.store.ReportFilter;
import io.github.zwgk.annualreport.engine.io.ResultJson;


/** Base of the module's Java-backed web scripts: JSON out with Jackson, node and filter arguments in. */
public abstract class JsonWebScript extends AbstractWebScript
{
    /** The node of {@code …/{store_type}/{store_id}/{id}}. */
    protected static NodeRef nodeRef(WebScriptRequest req)
    {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        String storeType = vars.get("store_type");
        String storeId = vars.get("store_id");
        String id = vars.get("id");
        if (storeType == null || storeId == null || id == null)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "store_type, store_id and id are required");
        }
        return new NodeRef(new StoreRef(storeType, storeId), id);
    }

    /** year, agency, status, level from the query string; 400 on a bad value. */
    protected static ReportFilter filter(WebScriptRequest req)
    {
        try
        {
            return ReportFilter.parse(req.getParameter("year"), req.getParameter("agency"), req.getParameter("status"),
                    req.getParameter("level"));
        }
        catch (IllegalArgumentException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * Refuses a POST whose body is not declared JSON (415): an HTML form on another site can send a cross-site POST with
     * the browser's session or basic-auth credentials, but only as form or plain-text content; a cross-site request
     * with {@code Content-Type: application/json} needs a CORS pre-flight, which the repository does not grant.
     */
    protected static void requireJsonRequest(WebScriptRequest req)
    {
        String type = req.getContentType();
        if (type == null || !type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))
        {
            throw new WebScriptException(Status.STATUS_UNSUPPORTED_MEDIA_TYPE,
                    "Send this request with Content-Type: application/json (cross-site form posts are refused)");
        }
    }

    protected static void writeJson(WebScriptResponse res, int status, Object body) throws IOException
    {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentEncoding("UTF-8");
        OutputStream out = res.getOutputStream();
        ResultJson.mapper().writeValue(out, body);
        out.flush();
    }
}
