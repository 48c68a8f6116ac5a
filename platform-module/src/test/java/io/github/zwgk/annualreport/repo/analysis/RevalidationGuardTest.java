package io.github.zwgk.annualreport.repo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Who may have a report checked again: whoever reads it and writes it (its agency), or reads it and reviews or
 * administers. Reviewer membership is read from the current user's own authorities: {@code getAuthoritiesForUser} is
 * for administrators only and answered a reviewer's POST with 500 Access Denied (issue 11.4).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class RevalidationGuardTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock PermissionService permissionService;
    @Mock AuthorityService authorityService;

    private RevalidationGuard guard;

    @BeforeEach
    void setUp()
    {
        guard = new RevalidationGuard();
        guard.setPermissionService(permissionService);
        guard.setAuthorityService(authorityService);
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(permissionService.hasPermission(report, PermissionService.WRITE)).thenReturn(AccessStatus.DENIED);
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE"));
    }

    @Test
    void aReviewerIsRecognisedByTheirOwnAuthorities()
    {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", AnnualReportModel.GROUP_REVIEWERS));

        assertThat(guard.mayRevalidate(report)).isTrue();

        verify(authorityService).getAuthorities();
        verify(authorityService, never()).getAuthoritiesForUser(anyString());
    }

    @Test
    void theReportsAgencyMayThroughItsWritePermission()
    {
        when(permissionService.hasPermission(report, PermissionService.WRITE)).thenReturn(AccessStatus.ALLOWED);

        assertThat(guard.mayRevalidate(report)).isTrue();
    }

    @Test
    void anAdministratorMay()
    {
        when(authorityService.hasAdminAuthority()).thenReturn(true);

        assertThat(guard.mayRevalidate(report)).isTrue();
    }

    @Test
    void aReaderWhoIsNeitherMayNot()
    {
        assertThat(guard.mayRevalidate(report)).isFalse();
        verify(authorityService, never()).getAuthoritiesForUser(anyString());
    }

    @Test
    void nobodyMayWithoutReadingTheReport()
    {
        when(permissionService.hasPermission(report, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        when(permissionService.hasPermission(report, PermissionService.WRITE)).thenReturn(AccessStatus.ALLOWED);
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        when(authorityService.getAuthorities()).thenReturn(Set.of(AnnualReportModel.GROUP_REVIEWERS));

        assertThat(guard.mayRevalidate(report)).isFalse();
    }
}
