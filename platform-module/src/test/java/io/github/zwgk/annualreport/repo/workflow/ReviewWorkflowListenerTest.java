package io.github.zwgk.annualreport.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.TaskListener;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.workflow.WorkflowException;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.github.zwgk.annualreport.repo.TestAuthentication;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * The review process's listener: records where a report is, routes on its latest analysis, and guards the process:
 * only the system starts it (issue 12.4), only the candidate group holds a task, and a reviewer may not judge a report
 * they uploaded or last modified or that their own agency submitted, neither at claim nor at completion (issue 12.5).
 */
class ReviewWorkflowListenerTest
{
    private static final String AGENCY = "GROUP_AR_AGENCY_HUAXIAN";
    private static final String REVIEWERS = "GROUP_ANNUAL_REPORT_REVIEWERS";
    private static final String REVIEWER = "reviewer1";

    private final NodeRef report = new NodeRef("workspace://SpacesStore/report");
    private final NodeRef workflowPackage = new NodeRef("workspace://SpacesStore/package");
    private final NodeService nodeService = mock(NodeService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final ReviewStateRecorder recorder = mock(ReviewStateRecorder.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final DelegateTask task = mock(DelegateTask.class);
    private final Map<QName, Serializable> reportProperties = new HashMap<>();
    private final ReviewWorkflowListener listener = new ReviewWorkflowListener();

    @BeforeEach
    void wire()
    {
        TestAuthentication.initialise();
        listener.setNodeService(nodeService);
        listener.setAuthorityService(authorityService);
        listener.setRecorder(recorder);
        when(recorder.now()).thenReturn(new Date());

        when(execution.getVariable("bpm_package")).thenReturn(workflowPackage);
        when(nodeService.exists(workflowPackage)).thenReturn(true);
        when(nodeService.getChildAssocs(workflowPackage, WorkflowModel.ASSOC_PACKAGE_CONTAINS, RegexQNamePattern.MATCH_ALL))
                .thenReturn(List.of(new ChildAssociationRef(WorkflowModel.ASSOC_PACKAGE_CONTAINS, workflowPackage, null, report)));
        when(nodeService.getType(report)).thenReturn(AnnualReportModel.TYPE_ANNUAL_REPORT);
        when(nodeService.getProperties(report)).thenReturn(reportProperties);
        reportProperties.put(AnnualReportModel.PROP_VALIDATION_STATUS, "VALID_WITH_WARNINGS");
        reportProperties.put(AnnualReportModel.PROP_CONTENT_HASH, "hash-2");

        when(task.getExecution()).thenReturn(execution);
        when(task.getProcessInstanceId()).thenReturn("101");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_AGENCY_GROUP)).thenReturn(AGENCY);
        reportProperties.put(ContentModel.PROP_CREATOR, "huaxian.clerk");
        reportProperties.put(ContentModel.PROP_MODIFIER, "huaxian.clerk");
        reportProperties.put(AnnualReportModel.PROP_AGENCY_GROUP, AGENCY);
        when(authorityService.getAuthoritiesForUser(REVIEWER)).thenReturn(Set.of("GROUP_EVERYONE", REVIEWERS));
    }

    @AfterEach
    void tearDown()
    {
        TestAuthentication.clear();
    }

    @Test
    void registersItselfUnderTheNameTheBpmnResolves()
    {
        Map<Object, Object> beans = new HashMap<>();

        listener.setBeanRegistry(beans);

        assertThat(beans).containsEntry("annualReportReviewListener", listener);
    }

