package io.github.zwgk.annualreport.repo.behaviour;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import io.github.zwgk.annualreport.repo.workflow.ReportReviewService;

/** A report deleted during its review takes the review with it (issue 12.7); a working copy's deletion (cancel check-out) does not. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ReportDeleteBehaviourTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock NodeService nodeService;
    @Mock ReportReviewService reviewService;

    private ReportDeleteBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        behaviour = new ReportDeleteBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setReportReviewService(reviewService);
        when(nodeService.exists(report)).thenReturn(true);
    }

    @Test
    void deletingAReportTellsTheReview()
    {
        behaviour.beforeDeleteNode(report);

        verify(reviewService).onReportDeleted(report);
    }

    @Test
    void cancellingACheckOutLeavesTheReviewAlone()
    {
        when(nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);

        behaviour.beforeDeleteNode(report);

        verifyNoInteractions(reviewService);
    }
}
