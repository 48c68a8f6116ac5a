package io.github.zwgk.annualreport.conformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The repository module's wiring as files (it cannot be started here): contexts, settings, web script descriptors and
 * their beans, against docs/DESIGN.md's names.
 */
class PlatformModuleConformanceTest
{
    private static final String MODULE = "platform-module/src/main/resources/alfresco/module/annual-report-platform/";
    private static final String WEBSCRIPTS = "platform-module/src/main/resources/alfresco/extension/templates/webscripts/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(annual-report\\.[\\w.]+)}");

    private static Path root;

    @BeforeAll
    static void root()
    {
        root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    }

    private static Document xml(Path file) throws Exception
    {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> beans(String context) throws Exception
    {
        NodeList list = xml(root.resolve(MODULE + "context/" + context)).getElementsByTagNameNS("*", "bean");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++)
        {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<String> contextFiles()
    {
        return List.of("bootstrap-context.xml", "service-context.xml", "webscript-context.xml");
    }

    @Test
    void moduleContextImportsTheFourContextsInDesignOrder() throws Exception
    {
        NodeList imports = xml(root.resolve(MODULE + "module-context.xml")).getElementsByTagNameNS("*", "import");
        List<String> resources = new ArrayList<>();
        for (int i = 0; i < imports.getLength(); i++)
        {
            resources.add(((Element) imports.item(i)).getAttribute("resource"));
        }
        assertThat(resources).containsExactly(
                "classpath:alfresco/module/annual-report-platform/context/bootstrap-context.xml",
                "classpath:alfresco/module/annual-report-platform/context/service-context.xml",
                "classpath:alfresco/module/annual-report-platform/context/webscript-context.xml",
                "classpath:alfresco/module/annual-report-platform/context/workflow-context.xml");
    }

    @Test
    void everySettingTheContextsUseHasAModuleDefaultAndEveryDefaultIsUsed() throws Exception
    {
        Set<String> used = new LinkedHashSet<>();
        for (String f : contextFiles())
        {
            Matcher m = PLACEHOLDER.matcher(Files.readString(root.resolve(MODULE + "context/" + f), StandardCharsets.UTF_8));
            while (m.find())
            {
                used.add(m.group(1));
            }
        }
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve(MODULE + "alfresco-global.properties")))
        {
            defaults.load(in);
        }
        assertThat(defaults.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(defaults.getProperty("annual-report.reviewers.displayName")).isEqualTo("政务公开办审核人员");
    }

    @Test
    void beanIdsCarryTheModulePrefixAndClassesExist() throws Exception
    {
        for (String f : contextFiles())
        {
            for (Element bean : beans(f))
            {
                String id = bean.getAttribute("id");
                if (id.isEmpty())
                {
                    continue;
                }
                if (f.equals("webscript-context.xml"))
                {
                    assertThat(id).startsWith("webscript.io.github.zwgk.annualreport.");
                }
                else
                {
                    assertThat(id).startsWith("annual-report-platform.");
                }
                String cls = bean.getAttribute("class");
                if (cls.startsWith("io.github.zwgk."))
                {
                    assertThat(root.resolve("platform-module/src/main/java/" + cls.replace('.', '/') + ".java"))
                            .as("class of %s", id).exists();
                }
            }
        }
    }

    /** descriptor path under templates/webscripts → URL. */
    private static Map<String, String> descriptors() throws Exception
    {
        Map<String, String> out = new LinkedHashMap<>();
        Path base = root.resolve(WEBSCRIPTS);
        try (Stream<Path> files = Files.walk(base))
        {
            for (Path p : files.filter(p -> p.toString().endsWith(".desc.xml")).sorted().toList())
            {
                Document d = xml(p);
                String url = d.getElementsByTagName("url").item(0).getTextContent().trim();
                assertThat(d.getElementsByTagName("family").item(0).getTextContent().trim()).isEqualTo("Annual Report");
                out.put(base.relativize(p).toString().replace('\\', '/'), url);
            }
        }
        return out;
    }

    @Test
    void webScriptUrlsAreTheOnesOfTheDesign() throws Exception
    {
        Map<String, String> d = descriptors();
        Map<String, String> methodAndPath = new LinkedHashMap<>();
        d.forEach((file, url) -> {
            String[] parts = file.substring(file.lastIndexOf('/') + 1).split("\\.");
            methodAndPath.put(parts[1].toUpperCase() + " " + url.replaceAll("\\?.*", ""), file);
        });
        assertThat(methodAndPath.keySet()).containsExactlyInAnyOrder(
                "GET /annual-report/validation/{store_type}/{store_id}/{id}",
                "POST /annual-report/validation/{store_type}/{store_id}/{id}",
                "GET /annual-report/statistics",
                "POST /annual-report/revalidation",
                "GET /annual-report/revalidation/{jobId}");
    }

    @Test
    void everyDescriptorHasItsJavaBeanByAlfrescosIdConvention() throws Exception
    {
        Set<String> expected = new LinkedHashSet<>();
        for (String file : descriptors().keySet())
        {
            // io/github/zwgk/annualreport/validation.get.desc.xml → webscript.io.github.zwgk.annualreport.validation.get
            expected.add("webscript." + file.replace(".desc.xml", "").replace('/', '.'));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Element bean : beans("webscript-context.xml"))
        {
            ids.add(bean.getAttribute("id"));
            assertThat(bean.getAttribute("parent")).isEqualTo("webscript");
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void revalidateActionIsDeclaredWithLabelsInBothLanguages() throws Exception
    {
        Element action = beans("service-context.xml").stream()
                .filter(b -> b.getAttribute("id").equals("annual-report-platform.revalidate")).findFirst().orElseThrow();
        assertThat(action.getAttribute("parent")).isEqualTo("action-executer");
        for (String f : List.of("messages/annual-report-actions.properties", "messages/annual-report-actions_zh_CN.properties"))
        {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(root.resolve(MODULE + f)))
            {
                p.load(in);
            }
            assertThat(p.getProperty("annual-report-platform.revalidate.title")).as(f).isNotBlank();
            assertThat(p.getProperty("annual-report-platform.revalidate.description")).as(f).isNotBlank();
        }
    }

    @Test
    void moduleIdIsTheArtifactId() throws IOException
    {
        String pom = Files.readString(root.resolve("platform-module/pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<artifactId>annual-report-platform</artifactId>");
        String props = Files.readString(root.resolve(MODULE + "module.properties"), StandardCharsets.UTF_8);
        assertThat(props).contains("module.id=${project.artifactId}");
        assertThat(root.resolve("platform-module/src/main/assembly/amp.xml")).exists();
        assertThat(root.resolve("platform-module/src/main/assembly/file-mapping.properties")).exists();
    }

    /**
     * Both module JARs carry alfresco/module/&lt;id&gt;/module.properties, which the repository's and Share's module
     * managers read from the classpath: it must be filtered there too, not only in the AMP's top-level copy (Share 26.1's
     * ModulePackageManager logged "${project.name}, ${project.version}" for the Share JAR built without it), and nothing
     * else may be filtered (FreeMarker templates and Spring placeholders use ${...} too).
     */
    @Test
    void modulePropertiesIsFilteredInBothModuleJarsAndNothingElse() throws Exception
    {
        for (String module : List.of("platform-module:annual-report-platform", "share-module:annual-report-share"))
        {
            String dir = module.substring(0, module.indexOf(':'));
            String props = "alfresco/module/" + module.substring(module.indexOf(':') + 1) + "/module.properties";
            assertThat(root.resolve(dir + "/src/main/resources/" + props)).as(props).exists();
            Element build = (Element) xml(root.resolve(dir + "/pom.xml")).getElementsByTagNameNS("*", "build").item(0);
            NodeList resources = build.getElementsByTagNameNS("*", "resource");
            List<String> filteredIncludes = new ArrayList<>();
            List<String> plainExcludes = new ArrayList<>();
            for (int i = 0; i < resources.getLength(); i++)
            {
                Element resource = (Element) resources.item(i);
                assertThat(text(resource, "directory")).as(dir + " resource directory").isEqualTo("src/main/resources");
                boolean filtered = "true".equals(text(resource, "filtering"));
                (filtered ? filteredIncludes : plainExcludes).add(text(resource, filtered ? "include" : "exclude"));
            }
            assertThat(filteredIncludes).as(dir + ": filtered resources").containsExactly(props);
            assertThat(plainExcludes).as(dir + ": unfiltered resources leave out").containsExactly(props);
        }
    }

    private static String text(Element parent, String tag)
    {
        NodeList list = parent.getElementsByTagNameNS("*", tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
    }

    /**
     * Every repository bundle has an _en copy of its default (English) file, as Share does with its own: on a server whose
     * default locale is Chinese (the docker stack's), a browser asking for English finds English, not the JVM's default.
     */
    @Test
    void everyRepositoryBundleHasAnEnglishCopyOfItsDefault() throws Exception
    {
        for (String base : List.of("annual-report-model", "annual-report-workflow", "annual-report-actions"))
        {
            Path dir = root.resolve(MODULE + "messages");
            assertThat(Files.readString(dir.resolve(base + "_en.properties"))).as(base + "_en")
                    .isEqualTo(Files.readString(dir.resolve(base + ".properties")));
            assertThat(dir.resolve(base + "_zh_CN.properties")).exists();
        }
    }
}