    @Test
    void aNewCorrectionTaskMarksTheReportReturnedWithTheReviewersComment()
    {
        event(TaskListener.EVENTNAME_CREATE, "correctReport");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_COMMENT)).thenReturn("数据与上年不一致");

        listener.notify(task);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        ArgumentCaptor<String> line = ArgumentCaptor.forClass(String.class);
        verify(recorder).record(eq(report), eq(ReviewState.RETURNED), props.capture(), line.capture());
        assertThat(props.getValue()).containsEntry(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$101")
                .containsEntry(AnnualReportModel.PROP_SUBMITTING_GROUP, AGENCY);
        assertThat(line.getValue()).contains("审核意见：数据与上年不一致");
    }

    @Test
    void aNewReviewTaskMarksTheReportUnderReview()
    {
        event(TaskListener.EVENTNAME_CREATE, "reviewReport");

        listener.notify(task);

        verify(recorder).record(eq(report), eq(ReviewState.UNDER_REVIEW), any(), any());
    }

    @Test
    void aRejectionWithoutACommentIsRefused()
    {
        event(TaskListener.EVENTNAME_COMPLETE, "reviewReport");
        when(task.getAssignee()).thenReturn("reviewer1");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME)).thenReturn("Reject");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_COMMENT)).thenReturn("  ");

        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(WorkflowException.class).hasMessageContaining("审核意见");
    }

    @Test
    void aRejectionRecordsTheReviewerAndComment()
    {
        event(TaskListener.EVENTNAME_COMPLETE, "reviewReport");
        when(task.getAssignee()).thenReturn("reviewer1");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME)).thenReturn("Reject");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_COMMENT)).thenReturn("第二部分缺少数据");

        listener.notify(task);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(recorder).record(eq(report), eq(null), props.capture(), eq("reviewer1 审核退回：第二部分缺少数据"));
        assertThat(props.getValue()).containsEntry(AnnualReportModel.PROP_REVIEWER, "reviewer1")
                .containsEntry(AnnualReportModel.PROP_REVIEW_COMMENT, "第二部分缺少数据");
    }

    @Test
    void completingATaskRoutesOnTheReportsLatestAnalysisNotOnTheForm()
    {
        event(TaskListener.EVENTNAME_COMPLETE, "reviewReport");
        when(task.getAssignee()).thenReturn("reviewer1");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME)).thenReturn("Approve");

        listener.notify(task);

        verify(task).setVariableLocal(AnnualReportWorkflowModel.VAR_VALIDATION_STATUS, "VALID_WITH_WARNINGS");
        verify(task).setVariableLocal(AnnualReportWorkflowModel.VAR_CONTENT_HASH, "hash-2");
    }

    @Test
    void aTaskCannotBeCompletedWhileANewVersionIsBeingAnalysed()
    {
        event(TaskListener.EVENTNAME_COMPLETE, "correctReport");
        reportProperties.put(AnnualReportModel.PROP_VALIDATION_STATUS, "PENDING");

        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(WorkflowException.class);
        verify(task, never()).setVariableLocal(any(), any());
    }

    @Test
    void aTaskCannotBeAssignedOutsideItsCandidateGroup()
    {
        event(TaskListener.EVENTNAME_ASSIGNMENT, "correctReport");
        when(task.getAssignee()).thenReturn("someone");
        when(authorityService.getAuthoritiesForUser("someone")).thenReturn(Set.of("GROUP_EVERYONE"));

        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(WorkflowException.class).hasMessageContaining(AGENCY);
    }

    @Test
    void theSystemMayEndATaskWhateverUserUploadedTheNewVersion()
    {
        event(TaskListener.EVENTNAME_ASSIGNMENT, "reviewReport");
        when(task.getAssignee()).thenReturn("agency-user");
        when(authorityService.getAuthoritiesForUser("agency-user")).thenReturn(Set.of("GROUP_EVERYONE", AGENCY));

        AuthenticationUtil.runAsSystem(() -> {
            listener.notify(task);
            return null;
        });

        verify(authorityService, never()).getAuthoritiesForUser("agency-user");
    }

    @Test
    void aReviewerMayClaimTheReviewTask()
    {
        event(TaskListener.EVENTNAME_ASSIGNMENT, "reviewReport");
        when(task.getAssignee()).thenReturn("reviewer1");
        when(authorityService.getAuthoritiesForUser("reviewer1")).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_ANNUAL_REPORT_REVIEWERS"));

        listener.notify(task);

        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void reachingApprovedMarksTheReportApprovedByItsReviewer()
    {
        when(execution.getEventName()).thenReturn(ExecutionListener.EVENTNAME_START);
        when(execution.getCurrentActivityId()).thenReturn("approved");
        when(nodeService.getProperty(report, AnnualReportModel.PROP_REVIEWER)).thenReturn("reviewer1");

        listener.notify(execution);

        verify(recorder).record(report, ReviewState.APPROVED, null, "reviewer1 审核通过");
    }

    @Test
    void aProcessEndingWithoutApprovalMarksTheReportRejected()
    {
        when(execution.getEventName()).thenReturn(ExecutionListener.EVENTNAME_END);
        when(recorder.state(report)).thenReturn(ReviewState.UNDER_REVIEW);

        listener.notify(execution);

        verify(recorder).record(eq(report), eq(ReviewState.REJECTED), eq(null), any());
    }

    private void event(String name, String taskKey)
    {
        when(task.getEventName()).thenReturn(name);
        when(task.getTaskDefinitionKey()).thenReturn(taskKey);
    }

    // ---------------------------------------------------------------- who starts the process (12.4)

    private void processStart()
    {
        when(execution.getEventName()).thenReturn(ExecutionListener.EVENTNAME_START);
        when(execution.getCurrentActivityId()).thenReturn("start");
    }

    @Test
    void aUserCannotStartTheReviewProcess()
    {
        processStart();

        assertThatThrownBy(() -> TestAuthentication.as("huaxian.clerk", () -> listener.notify(execution)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("huaxian.clerk");
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void anAdministratorCannotStartTheReviewProcessEither()
    {
        processStart();

        assertThatThrownBy(() -> TestAuthentication.as("admin", () -> listener.notify(execution)))
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void theSystemStartsTheReviewProcess()
    {
        processStart();

        TestAuthentication.as(AuthenticationUtil.getSystemUserName(), () -> listener.notify(execution));

        verify(recorder, never()).record(any(), any(), any(), any());
    }

    // ---------------------------------------------------------------- independent reviewers (12.5)

    private void claim()
    {
        event(TaskListener.EVENTNAME_ASSIGNMENT, "reviewReport");
        when(task.getAssignee()).thenReturn(REVIEWER);
    }

    private void approve()
    {
        event(TaskListener.EVENTNAME_COMPLETE, "reviewReport");
        when(task.getAssignee()).thenReturn(REVIEWER);
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME)).thenReturn("Approve");
    }

    private void notifyAsReviewer()
    {
        TestAuthentication.as(REVIEWER, () -> listener.notify(task));
    }

    @Test
    void aReviewerWhoUploadedTheReportCannotClaimItsReview()
    {
        reportProperties.put(ContentModel.PROP_CREATOR, REVIEWER);
        claim();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class).hasMessageContaining("上传人");
    }

    @Test
    void aReviewerWhoLastModifiedTheReportCannotClaimItsReview()
    {
        reportProperties.put(ContentModel.PROP_MODIFIER, REVIEWER);
        claim();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class).hasMessageContaining("最后修改人");
    }

    @Test
    void aReviewerInTheSubmittingAgencysGroupCannotClaimItsReview()
    {
        when(authorityService.getAuthoritiesForUser(REVIEWER)).thenReturn(Set.of("GROUP_EVERYONE", REVIEWERS, AGENCY));
        claim();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class).hasMessageContaining(AGENCY);
    }

    @Test
    void theSubmittingGroupRecordedAtSubmissionCountsOverTheReportsCurrentGroup()
    {
        reportProperties.put(AnnualReportModel.PROP_SUBMITTING_GROUP, "GROUP_AR_AGENCY_GUANDIAN");
        when(authorityService.getAuthoritiesForUser(REVIEWER))
                .thenReturn(Set.of("GROUP_EVERYONE", REVIEWERS, "GROUP_AR_AGENCY_GUANDIAN"));
        claim();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("GROUP_AR_AGENCY_GUANDIAN");
    }

    @Test
    void aReviewerWhoUploadedTheReportCannotApproveIt()
    {
        // claimed before the rule, or assigned directly: completion is checked again
        reportProperties.put(ContentModel.PROP_CREATOR, REVIEWER);
        approve();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class);
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void aReviewerWhoLastModifiedTheReportCannotApproveIt()
    {
        reportProperties.put(ContentModel.PROP_MODIFIER, REVIEWER);
        approve();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class);
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void aReviewerInTheSubmittingAgencysGroupCannotApproveIt()
    {
        when(authorityService.getAuthoritiesForUser(REVIEWER)).thenReturn(Set.of("GROUP_EVERYONE", REVIEWERS, AGENCY));
        approve();

        assertThatThrownBy(this::notifyAsReviewer).isInstanceOf(WorkflowException.class);
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void anIndependentReviewerApproves()
    {
        approve();

        notifyAsReviewer();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(recorder).record(eq(report), eq(null), props.capture(), eq(null));
        assertThat(props.getValue()).containsEntry(AnnualReportModel.PROP_REVIEWER, REVIEWER);
    }

    @Test
    void theSystemIsNeverRefused()
    {
        // the system ends tasks after an analysis; whatever the report says about it
        reportProperties.put(ContentModel.PROP_CREATOR, AuthenticationUtil.getSystemUserName());
        reportProperties.put(ContentModel.PROP_MODIFIER, AuthenticationUtil.getSystemUserName());
        event(TaskListener.EVENTNAME_ASSIGNMENT, "reviewReport");
        when(task.getAssignee()).thenReturn(AuthenticationUtil.getSystemUserName());

        TestAuthentication.as(AuthenticationUtil.getSystemUserName(), () -> listener.notify(task));

        event(TaskListener.EVENTNAME_COMPLETE, "reviewReport");
        when(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME)).thenReturn("Approve");
        TestAuthentication.as(AuthenticationUtil.getSystemUserName(), () -> listener.notify(task));

        verify(authorityService, never()).getAuthoritiesForUser(AuthenticationUtil.getSystemUserName());
    }
}
