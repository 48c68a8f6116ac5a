package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Share task forms of the review workflow match the workflow model: the task types exist with the parents
 * the design names, every arwf field is a property of its task type, the outcome field is the one with Approve /
 * Reject, and every user task of the process definition has a Share form. Skipped only while the workflow model
 * file does not exist yet.
 */
class WorkflowTaskFormsConformanceTest
{
    private static final String ABSENT = "workflow model " + ShareModuleFiles.WORKFLOW_MODEL
            + " does not exist (yet): the Share task forms are checked against it once it does";

    private final Document config = Xml.parse(ShareModuleFiles.SHARE_CONFIG);

    private List<Element> configs(String evaluator)
    {
        return Xml.children(config.getDocumentElement(), "config").stream()
                .filter(c -> evaluator.equals(c.getAttribute("evaluator"))).toList();
    }

    @Test
    void theShareConfigHasFormsForTheProcessAndItsThreeTaskTypesNamedInTheDesign()
    {
        assertThat(configs("task-type")).extracting(c -> c.getAttribute("condition"))
                .containsExactlyInAnyOrder("arwf:submitReportTask", "arwf:reviewReportTask", "arwf:correctReportTask");
        assertThat(configs("string-compare")).extracting(c -> c.getAttribute("condition")).contains("activiti$annualReportReview");
        Element start = configs("task-type").stream().filter(c -> "arwf:submitReportTask".equals(c.getAttribute("condition")))
                .findFirst().orElseThrow();
        assertThat(Xml.descendants(start, "form")).extracting(f -> f.getAttribute("id")).contains("workflow-details", "");
    }

    @Test
    void theTaskTypesExistInTheWorkflowModelWithTheParentsOfTheDesign()
    {
        assumeTrue(ShareModuleFiles.workflowModelPresent(), ABSENT);
        ContentModels models = ShareModuleFiles.models();
        assertThat(models.type("arwf:submitReportTask").orElseThrow().parent()).isEqualTo("bpm:startTask");
        assertThat(models.type("arwf:correctReportTask").orElseThrow().parent()).isEqualTo("bpm:workflowTask");
        assertThat(models.type("arwf:reviewReportTask").orElseThrow().parent()).isEqualTo("bpm:activitiOutcomeTask");
    }

    @Test
    void everyArwfFieldOfATaskFormIsAPropertyOfThatTaskType()
    {
        assumeTrue(ShareModuleFiles.workflowModelPresent(), ABSENT);
        ContentModels models = ShareModuleFiles.models();
        for (Element taskConfig : configs("task-type"))
        {
            String taskType = taskConfig.getAttribute("condition");
            Set<String> properties = models.propertiesOf(taskType, new HashSet<>()).keySet();
            Set<String> fields = new LinkedHashSet<>();
            Xml.descendants(taskConfig, "show").forEach(s -> fields.add(s.getAttribute("id")));
            Xml.descendants(taskConfig, "field").forEach(f -> fields.add(f.getAttribute("id")));
            fields.stream().filter(f -> f.startsWith("arwf:"))
                    .forEach(f -> assertThat(properties).as(taskType + " defines " + f).contains(f));
        }
    }

    @Test
    void theReviewOutcomeFieldUsesTheTransitionsControlAndTheModelOffersApproveAndReject()
    {
        assumeTrue(ShareModuleFiles.workflowModelPresent(), ABSENT);
        ContentModels models = ShareModuleFiles.models();
        assertThat(models.propertiesOf("arwf:reviewReportTask", new HashSet<>()).get("arwf:reviewOutcome"))
                .as("arwf:reviewOutcome on arwf:reviewReportTask").isNotNull()
                .extracting(ContentModels.Property::allowedValues).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("Approve", "Reject");
        Element review = configs("task-type").stream().filter(c -> "arwf:reviewReportTask".equals(c.getAttribute("condition")))
                .findFirst().orElseThrow();
        Element outcome = Xml.descendants(review, "field").stream().filter(f -> "arwf:reviewOutcome".equals(f.getAttribute("id")))
                .findFirst().orElseThrow();
        assertThat(Xml.child(outcome, "control").orElseThrow().getAttribute("template"))
                .isEqualTo("/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl");
    }

    @Test
    void everyFormKeyOfTheProcessDefinitionHasAShareTaskForm()
    {
        assumeTrue(Files.isRegularFile(ShareModuleFiles.WORKFLOW_BPMN),
                "process definition " + ShareModuleFiles.WORKFLOW_BPMN + " does not exist (yet)");
        Document bpmn = Xml.parse(ShareModuleFiles.WORKFLOW_BPMN);
        Set<String> formKeys = new LinkedHashSet<>();
        for (String tag : List.of("userTask", "startEvent"))
        {
            Xml.descendants(bpmn.getDocumentElement(), tag).forEach(e -> {
                if (e.hasAttribute("activiti:formKey"))
                {
                    formKeys.add(e.getAttribute("activiti:formKey"));
                }
            });
        }
        assertThat(formKeys).isNotEmpty();
        assertThat(configs("task-type")).extracting(c -> c.getAttribute("condition")).containsAll(formKeys);
        List<String> processIds = Xml.descendants(bpmn.getDocumentElement(), "process").stream().map(p -> p.getAttribute("id")).toList();
        assertThat(processIds).contains("annualReportReview");
    }
}
