package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Cell;
import io.github.zwgk.annualreport.engine.model.Finding;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Location;
import io.github.zwgk.annualreport.engine.model.StatTable;
import io.github.zwgk.annualreport.engine.view.ViewLabels;

/**
 * The findings panel on document details: wired into the page through the module's web script, drawing with the
 * engine's own report-view.js (unpacked from report-analysis at build time, not copied), reading what the
 * repository's validation web script sends, and with every panel label in both languages. Its behaviour in a browser
 * is FindingsPanelBrowserTest.
 */
class FindingsPanelConformanceTest
{
    static final Path WEBSCRIPT_DIR = ShareModuleFiles.SHARE_RESOURCES.resolve(
            "alfresco/web-extension/site-webscripts/io/github/zwgk/annualreport/components/document-details");
    static final Path PANEL_JS = ShareModuleFiles.SHARE_RESOURCES.resolve(
            "META-INF/resources/annual-report-share/components/document-details/validation-findings.js");
    static final Path PANEL_CSS = ShareModuleFiles.SHARE_RESOURCES.resolve(
            "META-INF/resources/annual-report-share/components/document-details/validation-findings.css");
    /** Where share-module/pom.xml unpacks the engine's drawing, below META-INF/ of the Share jar. */
    static final String REPORT_VIEW_DIR = "resources/annual-report-share/components/report-view/";
    static final Path VALIDATION_GET = ShareModuleFiles.ROOT.resolve(
            "platform-module/src/main/java/io/github/zwgk/annualreport/repo/webscript/ValidationGet.java");

    private final Bundles share = ShareModuleFiles.shareBundles();

    @Test
    void noBundleCopiesTheEnginesWordingWhichTheDrawingTakesFromReportLabels()
    {
        Pattern copied = Pattern.compile("^annual-report\\.findings\\.(rule|severity|section|table|T[234])\\..*");
        for (var bundle : List.of(share.en(), share.zhCN()))
        {
            assertThat(bundle.stringPropertyNames()).noneMatch(k -> copied.matcher(k).matches());
        }
    }

