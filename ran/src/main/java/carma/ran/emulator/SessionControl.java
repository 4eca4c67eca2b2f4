package carma.ran.emulator;

import carma.kernel.event.EventSink;
import carma.kernel.trace.TraceBus;
import carma.ran.session.SessionMessage;
import carma.ran.trace.SessionRecord;
import carma.ran.trace.SessionRecord.SessionEvent;
import carma.ran.user.UserId;
import carma.ran.user.UserTable;
import java.util.ArrayDeque;

/**
 * Processes session-control messages once per 10 ms loop (AROMA Figs. 8–11): activation (CRRM RAN
 * selection + admission, then attachment), modification (re-admission at the new rate),
 * deactivation, and RAN-initiated dropping, which is reported back to CRRM.
 */
final class SessionControl implements EventSink<SessionMessage> {
    private final UserTable users;
    private final Services services;
    private final Attachments attachments;
    private final Delivery delivery;
    private final RanStatistics stats;
    private final TraceBus bus;
    private final ArrayDeque<SessionMessage> inbox = new ArrayDeque<>();
    private final String[] why = new String[1];
    private EventSink<SessionMessage> toCrrm = (now, m) -> {};
    private java.util.function.IntConsumer onEnd = u -> {};

    SessionControl(UserTable users, Services services, Attachments attachments, Delivery delivery,
            RanStatistics stats, TraceBus bus) {
        this.users = users;
        this.services = services;
        this.attachments = attachments;
        this.delivery = delivery;
        this.stats = stats;
        this.bus = bus;
    }

    void setCrrm(EventSink<SessionMessage> toCrrm) {
        this.toCrrm = toCrrm;
    }

    /** Told of every ended session (handover control forgets the user's measurements). */
    void setOnSessionEnd(java.util.function.IntConsumer onEnd) {
        this.onEnd = onEnd;
    }

    /** Messages are queued and handled at the next loop iteration, in arrival order. */
    @Override
    public void onEvent(long nowNs, SessionMessage message) {
        inbox.add(message);
    }

    void process(long nowNs) {
        SessionMessage m;
        while ((m = inbox.poll()) != null) {
            int u = m.user().value();
            if (u >= users.size()) {
                throw new IllegalArgumentException("session message for unknown " + m.user());
            }
            if (m instanceof SessionMessage.Activation) {
                activate(u, ((SessionMessage.Activation) m).service(), nowNs);
            } else if (m instanceof SessionMessage.Modification) {
                modify(u, ((SessionMessage.Modification) m).service(), nowNs);
            } else if (m instanceof SessionMessage.Deactivation) {
                end(u, nowNs, SessionEvent.DEACTIVATED, "deactivation");
            } else if (m instanceof SessionMessage.Dropping) {
                end(u, nowNs, SessionEvent.DROPPED, ((SessionMessage.Dropping) m).reason());
            }
        }
    }

    private void activate(int u, int service, long nowNs) {
        checkService(service);
        if (users.active[u]) {
            record(nowNs, u, service, SessionEvent.REJECTED, users.servingCell[u], "session already active");
            return;
        }
        users.service[u] = service;
        users.classPriority[u] = services.qosClass(service).ordinal();
        int cell = attachments.select(u, service, why);
        if (cell < 0) {
            stats.admissionsRejected++;
            record(nowNs, u, service, SessionEvent.REJECTED, -1, why[0]);
            toCrrm.onEvent(nowNs, new SessionMessage.Dropping(new UserId(u), "blocked: " + why[0]));
            return;
        }
        users.active[u] = true;
        users.sessionStartNs[u] = nowNs;
        users.generatedUntilNs[u] = nowNs;
        users.source[u] = services.sessionSource(u, service, nowNs);
        users.averageRateBps[u] = 0;
        attachments.attach(u, cell, nowNs);
        stats.admissionsAccepted++;
        stats.classActiveSessions[users.classPriority[u]]++;
        record(nowNs, u, service, SessionEvent.ACCEPTED, cell, "");
    }

    private void modify(int u, int service, long nowNs) {
        checkService(service);
        if (!users.active[u]) {
            record(nowNs, u, service, SessionEvent.REJECTED, -1, "no active session to modify");
            return;
        }
        int cell = users.servingCell[u];
        if (cell < 0) {
            record(nowNs, u, service, SessionEvent.REJECTED, -1, "handover in progress");
            return;
        }
        int old = users.service[u];
        attachments.detach(u, nowNs);
        stats.classActiveSessions[users.classPriority[u]]--;
        users.service[u] = service;
        users.classPriority[u] = services.qosClass(service).ordinal();
        boolean ok = attachments.admitHandover(u, cell);
        if (!ok) {
            users.service[u] = old;
            users.classPriority[u] = services.qosClass(old).ordinal();
        } else {
            users.source[u] = services.sessionSource(u, service, nowNs);
            users.generatedUntilNs[u] = nowNs;
        }
        attachments.attach(u, cell, nowNs);
        stats.classActiveSessions[users.classPriority[u]]++;
        record(nowNs, u, service, ok ? SessionEvent.MODIFIED : SessionEvent.REJECTED, cell, ok ? "" : "admission");
    }

    /** Ends a session; dropping is reported to CRRM. */
    void end(int u, long nowNs, SessionEvent event, String reason) {
        if (!users.active[u]) {
            return;
        }
        int cell = users.servingCell[u];
        attachments.detach(u, nowNs);
        delivery.flush(u, nowNs, DiscardReason.SESSION_END);
        users.active[u] = false;
        users.source[u] = null;
        onEnd.accept(u);
        stats.classActiveSessions[users.classPriority[u]]--;
        if (event == SessionEvent.DROPPED) {
            stats.sessionsDropped++;
            toCrrm.onEvent(nowNs, new SessionMessage.Dropping(new UserId(u), reason));
        }
        record(nowNs, u, users.service[u], event, cell, reason);
    }

    private void checkService(int service) {
        if (service < 0 || service >= services.size()) {
            throw new IllegalArgumentException("unknown service index " + service);
        }
    }

    private void record(long nowNs, int u, int service, SessionEvent event, int cell, String reason) {
        if (bus.wants(SessionRecord.class)) {
            bus.publish(new SessionRecord(nowNs, u, services.name(service), event, cell, reason));
        }
    }
}
