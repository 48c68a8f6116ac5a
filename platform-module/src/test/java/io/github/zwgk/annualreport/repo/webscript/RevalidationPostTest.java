package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.springframework.extensions.webscripts.WebScriptException;

import io.github.zwgk.annualreport.engine.store.StoredResult;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJob;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJobService;

/**
 * POST /annual-report/revalidation and GET its progress: administrators only, JSON only (no cross-site form post), and
 * not forced unless asked (issue 12.8: a forced bulk run ended the agencies' open tasks and grew their history).
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class RevalidationPostTest
{
    @Mock AuthorityService authorityService;

    private final List<Runnable> queued = new ArrayList<>();
    private RevalidationJobService jobs;
    private RevalidationPost post;
    private RevalidationGet get;

    @BeforeEach
    void setUp()
    {
        jobs = new RevalidationJobService();
        jobs.setExecutor(queued::add);
        post = new RevalidationPost();
        post.setAuthorityService(authorityService);
        post.setRevalidationJobService(jobs);
        get = new RevalidationGet();
        get.setAuthorityService(authorityService);
        get.setRevalidationJobService(jobs);
        when(authorityService.hasAdminAuthority()).thenReturn(true);
    }

    /** Posts {@code body} as JSON and returns the job it started. */
    private RevalidationJob start(String body) throws Exception
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of()).json(body);
        post.execute(ws.req, ws.res);
        verify(ws.res).setStatus(202);
        JsonNode answer = StoredResult.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        String jobId = answer.path("jobId").asText();
        assertThat(jobId).isNotBlank();
        assertThat(answer.path("progress").asText()).isEqualTo("/annual-report/revalidation/" + jobId);
        return jobs.get(jobId);
    }

    @Test
    void aNonAdministratorIsRefusedAndNothingIsQueued()
    {
        when(authorityService.hasAdminAuthority()).thenReturn(false);
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of()).json("{\"year\": 2023}");

        assertThat(catchThrowableOfType(WebScriptException.class, () -> post.execute(ws.req, ws.res)).getStatus()).isEqualTo(403);
        assertThat(queued).isEmpty();
    }

    @Test
    void aFormPostIsRefusedWith415AndNothingIsQueued()
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("year", "2023", "force", "true"))
                .body("application/x-www-form-urlencoded", "year=2023&force=true");

        assertThat(catchThrowableOfType(WebScriptException.class, () -> post.execute(ws.req, ws.res)).getStatus()).isEqualTo(415);
        assertThat(queued).isEmpty();
    }

    @Test
    void aRequestWithoutAContentTypeIsRefusedWith415()
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of("year", "2023"));

        assertThat(catchThrowableOfType(WebScriptException.class, () -> post.execute(ws.req, ws.res)).getStatus()).isEqualTo(415);
        assertThat(queued).isEmpty();
    }

    @Test
    void aBulkRunIsNotForcedUnlessAskedFor() throws Exception
    {
        RevalidationJob job = start("{\"year\": 2023}");

        assertThat(job.toMap()).containsEntry("force", false);
        assertThat(queued).hasSize(1);
    }

    @Test
    void aBulkRunIsForcedWhenAskedFor() throws Exception
    {
        assertThat(start("{\"year\": 2023, \"force\": true}").toMap()).containsEntry("force", true);
    }

    @Test
    void anAdministratorGetsAJobIdAndItsProgress() throws Exception
    {
        RevalidationJob job = start("{\"year\": 2023, \"status\": \"INVALID\", \"force\": false}");
        assertThat(job.state()).isEqualTo(RevalidationJob.State.QUEUED);
        assertThat(queued).hasSize(1);

        WebScriptMocks progress = new WebScriptMocks("json", Map.of("jobId", job.id()), Map.of());
        get.execute(progress.req, progress.res);

        JsonNode state = StoredResult.readTree(new String(progress.bytes(), StandardCharsets.UTF_8));
        assertThat(state.path("state").asText()).isEqualTo("QUEUED");
        assertThat(state.path("filter").path("year").asInt()).isEqualTo(2023);
        assertThat(state.path("filter").path("status").asText()).isEqualTo("INVALID");
        assertThat(state.path("force").asBoolean()).isFalse();
    }

    @Test
    void aBadFilterIs400()
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of()).json("{\"status\": \"BROKEN\"}");

        assertThat(catchThrowableOfType(WebScriptException.class, () -> post.execute(ws.req, ws.res)).getStatus()).isEqualTo(400);
        assertThat(queued).isEmpty();
    }

    @Test
    void anUnknownJobIs404()
    {
        WebScriptMocks ws = new WebScriptMocks("json", Map.of("jobId", "no-such-job"), Map.of());

        assertThat(catchThrowableOfType(WebScriptException.class, () -> get.execute(ws.req, ws.res)).getStatus()).isEqualTo(404);
    }
}
