package io.github.zwgk.annualreport.conformance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.activiti.engine.HistoryService;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.TaskService;
import org.activiti.engine.history.HistoricActivityInstance;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLinkType;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.review.ReviewRouting;

/**
 * Runs the platform module's annual-report-review.bpmn20.xml, unchanged, in the engine Alfresco embeds (Activiti 5.23,
 * H2 in memory), driving it the way ReportReviewService and Share do: start variables as the start task's
 * properties, task properties set task-locally and then the task completed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewProcessTest
{
    private static final String AGENCY = "GROUP_AR_AGENCY_HUAXIAN";
    private static final String REVIEWERS = "GROUP_ANNUAL_REPORT_REVIEWERS";
    private static final String INVALID_FINDINGS = "自动校验结果：不通过（错误 1 项，警告 0 项）\n1. 表三 第1列 总计不等于各项之和";

    private ProcessEngine engine;
    private RuntimeService runtime;
    private TaskService tasks;
    private HistoryService history;
    private RecordingReviewListener listener;

    @BeforeAll
    void startEngine() throws Exception
    {
        listener = new RecordingReviewListener();
        Map<Object, Object> beans = new HashMap<>();
        beans.put("annualReportReviewListener", listener);
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:arwf-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        try (InputStream bpmn = Files.newInputStream(WorkflowFiles.bpmn()))
        {
            engine.getRepositoryService().createDeployment().addInputStream("annual-report-review.bpmn20.xml", bpmn).deploy();
        }
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        history = engine.getHistoryService();
    }

    @AfterAll
    void stopEngine()
    {
        engine.close();
    }

    private int eventsBefore;

    @BeforeEach
    void markListenerEvents()
    {
        eventsBefore = listener.events().size();
    }

    @Test
    void invalidReportGoesToTheAgencysCorrectionTaskWithItsFindings()
    {
        ProcessInstance process = start("INVALID", INVALID_FINDINGS);

        Task task = onlyTask(process);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("correctReport");
        assertThat(candidateGroups(task)).containsExactly(AGENCY);
        assertThat(task.getAssignee()).isNull();
        assertThat(tasks.getVariable(task.getId(), "arwf_findingsText")).isEqualTo(INVALID_FINDINGS);
        // "start:start": the process start listener, where the repository refuses any starter but the system
        assertThat(newListenerEvents()).containsExactly("start:start", "create:correctReport");
    }

    @Test
    void resubmittedValidReportGoesToTheReviewersPooledTask()
    {
        ProcessInstance process = start("INVALID", INVALID_FINDINGS);

        complete(onlyTask(process), analysis("VALID", "自动校验结果：通过", "hash-2"));

        Task review = onlyTask(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewReport");
        assertThat(candidateGroups(review)).containsExactly(REVIEWERS);
        assertThat(review.getAssignee()).isNull();
        assertThat(tasks.getVariable(review.getId(), "arwf_findingsText")).isEqualTo("自动校验结果：通过");
        assertThat(runtime.getVariable(process.getId(), "arwf_contentHash")).isEqualTo("hash-2");
    }

    @Test
    void rejectionReturnsTheReportToTheAgencyWithTheReviewersComment()
    {
        ProcessInstance process = start("VALID_WITH_WARNINGS", "自动校验结果：通过（有警告）");
        Task review = onlyTask(process);
        tasks.claim(review.getId(), "reviewer1");

        complete(review, Map.of("arwf_reviewOutcome", "Reject", "arwf_reviewComment", "第二部分数据与上年报告不一致，请核实"));

        Task correction = onlyTask(process);
        assertThat(correction.getTaskDefinitionKey()).isEqualTo("correctReport");
        assertThat(candidateGroups(correction)).containsExactly(AGENCY);
        assertThat(tasks.getVariable(correction.getId(), "arwf_reviewComment")).isEqualTo("第二部分数据与上年报告不一致，请核实");
        assertThat(newListenerEvents()).containsExactly("start:start", "create:reviewReport", "assignment:reviewReport",
                "complete:reviewReport", "create:correctReport");
    }

    @Test
    void approvalEndsTheProcessAtApproved()
    {
        ProcessInstance process = start("VALID", "自动校验结果：通过");

        complete(onlyTask(process), Map.of("arwf_reviewOutcome", "Approve"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(endActivity(process.getId())).isEqualTo("approved");
        assertThat(newListenerEvents()).containsExactly("start:start", "create:reviewReport", "complete:reviewReport",
                "start:approved", "end:approved");
    }

    @Test
    void stillInvalidAfterResubmissionCreatesANewAgencyTaskWithTheNewFindings()
    {
        ProcessInstance process = start("INVALID", INVALID_FINDINGS);
        Task first = onlyTask(process);
        String newFindings = "自动校验结果：不通过（错误 1 项，警告 0 项）\n1. 缺少第六部分 其他需要报告的事项";

        complete(first, analysis("INVALID", newFindings, "hash-2"));

        Task second = onlyTask(process);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getTaskDefinitionKey()).isEqualTo("correctReport");
        assertThat(candidateGroups(second)).containsExactly(AGENCY);
        assertThat(tasks.getVariable(second.getId(), "arwf_findingsText")).isEqualTo(newFindings);
    }

    @Test
    void reportThatBecomesValidWhileWaitingForCorrectionMovesOnToReviewAndCanBeApproved()
    {
        ProcessInstance process = start("UNREADABLE", "自动校验结果：无法读取\n原因：文件已加密");
        complete(onlyTask(process), analysis("UNREADABLE", "自动校验结果：无法读取\n原因：文件已加密", "hash-2"));
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo("correctReport");

        complete(onlyTask(process), analysis("VALID_WITH_WARNINGS", "自动校验结果：通过（有警告）", "hash-3"));
        Task review = onlyTask(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewReport");

        complete(review, Map.of("arwf_reviewOutcome", "Approve"));
        assertThat(endActivity(process.getId())).isEqualTo("approved");
    }

    @Test
    void newVersionThatFailsDuringReviewGoesBackToTheAgencyWhateverTheOutcomeSays()
    {
        ProcessInstance process = start("VALID", "自动校验结果：通过");
        Task review = onlyTask(process);
        Map<String, Object> update = new HashMap<>(analysis("INVALID", INVALID_FINDINGS, "hash-2"));
        update.put("arwf_reviewOutcome", "Approve");
        update.put("arwf_reviewComment", "审核期间上传的新版本未通过自动校验，已自动退回修改。");

        complete(review, update);

        Task correction = onlyTask(process);
        assertThat(correction.getTaskDefinitionKey()).isEqualTo("correctReport");
        assertThat(tasks.getVariable(correction.getId(), "arwf_findingsText")).isEqualTo(INVALID_FINDINGS);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId()).activityId("approved").count())
                .isZero();
    }

    @Test
    void tasksAreDueOnTheWorkflowDueDate()
    {
        Date due = Date.from(LocalDate.of(2025, 1, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ProcessInstance process = start("INVALID", INVALID_FINDINGS, due);
        assertThat(onlyTask(process).getDueDate()).isEqualTo(due);

        complete(onlyTask(process), analysis("VALID", "自动校验结果：通过", "hash-2"));
        assertThat(onlyTask(process).getDueDate()).isEqualTo(due);
    }

    @Test
    void tasksHaveNoDueDateWhenTheWorkflowHasNone()
    {
        ProcessInstance process = start("VALID", "自动校验结果：通过", null);

        assertThat(onlyTask(process).getDueDate()).isNull();
    }

    @Test
    void cancellingTheProcessReachesTheListenerSoTheReportIsNotLeftUnderReview()
    {
        ProcessInstance process = start("VALID", "自动校验结果：通过");

        runtime.deleteProcessInstance(process.getId(), "cancelled");

        assertThat(newListenerEvents()).containsExactly("start:start", "create:reviewReport", "end:none");
    }

    static Stream<Arguments> everyStatus()
    {
        return Stream.concat(Stream.of(Status.values()).map(s -> Arguments.of(s)), Stream.of(Arguments.of((Status) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStatus")
    void theBpmnRoutesEveryStatusAsTheEnginesReviewRoutingDecides(Status status)
    {
        ProcessInstance process = start(status == null ? null : status.name(), "自动校验结果");

        String expected = ReviewRouting.decide(status) == ReviewRouting.SEND_TO_REVIEW ? "reviewReport" : "correctReport";
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo(expected);

        // and the same again when a new version with that status ends the agency's task
        ProcessInstance resubmitted = start("INVALID", INVALID_FINDINGS);
        complete(onlyTask(resubmitted), analysis(status == null ? null : status.name(), "自动校验结果", "hash-2"));
        assertThat(onlyTask(resubmitted).getTaskDefinitionKey()).isEqualTo(expected);
    }

    private ProcessInstance start(String status, String findings)
    {
        return start(status, findings, Date.from(LocalDate.now().plusDays(10).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    /** The start variables ReportReviewServiceImpl passes (arwf:submitReportTask's properties, bpm:workflowDueDate). */
    private ProcessInstance start(String status, String findings, Date dueDate)
    {
        Map<String, Object> variables = new HashMap<>();
        variables.put("arwf_validationStatus", status);
        variables.put("arwf_findingsText", findings);
        variables.put("arwf_contentHash", "hash-1");
        variables.put("arwf_agencyGroup", AGENCY);
        variables.put("arwf_agencyName", "华县人民政府");
        variables.put("arwf_reportYear", 2024);
        variables.put("arwf_reviewComment", null);
        variables.put("bpm_workflowDueDate", dueDate);
        return runtime.startProcessInstanceByKey("annualReportReview", variables);
    }

    private static Map<String, Object> analysis(String status, String findings, String hash)
    {
        Map<String, Object> values = new HashMap<>();
        values.put("arwf_validationStatus", status);
        values.put("arwf_findingsText", findings);
        values.put("arwf_contentHash", hash);
        values.put("arwf_reviewComment", null);
        return values;
    }

    /** As Alfresco's WorkflowService.updateTask then endTask: task-local properties, then complete. */
    private void complete(Task task, Map<String, Object> taskProperties)
    {
        tasks.setVariablesLocal(task.getId(), taskProperties);
        tasks.complete(task.getId());
    }

    private Task onlyTask(ProcessInstance process)
    {
        List<Task> open = tasks.createTaskQuery().processInstanceId(process.getId()).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private List<String> candidateGroups(Task task)
    {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? link.getGroupId() : "user:" + link.getUserId())
                .toList();
    }

    private String endActivity(String processInstanceId)
    {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("endEvent").list()
                .stream().map(HistoricActivityInstance::getActivityId).findFirst().orElse(null);
    }

    private List<String> newListenerEvents()
    {
        List<String> all = listener.events();
        return all.subList(eventsBefore, all.size());
    }
}
