package io.github.zwgk.annualreport.repo.webscript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import io.github.zwgk.annualreport.engine.store.ReportFilter;
import io.github.zwgk.annualreport.engine.store.ReportStatistics;
import io.github.zwgk.annualreport.repo.analysis.ReportSearch;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * GET /annual-report/statistics?year=&agency=&status=&level=&format=json|csv[&bom=true]: counts per validation status,
 * sums of every figure and the failing reports with their first findings (JSON), or one row per report plus a 合计 row
 * (CSV, UTF-8, cells that a spreadsheet would run as a formula neutralised; {@code bom=true} prefixes a byte-order mark
 * so that Excel opens it as UTF-8). Only the reports the caller may read are counted: an agency sees its own, reviewers
 * see all. {@code truncated} says whether there were more than {@code annual-report.statistics.maxReports}.
 */
public class StatisticsGet extends JsonWebScript
{
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportSearch reportSearch;
    private NodeService nodeService;
    private int maxReports = 10_000;
    private int topFindings = 3;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        ReportFilter filter = filter(req);
        String format = req.getFormat() == null ? "json" : req.getFormat();
        if (!format.equals("json") && !format.equals("csv"))
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "format must be json or csv, not " + format);
        }
        ReportSearch.Found found = reportSearch.find(filter, maxReports);
        List<ReportStatistics.Row> rows = new ArrayList<>();
        for (NodeRef n : found.reports())
        {
            rows.add(new ReportStatistics.Row(n.toString(), fields(nodeService.getProperties(n))));
        }
        ReportStatistics stats = new ReportStatistics(rows, topFindings);
        if (format.equals("json"))
        {
            writeJson(res, Status.STATUS_OK, json(filter, stats, found.truncated()));
        }
        else
        {
            writeCsv(res, stats, "true".equalsIgnoreCase(req.getParameter("bom")));
        }
    }

    /** The ar: properties by local name, and the file name. */
    static Map<String, Object> fields(Map<QName, Serializable> props)
    {
        Map<String, Object> fields = new HashMap<>();
        props.forEach((q, v) -> {
            if (AnnualReportModel.URI.equals(q.getNamespaceURI()))
            {
                fields.put(q.getLocalName(), v);
            }
        });
        fields.put(ReportStatistics.NAME, props.get(ContentModel.PROP_NAME));
        return fields;
    }

    private Map<String, Object> json(ReportFilter filter, ReportStatistics stats, boolean truncated)
    {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", filter.year());
        f.put("agency", filter.agency());
        f.put("status", filter.status());
        f.put("level", filter.level());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", f);
        body.put("total", stats.total());
        body.put("truncated", truncated);
        body.put("maxReports", maxReports);
        body.put("countsByStatus", stats.countsByStatus());
        body.put("sums", stats.sums());
        body.put("reportsWithFigure", stats.reportsWithFigure());
        body.put("failingReports", stats.failingReports());
        return body;
    }

    private static void writeCsv(WebScriptResponse res, ReportStatistics stats, boolean bom) throws IOException
    {
        res.setStatus(Status.STATUS_OK);
        res.setContentType("text/csv;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"annual-report-statistics.csv\"");
        OutputStream out = res.getOutputStream();
        if (bom)
        {
            out.write(UTF8_BOM);
        }
        for (List<String> row : stats.csvRows())
        {
            out.write(ReportStatistics.csvLine(row).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    public void setReportSearch(ReportSearch reportSearch)
    {
        this.reportSearch = reportSearch;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setMaxReports(int maxReports)
    {
        this.maxReports = maxReports;
    }

    public void setTopFindings(int topFindings)
    {
        this.topFindings = topFindings;
    }
}
