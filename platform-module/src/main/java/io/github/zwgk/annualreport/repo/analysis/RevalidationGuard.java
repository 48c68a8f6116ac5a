package io.github.zwgk.annualreport.repo.analysis;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Who may have a report checked again (the 重新校验 action, POST /annual-report/validation): the current user must read
 * the report and either write it (its agency) or be a reviewer (GROUP_ANNUAL_REPORT_REVIEWERS) or an administrator.
 * {@code ActionService} checks no permission of its own, so every way in asks here. The current user's own authorities
 * are read ({@code getAuthorities()}): {@code getAuthoritiesForUser} is for administrators only.
 */
public class RevalidationGuard
{
    private PermissionService permissionService;
    private AuthorityService authorityService;

    /** Whether the current user may re-validate the report. */
    public boolean mayRevalidate(NodeRef report)
    {
        if (permissionService.hasPermission(report, PermissionService.READ) != AccessStatus.ALLOWED)
        {
            return false;
        }
        return permissionService.hasPermission(report, PermissionService.WRITE) == AccessStatus.ALLOWED
                || authorityService.hasAdminAuthority()
                || authorityService.getAuthorities().contains(AnnualReportModel.GROUP_REVIEWERS);
    }

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }
}
