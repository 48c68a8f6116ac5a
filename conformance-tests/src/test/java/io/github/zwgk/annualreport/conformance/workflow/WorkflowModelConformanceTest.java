package io.github.zwgk.annualreport.conformance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.github.zwgk.annualreport.engine.model.Status;

/**
 * The review BPMN, its task model, its labels and its Spring context agree: every form key is a task type with the
 * parent Alfresco needs, every arwf_ variable the BPMN reads is a model property, every model name and workflow label
 * key has an English and a Chinese label, and only the agency's group and the reviewers can hold a task.
 */
class WorkflowModelConformanceTest
{
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String ACTIVITI_NS = "http://activiti.org/bpmn";
    private static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";
    private static final String OUTCOME_PROPERTY_NAME = "bpm:outcomePropertyName";
    private static final String ARWF_URI = "http://zwgk.github.io/model/annual-report-workflow/1.0";

    private final Document bpmn = parse(WorkflowFiles.bpmn());
    private final Document model = parse(WorkflowFiles.workflowModel());

    @Test
    void everyFormKeyNamesATaskTypeWithTheParentItsPlaceInTheProcessNeeds()
    {
        Map<String, String> formKeys = new LinkedHashMap<>();
        for (Element start : elements(bpmn, BPMN_NS, "startEvent"))
        {
            formKeys.put(start.getAttributeNS(ACTIVITI_NS, "formKey"), "bpm:startTask");
        }
        for (Element task : elements(bpmn, BPMN_NS, "userTask"))
        {
            String formKey = task.getAttributeNS(ACTIVITI_NS, "formKey");
            formKeys.put(formKey, hasOutcomeGateway(task) ? "bpm:activitiOutcomeTask" : "bpm:workflowTask");
        }

        assertThat(formKeys).containsOnlyKeys("arwf:submitReportTask", "arwf:correctReportTask", "arwf:reviewReportTask");
        Map<String, Element> types = named(model, "type");
        formKeys.forEach((formKey, parent) -> {
            assertThat(types).as("task type for formKey %s", formKey).containsKey(formKey);
            assertThat(text(types.get(formKey), "parent")).as("parent of %s", formKey).isEqualTo(parent);
        });
    }

    @Test
    void theReviewOutcomeIsTheOutcomeTasksOutcomePropertyAndTheGatewayTestsOneOfItsValues()
    {
        Element review = named(model, "type").get("arwf:reviewReportTask");
        String outcomeProperty = overrideDefault(review, OUTCOME_PROPERTY_NAME);
        assertThat(outcomeProperty).isEqualTo("{" + ARWF_URI + "}reviewOutcome");

        List<String> outcomes = listValues(named(model, "constraint").get("arwf:reviewOutcomeList"));
        assertThat(outcomes).containsExactly("Approve", "Reject");
        Set<String> tested = new TreeSet<>();
        Matcher m = Pattern.compile("arwf_reviewOutcome == '([^']*)'").matcher(bpmnText());
        while (m.find())
        {
            tested.add(m.group(1));
        }
        assertThat(tested).isNotEmpty().isSubsetOf(outcomes);
    }

    @Test
    void everyArwfVariableTheBpmnUsesIsAPropertyOfTheWorkflowModel()
    {
        Set<String> variables = new TreeSet<>();
        Matcher m = Pattern.compile("\\barwf_(\\w+)").matcher(bpmnText());
        while (m.find())
        {
            variables.add("arwf:" + m.group(1));
        }
        Set<String> properties = named(model, "property").keySet();

        assertThat(variables).contains("arwf:validationStatus", "arwf:agencyGroup", "arwf:reviewOutcome", "arwf:findingsText");
        assertThat(properties).containsAll(variables);
    }

    @Test
    void everyTaskTypeCarriesTheSubmissionPropertiesItsFormsShow()
    {
        for (Element type : named(model, "type").values())
        {
            assertThat(mandatoryAspects(type)).as(type.getAttribute("name")).contains("arwf:submission");
        }
        assertThat(named(model, "aspect").get("arwf:submission")).isNotNull();
    }

    @Test
    void theValidationStatusListIsTheContentModelsListAndTheEnginesStatuses()
    {
        List<String> workflowList = listValues(named(model, "constraint").get("arwf:validationStatusList"));
        List<String> contentList = listValues(named(parse(WorkflowFiles.contentModel()), "constraint").get("ar:validationStatusList"));
        List<String> engine = new ArrayList<>(List.of("PENDING"));
        Stream.of(Status.values()).map(Enum::name).forEach(engine::add);

        assertThat(workflowList).isEqualTo(contentList).containsExactlyInAnyOrderElementsOf(engine);
    }

