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
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.workflow.WorkflowException;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;



class ReviewWorkflowListenerTest
{
    private static final String AGENCY = "GROUP_AR_AGENCY_HUAXIAN";

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
}
