package io.github.zwgk.annualreport.conformance.workflow;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.TaskListener;

/**
 * Stands in for the repository's ReviewWorkflowListener under the bean name the BPMN uses: records which events reach
 * it ("start:start", "create:correctReport", "start:approved", "end:approved", "end:none"), so tests see that the
 * listener is wired
 * to every step and that routing does not depend on it.
 */
final class RecordingReviewListener implements TaskListener, ExecutionListener
{
    private static final long serialVersionUID = 1L;

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void notify(DelegateTask task)
    {
        events.add(task.getEventName() + ":" + task.getTaskDefinitionKey());
    }

    @Override
    public void notify(DelegateExecution execution)
    {
        // "start:start" is the process-level start listener (the repository refuses non-system starters there); the
        // BPMN's activity listener is "start:approved"; an "end" is the process-level end listener, which a deleted
        // (cancelled) process reaches outside any activity
        events.add(execution.getEventName() + ":" + Objects.toString(execution.getCurrentActivityId(), "none"));
    }

    List<String> events()
    {
        return List.copyOf(events);
    }
}