    @Test
    void onlyTheAgencysGroupAndTheReviewersCanHoldATask()
    {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (Element task : elements(bpmn, BPMN_NS, "userTask"))
        {
            assertThat(task.getAttributeNS(ACTIVITI_NS, "assignee")).as("assignee of %s", task.getAttribute("id")).isEmpty();
            assertThat(task.getAttributeNS(ACTIVITI_NS, "candidateUsers")).isEmpty();
            assertThat(task.getElementsByTagNameNS(BPMN_NS, "humanPerformer").getLength()).isZero();
            assertThat(task.getElementsByTagNameNS(BPMN_NS, "potentialOwner").getLength()).isZero();
            candidates.put(task.getAttribute("id"), task.getAttributeNS(ACTIVITI_NS, "candidateGroups"));
        }
        assertThat(candidates).containsExactly(Map.entry("correctReport", "${arwf_agencyGroup}"),
                Map.entry("reviewReport", "GROUP_ANNUAL_REPORT_REVIEWERS"));
    }

    @Test
    void everyWorkflowLabelKeyHasAnEnglishAndAChineseLabel() throws IOException
    {
        Set<String> keys = new LinkedHashSet<>();
        String process = elements(bpmn, BPMN_NS, "process").get(0).getAttribute("id");
        keys.add(process + ".workflow.title");
        keys.add(process + ".workflow.description");
        for (String formKey : formKeys())
        {
            keys.add(process + ".task." + formKey.replace(':', '_') + ".title");
            keys.add(process + ".task." + formKey.replace(':', '_') + ".description");
        }
        String modelKey = named(model, "model").keySet().iterator().next().replace(':', '_');
        for (String kind : List.of("type", "aspect", "property"))
        {
            for (String name : named(model, kind).keySet())
            {
                keys.add(modelKey + "." + kind + "." + name.replace(':', '_') + ".title");
                keys.add(modelKey + "." + kind + "." + name.replace(':', '_') + ".description");
            }
        }
        named(model, "constraint").forEach((name, constraint) -> listValues(constraint)
                .forEach(value -> keys.add("listconstraint." + name.replace(':', '_') + "." + value)));

        Properties english = load(WorkflowFiles.labels(""));
        Properties chinese = load(WorkflowFiles.labels("_zh_CN"));
        for (String key : keys)
        {
            assertThat(english.getProperty(key)).as("en %s", key).isNotBlank();
            assertThat(chinese.getProperty(key)).as("zh_CN %s", key).isNotBlank().containsPattern("\\p{IsHan}");
        }
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void theChineseBundleIsUnicodeEscapedAscii() throws IOException
    {
        byte[] bytes = Files.readAllBytes(WorkflowFiles.labels("_zh_CN"));
        for (byte b : bytes)
        {
            assertThat(b & 0xff).isLessThan(0x80);
        }
    }

    @Test
    void theSpringContextDeploysTheseFilesAndRegistersTheListenerTheBpmnNames()
    {
        Document context = parse(WorkflowFiles.context());
        Element deployer = beans(context).get("annual-report-platform.workflowBootstrap");
        assertThat(deployer.getAttribute("parent")).isEqualTo("workflowDeployer");
        String xml = textContent(deployer);
        Path classpathRoot = WorkflowFiles.root().resolve("platform-module/src/main/resources");
        for (String location : List.of("alfresco/module/annual-report-platform/workflow/annual-report-review.bpmn20.xml",
                "alfresco/module/annual-report-platform/workflow/annual-report-workflow-model.xml"))
        {
            assertThat(xml).contains(location);
            assertThat(classpathRoot.resolve(location)).exists();
        }
        assertThat(xml).contains("alfresco/module/annual-report-platform/messages/annual-report-workflow");
        assertThat(beans(context)).containsKey("annual-report-platform.reportReviewService");

        Set<String> delegates = new TreeSet<>();
        Matcher m = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(bpmnText());
        while (m.find())
        {
            delegates.add(m.group(1));
        }
        assertThat(delegates).containsExactly("annualReportReviewListener");
        Element listener = beans(context).get("annual-report-platform.reviewWorkflowListener");
        assertThat(listener.getAttribute("class")).endsWith(".ReviewWorkflowListener");
        assertThat(property(listener, "beanRegistry").getAttribute("ref")).isEqualTo("activitiBeanRegistry");
        String source = read(WorkflowFiles.root().resolve(
                "platform-module/src/main/java/io/github/zwgk/annualreport/repo/workflow/ReviewWorkflowListener.java"));
        assertThat(source).contains("BEAN_NAME = \"annualReportReviewListener\"");
    }

    private boolean hasOutcomeGateway(Element task)
    {
        String id = task.getAttribute("id");
        for (Element flow : elements(bpmn, BPMN_NS, "sequenceFlow"))
        {
            if (flow.getAttribute("sourceRef").equals(id))
            {
                String target = flow.getAttribute("targetRef");
                return elements(bpmn, BPMN_NS, "sequenceFlow").stream()
                        .filter(f -> f.getAttribute("sourceRef").equals(target))
                        .anyMatch(f -> textContent(f).contains("_reviewOutcome"));
            }
        }
        return false;
    }

    private List<String> formKeys()
    {
        List<String> keys = new ArrayList<>();
        for (String tag : List.of("startEvent", "userTask"))
        {
            elements(bpmn, BPMN_NS, tag).forEach(e -> keys.add(e.getAttributeNS(ACTIVITI_NS, "formKey")));
        }
        return keys;
    }

    private String bpmnText()
    {
        return read(WorkflowFiles.bpmn());
    }

    private static Map<String, Element> named(Document document, String tag)
    {
        Map<String, Element> byName = new LinkedHashMap<>();
        // definitions only: not <type>d:text</type> of a property, nor an inherited property's <overrides>
        elements(document, DICTIONARY_NS, tag).stream()
                .filter(e -> !e.getAttribute("name").isEmpty() && !"overrides".equals(e.getParentNode().getLocalName()))
                .forEach(e -> byName.put(e.getAttribute("name"), e));
        return byName;
    }

    private static Map<String, Element> beans(Document context)
    {
        Map<String, Element> byId = new LinkedHashMap<>();
        elements(context, "http://www.springframework.org/schema/beans", "bean").forEach(e -> byId.put(e.getAttribute("id"), e));
        return byId;
    }

    private static Element property(Element bean, String name)
    {
        for (Element p : children(bean, "property"))
        {
            if (p.getAttribute("name").equals(name))
            {
                return p;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static String overrideDefault(Element type, String property)
    {
        for (Element overrides : children(type, "overrides"))
        {
            for (Element p : children(overrides, "property"))
            {
                if (p.getAttribute("name").equals(property))
                {
                    return text(p, "default");
                }
            }
        }
        return null;
    }

    private static List<String> mandatoryAspects(Element type)
    {
        List<String> aspects = new ArrayList<>();
        children(type, "mandatory-aspects").forEach(m -> children(m, "aspect").forEach(a -> aspects.add(a.getTextContent().strip())));
        return aspects;
    }

    private static List<String> listValues(Element constraint)
    {
        List<String> values = new ArrayList<>();
        NodeList list = constraint.getElementsByTagNameNS(DICTIONARY_NS, "value");
        for (int i = 0; i < list.getLength(); i++)
        {
            Node parent = list.item(i).getParentNode();
            if ("list".equals(parent.getLocalName()))
            {
                values.add(list.item(i).getTextContent().strip());
            }
        }
        return values;
    }

    private static String text(Element parent, String child)
    {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    private static String textContent(Element element)
    {
        StringBuilder all = new StringBuilder(element.getTextContent());
        NodeList descendants = element.getElementsByTagName("*");
        for (int i = 0; i < descendants.getLength(); i++)
        {
            var attributes = descendants.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++)
            {
                all.append(' ').append(attributes.item(j).getNodeValue());
            }
        }
        return all.toString();
    }

    private static List<Element> children(Element parent, String localName)
    {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
        {
            if (n instanceof Element e && localName.equals(e.getLocalName()))
            {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> elements(Document document, String ns, String localName)
    {
        List<Element> found = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS(ns, localName);
        for (int i = 0; i < list.getLength(); i++)
        {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException
    {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1))
        {
            properties.load(reader);
        }
        return properties;
    }

    private static String read(Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new AssertionError(e);
        }
    }

    private static Document parse(Path file)
    {
        try (InputStream in = Files.newInputStream(file))
        {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
        catch (Exception e)
        {
            throw new AssertionError("cannot parse " + file, e);
        }
    }
}
