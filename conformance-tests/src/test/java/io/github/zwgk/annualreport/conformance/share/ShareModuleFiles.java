package io.github.zwgk.annualreport.conformance.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the Share module's and the platform module's files live in the source tree, and loaders for them. */
final class ShareModuleFiles
{
    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path SHARE_RESOURCES = ROOT.resolve("share-module/src/main/resources");
    static final Path SHARE_CONFIG = SHARE_RESOURCES.resolve("META-INF/share-config-custom.xml");
    static final Path SPRING_CONTEXT = SHARE_RESOURCES.resolve(
            "alfresco/web-extension/annual-report-share-slingshot-application-context.xml");
    static final Path SHARE_MESSAGES = SHARE_RESOURCES.resolve("alfresco/web-extension/messages");
    static final Path PLATFORM_RESOURCES = ROOT.resolve("platform-module/src/main/resources");
    static final Path MODULE_DIR = PLATFORM_RESOURCES.resolve("alfresco/module/annual-report-platform");
    static final Path CONTENT_MODEL = MODULE_DIR.resolve("model/annual-report-model.xml");
    static final Path WORKFLOW_MODEL = MODULE_DIR.resolve("workflow/annual-report-workflow-model.xml");
    static final Path WORKFLOW_BPMN = MODULE_DIR.resolve("workflow/annual-report-review.bpmn20.xml");
    static final Path FACETS = PLATFORM_RESOURCES.resolve("alfresco/extension/solr-facets-config-custom.properties");

    private ShareModuleFiles()
    {
    }

    static ContentModels models()
    {
        return ContentModels.of(CONTENT_MODEL, WORKFLOW_MODEL);
    }

    static boolean workflowModelPresent()
    {
        return Files.isRegularFile(WORKFLOW_MODEL);
    }

    static Bundles shareBundles()
    {
        return Bundles.load(SHARE_MESSAGES, "annual-report-share");
    }

    static Map<String, Bundles> modelBundles()
    {
        return Map.of("ar:annualReportModel", Bundles.load(MODULE_DIR.resolve("messages"), "annual-report-model"),
                "arwf:workflowModel", Bundles.load(MODULE_DIR.resolve("messages"), "annual-report-workflow"));
    }

    static ShareConfigChecker checker()
    {
        return new ShareConfigChecker(Xml.parse(SHARE_CONFIG), Xml.parse(SPRING_CONTEXT), models(),
                workflowModelPresent(), shareBundles(), modelBundles(), SHARE_RESOURCES);
    }

    /** Every XML file the Share module ships (config, Spring context, Surf extension, web script descriptors). */
    static List<Path> shareXmlFiles() throws IOException
    {
        try (Stream<Path> files = Files.walk(SHARE_RESOURCES))
        {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
