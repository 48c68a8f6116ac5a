package io.github.zwgk.annualreport.repo.analysis;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.LimitBy;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

import io.github.zwgk.annualreport.engine.store.ReportFilter;

/**
 * Finds annual reports by metadata with transactional metadata queries (TMDQ: answered by the database, no Solr lag).
 * Runs with the permissions of the current user: callers that must see everything run as system.
 * <p>
 * A TMDQ stops after {@code system.acl.maxPermissionChecks} rows (1000) or {@code maxPermissionCheckTimeMillis} (10 s)
 * unless the query sets its own limits, even as system: the queries here set them to "unlimited" and ask for one row
 * more than wanted, so that {@link Found#truncated()} tells honestly whether there were more.
 */
public class ReportSearch
{
    private SearchService searchService;
    private NodeService nodeService;

    /** The reports found, at most the number asked for, and whether there were more. */
    public record Found(List<NodeRef> reports, boolean truncated)
    {
    }

    public void setSearchService(SearchService searchService)
    {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    /** The live reports (no working copies) that match {@code filter}, at most {@code max}. */
    public Found find(ReportFilter filter, int max)
    {
        return query(filter.toFtsQuery(), max);
    }

    /**
     * The reports of the agency whose group is {@code agencyGroup} for {@code year} (the previous year's report for
     * the carry-over rule, 国办公开办函〔2021〕30号 表三 "二、上年结转" = last year's "四、结转下年度继续办理"),
     * {@code exclude} left out. The agency group is set on reports from their agency folder by the system only.
     */
    public List<NodeRef> findByAgencyGroupAndYear(String agencyGroup, int year, NodeRef exclude)
    {
        String fts = "TYPE:\"ar:annualReport\" AND =ar:agencyGroup:" + ReportFilter.quote(agencyGroup)
                + " AND =ar:reportYear:" + year;
        List<NodeRef> found = new ArrayList<>(query(fts, 50).reports());
        found.remove(exclude);
        return found;
    }

    /** Reports waiting for their analysis (ar:validationStatus PENDING), at most {@code max}. */
    public Found findPending(int max)
    {
        return query("TYPE:\"ar:annualReport\" AND =ar:validationStatus:\"PENDING\"", max);
    }

    Found query(String fts, int max)
    {
        SearchParameters sp = new SearchParameters();
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        sp.setQuery(fts);
        sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        sp.setLimitBy(LimitBy.FINAL_SIZE);
        sp.setLimit(max + 1);
        sp.setMaxItems(max + 1);
        sp.setMaxPermissionChecks(Integer.MAX_VALUE);
        sp.setMaxPermissionCheckTimeMillis(Long.MAX_VALUE);
        ResultSet rs = searchService.query(sp);
        try
        {
            List<NodeRef> nodes = new ArrayList<>();
            boolean more = false;
            for (NodeRef n : rs.getNodeRefs())
            {
                if (!nodeService.exists(n) || nodeService.hasAspect(n, ContentModel.ASPECT_WORKING_COPY))
                {
                    continue;
                }
                if (nodes.size() == max)
                {
                    more = true;
                    break;
                }
                nodes.add(n);
            }
            LimitBy limitedBy = rs.getResultSetMetaData() == null ? null : rs.getResultSetMetaData().getLimitedBy();
            boolean cut = limitedBy == LimitBy.NUMBER_OF_PERMISSION_EVALUATIONS;
            return new Found(nodes, more || cut);
        }
        finally
        {
            rs.close();
        }
    }
}
