package io.github.zwgk.annualreport.repo.workflow;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
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
import org.alfresco.service.namespace.RegexQNamePattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.review.ReviewRouting;
import io.github.zwgk.annualreport.engine.store.FindingsText;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Drives a report's review process from its analyses: the first analysis starts the process, each later one moves the
 * running process on (the agency's 退回修改 task is ended with the new analysis and the BPMN routes again; a review task
 * gets the new analysis, and goes back to the agency when the new version no longer passes). An analysis of the content
 * a task already holds, with the same verdict (a re-validation), leaves the tasks alone: claims and comments stay. An
 * approved report starts a fresh review only when its content changed.
 * <p>
 * The report's ar:workflowInstanceId is trusted only for a process of this definition whose package holds this report
 * (a pointer to another agency's process is ignored). The process is started by the system, on behalf of the
 * administrator (its initiator); its start listener refuses any other starter ({@link ReviewWorkflowListener}).
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
        WorkflowInstance instance = reviewOf(report);
        if (instance != null && instance.isActive())
        {
            continueReview(report, instance, snapshot);
            return;
        }
        if (instance != null && recorder.state(report) == ReviewState.APPROVED
                && Objects.equals(snapshot.contentHash(), approvedContentHash(instance.getId())))
        {
            // Re-analysis of the content that was approved (an engine upgrade, a bulk re-validation): the approval stands.
            LOGGER.debug("Approved content of " + report + " re-analysed; no new review");
            return;
        }
        asSystemFor(AuthenticationUtil.getAdminUserName(), () -> startReview(report, snapshot));
    }

    @Override
    public void onReportDeleted(NodeRef report)
    {
        WorkflowInstance instance = reviewOf(report);
        if (instance != null && instance.isActive())
        {
            LOGGER.info("Report " + report + " deleted during its review: cancelling " + instance.getId());
            asCleanSystem(() -> workflowService.cancelWorkflow(instance.getId()));
        }
    }

    /**
     * The process the report's ar:workflowInstanceId names, if it is a review process whose package holds this very
     * report; else null (a pointer set by anyone else is ignored).
     */
    WorkflowInstance reviewOf(NodeRef report)
    {
        String instanceId = (String) nodeService.getProperty(report, AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID);
        WorkflowInstance instance = instanceId == null ? null : workflowService.getWorkflowById(instanceId);
        if (instance == null)
        {
            return null;
        }
        WorkflowDefinition definition = instance.getDefinition();
        NodeRef workflowPackage = instance.getWorkflowPackage();
        boolean ours = definition != null && AnnualReportWorkflowModel.WORKFLOW_DEFINITION_NAME.equals(definition.getName())
                && workflowPackage != null && nodeService.exists(workflowPackage)
                && nodeService.getChildAssocs(workflowPackage, WorkflowModel.ASSOC_PACKAGE_CONTAINS, RegexQNamePattern.MATCH_ALL)
                        .stream().anyMatch(a -> a.getChildRef().equals(report));
        if (!ours)
        {
            LOGGER.warn("Report " + report + " names workflow " + instanceId + ", which is not its review: ignored");
            return null;
        }
        return instance;
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
        recorder.link(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, primaryParent.getQName());

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

        Map<QName, Serializable> submission = newSubmission();
        submission.put(AnnualReportModel.PROP_SUBMITTING_GROUP, agencyGroup);
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
        List<WorkflowTask> tasks = tasks(instance.getId(), WorkflowTaskState.IN_PROGRESS, true);
        if (tasks.isEmpty())
        {
            LOGGER.warn("Review " + instance.getId() + " of " + report + " is active but has no open task");
            return;
        }
        for (WorkflowTask task : tasks)
        {
            if (holdsThisAnalysis(task, snapshot))
            {
                // A re-validation of the content the task already holds, with the same verdict: nothing to do.
                continue;
            }
            QName type = task.getDefinition().getMetadata().getName();
            if (AnnualReportWorkflowModel.TYPE_CORRECT_REPORT_TASK.equals(type))
            {
                // Resubmission: the BPMN routes the new analysis (still invalid → a new 退回修改 task, valid → review).
                Map<QName, Serializable> properties = snapshot.analysisProperties();
                properties.put(AnnualReportWorkflowModel.PROP_REVIEW_COMMENT, null);
                workflowService.updateTask(task.getId(), properties, null, null);
                recorder.record(report, ReviewState.SUBMITTED, newSubmission(),
                        "重新提交（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "）");
                asCleanSystem(() -> workflowService.endTask(task.getId(), null));
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
                    asCleanSystem(() -> workflowService.endTask(task.getId(), null));
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

    /** Whether the task already shows this content's analysis with this verdict (arwf_contentHash, arwf_validationStatus). */
    private static boolean holdsThisAnalysis(WorkflowTask task, ReportSnapshot snapshot)
    {
        Map<QName, Serializable> props = task.getProperties();
        return snapshot.contentHash() != null
                && snapshot.contentHash().equals(props.get(AnnualReportWorkflowModel.PROP_CONTENT_HASH))
                && Objects.equals(snapshot.status(), props.get(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS));
    }

    /** A new submission: the previous round's reviewer, date and comment no longer apply. */
    private Map<QName, Serializable> newSubmission()
    {
        Map<QName, Serializable> submission = new HashMap<>();
        submission.put(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now());
        submission.put(AnnualReportModel.PROP_REVIEWER, null);
        submission.put(AnnualReportModel.PROP_REVIEWED_AT, null);
        submission.put(AnnualReportModel.PROP_REVIEW_COMMENT, null);
        return submission;
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

    /**
     * The content hash the ended review last routed (arwf_contentHash of its completed tasks), or null. Tasks of an ended
     * process are found only with {@code active} unset: the query's default (TRUE) means "process still running".
     */
    private String approvedContentHash(String instanceId)
    {
        for (WorkflowTask task : tasks(instanceId, WorkflowTaskState.COMPLETED, null))
        {
            Serializable hash = task.getProperties().get(AnnualReportWorkflowModel.PROP_CONTENT_HASH);
            if (hash != null)
            {
                return hash.toString();
            }
        }
        return null;
    }

    private List<WorkflowTask> tasks(String instanceId, WorkflowTaskState state, Boolean active)
    {
        WorkflowTaskQuery query = new WorkflowTaskQuery();
        query.setProcessId(instanceId);
        query.setTaskState(state);
        query.setActive(active);
        query.setOrderBy(new WorkflowTaskQuery.OrderBy[] {WorkflowTaskQuery.OrderBy.TaskCreated_Desc});
        return workflowService.queryTasks(query, true);
    }

    /** ar:agencyGroup of the report (set from its agency folder by the system), else of the nearest agency folder. */
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

    /**
     * Runs the work fully authenticated as the system, whoever's request thread this is: the workflow engine records
     * the fully authenticated user as a task's actor, and the task listener lets the system end any task.
     */
    static void asCleanSystem(Runnable work)
    {
        asSystemFor(AuthenticationUtil.getSystemUserName(), work);
    }

    /**
     * Runs the work as the system (the process's start listener admits the system only) with {@code user} as the fully
     * authenticated user, whoever's request thread this is. The workflow engine makes the fully authenticated user the
     * process's initiator: for the review that is the administrator, a person who exists and may do everything anyway
     * (a process without an initiator breaks the workflow REST API's process endpoints), never an agency's clerk, who
     * as initiator could cancel their own review.
     */
    static void asSystemFor(String user, Runnable work)
    {
        AuthenticationUtil.pushAuthentication();
        try
        {
            AuthenticationUtil.setFullyAuthenticatedUser(user);
            AuthenticationUtil.runAs(() -> {
                work.run();
                return null;
            }, AuthenticationUtil.getSystemUserName());
        }
        finally
        {
            AuthenticationUtil.popAuthentication();
        }
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
