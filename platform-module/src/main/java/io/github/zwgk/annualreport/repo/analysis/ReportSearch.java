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

/**
 * Finds annual reports by metadata with transactional metadata queries (TMDQ: answered by the database, no Solr lag),
 * paging through the results. Runs with the permissions of the current user: callers that must see everything run
 * as system.
 */
public class ReportSearch
{
    private static final int PAGE_SIZE = 500;

    private SearchService searchService;
    private NodeService nodeService;

    public void setSearchService(SearchService searchService)
    {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    /**
     * The live reports (no working copies) that match {@code filter}, at most {@code max}.
     */
    public List<NodeRef> find(ReportFilter filter, int max)
    {
        return query(filter.toFtsQuery(), max);
    }

    /**
     * The reports of {@code agencyName} for {@code year} (e.g. the previous year's report for the carry-over rule,
     * 国办公开办函〔2021〕30号 表三 "二、上年结转" = last year's "四、结转下年度继续办理"), {@code exclude} left out.
     */
    public List<NodeRef> findByAgencyAndYear(String agencyName, int year, NodeRef exclude)
    {
        List<NodeRef> found = query(new ReportFilter(year, agencyName, null, null).toFtsQuery(), 50);
        found.remove(exclude);
        return found;
    }

    List<NodeRef> query(String fts, int max)
    {
        List<NodeRef> nodes = new ArrayList<>();
        int skip = 0;
        while (nodes.size() < max)
        {
            SearchParameters sp = new SearchParameters();
            sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
            sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
            sp.setQuery(fts);
            sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
            sp.setLimitBy(LimitBy.UNLIMITED);
            sp.setSkipCount(skip);
            sp.setMaxItems(Math.min(PAGE_SIZE, max - nodes.size()));
            ResultSet rs = searchService.query(sp);
            try
            {
                List<NodeRef> page = rs.getNodeRefs();
                for (NodeRef n : page)
                {
                    if (nodeService.exists(n) && !nodeService.hasAspect(n, ContentModel.ASPECT_WORKING_COPY))
                    {
                        nodes.add(n);
                    }
                }
                skip += page.size();
                if (page.isEmpty() || !rs.hasMore())
                {
                    break;
                }
            }
            finally
            {
                rs.close();
            }
        }
        return nodes;
    }
}
