package io.github.zwgk.annualreport.repo.workflow;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.TaskListener;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.jscript.ScriptNode;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.model.FileNotFoundException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.workflow.WorkflowException;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.zwgk.annualreport.engine.review.ReviewRouting;
import io.github.zwgk.annualreport.engine.store.FindingsText;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;


/**
 * The review process's {@code ${annualReportReviewListener}}: keeps ar:review on the report telling where it is
 * (task created, completed, approved, process ended), refreshes a completing task's copy of the report's latest
 * analysis so the BPMN's gateways route on the truth, and guards the process: only the system starts it, only the
 * task's candidate group may hold a task, a reviewer may not judge a report of their own agency or that they uploaded
 * or last modified, a Reject needs a comment. It never chooses a path: the BPMN's gateways do.
 */
public class ReviewWorkflowListener implements TaskListener, ExecutionListener
{
    private static final long serialVersionUID = 1L;
    private static final Log LOGGER = LogFactory.getLog(ReviewWorkflowListener.class);

    /** The name the BPMN's delegateExpression resolves in Alfresco's activitiBeanRegistry. */
    public static final String BEAN_NAME = "annualReportReviewListener";

    /** Where an approved report is filed, if anywhere. */
    public enum ApprovedFolderMode
    {
        /** A secondary parent: the report stays in the agency's space. */
        LINK,
        /** Moved out of the agency's space. */
        MOVE
    }

    private transient NodeService nodeService;
    private transient AuthorityService authorityService;
    private transient FileFolderService fileFolderService;
    private transient Repository repositoryHelper;
    private transient ReviewStateRecorder recorder;
    private List<String> approvedFolderPath = List.of();
    private ApprovedFolderMode approvedFolderMode = ApprovedFolderMode.LINK;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setFileFolderService(FileFolderService fileFolderService)
    {
        this.fileFolderService = fileFolderService;
    }

    public void setRepositoryHelper(Repository repositoryHelper)
    {
        this.repositoryHelper = repositoryHelper;
    }

    public void setRecorder(ReviewStateRecorder recorder)
    {
        this.recorder = recorder;
    }

