package carma.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.kernel.clock.OverrunPolicy;
import carma.kernel.clock.WallClockPacer;
import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStreams;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final long MS = 1_000_000L;

    private static Simulator virtual(long endMs) {
        return new Simulator(SimulatorConfig.virtual(10 * MS, endMs * MS), new RandomStreams(1), new TraceBus());
    }

    @Test
    void tickersRunEveryTickAndSubTicksAtTheirOwnTimes() {
        Simulator sim = virtual(30);
        List<String> log = new ArrayList<>();
        sim.addTicker("ran", 1, (t, i, k) -> log.add("ran@" + t / MS + "#" + i));
        sim.addTicker("hsdpa", 5, (t, i, k) -> log.add("hsdpa@" + t / MS + "#" + i + "." + k));
        sim.run();
        assertThat(log).containsExactly("ran@0#0", "hsdpa@0#0.0", "hsdpa@2#0.1", "hsdpa@4#0.2", "hsdpa@6#0.3",
                "hsdpa@8#0.4", "ran@10#1", "hsdpa@10#1.0", "hsdpa@12#1.1", "hsdpa@14#1.2", "hsdpa@16#1.3",
                "hsdpa@18#1.4", "ran@20#2", "hsdpa@20#2.0", "hsdpa@22#2.1", "hsdpa@24#2.2", "hsdpa@26#2.3",
                "hsdpa@28#2.4");
    }

    @Test
    void eventsInterleaveWithSubTicksByTime() {
        Simulator sim = virtual(10);
        List<String> log = new ArrayList<>();
        sim.addTicker("tti", 5, (t, i, k) -> log.add("tti" + k));
        EventSink<String> sink = (t, e) -> log.add(e);
        sim.schedule(3 * MS, sink, "arrival@3");
        sim.run();
        assertThat(log).containsExactly("tti0", "tti1", "arrival@3", "tti2", "tti3", "tti4");
    }

    @Test
    void commandsEnterOnlyAtTickBoundaries() {
        Simulator sim = virtual(50);
        List<Long> appliedAt = new ArrayList<>();
        EventSink<String> sink = (t, e) -> sim.submit(now -> appliedAt.add(now));
        sim.schedule(13 * MS, sink, "external input arrives mid-tick");
        sim.run();
        assertThat(appliedAt).containsExactly(20 * MS);
    }

    @Test
    void runEndsAtTheEndTimeAndReportsIt() {
        Simulator sim = virtual(100);
        EventSink<String> sink = (t, e) -> {};
        sim.schedule(99 * MS, sink, "last");
        sim.schedule(100 * MS, sink, "too late");
        RunOutcome out = sim.run();
        assertThat(out.endTimeNs()).isEqualTo(100 * MS);
        assertThat(out.failed()).isFalse();
        assertThat(out.stoppedEarly()).isFalse();
        assertThat(out.eventsProcessed()).isEqualTo(10 + 1); // 10 ticks + "last"
    }

    @Test
    void schedulingInThePastIsRefused() {
        Simulator sim = virtual(100);
        EventSink<String> sink = (t, e) -> sim.schedule(t - 1, (a, b) -> {}, "x");
        sim.schedule(5 * MS, sink, "go");
        assertThatThrownBy(sim::run).hasMessageContaining("past");
    }

    @Test
    void lifecycleGoesThroughItsStatesAndRejectsIllegalTransitions() {
        Simulator sim = virtual(20);
        List<String> transitions = new ArrayList<>();
        sim.lifecycle().addListener((from, to, t) -> transitions.add(from + "->" + to));
        sim.run();
        assertThat(transitions).containsExactly("SETUP->INIT", "INIT->RUN", "RUN->STOP");
        assertThatThrownBy(() -> sim.lifecycle().transition(LifecycleState.RUN, 0))
                .hasMessageContaining("illegal lifecycle transition STOP -> RUN");
        assertThat(LifecycleState.SETUP.canGoTo(LifecycleState.RUN)).isFalse();
        assertThat(LifecycleState.PAUSE.canGoTo(LifecycleState.RUN)).isTrue();
    }

    @Test
    void pauseHoldsTheRunAtATickBoundaryUntilResumed() throws Exception {
        Simulator sim = virtual(1000);
        List<String> transitions = new ArrayList<>();
        sim.lifecycle().addListener((from, to, t) -> transitions.add(to + "@" + t / MS));
        sim.schedule(5 * MS, (EventSink<String>) (t, e) -> sim.requestPause(), "pause");
        Thread runner = new Thread(sim::run);
        runner.start();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sim.lifecycle().state() != LifecycleState.PAUSE && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sim.lifecycle().state()).isEqualTo(LifecycleState.PAUSE);
        long pausedAt = sim.nowNs();
        Thread.sleep(50);
        assertThat(sim.nowNs()).isEqualTo(pausedAt);
        sim.requestResume();
        runner.join(5000);
        assertThat(transitions).containsExactly("INIT@0", "RUN@0", "PAUSE@10", "RUN@10", "STOP@1000");
    }

    @Test
    void stopRequestEndsTheRunEarly() {
        Simulator sim = virtual(1000);
        sim.schedule(250 * MS, (EventSink<String>) (t, e) -> sim.requestStop(), "stop");
        RunOutcome out = sim.run();
        assertThat(out.stoppedEarly()).isTrue();
        assertThat(out.endTimeNs()).isEqualTo(250 * MS);
    }

    @Test
    void endOfRunHooksRunOnceInOrderBeforeTheStopTransitionHoweverTheRunEnds() {
        for (long stopAtMs : new long[] {250, -1}) {
            Simulator sim = virtual(1000);
            List<String> seen = new ArrayList<>();
            sim.onRunEnd((t, early) -> seen.add("books@" + t / MS + (early ? " early" : "")));
            sim.onRunEnd((t, early) -> seen.add("meters@" + t / MS));
            sim.lifecycle().addListener((from, to, t) -> seen.add(to + "@" + t / MS));
            if (stopAtMs > 0) {
                sim.schedule(stopAtMs * MS, (EventSink<String>) (t, e) -> sim.requestStop(), "stop");
            }
            sim.run();
            long end = stopAtMs > 0 ? stopAtMs : 1000;
            assertThat(seen.subList(seen.size() - 3, seen.size())).containsExactly(
                    "books@" + end + (stopAtMs > 0 ? " early" : ""), "meters@" + end, "STOP@" + end);
        }
    }

    @Test
    void endOfRunHooksRunAfterARealTimeOverrunFailure() {
        SimulatorConfig cfg = new SimulatorConfig(10 * MS, 500 * MS, new WallClockPacer(), OverrunPolicy.FAIL, MS);
        Simulator sim = new Simulator(cfg, new RandomStreams(1), new TraceBus());
        sim.addTicker("slow", 1, (t, i, k) -> busyWaitNs(i == 3 ? 30 * MS : 0));
        List<Boolean> early = new ArrayList<>();
        sim.onRunEnd((t, e) -> early.add(e));
        assertThat(sim.run().failed()).isTrue();
        assertThat(early).containsExactly(true);
    }

    @Test
    void endOfRunHooksAreRegisteredBeforeTheRun() {
        Simulator sim = virtual(10);
        sim.run();
        assertThatThrownBy(() -> sim.onRunEnd((t, e) -> {})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void realTimeOverrunWithFailPolicyStopsTheRunWithAClearMessage() {
        SimulatorConfig cfg = new SimulatorConfig(10 * MS, 500 * MS, new WallClockPacer(), OverrunPolicy.FAIL, MS);
        Simulator sim = new Simulator(cfg, new RandomStreams(1), new TraceBus());
        sim.addTicker("slow", 1, (t, i, k) -> {
            if (i == 3) {
                busyWaitNs(30 * MS);
            }
        });
        RunOutcome out = sim.run();
        assertThat(out.failed()).isTrue();
        // tick 4 at the latest (the busy tick 3 delays it); a loaded machine may overrun earlier
        assertThat(out.failure()).matches("real-time overrun: tick [1-4] at t=0\\.0[1-4]0 s started \\d+\\.\\d{3} ms late "
                + "\\(limit 10\\.000 ms\\)");
        assertThat(out.endTimeNs()).isLessThanOrEqualTo(40 * MS);
    }

    @Test
    void realTimeOverrunWithBestEffortIsRecordedAndTheRunCarriesOn() {
        SimulatorConfig cfg = new SimulatorConfig(10 * MS, 200 * MS, new WallClockPacer(), OverrunPolicy.BEST_EFFORT,
                MS);
        Simulator sim = new Simulator(cfg, new RandomStreams(1), new TraceBus());
        sim.addTicker("slow", 1, (t, i, k) -> {
            if (i == 3) {
                busyWaitNs(30 * MS);
            }
        });
        RunOutcome out = sim.run();
        assertThat(out.failed()).isFalse();
        assertThat(out.endTimeNs()).isEqualTo(200 * MS);
        assertThat(sim.tickLateness().ticks()).isEqualTo(20);
        assertThat(sim.tickLateness().overruns()).isGreaterThanOrEqualTo(1);
        assertThat(sim.tickLateness().maxNs()).isGreaterThan(10 * MS);
    }

    @Test
    void subTicksMustDivideTheTick() {
        Simulator sim = virtual(10);
        assertThatThrownBy(() -> sim.addTicker("bad", 3, (t, i, k) -> {})).hasMessageContaining("do not divide");
    }

    private static void busyWaitNs(long ns) {
        long end = System.nanoTime() + ns;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
