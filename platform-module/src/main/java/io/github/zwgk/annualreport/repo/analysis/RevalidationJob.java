package io.github.zwgk.annualreport.repo.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zwgk.annualreport.engine.store.ReportFilter;

/** Progress of one bulk re-validation, read by the progress web script while the job runs. */
public final class RevalidationJob
{
    public enum State
    {
        QUEUED, RUNNING, DONE, FAILED
    }

    private final String id;
    private final ReportFilter filter;
    private final boolean force;
    private final String startedBy;
    private final Instant createdAt = Instant.now();
    private final AtomicInteger analysed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger postponed = new AtomicInteger();
    private volatile State state = State.QUEUED;
    private volatile int total = -1;
    private volatile Instant finishedAt;
    private volatile String error;

    RevalidationJob(String id, ReportFilter filter, boolean force, String startedBy)
    {
        this.id = id;
        this.filter = filter;
        this.force = force;
        this.startedBy = startedBy;
    }

    public String id()
    {
        return id;
    }

    public State state()
    {
        return state;
    }

    void running(int total)
    {
        this.total = total;
        this.state = State.RUNNING;
    }

    void record(AnalysisRun.Outcome outcome)
    {
        switch (outcome)
        {
            case ANALYSED -> analysed.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case POSTPONED -> postponed.incrementAndGet();
        }
    }

    void done()
    {
        finishedAt = Instant.now();
        state = State.DONE;
    }

    void failed(String why)
    {
        error = why;
        finishedAt = Instant.now();
        state = State.FAILED;
    }

    boolean finished()
    {
        return state == State.DONE || state == State.FAILED;
    }

    public int processed()
    {
        return analysed.get() + skipped.get() + postponed.get();
    }

    /** The progress document of GET /annual-report/revalidation/{jobId}. */
    public Map<String, Object> toMap()
    {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", id);
        m.put("state", state.name());
        m.put("total", total < 0 ? null : total);
        m.put("processed", processed());
        m.put("analysed", analysed.get());
        m.put("skipped", skipped.get());
        m.put("postponed", postponed.get());
        m.put("percent", total <= 0 ? (finished() ? 100 : 0) : processed() * 100 / total);
        m.put("force", force);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", filter.year());
        f.put("agency", filter.agency());
        f.put("status", filter.status());
        f.put("level", filter.level());
        m.put("filter", f);
        m.put("startedBy", startedBy);
        m.put("createdAt", createdAt.toString());
        m.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
        m.put("error", error);
        return m;
    }
}
