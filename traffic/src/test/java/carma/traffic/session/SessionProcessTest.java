package carma.traffic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.QosClass;
import carma.traffic.distribution.SampleStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionProcessTest {
    private static final long TICK_NS = 10 * SimTime.NANOS_PER_MILLI;

    /** Records starts and ends and checks pairing and time order. */
    private static final class Recorder implements SessionListener {
        final long[] lastStartNs;
        final long[] lastEndNs;
        final SampleStats holdingS = new SampleStats();
        final SampleStats cycleS = new SampleStats();
        final SampleStats firstStartS = new SampleStats();
        final List<String> events = new ArrayList<>();
        long cycleCutoffNs = Long.MAX_VALUE;
        long lastEventNs = Long.MIN_VALUE;
        boolean keepEvents;

        Recorder(int users) {
            lastStartNs = new long[users];
            lastEndNs = new long[users];
            java.util.Arrays.fill(lastStartNs, -1);
        }

        @Override
        public void onSessionStart(int user, long startNs) {
            order(startNs);
            if (lastStartNs[user] < 0) {
                firstStartS.add(SimTime.secondsOf(startNs));
            } else {
                assertThat(lastEndNs[user]).isGreaterThan(lastStartNs[user]).isLessThanOrEqualTo(startNs);
                if (lastStartNs[user] < cycleCutoffNs) {
                    cycleS.add(SimTime.secondsOf(startNs - lastStartNs[user]));
                }
            }
            lastStartNs[user] = startNs;
            record("start", user, startNs);
        }

        @Override
        public void onSessionEnd(int user, long endNs) {
            order(endNs);
            assertThat(lastStartNs[user]).isNotNegative().isLessThan(endNs);
            holdingS.add(SimTime.secondsOf(endNs - lastStartNs[user]));
            lastEndNs[user] = endNs;
            record("end", user, endNs);
        }

        private void order(long atNs) {
            assertThat(atNs).isGreaterThanOrEqualTo(lastEventNs);
            lastEventNs = atNs;
        }

        private void record(String kind, int user, long atNs) {
            if (keepEvents) {
                events.add(kind + " " + user + " " + atNs);
            }
        }
    }

    @Test
    void aroma_voice_sessions_have_the_poisson_rate_and_mean_holding_time() {
        SessionParameters voice = SessionParameters.aromaVoice();
        int users = 2_000;
        SessionProcess process = new SessionProcess(users, voice, new RandomStreams(61).stream("sessions.voice"));
        Recorder recorder = new Recorder(users);
        long horizonNs = 60 * 3_600 * SimTime.NANOS_PER_SECOND;
        // only cycles starting 12 mean cycles before the horizon: the censoring of longer ones
        // biases the mean by less than e^(-12) of a cycle
        recorder.cycleCutoffNs = horizonNs - SimTime.nanosOfSeconds(12 / voice.startedSessionsPerSecond());
        for (long t = 0; t < horizonNs; t += SimTime.NANOS_PER_SECOND) {
            process.advance(t + SimTime.NANOS_PER_SECOND, recorder);
        }
        assertThat(recorder.holdingS.mean()).isCloseTo(120, within(recorder.holdingS.halfWidth999()));
        // start-to-start interval = holding + idle; rate = 1 / that = λ / (1 + λh)
        assertThat(recorder.cycleS.mean()).isCloseTo(1 / voice.startedSessionsPerSecond(), within(recorder.cycleS.halfWidth999()));
        assertThat(1 / voice.startedSessionsPerSecond()).isCloseTo(3_720, within(1e-9));
        // the first sessions are spread uniformly over the first 100 s: mean 50 s, variance 100²/12
        assertThat(recorder.firstStartS.count()).isEqualTo(users);
        assertThat(recorder.firstStartS.mean()).isCloseTo(50, within(SampleStats.Z_999 * Math.sqrt(100.0 * 100 / 12 / users)));
    }

    @Test
    void active_fraction_in_steady_state_is_holding_over_cycle() {
        SessionParameters busy = new SessionParameters(60, 30, 100);
        int users = 5_000;
        SessionProcess process = new SessionProcess(users, busy, new RandomStreams(62).stream("sessions.busy"));
        Recorder recorder = new Recorder(users);
        SampleStats activeFraction = new SampleStats();
        for (long t = 0; t < 3_600 * SimTime.NANOS_PER_SECOND; t += SimTime.NANOS_PER_SECOND) {
            process.advance(t + SimTime.NANOS_PER_SECOND, recorder);
            if (t >= 600 * SimTime.NANOS_PER_SECOND && t % (300 * SimTime.NANOS_PER_SECOND) == 0) {
                activeFraction.add(process.activeCount() / (double) users);
            }
        }
        double p = busy.activeFraction();
        // samples 300 s apart (≫ the 30 s and 60 s means) are close to independent binomials
        assertThat(activeFraction.mean()).isCloseTo(p,
                within(SampleStats.proportionHalfWidth999(p, users * activeFraction.count())));
    }

    @Test
    void ticks_of_10_ms_report_the_same_events_as_one_big_advance_each_inside_its_tick() {
        SessionParameters parameters = new SessionParameters(120, 5, 10);
        long horizonNs = 120 * SimTime.NANOS_PER_SECOND;
        Recorder whole = new Recorder(300);
        whole.keepEvents = true;
        new SessionProcess(300, parameters, new RandomStreams(63).stream("s")).advance(horizonNs, whole);
        Recorder ticked = new Recorder(300);
        ticked.keepEvents = true;
        SessionProcess process = new SessionProcess(300, parameters, new RandomStreams(63).stream("s"));
        for (long t = 0; t < horizonNs; t += TICK_NS) {
            int before = ticked.events.size();
            process.advance(t + TICK_NS, ticked);
            for (int i = before; i < ticked.events.size(); i++) {
                long atNs = Long.parseLong(ticked.events.get(i).split(" ")[2]);
                assertThat(atNs).isGreaterThanOrEqualTo(t).isLessThan(t + TICK_NS);
            }
        }
        assertThat(ticked.events).isNotEmpty().isEqualTo(whole.events);
    }

    @Test
    void a_dropped_session_ends_silently_and_the_user_returns_later() {
        SessionProcess process = new SessionProcess(1, new SessionParameters(3_600, 1e6, 1),
                new RandomStreams(64).stream("s"));
        Recorder recorder = new Recorder(1);
        process.advance(SimTime.NANOS_PER_SECOND, recorder);
        assertThat(process.isActive(0)).isTrue();
        assertThat(process.endSession(0, SimTime.NANOS_PER_SECOND)).isTrue();
        recorder.lastEndNs[0] = SimTime.NANOS_PER_SECOND;
        assertThat(process.endSession(0, SimTime.NANOS_PER_SECOND)).isFalse();
        assertThat(process.isActive(0)).isFalse();
        assertThat(process.activeCount()).isZero();
        assertThat(process.nextEventNs(0)).isGreaterThanOrEqualTo(SimTime.NANOS_PER_SECOND);
        process.advance(100 * SimTime.NANOS_PER_SECOND, recorder);
        assertThat(recorder.holdingS.count()).isZero();
        assertThat(process.isActive(0)).isTrue();
    }

    @Test
    void qos_classes_are_served_in_priority_order_and_profiles_carry_their_requirements() {
        assertThat(QosClass.CONVERSATIONAL.precedes(QosClass.STREAMING)).isTrue();
        assertThat(QosClass.STREAMING.precedes(QosClass.INTERACTIVE)).isTrue();
        assertThat(QosClass.INTERACTIVE.precedes(QosClass.BACKGROUND)).isTrue();
        assertThat(QosClass.BACKGROUND.precedes(QosClass.CONVERSATIONAL)).isFalse();
        assertThat(ServiceProfile.voice().qosClass()).isEqualTo(QosClass.CONVERSATIONAL);
        assertThat(ServiceProfile.voice().guaranteedBitRateBps()).isEqualTo(12_200);
        assertThat(ServiceProfile.videoStreaming().guaranteedBitRateBps()).isEqualTo(192_000);
        assertThat(ServiceProfile.webBrowsing().hasDelayBound()).isFalse();
        assertThat(ServiceProfile.ftpBackground().qosClass()).isEqualTo(QosClass.BACKGROUND);
    }

    @Test
    void dropping_one_users_session_leaves_every_other_users_sessions_unchanged() {
        SessionParameters parameters = new SessionParameters(60, 20, 10);
        Recorder reference = new Recorder(50);
        reference.keepEvents = true;
        new SessionProcess(50, parameters, new RandomStreams(65).stream("s")).advance(3_600 * SimTime.NANOS_PER_SECOND, reference);
        Recorder dropped = new Recorder(50);
        dropped.keepEvents = true;
        SessionProcess process = new SessionProcess(50, parameters, new RandomStreams(65).stream("s"));
        SessionListener dropUserSeven = new SessionListener() {
            @Override
            public void onSessionStart(int user, long startNs) {
                dropped.onSessionStart(user, startNs);
                if (user == 7) {
                    process.endSession(7, startNs);
                    dropped.lastEndNs[7] = startNs + 1;
                }
            }

            @Override
            public void onSessionEnd(int user, long endNs) {
                dropped.onSessionEnd(user, endNs);
            }
        };
        process.advance(3_600 * SimTime.NANOS_PER_SECOND, dropUserSeven);
        assertThat(withoutUser(dropped.events, 7)).isNotEmpty().isEqualTo(withoutUser(reference.events, 7));
        assertThat(dropped.events).isNotEqualTo(reference.events);
    }

    @Test
    void web_browsing_default_holds_the_3003_session_on_average() {
        ServiceTraffic web = ServiceTraffic.aromaWebBrowsing();
        assertThat(web.profile().qosClass()).isEqualTo(QosClass.INTERACTIVE);
        double dd = 0.0104;
        assertThat(web.sessions().meanHoldingS()).isCloseTo(5 * 24 * dd + 4 * 412, within(1e-9));
        double packetCalls = 1 + web.sessions().meanHoldingS() / (412 + 24 * dd);
        assertThat(packetCalls).isCloseTo(5, within(0.01));
    }

    /**
     * Stationary start: at time 0+ and at any later time, each user is active independently with
     * p = λh / (1 + λh), so the active count is Binomial(n, p); tolerance 4 σ = 4 √(n p (1 − p)).
     * Deliberately wrong models fall outside it: the ramp start (0 active at time 0+) and the
     * stationary probability taken as λh (here 0.5 instead of 1/3, 1,667 users off for σ = 47).
     */
    @Test
    void stationaryStartHasTheStationaryActiveCountFromTheFirstInstant() {
        int n = 10_000;
        SessionParameters p = new SessionParameters(15, 120, 100); // λh = 15/3600 · 120 = 0.5
        double active = 0.5 / 1.5;
        double tolerance = 4 * Math.sqrt(n * active * (1 - active));
        SessionProcess process = new SessionProcess(n, p, SessionStart.STATIONARY, new RandomStreams(66).stream("s"));
        SessionListener none = new SessionListener() {
            @Override
            public void onSessionStart(int user, long startNs) {}

            @Override
            public void onSessionEnd(int user, long endNs) {}
        };
        process.advance(1, none);
        assertThat((double) process.activeCount()).isCloseTo(n * active, within(tolerance));
        assertThat(Math.abs(n * 0.5 - process.activeCount())).as("λh taken as the probability").isGreaterThan(tolerance);
        SessionProcess ramp = new SessionProcess(n, p, new RandomStreams(66).stream("s"));
        ramp.advance(1, none);
        assertThat(Math.abs(n * active - ramp.activeCount())).as("ramp start").isGreaterThan(tolerance);
        for (long t : new long[] {60, 600, 3_600}) {
            process.advance(t * SimTime.NANOS_PER_SECOND, none);
            assertThat((double) process.activeCount()).as("active at %d s", t).isCloseTo(n * active, within(tolerance));
        }
    }

    private static List<String> withoutUser(List<String> events, int user) {
        return events.stream().filter(e -> !e.split(" ")[1].equals(Integer.toString(user))).toList();
    }
}