    /** Folder path below Company Home, elements separated by '/'; empty turns filing off. */
    public void setApprovedFolderPath(String path)
    {
        this.approvedFolderPath = path == null ? List.of()
                : Arrays.stream(path.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void setApprovedFolderMode(String mode)
    {
        this.approvedFolderMode = mode == null || mode.isBlank() ? ApprovedFolderMode.LINK
                : ApprovedFolderMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Registers this listener for the engine's expressions, as Alfresco's BaseExecutionListener does. */
    public void setBeanRegistry(Map<Object, Object> beanRegistry)
    {
        beanRegistry.put(BEAN_NAME, this);
    }

    @Override
    public void notify(DelegateTask task)
    {
        NodeRef report = report(task.getExecution());
        if (report == null)
        {
            LOGGER.warn("Review task " + task.getId() + " has no report in its package");
            return;
        }
        switch (task.getEventName())
        {
            case EVENTNAME_CREATE -> taskCreated(task, report);
            case EVENTNAME_ASSIGNMENT -> checkAssignee(task);
            case EVENTNAME_COMPLETE -> taskCompleted(task, report);
            default -> { }
        }
    }

    @Override
    public void notify(DelegateExecution execution)
    {
        boolean approvedEnd = AnnualReportWorkflowModel.END_APPROVED.equals(execution.getCurrentActivityId());
        if (EVENTNAME_START.equals(execution.getEventName()) && !approvedEnd)
        {
            checkStarter();
            return;
        }
        NodeRef report = report(execution);
        if (report == null)
        {
            return;
        }
        if (EVENTNAME_START.equals(execution.getEventName()))
        {
            approved(report);
        }
        else if (EVENTNAME_END.equals(execution.getEventName()) && recorder.state(report) != ReviewState.APPROVED)
        {
            // The process ended without approval: cancelled by an administrator.
            recorder.record(report, ReviewState.REJECTED, null, "审核流程已终止，未通过审核");
        }
    }

    /**
     * The process is the system's: started after an analysis, with the analysis's verdict. Anyone else starting it (the
     * workflow REST API lets any user start a deployed process) could claim a verdict the report never had.
     */
    private static void checkStarter()
    {
        if (!AuthenticationUtil.isRunAsUserTheSystemUser())
        {
            throw new WorkflowException("年度报告审核流程由系统在自动校验后启动，不能手动启动（用户 "
                    + AuthenticationUtil.getRunAsUser() + "）。");
        }
    }

    private void taskCreated(DelegateTask task, NodeRef report)
    {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(AnnualReportModel.PROP_WORKFLOW_INSTANCE_ID, "activiti$" + task.getProcessInstanceId());
        String status = text(task.getVariable(AnnualReportWorkflowModel.VAR_VALIDATION_STATUS));
        if (AnnualReportWorkflowModel.TASK_CORRECT_REPORT.equals(task.getTaskDefinitionKey()))
        {
            props.put(AnnualReportModel.PROP_SUBMITTING_GROUP, text(task.getVariable(AnnualReportWorkflowModel.VAR_AGENCY_GROUP)));
            String comment = text(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_COMMENT));
            String why = comment == null || comment.isBlank() ? "自动校验：" + FindingsText.statusLabel(status) : "审核意见：" + comment.strip();
            recorder.record(report, ReviewState.RETURNED, props, "退回报送机关修改（" + why + "）");
        }
        else if (AnnualReportWorkflowModel.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey()))
        {
            recorder.record(report, ReviewState.UNDER_REVIEW, props, "送审核（自动校验：" + FindingsText.statusLabel(status) + "）");
        }
    }

    /** Only members of the task's candidate group (or the system, which ends tasks after an analysis) may hold it. */
    private void checkAssignee(DelegateTask task)
    {
        String assignee = task.getAssignee();
        // WorkflowService.endTask assigns the task to the fully authenticated user first; when ReportReviewService
        // ends a task that is the uploader, running as system
        if (assignee == null || isSystem(assignee))
        {
            return;
        }
        String group = AnnualReportWorkflowModel.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey())
                ? AnnualReportWorkflowModel.REVIEWER_GROUP
                : text(task.getVariable(AnnualReportWorkflowModel.VAR_AGENCY_GROUP));
        boolean member = group != null && AuthenticationUtil.runAsSystem(
                () -> authorityService.getAuthoritiesForUser(assignee).contains(group));
        if (!member)
        {
            throw new WorkflowException("用户 " + assignee + " 不属于 " + group + "，不能办理该年度报告任务。");
        }
        if (AnnualReportWorkflowModel.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey()))
        {
            checkIndependent(task, assignee);
        }
    }

    /**
     * A reviewer may not judge a report they had a hand in: its creator, the modifier of the version under review, or a
     * member of the submitting agency's group (one person can be in both groups).
     */
    private void checkIndependent(DelegateTask task, String reviewer)
    {
        NodeRef report = report(task.getExecution());
        if (report == null || isSystem(reviewer))
        {
            return;
        }
        String why = AuthenticationUtil.runAsSystem(() -> {
            Map<QName, Serializable> props = nodeService.getProperties(report);
            if (reviewer.equals(props.get(ContentModel.PROP_CREATOR)) || reviewer.equals(props.get(ContentModel.PROP_MODIFIER)))
            {
                return "是该报告的上传人或最后修改人";
            }
            Serializable group = props.get(AnnualReportModel.PROP_SUBMITTING_GROUP) != null
                    ? props.get(AnnualReportModel.PROP_SUBMITTING_GROUP) : props.get(AnnualReportModel.PROP_AGENCY_GROUP);
            if (group == null)
            {
                group = text(task.getVariable(AnnualReportWorkflowModel.VAR_AGENCY_GROUP));
            }
            if (group != null && authorityService.getAuthoritiesForUser(reviewer).contains(group.toString()))
            {
                return "属于报送机关 " + group;
            }
            return null;
        });
        if (why != null)
        {
            throw new WorkflowException("用户 " + reviewer + " " + why + "，不能审核本机关或本人的年度报告。");
        }
    }

    private void taskCompleted(DelegateTask task, NodeRef report)
    {
        // The gateways route on the report's latest analysis, never on values typed into a form.
        ReportSnapshot snapshot = AuthenticationUtil.runAsSystem(() -> ReportSnapshot.read(nodeService, report));
        if (!snapshot.analysed())
        {
            throw new WorkflowException("年度报告的新版本正在自动校验，请在校验完成后再办理。");
        }
        task.setVariableLocal(AnnualReportWorkflowModel.VAR_VALIDATION_STATUS, snapshot.status());
        task.setVariableLocal(AnnualReportWorkflowModel.VAR_FINDINGS_TEXT, snapshot.findingsText());
        task.setVariableLocal(AnnualReportWorkflowModel.VAR_CONTENT_HASH, snapshot.contentHash());

        String actor = actor(task);
        if (AnnualReportWorkflowModel.TASK_CORRECT_REPORT.equals(task.getTaskDefinitionKey()))
        {
            if (!isSystem(actor))
            {
                recorder.record(report, ReviewState.SUBMITTED, Map.of(AnnualReportModel.PROP_SUBMITTED_AT, recorder.now()),
                        actor + " 重新提交（自动校验：" + FindingsText.statusLabel(snapshot.status()) + "）");
            }
            return;
        }
        if (!AnnualReportWorkflowModel.TASK_REVIEW_REPORT.equals(task.getTaskDefinitionKey())
                || ReportReviewServiceImpl.routing(snapshot.status()) == ReviewRouting.RETURN_TO_AGENCY)
        {
            return;
        }
        checkIndependent(task, actor);
        String outcome = text(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_OUTCOME));
        String comment = text(task.getVariable(AnnualReportWorkflowModel.VAR_REVIEW_COMMENT));
        boolean approve = AnnualReportWorkflowModel.OUTCOME_APPROVE.equals(outcome);
        if (!approve && (comment == null || comment.isBlank()))
        {
            throw new WorkflowException("退回年度报告时请填写审核意见。");
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(AnnualReportModel.PROP_REVIEWER, actor);
        props.put(AnnualReportModel.PROP_REVIEWED_AT, recorder.now());
        props.put(AnnualReportModel.PROP_REVIEW_COMMENT, comment == null || comment.isBlank() ? null : comment.strip());
        recorder.record(report, null, props, approve ? null : actor + " 审核退回：" + comment.strip());
    }

    private void approved(NodeRef report)
    {
        Serializable reviewer = AuthenticationUtil.runAsSystem(() -> nodeService.getProperty(report, AnnualReportModel.PROP_REVIEWER));
        recorder.record(report, ReviewState.APPROVED, null, (reviewer == null ? "" : reviewer + " ") + "审核通过");
        if (!approvedFolderPath.isEmpty())
        {
            AuthenticationUtil.runAsSystem(() -> {
                fileApproved(report);
                return null;
            });
        }
    }

    /** Files an approved report under {@code <approvedFolderPath>/<report year>}, creating the year's folder. */
    private void fileApproved(NodeRef report)
    {
        NodeRef root;
        try
        {
            root = fileFolderService.resolveNamePath(repositoryHelper.getCompanyHome(), approvedFolderPath).getNodeRef();
        }
        catch (FileNotFoundException missing)
        {
            LOGGER.warn("Approved reports folder " + String.join("/", approvedFolderPath) + " does not exist; " + report + " not filed");
            return;
        }
        Serializable year = nodeService.getProperty(report, AnnualReportModel.PROP_REPORT_YEAR);
        String yearName = year == null ? "未知年度" : year + "年度";
        NodeRef yearFolder = nodeService.getChildByName(root, ContentModel.ASSOC_CONTAINS, yearName);
        if (yearFolder == null)
        {
            yearFolder = fileFolderService.create(root, yearName, ContentModel.TYPE_FOLDER).getNodeRef();
        }
        String name = (String) nodeService.getProperty(report, ContentModel.PROP_NAME);
        if (nodeService.getChildByName(yearFolder, ContentModel.ASSOC_CONTAINS, name) != null)
        {
            LOGGER.warn("Approved reports folder " + yearName + " already holds a document named " + name + "; " + report + " not filed");
            return;
        }
        NodeRef target = yearFolder;
        if (approvedFolderMode == ApprovedFolderMode.MOVE)
        {
            recorder.keepingModifier(report, () -> {
                try
                {
                    fileFolderService.move(report, target, null);
                }
                catch (FileNotFoundException gone)
                {
                    LOGGER.warn("Approved report " + report + " could not be moved: " + gone.getMessage());
                }
                return null;
            });
        }
        else
        {
            recorder.link(target, report, ContentModel.ASSOC_CONTAINS,
                    QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)));
        }
    }

    /** The report in the process's package (bpm_package: an ActivitiScriptNode in Alfresco). */
    private NodeRef report(DelegateExecution execution)
    {
        Object value = execution == null ? null : execution.getVariable(AnnualReportWorkflowModel.VAR_PACKAGE);
        NodeRef workflowPackage = value instanceof ScriptNode node ? node.getNodeRef() : value instanceof NodeRef ref ? ref : null;
        if (workflowPackage == null)
        {
            return null;
        }
        return AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(workflowPackage))
            {
                return null;
            }
            List<ChildAssociationRef> items = nodeService.getChildAssocs(workflowPackage, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                    RegexQNamePattern.MATCH_ALL);
            for (ChildAssociationRef item : items)
            {
                if (AnnualReportModel.TYPE_ANNUAL_REPORT.equals(nodeService.getType(item.getChildRef())))
                {
                    return item.getChildRef();
                }
            }
            return items.isEmpty() ? null : items.get(0).getChildRef();
        });
    }

    private static String actor(DelegateTask task)
    {
        String assignee = task.getAssignee();
        return assignee != null ? assignee : AuthenticationUtil.getFullyAuthenticatedUser();
    }

    private static boolean isSystem(String user)
    {
        return user == null || AuthenticationUtil.getSystemUserName().equals(user) || AuthenticationUtil.isRunAsUserTheSystemUser();
    }

    private static String text(Object value)
    {
        return value == null ? null : value.toString();
    }
}
