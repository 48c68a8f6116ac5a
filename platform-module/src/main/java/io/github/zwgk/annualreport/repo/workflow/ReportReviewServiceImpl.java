package io.github.zwgk.annualreport.repo.workflow;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.cmr.workflow.WorkflowTaskQuery;
import org.alfresco.service.cmr.workflow.WorkflowTaskState;
import org.alfresco.service.namespace.QName;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.review.ReviewRouting;
import io.github.zwgk.annualreport.engine.store.FindingsText;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;


/**
 * Drives a report's review process from its analyses: the first analysis starts the process, each later one moves the
 * running process on (the agency's 退回修改 task is ended with the new analysis and the BPMN routes again; a review task
 * gets the new analysis, and goes back to the agency when the new version no longer passes). An approved report
 * starts a fresh review only when its content changed.
 */
public class ReportReviewServiceImpl implements ReportReviewService
{
    private static final Log LOGGER = LogFactory.getLog(ReportReviewServiceImpl.class);

    /** The comment a review task ends with when a new version uploaded during review fails the automatic check. */
    static final String NEW_VERSION_FAILED_COMMENT = "审核期间上传的新版本未通过自动校验，已自动退回修改。";

    private WorkflowService workflowService;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private ReviewStateRecorder recorder;
    private ReviewDueDates dueDates;

