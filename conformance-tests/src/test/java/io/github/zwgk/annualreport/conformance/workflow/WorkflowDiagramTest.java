package io.github.zwgk.annualreport.conformance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.FlowNode;
import org.activiti.bpmn.model.SequenceFlow;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.api.Test;

/**
 * The BPMN's diagram section lays out every node and flow, and Activiti's own generator renders it: the picture in
 * docs/WORKFLOW.md ({@code docs/workflow.png}, rewritten with {@code -Dworkflow.diagram.write=true}).
 */
class WorkflowDiagramTest
{
    /** A font with the Chinese glyphs of the node names (fonts-wqy-zenhei); Java falls back to a logical font if absent. */
    private static final String FONT = "WenQuanYi Zen Hei";

    @Test
    void everyNodeAndFlowIsLaidOutAndTheDiagramRenders() throws Exception
    {
        BpmnModel model = read();
        for (FlowElement element : model.getMainProcess().getFlowElements())
        {
            if (element instanceof FlowNode)
            {
                assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
            }
            else if (element instanceof SequenceFlow)
            {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("edge of %s", element.getId()).hasSizeGreaterThan(1);
            }
        }

        Path png = Files.createTempFile("annual-report-review", ".png");
        try (InputStream image = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", FONT, FONT, FONT, null))
        {
            Files.copy(image, png, StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage rendered = ImageIO.read(png.toFile());
        assertThat(rendered.getWidth()).isGreaterThan(500);
        assertThat(rendered.getHeight()).isGreaterThan(300);

        if (Boolean.getBoolean("workflow.diagram.write"))
        {
            Files.copy(png, WorkflowFiles.root().resolve("docs/workflow.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(png);
    }

    private static BpmnModel read() throws Exception
    {
        try (InputStream in = Files.newInputStream(WorkflowFiles.bpmn()))
        {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8");
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        }
    }
}
