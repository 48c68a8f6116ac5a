package io.github.zwgk.annualreport.conformance.workflow;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the review workflow's files in the platform module, from the project root the build passes in. */
final class WorkflowFiles
{
    static final String MODULE = "platform-module/src/main/resources/alfresco/module/annual-report-platform/";

    private WorkflowFiles()
    {
    }

    static Path root()
    {
        String root = System.getProperty("project.root");
        Path path = Path.of(root == null ? ".." : root).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("platform-module")))
        {
            throw new IllegalStateException("project.root does not point at the project: " + path);
        }
        return path;
    }

    static Path bpmn()
    {
        return root().resolve(MODULE + "workflow/annual-report-review.bpmn20.xml");
    }

    static Path workflowModel()
    {
        return root().resolve(MODULE + "workflow/annual-report-workflow-model.xml");
    }

    static Path contentModel()
    {
        return root().resolve(MODULE + "model/annual-report-model.xml");
    }

    static Path labels(String suffix)
    {
        return root().resolve(MODULE + "messages/annual-report-workflow" + suffix + ".properties");
    }

    static Path context()
    {
        return root().resolve(MODULE + "context/workflow-context.xml");
    }
}
