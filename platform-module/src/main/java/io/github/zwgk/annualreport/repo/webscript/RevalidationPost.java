package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.engine.store.ReportFilter;
import io.github.zwgk.annualreport.engine.io.ResultJson;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJob;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJobService;

/**
 * POST /annual-report/revalidation (administrators): starts a background re-validation of the reports matching
 * {@code {"year":…, "agency":…, "status":…, "level":…, "force":false|true}} (JSON body, or the same as query
 * parameters) and answers 202 with {@code {"jobId": …}}. Not forced (the default), reports whose content was validated
 * already are skipped; forced, they are analysed again (a new engine version), and their review tasks are still left
 * alone when the result is the same content's.
 */
public class RevalidationPost extends JsonWebScript
{
    private AuthorityService authorityService;
    private RevalidationJobService revalidationJobService;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        requireAdmin(authorityService);
        requireJsonRequest(req);
        JsonNode body = body(req);
        ReportFilter filter;
        try
        {
            filter = ReportFilter.parse(arg(req, body, "year"), arg(req, body, "agency"), arg(req, body, "status"),
                    arg(req, body, "level"));
        }
        catch (IllegalArgumentException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        boolean force = "true".equalsIgnoreCase(arg(req, body, "force"));
        RevalidationJob job = revalidationJobService.start(filter, force, AuthenticationUtil.getRunAsUser());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jobId", job.id());
        out.put("progress", "/annual-report/revalidation/" + job.id());
        writeJson(res, Status.STATUS_ACCEPTED, out);
    }

    static void requireAdmin(AuthorityService authorityService)
    {
        if (!authorityService.hasAdminAuthority())
        {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "Bulk re-validation is for administrators only");
        }
    }

    private static JsonNode body(WebScriptRequest req)
    {
        Content content = req.getContent();
        try
        {
            String text = content == null ? null : content.getContent();
            return text == null || text.isBlank() ? null : ResultJson.mapper().readTree(text);
        }
        catch (IOException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "The body is not JSON: " + e.getMessage());
        }
    }

    private static String arg(WebScriptRequest req, JsonNode body, String name)
    {
        if (body != null && body.hasNonNull(name))
        {
            return body.get(name).asText();
        }
        return req.getParameter(name);
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setRevalidationJobService(RevalidationJobService revalidationJobService)
    {
        this.revalidationJobService = revalidationJobService;
    }
}
