package io.github.zwgk.annualreport.repo.behaviour;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Closes an agency submission space to everyone but its agency group and the reviewers: inheritance broken, the agency
 * group gets {@code agencyRole} (Collaborator: upload, new versions, edit own files), GROUP_ANNUAL_REPORT_REVIEWERS gets
 * {@code reviewerRole} (Consumer: reviewers judge reports through workflow tasks, which write ar:review as system; they
 * never edit an agency's submission). So no agency sees another's reports. Runs with the caller's rights: whoever
 * marks a folder must be allowed to change its permissions.
 */
public class AgencyFolderSecurity
{
    private static final Log LOGGER = LogFactory.getLog(AgencyFolderSecurity.class);

    private PermissionService permissionService;
    private AuthorityService authorityService;
    private String agencyRole = "Collaborator";
    private String reviewerRole = PermissionService.CONSUMER;

    /**
     * Applies the agency folder permissions for a change of ar:agencyGroup from {@code oldGroup} to {@code newGroup}
     * (either may be null).
     *
     * @throws AlfrescoRuntimeException when {@code newGroup} is not an existing group (GROUP_…): the change is refused
     */
    public void secure(NodeRef folder, String oldGroup, String newGroup)
    {
        if (newGroup != null)
        {
            if (!newGroup.startsWith(PermissionService.GROUP_PREFIX))
            {
                throw new AlfrescoRuntimeException("ar:agencyGroup must name a group (GROUP_…), not '" + newGroup + "'");
            }
            if (!authorityService.authorityExists(newGroup))
            {
                throw new AlfrescoRuntimeException("ar:agencyGroup names a group that does not exist: " + newGroup
                        + " (create it first, e.g. " + AnnualReportModel.GROUP_AGENCY_PREFIX + "HUAXIAN)");
            }
        }
        if (oldGroup != null && !oldGroup.equals(newGroup))
        {
            permissionService.deletePermission(folder, oldGroup, agencyRole);
        }
        if (newGroup == null)
        {
            LOGGER.info("Agency folder " + folder + " names no agency group: only reviewers keep access");
        }
        else
        {
            permissionService.setPermission(folder, newGroup, agencyRole, true);
        }
        permissionService.setPermission(folder, AnnualReportModel.GROUP_REVIEWERS, reviewerRole, true);
        permissionService.setInheritParentPermissions(folder, false);
    }

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setAgencyRole(String agencyRole)
    {
        this.agencyRole = agencyRole;
    }

    public void setReviewerRole(String reviewerRole)
    {
        this.reviewerRole = reviewerRole;
    }
}
