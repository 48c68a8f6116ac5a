package io.github.zwgk.annualreport.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.dictionary.TypeDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.cmr.workflow.WorkflowTaskDefinition;
import org.alfresco.service.cmr.workflow.WorkflowTaskQuery;
import org.alfresco.service.cmr.workflow.WorkflowTaskState;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import io.github.zwgk.annualreport.repo.TestAuthentication;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * The review process driven by analyses, against a mocked WorkflowService that answers task queries as Activiti does
 * (tasks of an ended process only with {@code active} unset). Pins issue 11.3 (an approval stands), 11.6 (a resubmission
 * clears the last round's reviewer), 12.2 (a pointer to another agency's process is ignored), 12.4 (the system starts
 * the process, on behalf of the administrator), 12.7 (deleting a report cancels its review) and 12.8 (an unchanged analysis leaves the tasks alone).
 */
class ReportReviewServiceImplTest
{
    private static final String AGENCY = "GROUP_AR_AGENCY_HUAXIAN";
    private static final String INSTANCE = "activiti$601";
    private static final String DEFINITION_ID = "activiti$annualReportReview:1:4";
    private static final String CLERK = "huaxian.clerk";

    private final NodeRef report = new NodeRef("workspace://SpacesStore/report");
    private final NodeRef agencyFolder = new NodeRef("workspace://SpacesStore/agency");
    private final NodeRef workflowPackage = new NodeRef("workspace://SpacesStore/package");
    private final NodeRef newPackage = new NodeRef("workspace://SpacesStore/new-package");
    private final QName reportAssoc = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "report.docx");
    private final WorkflowDefinition definition = new WorkflowDefinition(DEFINITION_ID, "activiti$annualReportReview", "1",
            "年度报告审核", "", null);

    private final WorkflowService workflowService = mock(WorkflowService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final ReviewStateRecorder recorder = mock(ReviewStateRecorder.class);
    private final ReviewDueDates dueDates = mock(ReviewDueDates.class);
    private final ReportReviewServiceImpl service = new ReportReviewServiceImpl();
    private final Map<QName, Serializable> properties = new HashMap<>();
    /** The tasks of every process, as the mocked workflow engine holds them. */
    private final Map<String, List<WorkflowTask>> tasksByProcess = new HashMap<>();
    private final Map<String, Boolean> processActive = new HashMap<>();
    /** Who was authenticated when the workflow service was called: "method:fully authenticated user/run-as user". */
    private final List<String> callers = new ArrayList<>();

    @BeforeEach
    void wire()
    {
        TestAuthentication.initialise();
        service.setWorkflowService(workflowService);
        service.setNodeService(nodeService);
        service.setAuthorityService(authorityService);
        service.setRecorder(recorder);
        service.setDueDates(dueDates);

        when(nodeService.exists(any(NodeRef.class))).thenReturn(true);
        when(nodeService.getProperties(report)).thenReturn(properties);
        when(nodeService.getPrimaryParent(report)).thenReturn(new ChildAssociationRef(null, agencyFolder, reportAssoc, report));
        when(nodeService.getProperty(eq(report), any())).thenAnswer(call -> properties.get(call.getArgument(1)));
        packageHolds(workflowPackage, report);
        when(recorder.now()).thenReturn(new Date());
        when(authorityService.authorityExists(AGENCY)).thenReturn(true);
        properties.put(AnnualReportModel.PROP_AGENCY_GROUP, AGENCY);
        properties.put(AnnualReportModel.PROP_AGENCY_NAME, "滑县人民政府办公室");
        properties.put(AnnualReportModel.PROP_REPORT_YEAR, 2024);
        properties.put(AnnualReportModel.PROP_CONTENT_HASH, "hash-1");
        properties.put(AnnualReportModel.PROP_FINDINGS, new ArrayList<>(List.of("表三 第1列 总计不等于各项之和")));
        properties.put(AnnualReportModel.PROP_ERROR_COUNT, 1);

        when(workflowService.getDefinitionByName("activiti$annualReportReview")).thenReturn(definition);
        when(workflowService.createPackage(null)).thenReturn(newPackage);
        when(workflowService.queryTasks(any(WorkflowTaskQuery.class), eq(true))).thenAnswer(call -> query(call.getArgument(0)));
        doAnswer(call -> {
            callers.add("startWorkflow:" + AuthenticationUtil.getFullyAuthenticatedUser() + "/" + AuthenticationUtil.getRunAsUser());
            return new WorkflowPath("activiti$path", instance("activiti$901", true, newPackage), null, true);
        }).when(workflowService).startWorkflow(eq(DEFINITION_ID), anyMap());
        doAnswer(call -> {
            callers.add("endTask:" + AuthenticationUtil.getFullyAuthenticatedUser() + "/" + AuthenticationUtil.getRunAsUser());
            return null;
        }).when(workflowService).endTask(anyString(), any());
        doAnswer(call -> {
            callers.add("cancelWorkflow:" + AuthenticationUtil.getFullyAuthenticatedUser() + "/" + AuthenticationUtil.getRunAsUser());
            return null;
        }).when(workflowService).cancelWorkflow(anyString());
    }

    @AfterEach
    void tearDown()
    {
        TestAuthentication.clear();
    }

    /** Activiti's answer: by process and state; {@code active} TRUE (the default) only for running processes. */
    private List<WorkflowTask> query(WorkflowTaskQuery q)
    {
        List<WorkflowTask> found = new ArrayList<>();
        boolean running = processActive.getOrDefault(q.getProcessId(), false);
        if (q.isActive() != null && q.isActive() != running)
        {
            return found;
        }
        for (WorkflowTask t : tasksByProcess.getOrDefault(q.getProcessId(), List.of()))
        {
            if (q.getTaskState() == null || q.getTaskState() == t.getState())
            {
                found.add(t);
            }
        }
        return found;
    }

    private void packageHolds(NodeRef pkg, NodeRef item)
    {
        when(nodeService.getChildAssocs(pkg, WorkflowModel.ASSOC_PACKAGE_CONTAINS, RegexQNamePattern.MATCH_ALL))
                .thenReturn(List.of(new ChildAssociationRef(WorkflowModel.ASSOC_PACKAGE_CONTAINS, pkg, reportAssoc, item)));
    }

    private WorkflowInstance instance(String id, boolean active, NodeRef pkg)
    {
        return new WorkflowInstance(id, definition, "年度报告审核", null, pkg, agencyFolder, active, null, null);
    }

    /** The report's review: {@link #INSTANCE}, its package holding the report, with these tasks. */
    private void review(boolean active, WorkflowTask... tasks)
    {
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, INSTANCE);
        when(workflowService.getWorkflowById(INSTANCE)).thenReturn(instance(INSTANCE, active, workflowPackage));
        processActive.put(INSTANCE, active);
        tasksByProcess.put(INSTANCE, List.of(tasks));
    }

    private void analysed(String status)
    {
        properties.put(AnnualReportModel.PROP_VALIDATION_STATUS, status);
    }

    private static WorkflowTask task(String id, QName type, WorkflowTaskState state, String hash, String status)
    {
        TypeDefinition metadata = mock(TypeDefinition.class);
        when(metadata.getName()).thenReturn(type);
        WorkflowTaskDefinition taskDefinition = new WorkflowTaskDefinition(type.getLocalName(), null, metadata);
        Map<QName, Serializable> props = new HashMap<>();
        props.put(AnnualReportWorkflowModel.PROP_CONTENT_HASH, hash);
        props.put(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, status);
        return new WorkflowTask(id, taskDefinition, type.getLocalName(), type.getLocalName(), "", state, null, props);
    }

    private Map<QName, Serializable> updated(String taskId)
    {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> update = ArgumentCaptor.forClass(Map.class);
        verify(workflowService).updateTask(eq(taskId), update.capture(), eq(null), eq(null));
        return update.getValue();
    }

    // ---------------------------------------------------------------- starting a review

    @Test
    void theFirstAnalysisStartsTheReviewWithTheReportInItsPackageAndEndsTheStartTask()
    {
        analysed("INVALID");
        Date due = new Date();
        when(dueDates.dueDate(2024, null, null)).thenReturn(due);
        WorkflowTask startTask = task("activiti$start901", AnnualReportWorkflowModel.TYPE_SUBMIT_REPORT_TASK,
                WorkflowTaskState.IN_PROGRESS, null, null);
        when(workflowService.getStartTask("activiti$901")).thenReturn(startTask);

        service.onAnalysisCompleted(report);

        // linked through the recorder, which keeps the report's cm:modifier (the review runs for the administrator)
        verify(recorder).link(newPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, reportAssoc);
        verify(nodeService, never()).addChild(any(NodeRef.class), any(NodeRef.class), any(), any());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> parameters = ArgumentCaptor.forClass(Map.class);
        InOrder order = inOrder(workflowService, recorder);
        order.verify(workflowService).startWorkflow(eq(DEFINITION_ID), parameters.capture());
        order.verify(workflowService).endTask("activiti$start901", null);
        assertThat(parameters.getValue())
                .containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "INVALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_AGENCY_GROUP, AGENCY)
                .containsEntry(AnnualReportWorkflowModel.PROP_AGENCY_NAME, "滑县人民政府办公室")
                .containsEntry(AnnualReportWorkflowModel.PROP_REPORT_YEAR, 2024)
                .containsEntry(AnnualReportWorkflowModel.PROP_CONTENT_HASH, "hash-1")
                .containsEntry(WorkflowModel.ASSOC_PACKAGE, newPackage)
                .containsEntry(WorkflowModel.PROP_CONTEXT, agencyFolder)
                .containsEntry(WorkflowModel.PROP_WORKFLOW_DUE_DATE, due);
        assertThat((String) parameters.getValue().get(AnnualReportWorkflowModel.PROP_FINDINGS_TEXT))
                .startsWith("自动校验结果：不通过").contains("1. 表三 第1列 总计不等于各项之和");
        verify(recorder).record(report, null, Map.of(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$901"), null);
    }

    @Test
    void theProcessIsStartedByTheSystemOnBehalfOfTheAdministratorWhateverRequestTriggeredTheAnalysis()
    {
        analysed("INVALID");
        WorkflowTask startTask = task("activiti$start901", AnnualReportWorkflowModel.TYPE_SUBMIT_REPORT_TASK,
                WorkflowTaskState.IN_PROGRESS, null, null);
        when(workflowService.getStartTask("activiti$901")).thenReturn(startTask);

        String after = TestAuthentication.as(CLERK, () -> {
            service.onAnalysisCompleted(report);
            return AuthenticationUtil.getFullyAuthenticatedUser();
        });

        // the start listener admits the system only; the initiator (the fully authenticated user) is the administrator,
        // never the clerk, who as initiator could cancel their own review
        assertThat(callers).containsExactly("startWorkflow:admin/System", "endTask:admin/System");
        // and the clerk's own authentication is back afterwards
        assertThat(after).isEqualTo(CLERK);
    }

    @Test
    void aReportOutsideAnyAgencySpaceGetsNoReview()
    {
        analysed("INVALID");
        properties.remove(AnnualReportModel.PROP_AGENCY_GROUP);
        when(nodeService.hasAspect(agencyFolder, AnnualReportModel.ASPECT_AGENCY_FOLDER)).thenReturn(true);

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).startWorkflow(anyString(), any());
    }

    @Test
    void theAgencyGroupComesFromTheAgencySpaceWhenTheReportHasNone()
    {
        properties.remove(AnnualReportModel.PROP_AGENCY_GROUP);
        when(nodeService.getProperty(agencyFolder, AnnualReportModel.PROP_AGENCY_GROUP)).thenReturn(AGENCY);

        assertThat(service.agencyGroup(report)).isEqualTo(AGENCY);
    }

    @Test
    void aPendingAnalysisMovesNothing()
    {
        analysed("PENDING");

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).getWorkflowById(anyString());
        verify(workflowService, never()).startWorkflow(anyString(), any());
    }

    // ---------------------------------------------------------------- whose process the pointer names

    @Test
    void aPointerToAnotherAgencysProcessIsIgnoredAndThatReviewIsNotTouched()
    {
        // issue 12.2: a clerk's junk file pointing at agency B's running review
        analysed("INVALID");
        NodeRef otherPackage = new NodeRef("workspace://SpacesStore/package-b");
        NodeRef otherReport = new NodeRef("workspace://SpacesStore/report-b");
        packageHolds(otherPackage, otherReport);
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$751");
        when(workflowService.getWorkflowById("activiti$751")).thenReturn(instance("activiti$751", true, otherPackage));
        processActive.put("activiti$751", true);
        tasksByProcess.put("activiti$751", List.of(task("activiti$b-review", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK,
                WorkflowTaskState.IN_PROGRESS, "hash-b", "VALID")));

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).updateTask(eq("activiti$b-review"), any(), any(), any());
        verify(workflowService, never()).endTask(eq("activiti$b-review"), any());
        verify(workflowService, never()).cancelWorkflow(anyString());
        // the junk gets a review of its own
        verify(workflowService).startWorkflow(eq(DEFINITION_ID), anyMap());
    }

    @Test
    void aPointerToAProcessOfAnotherDefinitionIsIgnored()
    {
        analysed("VALID");
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$77");
        WorkflowDefinition adhoc = new WorkflowDefinition("activiti$activitiAdhoc:1:1", "activiti$activitiAdhoc", "1", "", "", null);
        when(workflowService.getWorkflowById("activiti$77"))
                .thenReturn(new WorkflowInstance("activiti$77", adhoc, "", null, workflowPackage, null, true, null, null));
        processActive.put("activiti$77", true);
        tasksByProcess.put("activiti$77", List.of(task("activiti$adhoc", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK,
                WorkflowTaskState.IN_PROGRESS, "hash-0", "VALID")));

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).updateTask(anyString(), any(), any(), any());
        verify(workflowService).startWorkflow(eq(DEFINITION_ID), anyMap());
    }

    // ---------------------------------------------------------------- a running review

    @Test
    void aNewVersionEndsTheAgencysCorrectionTaskAsTheSystemWithItsAnalysis()
    {
        analysed("VALID");
        review(true, task("activiti$7", AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-0", "INVALID"));

        TestAuthentication.as(CLERK, () -> service.onAnalysisCompleted(report));

        assertThat(updated("activiti$7")).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "VALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_CONTENT_HASH, "hash-1")
                .containsEntry(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, null);
        verify(workflowService).endTask("activiti$7", null);
        assertThat(callers).containsExactly("endTask:System/System");
        verify(workflowService, never()).startWorkflow(anyString(), any());
    }

    @Test
    void aResubmissionClearsTheLastRoundsReviewerDateAndComment()
    {
        // issue 11.6: after 退回 the old reviewer, date and comment stayed on the resubmitted report
        analysed("VALID");
        review(true, task("activiti$7", AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-0", "INVALID"));

        service.onAnalysisCompleted(report);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> submission = ArgumentCaptor.forClass(Map.class);
        verify(recorder).record(eq(report), eq(ReviewState.SUBMITTED), submission.capture(), any());
        assertThat(submission.getValue()).containsEntry(AnnualReportModel.PROP_REVIEWER, null)
                .containsEntry(AnnualReportModel.PROP_REVIEWED_AT, null)
                .containsEntry(AnnualReportModel.PROP_REVIEW_COMMENT, null)
                .containsKey(AnnualReportModel.PROP_SUBMITTED_AT);
        assertThat(submission.getValue().get(AnnualReportModel.PROP_SUBMITTED_AT)).isNotNull();
    }

    @Test
    void aValidNewVersionDuringReviewUpdatesTheReviewTaskAndLeavesItWithTheReviewers()
    {
        analysed("VALID_WITH_WARNINGS");
        review(true, task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-0", "VALID"));

        service.onAnalysisCompleted(report);

        assertThat(updated("activiti$8")).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "VALID_WITH_WARNINGS")
                .containsEntry(AnnualReportWorkflowModel.PROP_CONTENT_HASH, "hash-1");
        verify(workflowService, never()).endTask(anyString(), any());
    }

    @Test
    void anInvalidNewVersionDuringReviewEndsTheReviewTaskWithTheAutomaticComment()
    {
        analysed("INVALID");
        review(true, task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-0", "VALID"));

        service.onAnalysisCompleted(report);

        assertThat(updated("activiti$8")).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "INVALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, ReportReviewServiceImpl.NEW_VERSION_FAILED_COMMENT);
        verify(workflowService).endTask("activiti$8", null);
        assertThat(callers).containsExactly("endTask:System/System");
    }

    @Test
    void reanalysingTheContentACorrectionTaskHoldsLeavesItAlone()
    {
        // issue 12.8: a (bulk) re-validation of unchanged content ended the agency's task and lost its claim
        analysed("INVALID");
        review(true, task("activiti$7", AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-1", "INVALID"));

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).updateTask(anyString(), any(), any(), any());
        verify(workflowService, never()).endTask(anyString(), any());
        verify(workflowService, never()).startWorkflow(anyString(), any());
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void reanalysingTheContentAReviewTaskHoldsLeavesItAlone()
    {
        analysed("VALID_WITH_WARNINGS");
        review(true, task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-1", "VALID_WITH_WARNINGS"));

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).updateTask(anyString(), any(), any(), any());
        verify(workflowService, never()).endTask(anyString(), any());
        verify(recorder, never()).record(any(), any(), any(), any());
    }

    @Test
    void theSameContentWithANewVerdictMovesTheReviewOn()
    {
        // a new engine version fails what it passed before
        analysed("INVALID");
        review(true, task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-1", "VALID"));

        service.onAnalysisCompleted(report);

        verify(workflowService).endTask("activiti$8", null);
    }

    // ---------------------------------------------------------------- an ended review

    @Test
    void reanalysingTheApprovedContentStartsNoNewReview()
    {
        // issue 11.3: the completed tasks of an ended process are found only with active unset
        analysed("VALID");
        review(false, task("activiti$9", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.COMPLETED,
                "hash-1", "VALID"));
        when(recorder.state(report)).thenReturn(ReviewState.APPROVED);

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).startWorkflow(anyString(), any());
        ArgumentCaptor<WorkflowTaskQuery> query = ArgumentCaptor.forClass(WorkflowTaskQuery.class);
        verify(workflowService).queryTasks(query.capture(), eq(true));
        assertThat(query.getValue().getProcessId()).isEqualTo(INSTANCE);
        assertThat(query.getValue().getTaskState()).isEqualTo(WorkflowTaskState.COMPLETED);
        assertThat(query.getValue().isActive()).isNull();
    }

    @Test
    void aChangedReportAfterApprovalStartsAFreshReview()
    {
        analysed("VALID");
        review(false, task("activiti$9", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.COMPLETED,
                "hash-0", "VALID"));
        when(recorder.state(report)).thenReturn(ReviewState.APPROVED);

        service.onAnalysisCompleted(report);

        verify(workflowService).startWorkflow(eq(DEFINITION_ID), anyMap());
    }

    @Test
    void aRejectedReportIsReviewedAgainAfterItsNextAnalysis()
    {
        analysed("VALID");
        review(false, task("activiti$9", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.COMPLETED,
                "hash-1", "VALID"));
        when(recorder.state(report)).thenReturn(ReviewState.REJECTED);

        service.onAnalysisCompleted(report);

        verify(workflowService).startWorkflow(eq(DEFINITION_ID), anyMap());
    }

    // ---------------------------------------------------------------- deletion

    @Test
    void deletingAReportUnderReviewCancelsTheReviewAsTheSystem()
    {
        review(true, task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS,
                "hash-1", "VALID"));

        TestAuthentication.as("admin", () -> service.onReportDeleted(report));

        verify(workflowService).cancelWorkflow(INSTANCE);
        assertThat(callers).containsExactly("cancelWorkflow:System/System");
    }

    @Test
    void deletingAReportWhoseReviewEndedCancelsNothing()
    {
        review(false);

        service.onReportDeleted(report);

        verify(workflowService, never()).cancelWorkflow(anyString());
    }

    @Test
    void deletingAReportThatPointsAtAnotherProcessCancelsNothing()
    {
        NodeRef otherPackage = new NodeRef("workspace://SpacesStore/package-b");
        packageHolds(otherPackage, new NodeRef("workspace://SpacesStore/report-b"));
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$751");
        when(workflowService.getWorkflowById("activiti$751")).thenReturn(instance("activiti$751", true, otherPackage));

        service.onReportDeleted(report);

        verify(workflowService, never()).cancelWorkflow(anyString());
    }
}
