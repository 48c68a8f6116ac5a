package io.github.zwgk.annualreport.repo.workflow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.engine.store.FindingsText;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * What the review workflow needs to know of a report at one moment: its latest analysis and its agency, read from the
 * ar: properties the analysis worker wrote, and the same facts as arwf: task properties.
 */
record ReportSnapshot(String status, String findingsText, String contentHash, String agencyName, Integer reportYear,
        String agencyLevel, String agencyKind)
{
    static ReportSnapshot read(NodeService nodeService, NodeRef report)
    {
        Map<QName, Serializable> p = nodeService.getProperties(report);
        String status = text(p.get(AnnualReportModel.PROP_VALIDATION_STATUS));
        List<String> findings = new ArrayList<>();
        if (p.get(AnnualReportModel.PROP_FINDINGS) instanceof List<?> lines)
        {
            lines.forEach(l -> findings.add(text(l)));
        }
        else if (p.get(AnnualReportModel.PROP_FINDINGS) != null)
        {
            findings.add(text(p.get(AnnualReportModel.PROP_FINDINGS)));
        }
        String findingsText = FindingsText.format(status, text(p.get(AnnualReportModel.PROP_STATUS_REASON)),
                count(p.get(AnnualReportModel.PROP_ERROR_COUNT)), count(p.get(AnnualReportModel.PROP_WARNING_COUNT)), findings);
        Integer year = p.get(AnnualReportModel.PROP_REPORT_YEAR) instanceof Number n ? n.intValue() : null;
        return new ReportSnapshot(status, findingsText, text(p.get(AnnualReportModel.PROP_CONTENT_HASH)),
                text(p.get(AnnualReportModel.PROP_AGENCY_NAME)), year, text(p.get(AnnualReportModel.PROP_AGENCY_LEVEL)),
                text(p.get(AnnualReportModel.PROP_AGENCY_KIND)));
    }

    /** True once an analysis has finished (a status other than none or PENDING). */
    boolean analysed()
    {
        return status != null && !AnnualReportModel.STATUS_PENDING.equals(status);
    }

    /** The latest analysis as task properties (arwf:submission): what a task shows and the gateways route on. */
    Map<QName, Serializable> analysisProperties()
    {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(AnnualReportWorkflowModel.PROP_VALIDATION_STATUS, status);
        props.put(AnnualReportWorkflowModel.PROP_FINDINGS_TEXT, findingsText);
        props.put(AnnualReportWorkflowModel.PROP_CONTENT_HASH, contentHash);
        return props;
    }

    private static String text(Object value)
    {
        return value == null ? null : value.toString();
    }

    private static int count(Object value)
    {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
