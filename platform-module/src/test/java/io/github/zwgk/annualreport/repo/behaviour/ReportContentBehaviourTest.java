package io.github.zwgk.annualreport.repo.behaviour;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

import io.github.zwgk.annualreport.repo.analysis.ReportAnalysisService;

@ExtendWith(MockitoExtension.class)
class ReportContentBehaviourTest
{
    private final NodeRef report = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "report");

    @Mock NodeService nodeService;
    @Mock ReportAnalysisService analysis;

    private ReportContentBehaviour behaviour;

    @BeforeEach
    void setUp()
    {
        behaviour = new ReportContentBehaviour();
        behaviour.setNodeService(nodeService);
        behaviour.setReportAnalysisService(analysis);
        when(nodeService.exists(report)).thenReturn(true);
    }

    @Test
    void firstContentQueuesAnAnalysis()
    {
        behaviour.onContentUpdate(report, true);

        verify(analysis).requestAnalysis(report);
    }

    @Test
    void newVersionQueuesAnAnalysisAlthoughNewContentIsFalse()
    {
        behaviour.onContentUpdate(report, false);

        verify(analysis).requestAnalysis(report);
    }

    @Test
    void editsOfAWorkingCopyAreNotAnalysed()
    {
        when(nodeService.hasAspect(report, ContentModel.ASPECT_WORKING_COPY)).thenReturn(true);

        behaviour.onContentUpdate(report, false);

        verify(analysis, never()).requestAnalysis(any());
    }
}
