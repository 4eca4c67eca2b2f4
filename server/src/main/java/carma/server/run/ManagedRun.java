package carma.server.run;

import carma.kernel.clock.TickLateness;
import carma.kernel.sim.Simulator;
import carma.runtime.Run;
import carma.runtime.RunResult;
import carma.scenario.ScenarioSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A run living in the server: prepared at creation, executed on a thread of its own by
 * {@link #start}, controlled from request threads through the simulator's thread-safe requests.
 */
final class ManagedRun {
    private final RunRow row;
    private final ScenarioSpec spec;
    private final Run run;
    private final LiveFeed feed;
    private final MeshBooks books;
    private final MeshTopology topology;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile RunState state = RunState.CREATED;
    private volatile long startedNanos;
    private volatile long endedNanos;
    private volatile String outcome;
    private volatile long simulatedNs = -1;

    ManagedRun(RunRow row, ScenarioSpec spec, Run run) {
        this.row = row;
        this.spec = spec;
        this.run = run;
        this.feed = new LiveFeed(row.id());
        run.emulation().traceBus().subscribeAll(feed);
        this.books = new MeshBooks(row.id(), run.emulation().traceBus());
        this.topology = new MeshTopology(spec, run.emulation().traceBus());
    }

    MeshTopology topology() {
        return topology;
    }

    long id() {
        return row.id();
    }

    RunState state() {
        return state;
    }

    LiveFeed feed() {
        return feed;
    }

    MeshBooks books() {
        return books;
    }

    ScenarioSpec spec() {
        return spec;
    }

    /** Starts the run's thread; {@code onEnd} runs on it after every output is written. */
    synchronized void start(Consumer<RunResult> onEnd, Consumer<RuntimeException> onFailure) {
        state = RunState.RUNNING;
        startedNanos = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                RunResult r = run.execute();
                endedNanos = System.nanoTime();
                simulatedNs = r.outcome().endTimeNs();
                feed.closeSecond();
                onEnd.accept(r); // the database's books first: a client that sees the end sees them too
                outcome = r.manifest().outcome();
                state = r.failed() ? RunState.FAILED : RunState.FINISHED;
            } catch (RuntimeException e) {
                outcome = "failed: " + e.getMessage();
                state = RunState.FAILED;
                endedNanos = System.nanoTime();
                onFailure.accept(e);
            } finally {
                feed.close();
                finished.countDown();
            }
        }, "carma-run-" + row.id());
        t.start();
    }

    synchronized void pause() {
        run.simulator().requestPause();
        state = RunState.PAUSED;
    }

    synchronized void resume() {
        run.simulator().requestResume();
        state = RunState.RUNNING;
    }

    void requestStop() {
        run.simulator().requestStop();
    }

    /** Waits until the run's outputs are written (or the run never started). */
    void awaitEnd() throws InterruptedException {
        if (state != RunState.CREATED) {
            finished.await();
        }
    }

    RunStatus status() {
        Simulator sim = run.simulator();
        long end = endedNanos != 0 ? endedNanos : System.nanoTime();
        double wallS = startedNanos == 0 ? 0 : (end - startedNanos) / 1e9;
        return new RunStatus(row.id(), row.name(), state.word(), spec.clock().mode().word(),
                (simulatedNs >= 0 ? simulatedNs : sim.progressNs()) / 1e9, spec.durationS(), wallS, lateness(sim), outcome, row.outDir(),
                row.createdBy(), row.createdAt());
    }

    private static Map<String, Object> lateness(Simulator sim) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!sim.isRealTime()) {
            return m;
        }
        TickLateness.Snapshot l = sim.tickLateness().snapshot();
        m.put("ticks", l.ticks());
        m.put("lateTicks", l.lateTicks());
        m.put("overruns", l.overruns());
        m.put("meanMs", l.meanNs() / 1e6);
        m.put("p99Ms", l.p99Ns() / 1e6);
        m.put("maxMs", l.maxNs() / 1e6);
        return m;
    }
}
