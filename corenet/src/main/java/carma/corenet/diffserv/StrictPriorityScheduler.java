package carma.corenet.diffserv;

import java.util.Objects;

/**
 * Non-preemptive strict priority for one class (EF, RFC 3246) over the rest: whenever the priority
 * queue is backlogged it is served next; otherwise {@code rest} chooses. EF's rate is bounded by the
 * edge policers and admission control, so the other classes are not starved.
 */
public final class StrictPriorityScheduler implements PortScheduler {
    private final Psc priority;
    private final PortScheduler rest;

    public StrictPriorityScheduler(Psc priority, PortScheduler rest) {
        this.priority = Objects.requireNonNull(priority, "priority");
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    @Override
    public Psc select(ClassBacklog backlog) {
        return backlog.packets(priority) > 0 ? priority : rest.select(backlog);
    }
}
