package io.github.zwgk.annualreport.conformance.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.github.zwgk.annualreport.engine.model.Labelled;
import io.github.zwgk.annualreport.engine.model.RuleCode;
import io.github.zwgk.annualreport.engine.model.Section;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Table2Column;
import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.Table3Column;
import io.github.zwgk.annualreport.engine.model.Table3Row;
import io.github.zwgk.annualreport.engine.model.Table4Column;
import io.github.zwgk.annualreport.engine.model.Table4Row;
import io.github.zwgk.annualreport.engine.model.TableId;

/**
 * The findings panel on document details can show every finding the engine produces in readable Chinese: each
 * rule, severity, section, table, row and column id of the engine's JSON has a label, and the Chinese labels are
 * the engine's own wording; the panel is wired into the document details page and its files exist.
 */
class FindingsPanelConformanceTest
{
    private static final Path WEBSCRIPT_DIR = ShareModuleFiles.SHARE_RESOURCES.resolve(
            "alfresco/web-extension/site-webscripts/io/github/zwgk/annualreport/components/document-details");
    private static final Path PANEL_JS = ShareModuleFiles.SHARE_RESOURCES.resolve(
            "META-INF/resources/annual-report-share/components/document-details/validation-findings.js");

    private final Bundles share = ShareModuleFiles.shareBundles();

    @Test
    void everyRuleCodeHasTheEngineTitleInChineseAndEnglish()
    {
        for (RuleCode code : RuleCode.values())
        {
            String key = "annual-report.findings.rule." + code.name();
            assertThat(share.zhCN().getProperty(key)).as(key).isEqualTo(code.title());
            assertThat(share.en().getProperty(key)).as(key).isEqualTo(code.titleEn());
        }
    }

    @Test
    void everySeveritySectionAndTableHasALabelInBothLanguages()
    {
        for (Severity severity : Severity.values())
        {
            assertThat(share.missingIn("annual-report.findings.severity." + severity.name())).isNull();
        }
        for (Section section : Section.values())
        {
            assertThat(share.zhCN().getProperty("annual-report.findings.section." + section.name()))
                    .isEqualTo(section.standardHeading());
            assertThat(share.en().getProperty("annual-report.findings.section." + section.name())).isNotBlank();
        }
        for (TableId table : TableId.values())
        {
            assertThat(share.zhCN().getProperty("annual-report.findings.table." + table.name())).isEqualTo("表" + table.number());
            assertThat(share.en().getProperty("annual-report.findings.table." + table.name())).isNotBlank();
        }
    }

    @Test
    void everyRowAndColumnIdOfTheThreeTablesHasTheTemplateWordingAsLabel()
    {
        assertLabels("T2.row", Table2Row.values());
        assertLabels("T2.column", Table2Column.values());
        assertLabels("T3.column", Table3Column.values());
        assertLabels("T4.row", Table4Row.values());
        assertLabels("T4.column", Table4Column.values());
        for (Table3Row row : Table3Row.values())
        {
            String key = "annual-report.findings.T3.row." + row.name();
            String expected = (row.group() == null ? "" : row.group()) + row.label();
            assertThat(share.zhCN().getProperty(key)).as(key).isEqualTo(expected);
            assertThat(share.en().getProperty(key)).as(key).isNotBlank();
        }
    }

    private void assertLabels(String kind, Labelled[] values)
    {
        for (Labelled value : values)
        {
            String key = "annual-report.findings." + kind + "." + value.name();
            assertThat(share.zhCN().getProperty(key)).as(key).isEqualTo(value.label());
            assertThat(share.en().getProperty(key)).as(key).isNotBlank();
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
        assertThat(keys).contains("annual-report.findings.heading", "annual-report.findings.none");
        assertThat(keys).allSatisfy(key -> assertThat(share.missingIn(key)).as(key).isNull());
    }

    @Test
    void theExtensionAddsThePanelToDocumentDetailsThroughAWebScriptOfTheModule() throws IOException
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
        int found = 0;
        while (resource.find())
        {
            found++;
            assertThat(ShareModuleFiles.SHARE_RESOURCES.resolve("META-INF/" + resource.group(1))).as(resource.group(1)).isRegularFile();
        }
        assertThat(found).isEqualTo(2);
    }

    @Test
    void thePanelReadsTheRepositoryValidationWebScriptNamedInTheDesign() throws IOException
    {
        String js = Files.readString(PANEL_JS, StandardCharsets.UTF_8);
        assertThat(js).contains("Alfresco.constants.PROXY_URI + \"annual-report/validation/\" + nodeRef.uri");
        for (String field : List.of("findings", "severity", "code", "location", "expected", "actual", "messageEn",
                "section", "table", "row", "column", "line"))
        {
            assertThat(js).as("reads " + field).containsPattern("\\." + field + "\\b");
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
}
