package io.github.zwgk.annualreport.conformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.github.zwgk.annualreport.engine.model.AgencyKind;
import io.github.zwgk.annualreport.engine.model.AgencyLevel;
import io.github.zwgk.annualreport.engine.model.Status;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * The content model ar:annualReportModel (platform-module) against the engine and its own labels and Java constants:
 * one name per concept from the engine's Summary and Status to the model, the bundles and AnnualReportModel.java.
 */
class ContentModelConformanceTest
{
    private static final String MODULE = "platform-module/src/main/resources/alfresco/module/annual-report-platform/";
    private static final String CONSTANTS = "platform-module/src/main/java/io/github/zwgk/annualreport/repo/model/AnnualReportModel.java";

    private static Path root;
    private static Element model;
    private static Properties en;
    private static Properties zh;

    @BeforeAll
    static void load() throws Exception
    {
        root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(root.resolve(MODULE + "model/annual-report-model.xml").toFile());
        model = doc.getDocumentElement();
        en = bundle("messages/annual-report-model.properties");
        zh = bundle("messages/annual-report-model_zh_CN.properties");
    }

    private static Properties bundle(String path) throws IOException
    {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve(MODULE + path)))
        {
            p.load(in); // ISO-8859-1 with \\u escapes, as Alfresco reads its bundles
        }
        return p;
    }

    // ------------------------------------------------------------------ model helpers

    private static List<Element> children(Element parent, String name)
    {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
        {
            if (n instanceof Element e && name.equals(e.getLocalName()))
            {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name)
    {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String text(Element parent, String name)
    {
        Element c = child(parent, name);
        return c == null ? null : c.getTextContent().trim();
    }

    /** name → element of every &lt;type&gt; or &lt;aspect&gt;. */
    private static Map<String, Element> classes(String section, String kind)
    {
        Map<String, Element> out = new LinkedHashMap<>();
        Element s = child(model, section);
        if (s != null)
        {
            for (Element e : children(s, kind))
            {
                out.put(e.getAttribute("name"), e);
            }
        }
        return out;
    }

    private static Map<String, Element> aspects()
    {
        return classes("aspects", "aspect");
    }

    private static Map<String, Element> types()
    {
        return classes("types", "type");
    }

    /** name → &lt;property&gt; of one class. */
    private static Map<String, Element> properties(Element cls)
    {
        Map<String, Element> out = new LinkedHashMap<>();
        Element props = child(cls, "properties");
        if (props != null)
        {
            for (Element p : children(props, "property"))
            {
                out.put(p.getAttribute("name"), p);
            }
        }
        return out;
    }

    private static Map<String, Element> allProperties()
    {
        Map<String, Element> out = new LinkedHashMap<>();
        Stream.concat(types().values().stream(), aspects().values().stream()).forEach(c -> out.putAll(properties(c)));
        return out;
    }

    /** name → allowed values of every LIST constraint. */
    private static Map<String, List<String>> listConstraints()
    {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element c : children(child(model, "constraints"), "constraint"))
        {
            if (!"LIST".equals(c.getAttribute("type")))
            {
                continue;
            }
            for (Element p : children(c, "parameter"))
            {
                if ("allowedValues".equals(p.getAttribute("name")))
                {
                    out.put(c.getAttribute("name"),
                            children(child(p, "list"), "value").stream().map(v -> v.getTextContent().trim()).toList());
                }
            }
        }
        return out;
    }

    private static String key(String prefixedName)
    {
        return prefixedName.replace(':', '_');
    }

    private static String namespaceUri()
    {
        return child(child(model, "namespaces"), "namespace").getAttribute("uri");
    }

    // ------------------------------------------------------------------ engine ↔ model

    @Test
    void everySummaryFigureIsAPropertyOfReportFiguresWithTheMatchingType()
    {
        Map<String, Element> figures = properties(aspects().get("ar:reportFigures"));
        for (RecordComponent c : Summary.class.getRecordComponents())
        {
            Element prop = figures.get("ar:" + c.getName());
            assertThat(prop).as("ar:%s in ar:reportFigures", c.getName()).isNotNull();
            String expected = c.getType() == Integer.class ? "d:int" : c.getType() == BigDecimal.class ? "d:double" : "?";
            assertThat(text(prop, "type")).as("type of ar:%s (%s)", c.getName(), c.getType().getSimpleName()).isEqualTo(expected);
        }
        assertThat(figures.keySet()).as("ar:reportFigures holds the Summary figures and nothing else")
                .containsExactlyElementsOf(Summary.FIELD_NAMES.stream().map(n -> "ar:" + n).toList());
    }

    @Test
    void validationStatusListIsPendingPlusEveryEngineStatus()
    {
        List<String> expected = new ArrayList<>(List.of("PENDING"));
        Arrays.stream(Status.values()).map(Enum::name).forEach(expected::add);
        assertThat(listConstraints().get("ar:validationStatusList")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void agencyLevelKindAndTemplateFormatCodesAreInTheirLists()
    {
        Map<String, List<String>> lists = listConstraints();
        assertThat(lists.get("ar:agencyLevelList"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AgencyLevel.values()).map(Enum::name).toList());
        assertThat(lists.get("ar:agencyKindList"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AgencyKind.values()).map(Enum::name).toList());
        assertThat(lists.get("ar:templateFormatList"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TemplateFormat.values()).map(TemplateFormat::code).toList());
    }

    @Test
    void listPropertiesReferToTheirConstraints()
    {
        Map<String, Element> props = allProperties();
        Map<String, String> expected = Map.of("ar:agencyLevel", "ar:agencyLevelList", "ar:agencyKind", "ar:agencyKindList",
                "ar:templateFormat", "ar:templateFormatList", "ar:validationStatus", "ar:validationStatusList",
                "ar:reviewState", "ar:reviewStateList");
        expected.forEach((prop, constraint) -> {
            Element constraints = child(props.get(prop), "constraints");
            assertThat(constraints).as("constraints of %s", prop).isNotNull();
            assertThat(children(constraints, "constraint").stream().map(c -> c.getAttribute("ref")).toList())
                    .as(prop).containsExactly(constraint);
        });
    }

    // ------------------------------------------------------------------ protection

    @Test
    void engineAndReviewPropertiesAreProtected()
    {
        for (String aspect : List.of("ar:validation", "ar:review", "ar:reportIdentity", "ar:reportFigures"))
        {
            properties(aspects().get(aspect)).forEach((name, prop) ->
                    assertThat(text(prop, "protected")).as("<protected> of %s (%s)", name, aspect).isEqualTo("true"));
        }
    }

    @Test
    void annualReportIsContentWithItsFourMandatoryAspects()
    {
        Element report = types().get("ar:annualReport");
        assertThat(text(report, "parent")).isEqualTo("cm:content");
        assertThat(children(child(report, "mandatory-aspects"), "aspect").stream().map(e -> e.getTextContent().trim()))
                .containsExactlyInAnyOrder("ar:agency", "ar:reportIdentity", "ar:reportFigures", "ar:validation");
        assertThat(children(child(aspects().get("ar:agencyFolder"), "mandatory-aspects"), "aspect").stream()
                .map(e -> e.getTextContent().trim())).containsExactly("ar:agency");
    }

    // ------------------------------------------------------------------ labels

    /** Every key Alfresco's dictionary looks up for this model (M2 label convention). */
    private static List<String> labelKeys()
    {
        String m = key(model.getAttribute("name"));
        List<String> keys = new ArrayList<>();
        keys.add(m + ".description");
        types().keySet().forEach(t -> keys.add(m + ".type." + key(t) + ".title"));
        aspects().keySet().forEach(a -> keys.add(m + ".aspect." + key(a) + ".title"));
        allProperties().keySet().forEach(p -> keys.add(m + ".property." + key(p) + ".title"));
        listConstraints().forEach((c, values) -> values.forEach(v -> keys.add("listconstraint." + key(c) + "." + v)));
        return keys;
    }

    @Test
    void everyTypeAspectPropertyAndListValueHasALabelInBothBundles()
    {
        List<String> keys = labelKeys();
        assertThat(keys).as("45 properties, 19 list values, 7 classes, the description").hasSizeGreaterThanOrEqualTo(72);
        for (String k : keys)
        {
            assertThat(en.getProperty(k)).as("en: %s", k).isNotBlank();
            assertThat(zh.getProperty(k)).as("zh_CN: %s", k).isNotBlank();
        }
    }

    @Test
    void chineseBundleIsChineseAndBothBundlesAreAsciiEscaped() throws IOException
    {
        for (String k : labelKeys())
        {
            assertThat(zh.getProperty(k).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    .as("zh_CN label of %s has Chinese: %s", k, zh.getProperty(k)).isTrue();
        }
        for (String f : List.of("messages/annual-report-model.properties", "messages/annual-report-model_zh_CN.properties"))
        {
            byte[] bytes = Files.readAllBytes(root.resolve(MODULE + f));
            for (byte b : bytes)
            {
                assertThat(b & 0xFF).as("%s must be \\u-escaped ASCII", f).isLessThan(0x80);
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys()
    {
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    // ------------------------------------------------------------------ AnnualReportModel.java

    private static final Pattern QNAME_CONSTANT = Pattern.compile(
            "QName\\s+(\\w+)\\s*=\\s*QName\\.createQName\\(\\s*URI\\s*,\\s*\"(\\w+)\"\\s*\\)");
    private static final Pattern STRING_CONSTANT = Pattern.compile("String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private static String constantsSource() throws IOException
    {
        return Files.readString(root.resolve(CONSTANTS), StandardCharsets.UTF_8);
    }

    @Test
    void javaConstantsNameOnlyWhatTheModelDefines() throws IOException
    {
        String src = constantsSource();
        Set<String> typeNames = types().keySet();
        Set<String> aspectNames = aspects().keySet();
        Set<String> propertyNames = allProperties().keySet();
        Matcher m = QNAME_CONSTANT.matcher(src);
        int count = 0;
        while (m.find())
        {
            count++;
            String constant = m.group(1);
            String name = "ar:" + m.group(2);
            if (!constant.equals("MODEL"))
            {
                assertThat(constant).as("constant for %s", name).isEqualTo(expectedConstant(constant, m.group(2)));
            }
            if (constant.startsWith("TYPE_"))
            {
                assertThat(typeNames).as(constant).contains(name);
            }
            else if (constant.startsWith("ASPECT_"))
            {
                assertThat(aspectNames).as(constant).contains(name);
            }
            else if (constant.startsWith("PROP_"))
            {
                assertThat(propertyNames).as(constant).contains(name);
            }
            else
            {
                assertThat(constant).as("only MODEL may be another kind of QName").isEqualTo("MODEL");
                assertThat(model.getAttribute("name")).isEqualTo(name);
            }
        }
        assertThat(count).isGreaterThan(50);
    }

    /** PROP_APPLICATIONS_NEW ↔ applicationsNew: the constant is the local name in upper snake case. */
    private static String expectedConstant(String constant, String localName)
    {
        String prefix = constant.substring(0, constant.indexOf('_') + 1);
        return prefix + localName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }

    @Test
    void everyModelClassAndPropertyHasAJavaConstant() throws IOException
    {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = QNAME_CONSTANT.matcher(constantsSource());
        while (m.find())
        {
            named.add("ar:" + m.group(2));
        }
        Set<String> defined = new LinkedHashSet<>();
        defined.addAll(types().keySet());
        defined.addAll(aspects().keySet());
        defined.addAll(allProperties().keySet());
        assertThat(named).containsAll(defined);
    }

    @Test
    void javaNamespaceStatusAndReviewConstantsMatchTheModel() throws IOException
    {
        Map<String, String> strings = new LinkedHashMap<>();
        Matcher m = STRING_CONSTANT.matcher(constantsSource());
        while (m.find())
        {
            strings.put(m.group(1), m.group(2));
        }
        assertThat(strings.get("URI")).isEqualTo(namespaceUri());
        assertThat(strings.get("PREFIX")).isEqualTo(child(child(model, "namespaces"), "namespace").getAttribute("prefix"));
        Map<String, List<String>> lists = listConstraints();
        Set<String> statuses = strings.entrySet().stream().filter(e -> e.getKey().startsWith("STATUS_")).map(Map.Entry::getValue)
                .collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(lists.get("ar:validationStatusList"));
        Set<String> review = strings.entrySet().stream().filter(e -> e.getKey().startsWith("REVIEW_")).map(Map.Entry::getValue)
                .collect(Collectors.toSet());
        assertThat(review).containsExactlyInAnyOrderElementsOf(lists.get("ar:reviewStateList"));
    }
}
