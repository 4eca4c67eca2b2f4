package carma.mesh.emulation;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.RunOutcome;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.danum.Danum;
import carma.mesh.danum.DanumParameters;
import carma.mesh.danum.UtilityProfile;
import carma.mesh.denarii.DenariiAccounting;
import carma.mesh.denarii.DenariiTariff;
import carma.mesh.denarii.LedgerAudit;
import carma.mesh.denarii.LedgerCsv;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FifoPolicy;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.MeshNetwork;
import carma.mesh.node.NodeSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One mesh run wired together: simulator, network, DANUM or FIFO on the CARMNET nodes, Denarii
 * accounting, flow meters. {@link #run} ends with the ledger closed and audited, so every run
 * checks Denarii conservation.
 */
public final class MeshEmulation {
    /** Everything that is not a node, a flow or a model parameter of its own. */
    public record Setup(long seed, long endNs, MeshConfig config, SchedulerKind scheduler, DanumParameters danum,
            int fifoCapacityPackets, DenariiTariff tariff, Function<String, UtilityProfile> profiles,
            MeshNetwork.RoutingFactory routing) {
        public static Setup defaults(long seed, long endNs, SchedulerKind scheduler) {
            MeshConfig c = MeshConfig.defaults();
            return new Setup(seed, endNs, c, scheduler, DanumParameters.defaults(), 200, DenariiTariff.defaults(),
                    UtilityProfile::defaults, MeshNetwork.staticEtx(c.controlBytes()));
        }

        public Setup withConfig(MeshConfig c) {
            return new Setup(seed, endNs, c, scheduler, danum, fifoCapacityPackets, tariff, profiles, routing);
        }

        public Setup withDanum(DanumParameters d) {
            return new Setup(seed, endNs, config, scheduler, d, fifoCapacityPackets, tariff, profiles, routing);
        }

        public Setup withProfiles(Function<String, UtilityProfile> p) {
            return new Setup(seed, endNs, config, scheduler, danum, fifoCapacityPackets, tariff, p, routing);
        }

        public Setup withRouting(MeshNetwork.RoutingFactory r) {
            return new Setup(seed, endNs, config, scheduler, danum, fifoCapacityPackets, tariff, profiles, r);
        }
    }

    /** Outcome of a run. */
    public record Result(RunOutcome outcome, LedgerAudit.Result audit) {}

    private final Setup setup;
    private final Simulator sim;
    private final MeshNetwork net;
    private final Danum danum;
    private final DenariiAccounting accounting;
    private final Map<String, FlowMeter> meters = new LinkedHashMap<>();
    private int nextFlowId = 1;
    private int nextSession = 1;
    private boolean finished;

    public MeshEmulation(Setup setup, List<NodeSpec> nodes, TraceBus bus) {
        this(setup, nodes, new Simulator(SimulatorConfig.virtual(10_000_000L, setup.endNs()),
                new RandomStreams(setup.seed()), bus));
    }

    /**
     * Builds the mesh into an existing simulator (the scenario assembler's way); the final
     * settlement runs 1 ns before the simulator's end or, when the run stops early, in the
     * simulator's end-of-run hook, so its ledger entries reach the trace bus while the run's
     * writers are open.
     */
    public MeshEmulation(Setup setup, List<NodeSpec> nodes, Simulator simulator) {
        this.setup = setup;
        this.sim = simulator;
        if (setup.scheduler() == SchedulerKind.DANUM) {
            danum = new Danum(sim, setup.danum(), setup.profiles());
            net = new MeshNetwork(sim, nodes, setup.config(), danum.policyFactory(), setup.routing());
            danum.attach(net);
        } else {
            danum = null;
            int cap = setup.fifoCapacityPackets();
            net = new MeshNetwork(sim, nodes, setup.config(), n -> new FifoPolicy(cap), setup.routing());
        }
        accounting = new DenariiAccounting(net, setup.tariff());
        sim.schedule(sim.endNs() - 1, (EventSink<Finish>) (now, e) -> finish(now), new Finish());
        sim.onRunEnd((endNs, stoppedEarly) -> {
            if (!finished) {
                finish(endNs);
            }
        });
    }

    /** End-of-run event. */
    record Finish() {}

    private void finish(long nowNs) {
        net.flushAtEnd();
        accounting.close(nowNs);
        finished = true;
    }

    public Setup setup() {
        return setup;
    }

    public Simulator simulator() {
        return sim;
    }

    public MeshNetwork network() {
        return net;
    }

    public Optional<Danum> danum() {
        return Optional.ofNullable(danum);
    }

    public DenariiAccounting accounting() {
        return accounting;
    }

    /** Node index by name. */
    public int node(String name) {
        for (NodeSpec n : net.nodes()) {
            if (n.name().equals(name)) {
                return n.id().index();
            }
        }
        throw new IllegalArgumentException("no node named " + name);
    }

    public int newFlowId() {
        return nextFlowId++;
    }

    public int newSession() {
        return nextSession++;
    }

    /** A meter publishing a sample every second. */
    public FlowMeter meter(String flowName) {
        FlowMeter m = new FlowMeter(sim, flowName, 1_000_000_000L, i -> net.node(i).name());
        if (meters.putIfAbsent(flowName, m) != null) {
            throw new IllegalArgumentException("duplicate meter " + flowName);
        }
        return m;
    }

    public Map<String, FlowMeter> meters() {
        return meters;
    }

    /** Runs to the end (queued packets dropped and the ledger settled 1 ns before) and audits the ledger. */
    public Result run() {
        RunOutcome outcome = sim.run();
        return new Result(outcome, audit());
    }

    /** Settles if the run has not ended yet (the end-of-run hook settles otherwise), then audits the ledger. */
    public LedgerAudit.Result audit() {
        if (!finished) {
            finish(sim.nowNs());
        }
        return LedgerAudit.audit(accounting.ledger().entries());
    }

    /** Writes {@code ledger.csv} into {@code dir}. */
    public Path writeLedger(Path dir) throws IOException {
        Path file = dir.resolve("ledger.csv");
        LedgerCsv.write(file, accounting.ledger().entries());
        return file;
    }
}
