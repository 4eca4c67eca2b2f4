package carma.ran.emulator;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStreams;
import carma.ran.session.SessionMessage;
import carma.ran.user.UserId;
import carma.traffic.session.SessionListener;
import carma.traffic.session.SessionProcess;
import carma.traffic.session.SessionStart;
import java.util.List;

/**
 * The session level of the emulated users (AROMA paper §5.2.5, Figs. 8 and 10): one
 * {@link SessionProcess} per user group turns Poisson session requests and exponential holding
 * times into activation and deactivation messages. Sessions the RAN rejected or dropped are ended
 * in the process too, so the user's next request follows an idle time. Messages about emulated
 * users are also passed on to CRRM (RAN-initiated deactivation and dropping).
 */
final class EmulatedSessions implements EventSink<SessionMessage> {
    private final SessionProcess[] processes;
    private final GroupListener[] listeners;
    private final int[] firstUser;
    private final int[] groupOfUser;
    private final SessionControl sessions;
    private EventSink<SessionMessage> crrm = (now, m) -> {};

    EmulatedSessions(List<UserGroup> groups, int firstEmulatedUser, Services services, SessionControl sessions,
            SessionStart start, RandomStreams streams) {
        this.sessions = sessions;
        int n = groups.size();
        processes = new SessionProcess[n];
        listeners = new GroupListener[n];
        firstUser = new int[n];
        int total = firstEmulatedUser + groups.stream().mapToInt(UserGroup::count).sum();
        groupOfUser = new int[total];
        java.util.Arrays.fill(groupOfUser, -1);
        int u = firstEmulatedUser;
        for (int g = 0; g < n; g++) {
            UserGroup group = groups.get(g);
            processes[g] = new SessionProcess(group.count(), services.get(group.service()).sessions(), start,
                    streams.stream("ran.sessions.group-" + g));
            listeners[g] = new GroupListener(g, group.service());
            firstUser[g] = u;
            for (int i = 0; i < group.count(); i++) {
                groupOfUser[u++] = g;
            }
        }
        sessions.setCrrm(this);
    }

    void setCrrm(EventSink<SessionMessage> crrm) {
        this.crrm = crrm;
    }

    /** Hands session starts and ends due at or before {@code nowNs} to session control. */
    void advance(long nowNs) {
        for (int g = 0; g < processes.length; g++) {
            processes[g].advance(nowNs + 1, listeners[g]);
        }
    }

    /** From session control: a RAN-initiated message for CRRM. */
    @Override
    public void onEvent(long nowNs, SessionMessage message) {
        int u = message.user().value();
        int g = u < groupOfUser.length ? groupOfUser[u] : -1;
        if (g >= 0 && message instanceof SessionMessage.Dropping) {
            processes[g].endSession(u - firstUser[g], nowNs);
        }
        crrm.onEvent(nowNs, message);
    }

    /** Active sessions of emulated users according to the session processes. */
    int activeSessions() {
        int a = 0;
        for (SessionProcess p : processes) {
            a += p.activeCount();
        }
        return a;
    }

    private final class GroupListener implements SessionListener {
        private final int group;
        private final int service;

        GroupListener(int group, int service) {
            this.group = group;
            this.service = service;
        }

        @Override
        public void onSessionStart(int userIndex, long startNs) {
            sessions.onEvent(startNs, new SessionMessage.Activation(new UserId(firstUser[group] + userIndex), service));
        }

        @Override
        public void onSessionEnd(int userIndex, long endNs) {
            UserId user = new UserId(firstUser[group] + userIndex);
            sessions.onEvent(endNs, new SessionMessage.Deactivation(user));
            crrm.onEvent(endNs, new SessionMessage.Deactivation(user));
        }
    }
}
