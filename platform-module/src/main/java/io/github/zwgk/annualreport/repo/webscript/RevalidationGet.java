package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;

import org.alfresco.service.cmr.security.AuthorityService;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.repo.analysis.RevalidationJob;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJobService;

/** GET /annual-report/revalidation/{jobId} (administrators): progress of a bulk re-validation; 404 for an unknown job. */
public class RevalidationGet extends JsonWebScript
{
    private AuthorityService authorityService;
    private RevalidationJobService revalidationJobService;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        RevalidationPost.requireAdmin(authorityService);
        String jobId = req.getServiceMatch().getTemplateVars().get("jobId");
        RevalidationJob job = jobId == null ? null : revalidationJobService.get(jobId);
        if (job == null)
        {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No re-validation job " + jobId);
        }
        writeJson(res, Status.STATUS_OK, job.toMap());
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