    @Test
    void everyMessageKeyThePanelNamesLiterallyExistsInBothLanguages() throws IOException
    {
        Pattern literal = Pattern.compile("\"(annual-report\\.[A-Za-z0-9_.]*)\"");
        List<String> keys = new ArrayList<>();
        List<Path> sources = new ArrayList<>(List.of(PANEL_JS));
        try (Stream<Path> files = Files.list(WEBSCRIPT_DIR))
        {
            files.filter(p -> p.toString().endsWith(".ftl") || p.toString().endsWith(".js")).forEach(sources::add);
        }
        for (Path source : sources)
        {
            Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find())
            {
                if (!m.group(1).endsWith("."))
                {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("annual-report.findings.heading", "annual-report.findings.checking",
                "annual-report.findings.failure", "annual-report.findings.validatedAt");
        assertThat(keys).allSatisfy(key -> assertThat(share.missingIn(key)).as(key).isNull());
    }

    @Test
    void theExtensionAddsThePanelWithTheEnginesDrawingUnpackedFromTheEngineJar() throws IOException
    {
        Document extension = Xml.parse(ShareModuleFiles.SHARE_RESOURCES.resolve(
                "alfresco/web-extension/site-data/extensions/annual-report-share-extension.xml"));
        Element component = Xml.descendants(extension.getDocumentElement(), "component").getFirst();
        assertThat(Xml.child(component, "source-id").orElseThrow().getTextContent().trim()).isEqualTo("document-details");
        String url = Xml.descendants(component, "url").getFirst().getTextContent().trim();
        Document descriptor = Xml.parse(WEBSCRIPT_DIR.resolve("validation-findings.get.desc.xml"));
        assertThat(Xml.descendants(descriptor.getDocumentElement(), "url").getFirst().getTextContent().trim()).isEqualTo(url);

        String html = Files.readString(WEBSCRIPT_DIR.resolve("validation-findings.get.html.ftl"), StandardCharsets.UTF_8);
        Matcher resource = Pattern.compile("\\$\\{url\\.context}/res/([^\"]+)\"").matcher(html);
        List<String> fromEngine = new ArrayList<>();
        int found = 0;
        while (resource.find())
        {
            found++;
            String path = resource.group(1);
            if (path.startsWith(REPORT_VIEW_DIR))
            {
                // in the engine jar, next to each other: the build copies them, nobody keeps a second copy
                String name = path.substring(REPORT_VIEW_DIR.length());
                fromEngine.add(name);
                try (InputStream in = ViewLabels.class.getResourceAsStream("/" + ViewLabels.RESOURCE_DIR + name))
                {
                    assertThat(in).as("engine resource " + ViewLabels.RESOURCE_DIR + name).isNotNull();
                }
                assertThat(ShareModuleFiles.SHARE_RESOURCES.resolve("META-INF/" + path)).as("no copy of " + name).doesNotExist();
            }
            else
            {
                assertThat(ShareModuleFiles.SHARE_RESOURCES.resolve("META-INF/" + path)).as(path).isRegularFile();
            }
        }
        assertThat(found).isEqualTo(5);
        // scripts and styles only where the panel is drawn (seen in Share 26.1: 64 KB on every document's page before)
        String outsidePanel = html.replaceAll("(?s)<#if showFindings!false>.*?</#if>", "");
        assertThat(outsidePanel).as("markup outside <#if showFindings>").doesNotContain("<@link", "<@script", "<@createWidgets");
        assertThat(fromEngine).containsExactly("report-view.css", ViewLabels.SCRIPT_FILE, "report-view.js");
        // the labels before the drawing, the drawing before the panel
        assertThat(html.indexOf(REPORT_VIEW_DIR + ViewLabels.SCRIPT_FILE + "\"")).isLessThan(html.indexOf(REPORT_VIEW_DIR + "report-view.js\""));
        assertThat(html.indexOf(REPORT_VIEW_DIR + "report-view.js\"")).isLessThan(html.indexOf("/validation-findings.js\""));

        Document pom = Xml.parse(ShareModuleFiles.ROOT.resolve("share-module/pom.xml"));
        Element unpack = Xml.descendants(pom.getDocumentElement(), "execution").stream()
                .filter(e -> Xml.descendants(e, "goal").stream().anyMatch(g -> g.getTextContent().trim().equals("unpack-dependencies")))
                .findFirst().orElseThrow();
        assertThat(text(unpack, "includeArtifactIds")).isEqualTo("report-analysis");
        assertThat(text(unpack, "includes")).contains(ViewLabels.RESOURCE_DIR + "*.js", ViewLabels.RESOURCE_DIR + "*.css");
        assertThat(text(unpack, "outputDirectory")).isEqualTo("${project.build.outputDirectory}/META-INF/" + REPORT_VIEW_DIR
                .substring(0, REPORT_VIEW_DIR.length() - 1));
        assertThat(Xml.descendants(unpack, "org.codehaus.plexus.components.io.filemappers.FlattenFileMapper")).hasSize(1);
    }

    private static String text(Element parent, String tag)
    {
        return Xml.descendants(parent, tag).getFirst().getTextContent().trim();
    }

    @Test
    void thePanelReadsWhatTheRepositoryValidationWebScriptSends() throws IOException
    {
        String js = Files.readString(PANEL_JS, StandardCharsets.UTF_8);
        assertThat(js).contains("Alfresco.constants.PROXY_URI + \"annual-report/validation/\" + nodeRef.uri");
        Matcher read = Pattern.compile("\\bjson\\.([A-Za-z]+)").matcher(js);
        Set<String> fields = new LinkedHashSet<>();
        while (read.find())
        {
            fields.add(read.group(1));
        }
        assertThat(fields).contains("validationStatus", "result", "statusReason", "validatedAt", "retryAt");
        if (Files.isRegularFile(VALIDATION_GET))
        {
            // every field the panel reads is one ValidationGet writes (json.status only as a fallback for older ones)
            Matcher put = Pattern.compile("body\\.put\\(\"([A-Za-z]+)\"").matcher(Files.readString(VALIDATION_GET, StandardCharsets.UTF_8));
            Set<String> sent = new LinkedHashSet<>();
            while (put.find())
            {
                sent.add(put.group(1));
            }
            assertThat(sent).contains("validationStatus", "result");
            fields.remove("status");
            assertThat(sent).containsAll(fields);
        }
        // when the platform module ships the web script, its descriptor answers that URL with GET
        Path webscripts = ShareModuleFiles.PLATFORM_RESOURCES.resolve("alfresco/extension/templates/webscripts");
        if (Files.isDirectory(webscripts))
        {
            try (Stream<Path> files = Files.walk(webscripts))
            {
                List<Path> descriptors = files.filter(p -> p.getFileName().toString().endsWith(".get.desc.xml")).toList();
                boolean answered = false;
                for (Path d : descriptors)
                {
                    answered |= Xml.descendants(Xml.parse(d).getDocumentElement(), "url").stream()
                            .anyMatch(u -> u.getTextContent().trim().startsWith("/annual-report/validation/{store_type}/{store_id}/{id}"));
                }
                assertThat(answered).as("a GET descriptor for /annual-report/validation/{store_type}/{store_id}/{id} in " + webscripts).isTrue();
            }
        }
    }

    @Test
    void theDrawingReadsTheEnginesJsonByItsOwnFieldNames() throws IOException
    {
        String view;
        try (InputStream in = ViewLabels.class.getResourceAsStream("/" + ViewLabels.RESOURCE_DIR + "report-view.js"))
        {
            view = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : List.of(AnalysisResult.class, Finding.class, Location.class, StatTable.class, Cell.class, Identity.class))
        {
            for (RecordComponent c : type.getRecordComponents())
            {
                names.add(c.getName());
            }
        }
        // the page number of a finding (location.page) comes with the checker's locations; read when present
        names.add("page");
        for (String field : List.of("status", "statusReason", "format", "reportYear", "agency", "identity", "findings",
                "tables", "code", "severity", "message", "messageEn", "location", "expected", "actual", "section",
                "table", "row", "column", "line", "page", "found", "rows", "missingRows", "kind", "value", "raw", "title",
                "publicationDate", "file"))
        {
            assertThat(names).as("engine JSON field " + field).contains(field);
            assertThat(view).as("report-view.js reads ." + field).containsPattern("\\." + field + "\\b");
        }
    }
}
