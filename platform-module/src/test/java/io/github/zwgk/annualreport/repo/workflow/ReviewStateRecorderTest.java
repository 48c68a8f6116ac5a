package io.github.zwgk.annualreport.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * Linking a report into the review's package or the approved year folder leaves its cm:auditable values alone. Seen in
 * the real repository: Alfresco touches a node that gets another parent, so every report under review read "modified by
 * admin" (the review runs for the administrator) — Share showed the clerk's upload as the administrator's, and the
 * reviewer check against the version's last modifier compared with the administrator.
 */
class ReviewStateRecorderTest
{
    private final NodeService nodeService = mock(NodeService.class);
    private final BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
    private final ReviewStateRecorder recorder = new ReviewStateRecorder();
    private final NodeRef report = new NodeRef("workspace://SpacesStore/report");
    private final NodeRef workflowPackage = new NodeRef("workspace://SpacesStore/package");
    private final QName name = QName.createQName("http://www.alfresco.org/model/content/1.0", "report.docx");

    @BeforeEach
    void setUp()
    {
        recorder.setNodeService(nodeService);
        recorder.setBehaviourFilter(behaviourFilter);
    }

    @Test
    void linkingTheReportIntoAContainerKeepsItsLastModifier()
    {
        ChildAssociationRef assoc = new ChildAssociationRef(WorkflowModel.ASSOC_PACKAGE_CONTAINS, workflowPackage, name, report);
        when(nodeService.addChild(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, name)).thenReturn(assoc);

        assertThat(recorder.link(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, name)).isEqualTo(assoc);

        InOrder order = inOrder(behaviourFilter, nodeService);
        order.verify(behaviourFilter).disableBehaviour(report, ContentModel.ASPECT_AUDITABLE);
        order.verify(nodeService).addChild(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, name);
        order.verify(behaviourFilter).enableBehaviour(report, ContentModel.ASPECT_AUDITABLE);
    }

    @Test
    void theAuditableBehaviourIsBackWhenTheChangeFails()
    {
        when(nodeService.addChild(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, name))
                .thenThrow(new IllegalStateException("duplicate child"));

        assertThatThrownBy(() -> recorder.link(workflowPackage, report, WorkflowModel.ASSOC_PACKAGE_CONTAINS, name))
                .hasMessage("duplicate child");
        verify(behaviourFilter).enableBehaviour(report, ContentModel.ASPECT_AUDITABLE);
    }
}