    public void setWorkflowService(WorkflowService workflowService)
    {
        this.workflowService = workflowService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setRecorder(ReviewStateRecorder recorder)
    {
        this.recorder = recorder;
    }

    public void setDueDates(ReviewDueDates dueDates)
    {
        this.dueDates = dueDates;
    }

    @Override
    public void onAnalysisCompleted(NodeRef report)
    {
        if (report == null || !nodeService.exists(report))
        {
            return;
        }
        ReportSnapshot snapshot = ReportSnapshot.read(nodeService, report);
        if (!snapshot.analysed())
        {
            LOGGER.debug("Review of " + report + " waits for its analysis");
            return;
        }
        String instanceId = (String) nodeService.getProperty(report, AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID);
        WorkflowInstance instance = instanceId == null ? null : workflowService.getWorkflowById(instanceId);
        if (instance != null && instance.isActive())
        {
            continueReview(report, instance, snapshot);
            return;
        }
        if (instance != null && recorder.state(report) == ReviewState.APPROVED
                && Objects.equals(snapshot.contentHash(), approvedContentHash(instance.getId())))
        {
            // Re-analysis of the content that was approved (e.g. an engine upgrade): the approval stands.
            LOGGER.debug("Approved content of " + report + " re-analysed; no new review");
            return;
        }
        startReview(report, snapshot);
    }

    private void startReview(NodeRef report, ReportSnapshot snapshot)
    {
        String agencyGroup = agencyGroup(report);
        if (agencyGroup == null || !authorityService.authorityExists(agencyGroup))
        {
            // Without the agency's group nobody could act on a returned report: no review for reports outside an
            // agency's submission space.
            LOGGER.warn("No review for " + report + ": its agency group (ar:agencyGroup) is "
                    + (agencyGroup == null ? "not set" : agencyGroup + ", which does not exist"));
            return;
        }
        WorkflowDefinition definition = workflowService.getDefinitionByName(AnnualReportWorkflowModel.WORKFLOW_DEFINITION_NAME);
        if (definition == null)
        {
            LOGGER.error("No review for " + report + ": " + AnnualReportWorkflowModel.WORKFLOW_DEFINITION_NAME + " is not deployed");
            return;
        }

        // As StartWorkflowActionExecuter: a package holding the report, the start task's properties, then end the start task.
        NodeRef workflowPackage = workflowService.createPackage(null);
        ChildAssociationRef primaryParent = nodeService.getPrimaryParent(report);
        nodeService.addChild(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, primaryParent.getQName());

        Map<QName, Serializable> parameters = new HashMap<>(snapshot.analysisProperties());
        parameters.put(AnnualReportWorkflowModel.PROP_AGENCY_GROUP, agencyGroup);
        parameters.put(AnnualReportWorkflowModel.PROP_AGENCY_NAME, snapshot.agencyName());
        parameters.put(AnnualReportWorkflowModel.PROP_REPORT_YEAR, snapshot.reportYear());
        parameters.put(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, null);
        parameters.put(WorkflowModel.ASSOC_PACKAGE, workflowPackage);
        parameters.put(WorkflowModel.PROP_CONTEXT, primaryParent.getParentRef());
        parameters.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION, description(snapshot));
        parameters.put(WorkflowModel.PROP_WORKFLOW_DUE_DATE,
                dueDates.dueDate(snapshot.reportYear(), snapshot.agencyLevel(), snapshot.agencyKind()));

        Map<QName, Serializable> submission = new HashMap<>();
        submission.put(AnnualReportModel.PROP_SUBMITTING_GROUP, agencyGroup);
        submission.put(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now());
        submission.put(AnnualReportModel.PROP_REVIEWER, null);
        submission.put(AnnualReportModel.PROP_REVIEWED_AT, null);
        submission.put(AnnualReportModel.PROP_REVIEW_COMMENT, null);
        recorder.record(report, ReviewState.SUBMITTED, submission,
                "提交审核（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "）");

        // The process routes at once: the task listener records RETURNED or UNDER_REVIEW while this call runs.
        WorkflowPath path = workflowService.startWorkflow(definition.getId(), parameters);
        String instanceId = path.getInstance().getId();
        WorkflowTask startTask = workflowService.getStartTask(instanceId);
        if (startTask != null && startTask.getState() == WorkflowTaskState.IN_PROGRESS)
        {
            workflowService.endTask(startTask.getId(), null);
        }
        recorder.record(report, null, Map.of(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, instanceId), null);
    }

    private void continueReview(NodeRef report, WorkflowInstance instance, ReportSnapshot snapshot)
    {
        List<WorkflowTask> tasks = tasks(instance.getId(), WorkflowTaskState.IN_PROGRESS);
        if (tasks.isEmpty())
        {
            LOGGER.warn("Review " + instance.getId() + " of " + report + " is active but has no open task");
            return;
        }
        for (WorkflowTask task : tasks)
        {
            QName type = task.getDefinition().getMetadata().getName();
            if (AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK.equals(type))
            {
                // Resubmission: the BPMN routes the new analysis (still invalid → a new 退回修改 task, valid → review).
                Map<QName, Serializable> properties = snapshot.analysisProperties();
                properties.put(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, null);
                workflowService.updateTask(task.getId(), properties, null, null);
                recorder.record(report, ReviewState.SUBMITTED, Map.of(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now()),
                        "重新提交（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "）");
                workflowService.endTask(task.getId(), null);
            }
            else if (AnnualReportWorkflowModel.TYPE_REVIEW_REPORT_TASK.equals(type))
            {
                Map<QName, Serializable> properties = snapshot.analysisProperties();
                if (routing(snapshot.status()) == ReviewRouting.RETURN_TO_AGENCY)
                {
                    // The reviewers cannot approve what no longer passes: the BPMN's reviewDecision sends it back.
                    properties.put(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, NEW_VERSION_FAILED_COMMENT);
                    workflowService.updateTask(task.getId(), properties, null, null);
                    recorder.record(report, null, Map.of(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now()),
                            "审核期间提交新版本（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "）");
                    workflowService.endTask(task.getId(), null);
                }
                else
                {
                    // Still passes: the review goes on (claimed or not) with the new version's findings.
                    workflowService.updateTask(task.getId(), properties, null, null);
                    recorder.record(report, null, Map.of(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now()),
                            "审核期间提交新版本（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "），审核任务已更新");
                }
            }
        }
    }

    /** The engine's routing decision, which the BPMN's gateways mirror. */
    static ReviewRouting routing(String status)
    {
        try
        {
            return ReviewRouting.decide(status == null ? null : Status.valueOf(status));
        }
        catch (IllegalArgumentException notAnEngineStatus)
        {
            return ReviewRouting.RETURN_TO_AGENCY;
        }
    }

    /** The content hash the ended review last routed (arwf_contentHash of its completed tasks), or null. */
    private String approvedContentHash(String instanceId)
    {
        List<WorkflowTask> completed = tasks(instanceId, WorkflowTaskState.COMPLETED);
        for (WorkflowTask task : completed)
        {
            Serializable hash = task.getProperties().get(AnnualReportWorkflowModel.PROP_CONTENT_HASH);
            if (hash != null)
            {
                return hash.toString();
            }
        }
        return null;
    }

    private List<WorkflowTask> tasks(String instanceId, WorkflowTaskState state)
    {
        WorkflowTaskQuery query = new WorkflowTaskQuery();
        query.setProcessId(instanceId);
        query.setTaskState(state);
        return workflowService.queryTasks(query, true);
    }

    /** ar:agencyGroup of the report, else of the nearest agency submission space (ar:agencyFolder) above it. */
    String agencyGroup(NodeRef report)
    {
        NodeRef node = report;
        while (node != null)
        {
            Serializable group = nodeService.getProperty(node, AnnualReportModel.PROP_AGENCY_GROUP);
            if (group != null && !group.toString().isBlank())
            {
                return group.toString().strip();
            }
            if (!node.equals(report) && nodeService.hasAspect(node, AnnualReportModel.ASPECT_AGENCY_FOLDER))
            {
                return null;
            }
            ChildAssociationRef parent = nodeService.getPrimaryParent(node);
            node = parent == null ? null : parent.getParentRef();
        }
        return null;
    }

    private static String description(ReportSnapshot snapshot)
    {
        StringBuilder text = new StringBuilder("年度报告审核");
        if (snapshot.agencyName() != null)
        {
            text.append("：").append(snapshot.agencyName());
        }
        if (snapshot.reportYear() != null)
        {
            text.append(' ').append(snapshot.reportYear()).append("年度");
        }
        return text.toString();
    }
}
