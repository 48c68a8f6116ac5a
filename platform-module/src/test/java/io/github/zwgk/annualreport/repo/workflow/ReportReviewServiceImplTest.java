package io.github.zwgk.annualreport.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;



class ReportReviewServiceImplTest
{
    private static final String AGENCY = "GROUP_AR_AGENCY_HUAXIAN";
    private static final String INSTANCE = "activiti$101";

    private final NodeRef report = new NodeRef("workspace://SpacesStore/report");
    private final NodeRef agencyFolder = new NodeRef("workspace://SpacesStore/agency");
    private final NodeRef workflowPackage = new NodeRef("workspace://SpacesStore/package");
    private final QName reportAssoc = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "report.docx");

    private final WorkflowService workflowService = mock(WorkflowService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final ReviewStateRecorder recorder = mock(ReviewStateRecorder.class);
    private final ReviewDueDates dueDates = mock(ReviewDueDates.class);
    private final ReportReviewServiceImpl service = new ReportReviewServiceImpl();
    private final Map<QName, Serializable> properties = new HashMap<>();

    @BeforeEach
    void wire()
    {
        service.setWorkflowService(workflowService);
        service.setNodeService(nodeService);
        service.setAuthorityService(authorityService);
        service.setRecorder(recorder);
        service.setDueDates(dueDates);

        when(nodeService.exists(report)).thenReturn(true);
        when(nodeService.getProperties(report)).thenReturn(properties);
        when(nodeService.getPrimaryParent(report)).thenReturn(new ChildAssociationRef(null, agencyFolder, reportAssoc, report));
        when(recorder.now()).thenReturn(new Date());
        when(authorityService.authorityExists(AGENCY)).thenReturn(true);
        properties.put(AnnualReportModel.PROP_AGENCY_GROUP, AGENCY);
        properties.put(AnnualReportModel.PROP_AGENCY_NAME, "华县人民政府");
        properties.put(AnnualReportModel.PROP_REPORT_YEAR, 2024);
        properties.put(AnnualReportModel.PROP_CONTENT_HASH, "hash-1");
        properties.put(AnnualReportModel.PROP_FINDINGS, new ArrayList<>(List.of("表三 第1列 总计不等于各项之和")));
        properties.put(AnnualReportModel.PROP_ERROR_COUNT, 1);
        when(nodeService.getProperty(eq(report), any())).thenAnswer(call -> properties.get(call.getArgument(1)));
    }

    @Test
    void firstAnalysisStartsTheReviewWithTheReportInItsPackageAndEndsTheStartTask()
    {
        analysed("INVALID");
        Date due = new Date();
        when(dueDates.dueDate(2024, null, null)).thenReturn(due);
        WorkflowDefinition definition = mock(WorkflowDefinition.class);
        when(definition.getId()).thenReturn("activiti$annualReportReview:1:4");
        when(workflowService.getDefinitionByName("activiti$annualReportReview")).thenReturn(definition);
        when(workflowService.createPackage(null)).thenReturn(workflowPackage);
        WorkflowInstance instance = instance(true);
        WorkflowPath path = new WorkflowPath("activiti$101", instance, null, true);
        when(workflowService.startWorkflow(eq("activiti$annualReportReview:1:4"), any())).thenReturn(path);
        WorkflowTask startTask = task("activiti$start101", AnnualReportWorkflowModel.TYPE_SUBMIT_REPORT_TASK, WorkflowTaskState.IN_PROGRESS);
        when(workflowService.getStartTask(INSTANCE)).thenReturn(startTask);

        service.onAnalysisCompleted(report);

        verify(nodeService).addChild(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, reportAssoc);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> parameters = ArgumentCaptor.forClass(Map.class);
        InOrder order = inOrder(workflowService, recorder);
        order.verify(workflowService).startWorkflow(eq("activiti$annualReportReview:1:4"), parameters.capture());
        order.verify(workflowService).endTask("activiti$start101", null);
        assertThat(parameters.getValue())
                .containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "INVALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_AGENCY_GROUP, AGENCY)
                .containsEntry(AnnualReportWorkflowModel.PROP_AGENCY_NAME, "华县人民政府")
                .containsEntry(AnnualReportWorkflowModel.PROP_REPORT_YEAR, 2024)
                .containsEntry(AnnualReportWorkflowModel.PROP_CONTENT_HASH, "hash-1")
                .containsEntry(WorkflowModel.ASSOC_PACKAGE, workflowPackage)
                .containsEntry(WorkflowModel.PROP_CONTEXT, agencyFolder)
                .containsEntry(WorkflowModel.PROP_WORKFLOW_DUE_DATE, due);
        assertThat((String) parameters.getValue().get(AnnualReportWorkflowModel.PROP_FINDINGS_TEXT))
                .startsWith("自动校验结果：不通过").contains("1. 表三 第1列 总计不等于各项之和");
        verify(recorder).record(report, null, Map.of(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, INSTANCE), null);
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

    @Test
    void aNewVersionEndsTheAgencysCorrectionTaskWithItsAnalysis()
    {
        analysed("VALID");
        runningWith(task("activiti$7", AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK, WorkflowTaskState.IN_PROGRESS));

        service.onAnalysisCompleted(report);

        Map<QName, Serializable> update = updated("activiti$7");
        assertThat(update).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "VALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_CONTENT_HASH, "hash-1")
                .containsEntry(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, null);
        verify(workflowService).endTask("activiti$7", null);
        verify(workflowService, never()).startWorkflow(anyString(), any());
    }

    @Test
    void aValidNewVersionDuringReviewUpdatesTheReviewTaskAndLeavesItWithTheReviewers()
    {
        analysed("VALID_WITH_WARNINGS");
        runningWith(task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS));

        service.onAnalysisCompleted(report);

        assertThat(updated("activiti$8")).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "VALID_WITH_WARNINGS");
        verify(workflowService, never()).endTask(anyString(), any());
    }

    @Test
    void anInvalidNewVersionDuringReviewEndsTheReviewTaskWithTheAutomaticComment()
    {
        analysed("INVALID");
        runningWith(task("activiti$8", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.IN_PROGRESS));

        service.onAnalysisCompleted(report);

        assertThat(updated("activiti$8")).containsEntry(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, "INVALID")
                .containsEntry(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, ReportReviewServiceImpl.NEW_VERSION_FAILED_COMMENT);
        verify(workflowService).endTask("activiti$8", null);
    }

    @Test
    void reanalysisOfTheApprovedContentStartsNoNewReview()
    {
        analysed("VALID");
        endedAndApprovedWithHash("hash-1");

        service.onAnalysisCompleted(report);

        verify(workflowService, never()).startWorkflow(anyString(), any());
    }

    @Test
    void aChangedReportAfterApprovalStartsAFreshReview()
    {
        analysed("VALID");
        endedAndApprovedWithHash("hash-0");
        when(workflowService.getDefinitionByName("activiti$annualReportReview")).thenReturn(null);

        service.onAnalysisCompleted(report);

        // reaches the start: the definition is looked up (absent here, so nothing is started)
        verify(workflowService).getDefinitionByName("activiti$annualReportReview");
    }

    private void analysed(String status)
    {
        properties.put(AnnualReportModel.PROP_VALIDATION_STATUS, status);
    }

    private void runningWith(WorkflowTask task)
    {
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, INSTANCE);
        WorkflowInstance instance = instance(true);
        when(workflowService.getWorkflowById(INSTANCE)).thenReturn(instance);
        when(workflowService.queryTasks(any(WorkflowTaskQuery.class), eq(true))).thenReturn(List.of(task));
    }

    private void endedAndApprovedWithHash(String hash)
    {
        properties.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, INSTANCE);
        WorkflowInstance instance = instance(false);
        when(workflowService.getWorkflowById(INSTANCE)).thenReturn(instance);
        when(recorder.state(report)).thenReturn(ReviewState.APPROVED);
        WorkflowTask review = task("activiti$9", AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK, WorkflowTaskState.COMPLETED);
        review.getProperties().put(AnnualReportWorkflowModel.PROP_CONTENT_HASH, hash);
        when(workflowService.queryTasks(any(WorkflowTaskQuery.class), eq(true))).thenReturn(List.of(review));
    }

    private Map<QName, Serializable> updated(String taskId)
    {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> update = ArgumentCaptor.forClass(Map.class);
        verify(workflowService).updateTask(eq(taskId), update.capture(), eq(null), eq(null));
        return update.getValue();
    }

    private static WorkflowInstance instance(boolean active)
    {
        return new WorkflowInstance(INSTANCE, null, "年度报告审核", null, null, null, active, null, null);
    }

    private static WorkflowTask task(String id, QName type, WorkflowTaskState state)
    {
        TypeDefinition metadata = mock(TypeDefinition.class);
        when(metadata.getName()).thenReturn(type);
        WorkflowTaskDefinition definition = new WorkflowTaskDefinition(type.getLocalName(), null, metadata);
        return new WorkflowTask(id, definition, type.getLocalName(), type.getLocalName(), "", state, null,
                new HashMap<>());
    }
}
