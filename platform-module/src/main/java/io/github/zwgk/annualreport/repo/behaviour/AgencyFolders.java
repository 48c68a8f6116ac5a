package io.github.zwgk.annualreport.repo.behaviour;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Finds the agency submission space (a folder with ar:agencyFolder) a node lies in, by walking up primary parents
 * (bounded, so a deep or cyclic path costs nothing), and gives its ar:agency values.
 */
public class AgencyFolders
{
    /** The ar:agency properties a report inherits from its folder. */
    static final List<QName> AGENCY_PROPERTIES = List.of(AnnualReportModel.PROP_AGENCY_NAME,
            AnnualReportModel.PROP_AGENCY_CODE, AnnualReportModel.PROP_AGENCY_LEVEL, AnnualReportModel.PROP_AGENCY_KIND,
            AnnualReportModel.PROP_AGENCY_GROUP);

    private NodeService nodeService;
    private int maxDepth = 32;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setMaxDepth(int maxDepth)
    {
        this.maxDepth = maxDepth;
    }

    /** The nearest ancestor with ar:agencyFolder within {@code maxDepth} levels, or null. */
    public NodeRef agencyFolderOf(NodeRef node)
    {
        NodeRef current = node;
        for (int depth = 0; depth < maxDepth; depth++)
        {
            ChildAssociationRef parent = nodeService.getPrimaryParent(current);
            if (parent == null || parent.getParentRef() == null)
            {
                return null;
            }
            current = parent.getParentRef();
            if (nodeService.hasAspect(current, AnnualReportModel.ASPECT_AGENCY_FOLDER))
            {
                return current;
            }
        }
        return null;
    }

    /** The folder's non-blank ar:agency values. */
    public Map<QName, Serializable> agencyValues(NodeRef folder)
    {
        Map<QName, Serializable> values = new HashMap<>();
        for (QName prop : AGENCY_PROPERTIES)
        {
            Serializable v = nodeService.getProperty(folder, prop);
            if (v != null && !v.toString().isBlank())
            {
                values.put(prop, v);
            }
        }
        return values;
    }
}
