package io.github.zwgk.annualreport.repo.workflow;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.repo.model.AnnualReportModel;



/**
 * Writes where a report is in its review onto the report (aspect ar:review): state, submitting group, reviewer, dates,
 * comment, and one ar:reviewHistory line per step. Runs as system with the node's behaviours off, so that recording a
 * step neither needs the actor's write permission nor counts as a modification of the report.
 */
public class ReviewStateRecorder
{
    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Lines kept in ar:reviewHistory. */
    static final int MAX_HISTORY = 100;

    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private Clock clock = Clock.systemDefaultZone();

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter)
    {
        this.behaviourFilter = behaviourFilter;
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }

    /**
     * Links the report into a container (the review's package) without making the current user its last modifier:
     * Alfresco touches a node's cm:modifier/cm:modified when it gets another parent, and the review runs for the
     * administrator. The report's last modifier stays the person who uploaded the version under review: Share shows
     * it, and a reviewer who modified that version may not approve it.
     */
    public ChildAssociationRef link(NodeRef parent, NodeRef report, QName assocType, QName assocName)
    {
        return keepingModifier(report, () -> nodeService.addChild(parent, report, assocType, assocName));
    }

    /** Runs a change of the report's place (a link, a move) with its cm:auditable values left as they are. */
    public <T> T keepingModifier(NodeRef report, Supplier<T> change)
    {
        behaviourFilter.disableBehaviour(report, ContentModel.ASPECT_AUDITABLE);
        try
        {
            return change.get();
        }
        finally
        {
            behaviourFilter.enableBehaviour(report, ContentModel.ASPECT_AUDITABLE);
        }
    }

    /** Now, as stored in ar:submittedAt / ar:reviewedAt. */
    Date now()
    {
        return Date.from(clock.instant());
    }

    /**
     * Records a step: {@code state} (null: unchanged), further ar:review properties (a null value clears one), and a
     * history line "yyyy-MM-dd HH:mm {@code event}" (null: none).
     */
    public void record(NodeRef report, ReviewState state, Map<QName, Serializable> properties, String event)
    {
        AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(report))
            {
                return null;
            }
            Map<QName, Serializable> changes = new HashMap<>();
            if (properties != null)
            {
                changes.putAll(properties);
            }
            if (state != null)
            {
                changes.put(AnnualReportModel.PROP_REVIEW_STATE, state.name());
            }
            if (event != null)
            {
                changes.put(AnnualReportModel.PROP_REVIEW_HISTORY, appendHistory(report, event));
            }
            behaviourFilter.disableBehaviour(report);
            try
            {
                if (nodeService.hasAspect(report, AnnualReportModel.ASPECT_REVIEW))
                {
                    nodeService.addProperties(report, changes);
                }
                else
                {
                    nodeService.addAspect(report, AnnualReportModel.ASPECT_REVIEW, changes);
                }
            }
            finally
            {
                behaviourFilter.enableBehaviour(report);
            }
            return null;
        });
    }

    /** The current ar:reviewState of a report, or null. */
    public ReviewState state(NodeRef report)
    {
        Serializable value = AuthenticationUtil.runAsSystem(() -> nodeService.getProperty(report, AnnualReportModel.PROP_REVIEW_STATE));
        if (value == null)
        {
            return null;
        }
        try
        {
            return ReviewState.valueOf(value.toString());
        }
        catch (IllegalArgumentException unknown)
        {
            return null;
        }
    }

    /**
     * The history with one more line, oldest first, at most {@link #MAX_HISTORY} lines: the oldest give way (a report
     * re-validated every night must not grow without bound).
     */
    private ArrayList<String> appendHistory(NodeRef report, String event)
    {
        ArrayList<String> history = new ArrayList<>();
        if (nodeService.getProperty(report, AnnualReportModel.PROP_REVIEW_HISTORY) instanceof List<?> lines)
        {
            lines.forEach(l -> history.add(String.valueOf(l)));
        }
        history.add(LocalDateTime.now(clock).format(HISTORY_TIME) + " " + event);
        while (history.size() > MAX_HISTORY)
        {
            history.remove(0);
        }
        return history;
    }
}
