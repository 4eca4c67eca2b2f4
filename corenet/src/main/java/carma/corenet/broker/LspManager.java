package carma.corenet.broker;

import carma.corenet.mpls.Fec;
import carma.corenet.mpls.LabelEntry;
import carma.corenet.mpls.Lsp;
import carma.corenet.mpls.LspCommand;
import carma.corenet.mpls.LspId;
import carma.corenet.mpls.LspState;
import carma.corenet.network.CoreNetwork;
import carma.corenet.topology.RouterId;
import carma.corenet.trace.LspChangeRecord;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker's LSP manager: allocates labels (per router, from 16), and sets up and releases L-LSPs
 * by commands to the routers' BB agents, as a central controller (no LDP/RSVP-TE; seed 001 §6.1).
 * Set-up installs the label entries from the egress back to the ingress and binds the FEC at the
 * ingress last, so no packet is labelled before its path exists; release unbinds first and removes
 * entries from the ingress on. Every state change is an {@link LspChangeRecord}.
 */
public final class LspManager implements EventSink<LspManager.Step> {
    /** One scheduled agent command of an LSP; the last one of a set-up or release changes its state. */
    public record Step(LspId lsp, LspCommand command, LspState after) {}

    private static final int FIRST_LABEL = 16;

    private final Simulator sim;
    private final CoreNetwork network;
    private final TraceBus bus;
    private final LspTiming timing;
    private final Map<RouterId, Integer> nextLabel = new HashMap<>();
    private final Map<LspId, Lsp> lsps = new LinkedHashMap<>();
    private int nextId;

    public LspManager(Simulator sim, CoreNetwork network, LspTiming timing) {
        this.sim = sim;
        this.network = network;
        this.bus = sim.traceBus();
        this.timing = timing;
    }

    /** Requests an LSP for {@code fec} along {@code path} (ingress first, the FEC's egress last). */
    public LspId setUp(Fec fec, List<RouterId> path) {
        network.topology().linksAlong(path);
        LspId id = new LspId(nextId++);
        List<Integer> labels = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            labels.add(nextLabel.merge(path.get(i), 1, Integer::sum) + FIRST_LABEL - 1);
        }
        Lsp lsp = new Lsp(id, fec, path, labels, LspState.SETUP);
        lsps.put(id, lsp);
        publish(lsp);
        List<LspCommand> commands = new ArrayList<>();
        int last = path.size() - 1;
        commands.add(new LspCommand.InstallLabel(path.get(last), labels.get(last - 1), LabelEntry.pop()));
        for (int i = last - 1; i >= 1; i--) {
            commands.add(new LspCommand.InstallLabel(path.get(i), labels.get(i - 1),
                    new LabelEntry(labels.get(i), path.get(i + 1))));
        }
        commands.add(new LspCommand.BindFec(path.get(0), fec, labels.get(0), path.get(1)));
        schedule(id, commands, LspState.UP);
        return id;
    }

    /** Tears an LSP down; its FEC is unbound at the ingress first. */
    public void release(LspId id) {
        Lsp lsp = lsps.get(id);
        if (lsp == null || lsp.state() == LspState.RELEASING || lsp.state() == LspState.RELEASED) {
            throw new IllegalStateException("cannot release " + id + (lsp == null ? ": unknown" : ": " + lsp.state()));
        }
        lsp = lsp.withState(LspState.RELEASING);
        lsps.put(id, lsp);
        publish(lsp);
        List<LspCommand> commands = new ArrayList<>();
        commands.add(new LspCommand.UnbindFec(lsp.ingress(), lsp.fec()));
        for (int i = 1; i < lsp.path().size(); i++) {
            commands.add(new LspCommand.RemoveLabel(lsp.path().get(i), lsp.labels().get(i - 1)));
        }
        schedule(id, commands, LspState.RELEASED);
    }

    public Optional<Lsp> lsp(LspId id) {
        return Optional.ofNullable(lsps.get(id));
    }

    public Collection<Lsp> lsps() {
        return List.copyOf(lsps.values());
    }

    /** Time from a request to its last command (the LSP is UP, or gone, at request + this). */
    public long durationNs(int commands) {
        return timing.commandOffsetNs(commands - 1);
    }

    private void schedule(LspId id, List<LspCommand> commands, LspState finalState) {
        long now = sim.nowNs();
        for (int k = 0; k < commands.size(); k++) {
            LspState after = k == commands.size() - 1 ? finalState : null;
            sim.schedule(now + timing.commandOffsetNs(k), this, new Step(id, commands.get(k), after));
        }
    }

    @Override
    public void onEvent(long nowNs, Step step) {
        network.agent(step.command().router()).execute(step.command());
        if (step.after() != null) {
            Lsp lsp = lsps.get(step.lsp()).withState(step.after());
            lsps.put(step.lsp(), lsp);
            publish(lsp);
        }
    }

    private void publish(Lsp lsp) {
        if (bus.wants(LspChangeRecord.class)) {
            bus.publish(new LspChangeRecord(sim.nowNs(), lsp.id().value(), lsp.fec().psc(), lsp.ingress().toString(),
                    lsp.fec().egress().toString(), lsp.pathText(), lsp.state()));
        }
    }
}
