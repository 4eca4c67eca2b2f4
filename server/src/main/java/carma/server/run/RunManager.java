package carma.server.run;

import carma.runtime.Run;
import carma.runtime.RunOptions;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import carma.server.db.Database;
import carma.server.ledger.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulations of one server: created from a scenario text (checked by {@link ScenarioReader},
 * whose {@code ScenarioException} lists every problem with path and line), run on threads of their
 * own into {@code DATA/runs/<id>}, controlled by id. A transition that the run's state does not allow
 * throws {@link IllegalStateException} (the API answers 409).
 */
public final class RunManager {
    private final Database db;
    private final RunStore store;
    private final LedgerStore ledger;
    private final Path runsDir;
    private final Map<Long, ManagedRun> live = new ConcurrentHashMap<>();

    public RunManager(Database db, LedgerStore ledger, Path dataDir) {
        this.db = db;
        this.store = new RunStore(db);
        this.ledger = ledger;
        this.runsDir = dataDir.resolve("runs");
        store.failInterrupted();
    }

    /** Reads, checks and assembles the scenario; nothing runs until {@link #start}. */
    public RunStatus create(String scenarioText, String createdBy) {
        ScenarioSpec spec = ScenarioReader.read(scenarioText);
        RunRow row = store.create(spec.name(), scenarioText, createdBy, id -> runsDir.resolve(String.valueOf(id))
                .toAbsolutePath().toString());
        Run run = Run.prepare(spec, new RunOptions(Path.of(row.outDir()), null));
        ManagedRun m = new ManagedRun(row, spec, run);
        live.put(row.id(), m);
        return m.status();
    }

    public synchronized RunStatus start(long id) {
        ManagedRun m = managed(id);
        require(m, RunState.CREATED, "started");
        store.update(id, RunState.RUNNING, null);
        m.start(result -> finish(m, result), failure -> store.update(id, RunState.FAILED, "failed: " + failure.getMessage()));
        return m.status();
    }

    private void finish(ManagedRun m, carma.runtime.RunResult result) {
        try {
            m.books().write(db, ledger, m.spec());
        } finally {
            store.update(m.id(), result.failed() ? RunState.FAILED : RunState.FINISHED, result.manifest().outcome());
        }
    }

    public synchronized RunStatus pause(long id) {
        ManagedRun m = managed(id);
        require(m, RunState.RUNNING, "paused");
        m.pause();
        store.update(id, RunState.PAUSED, null);
        return m.status();
    }

    public synchronized RunStatus resume(long id) {
        ManagedRun m = managed(id);
        require(m, RunState.PAUSED, "resumed");
        m.resume();
        store.update(id, RunState.RUNNING, null);
        return m.status();
    }

    /** Requests the stop and waits until every output is written. */
    public RunStatus stop(long id) throws InterruptedException {
        ManagedRun m = managed(id);
        synchronized (this) {
            if (m.state() != RunState.RUNNING && m.state() != RunState.PAUSED) {
                throw new IllegalStateException("run " + id + " is " + m.state().word() + "; only a running or"
                        + " paused run can be stopped");
            }
        }
        m.requestStop();
        m.awaitEnd();
        return m.status();
    }

    /** Stops every running emulation and waits until each has written its outputs (server shutdown). */
    public void stopAll() throws InterruptedException {
        for (ManagedRun m : live.values()) {
            m.requestStop();
        }
        for (ManagedRun m : live.values()) {
            m.awaitEnd();
        }
    }

    public Optional<RunStatus> status(long id) {
        ManagedRun m = live.get(id);
        if (m != null) {
            return Optional.of(m.status());
        }
        return store.find(id).map(RunManager::fromRow);
    }

    public List<RunStatus> list() {
        List<RunStatus> out = new ArrayList<>();
        for (RunRow r : store.list()) {
            ManagedRun m = live.get(r.id());
            out.add(m != null ? m.status() : fromRow(r));
        }
        return out;
    }

    /** The run's {@code summary.json}, once written. */
    public Optional<String> summary(long id) {
        Optional<RunStatus> s = status(id);
        if (s.isEmpty()) {
            throw new java.util.NoSuchElementException("no run " + id);
        }
        Path file = Path.of(s.get().outDir()).resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The map of a run of this server process (node positions, current next hops). */
    public MeshTopology.Snapshot topology(long id) {
        return managed(id).topology().snapshot();
    }

    public Optional<LiveFeed> feed(long id) {
        return Optional.ofNullable(live.get(id)).map(ManagedRun::feed);
    }

    private ManagedRun managed(long id) {
        ManagedRun m = live.get(id);
        if (m == null) {
            if (store.find(id).isPresent()) {
                throw new IllegalStateException("run " + id + " belongs to an earlier server process; it cannot be"
                        + " controlled");
            }
            throw new java.util.NoSuchElementException("no run " + id);
        }
        return m;
    }

    private static void require(ManagedRun m, RunState needed, String verb) {
        if (m.state() != needed) {
            throw new IllegalStateException("run " + m.id() + " is " + m.state().word() + "; only a "
                    + needed.word() + " run can be " + verb);
        }
    }

    private static RunStatus fromRow(RunRow r) {
        return new RunStatus(r.id(), r.name(), r.state().word(), "", 0, 0, 0, Map.of(), r.outcome(), r.outDir(),
                r.createdBy(), r.createdAt());
    }
}
