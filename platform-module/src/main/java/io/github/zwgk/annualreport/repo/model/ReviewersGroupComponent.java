package io.github.zwgk.annualreport.repo.model;

import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Module component (runs once per repository, inside the module start-up transaction, as system): creates
 * GROUP_ANNUAL_REPORT_REVIEWERS (政务公开办审核人员) unless it exists.
 */
public class ReviewersGroupComponent extends AbstractModuleComponent
{
    private static final Log LOGGER = LogFactory.getLog(ReviewersGroupComponent.class);

    private AuthorityService authorityService;
    private String displayName = "政务公开办审核人员";

    @Override
    protected void executeInternal() throws Throwable
    {
        if (authorityService.authorityExists(AnnualReportModel.GROUP_REVIEWERS))
        {
            LOGGER.info(AnnualReportModel.GROUP_REVIEWERS + " exists; left as it is");
            return;
        }
        String shortName = authorityService.getShortName(AnnualReportModel.GROUP_REVIEWERS);
        authorityService.createAuthority(AuthorityType.GROUP, shortName, displayName, authorityService.getDefaultZones());
        LOGGER.info("Created " + AnnualReportModel.GROUP_REVIEWERS + " (" + displayName + ")");
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setDisplayName(String displayName)
    {
        this.displayName = displayName;
    }
}
