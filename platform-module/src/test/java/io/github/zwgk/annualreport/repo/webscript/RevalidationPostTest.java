package io.github.zwgk.annualreport.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
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
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.WebScriptException;

import io.github.zwgk.annualreport.repo.analysis.RevalidationJob;
import io.github.zwgk.annualreport.repo.analysis.RevalidationJobService;
import io.github.zwgk.annualreport.repo.analysis.StoredResultJson;

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
    }

    @Test
    void nonAdministratorIsRefusedAndNothingIsQueued()
    {
        when(authorityService.hasAdminAuthority()).thenReturn(false);
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of());

        assertThatThrownBy(() -> post.execute(ws.req, ws.res)).isInstanceOf(WebScriptException.class)
                .satisfies(e -> assertThat(((WebScriptException) e).getStatus()).isEqualTo(403));
        assertThat(queued).isEmpty();
    }

    @Test
    void administratorGetsAJobIdAndItsProgress() throws Exception
    {
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        WebScriptMocks ws = new WebScriptMocks("json", Map.of(), Map.of());
        Content body = mock(Content.class);
        when(body.getContent()).thenReturn("{\"year\": 2023, \"status\": \"INVALID\", \"force\": false}");
        when(ws.req.getContent()).thenReturn(body);

        post.execute(ws.req, ws.res);

        verify(ws.res).setStatus(202);
        JsonNode answer = StoredResultJson.readTree(new String(ws.bytes(), StandardCharsets.UTF_8));
        String jobId = answer.path("jobId").asText();
        assertThat(jobId).isNotBlank();
        assertThat(queued).hasSize(1);
        RevalidationJob job = jobs.get(jobId);
        assertThat(job.state()).isEqualTo(RevalidationJob.State.QUEUED);

        WebScriptMocks progress = new WebScriptMocks("json", Map.of("jobId", jobId), Map.of());
        get.execute(progress.req, progress.res);
        JsonNode state = StoredResultJson.readTree(new String(progress.bytes(), StandardCharsets.UTF_8));
        assertThat(state.path("state").asText()).isEqualTo("QUEUED");
        assertThat(state.path("filter").path("year").asInt()).isEqualTo(2023);
        assertThat(state.path("filter").path("status").asText()).isEqualTo("INVALID");
        assertThat(state.path("force").asBoolean()).isFalse();
    }

    @Test
    void unknownJobIs404()
    {
        when(authorityService.hasAdminAuthority()).thenReturn(true);
        WebScriptMocks ws = new WebScriptMocks("json", Map.of("jobId", "no-such-job"), Map.of());

        assertThatThrownBy(() -> get.execute(ws.req, ws.res)).isInstanceOf(WebScriptException.class)
                .satisfies(e -> assertThat(((WebScriptException) e).getStatus()).isEqualTo(404));
    }
}
