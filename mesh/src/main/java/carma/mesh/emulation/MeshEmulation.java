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
            return builder(seed, endNs, scheduler).build();
        }

        /** A builder holding the defaults (static ETX routing, 200-packet FIFOs, default tariff). */
        public static Builder builder(long seed, long endNs, SchedulerKind scheduler) {
            MeshConfig c = MeshConfig.defaults();
            return new Builder()
                    .seed(seed)
                    .endNs(endNs)
                    .config(c)
                    .scheduler(scheduler)
                    .danum(DanumParameters.defaults())
                    .fifoCapacityPackets(200)
                    .tariff(DenariiTariff.defaults())
                    .profiles(UtilityProfile::defaults)
                    .routing(MeshNetwork.staticEtx(c.controlBytes()));
        }

        public Setup withConfig(MeshConfig c) {
            return toBuilder().config(c).build();
        }

        public Setup withDanum(DanumParameters d) {
            return toBuilder().danum(d).build();
        }

        public Setup withProfiles(Function<String, UtilityProfile> p) {
            return toBuilder().profiles(p).build();
        }

        public Setup withRouting(MeshNetwork.RoutingFactory r) {
            return toBuilder().routing(r).build();
        }

        /** A builder preset to this record's values. */
        public Builder toBuilder() {
            return new Builder()
                    .seed(seed)
                    .endNs(endNs)
                    .config(config)
                    .scheduler(scheduler)
                    .danum(danum)
                    .fifoCapacityPackets(fifoCapacityPackets)
                    .tariff(tariff)
                    .profiles(profiles)
                    .routing(routing);
        }

        /** Named construction of a {@link Setup}; every component is set by name. */
        public static final class Builder {
            private long seed;
            private long endNs;
            private MeshConfig config;
            private SchedulerKind scheduler;
            private DanumParameters danum;
            private int fifoCapacityPackets;
            private DenariiTariff tariff;
            private Function<String, UtilityProfile> profiles;
            private MeshNetwork.RoutingFactory routing;

            private Builder() {}

            public Builder seed(long value) {
                this.seed = value;
                return this;
            }

            public Builder endNs(long value) {
                this.endNs = value;
                return this;
            }

            public Builder config(MeshConfig value) {
                this.config = value;
                return this;
            }

            public Builder scheduler(SchedulerKind value) {
                this.scheduler = value;
                return this;
            }

            public Builder danum(DanumParameters value) {
                this.danum = value;
                return this;
            }

            public Builder fifoCapacityPackets(int value) {
                this.fifoCapacityPackets = value;
                return this;
            }

            public Builder tariff(DenariiTariff value) {
                this.tariff = value;
                return this;
            }

            public Builder profiles(Function<String, UtilityProfile> value) {
                this.profiles = value;
                return this;
            }

            public Builder routing(MeshNetwork.RoutingFactory value) {
                this.routing = value;
                return this;
            }

            public Setup build() {
                return new Setup(seed, endNs, config, scheduler, danum, fifoCapacityPackets, tariff, profiles, routing);
            }
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
