package carma.scenario.mesh;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.RunObserver;
import carma.kernel.report.Series;
import carma.kernel.sim.Simulator;
import carma.kernel.time.SimTime;
import carma.mesh.danum.Danum;
import carma.mesh.danum.DanumParameters;
import carma.mesh.denarii.DenariiTariff;
import carma.mesh.denarii.LedgerAudit;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.emulation.TraceCollector;
import carma.mesh.handover.RelaySession;
import carma.radio.propagation.LogDistancePathLoss;
import carma.mesh.link.RadioProfile;
import carma.mesh.link.RatePolicy;
import carma.mesh.measure.BalanceSample;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.mesh.mobility.Position;
import carma.mesh.mobility.Stationary;
import carma.mesh.mobility.Trajectory;
import carma.mesh.mobility.WaypointTrajectory;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.NatBinding;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeSpec;
import carma.mesh.transport.TcpLikeFlow;
import carma.scenario.MeshSection;
import carma.radio.wifi.PhyModeTable;
import carma.radio.wifi.SensitivityAnchoredErrorModel;
import carma.radio.wifi.WifiStandard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link MeshSection} into a simulator: nodes, radio, DANUM or FIFO, OLSR or the ETX
 * oracle, Denarii, flows. The run's observer reports per-flow statistics, the Denarii balances
 * (figure) and the ledger audit; the ledger itself is the {@code ledger.csv} trace
 * (txId,timeNs,account,amountMinor,kind,key).
 */
public final class MeshAssembler {
    private MeshAssembler() {}

    public static List<RunObserver> build(MeshSection section, Simulator sim) {
        MeshConfig config = MeshConfig.defaults().withRadio(radio(section.radio()));
        SchedulerKind scheduler = section.scheduler();
        RoutingKind routing = section.routing();
        DanumParameters d = DanumParameters.defaults();
        d = new DanumParameters(section.danum().v(), d.tickNs(), SimTime.nanosOfSeconds(section.danum().advertPeriodMs()
                / 1000), d.wMin(), d.flowCapPackets(), d.delayPeriodNs(), d.delayStep(), d.admissionPeriodNs(),
                d.blockAbove(), d.meanPacketBytes(), d.holAgeNs());
        DenariiTariff t = DenariiTariff.defaults();
        t = new DenariiTariff(Math.round(section.denarii().initialBalanceDenarii() * Danum.MINOR_PER_DENARIUS),
                Math.round(section.denarii().accessFeeDenariiPerKbyte() * Danum.MINOR_PER_DENARIUS),
                t.settlementPeriodNs(), t.balanceSamplePeriodNs());
        MeshEmulation.Setup base = MeshEmulation.Setup.defaults(0, sim.endNs(), scheduler);
        MeshEmulation.Setup setup = new MeshEmulation.Setup(0, sim.endNs(), config, scheduler, d,
                base.fifoCapacityPackets(), t, base.profiles(), routing.factory(config.controlBytes()));
        TraceCollector<BalanceSample> balances = new TraceCollector<>(sim.traceBus(), BalanceSample.class);
        MeshEmulation emu = new MeshEmulation(setup, nodes(section), sim);
        List<FlowMeter> meters = new ArrayList<>();
        Map<String, TcpLikeFlow> transfers = new LinkedHashMap<>();
        Flows flows = new Flows(emu);
        for (MeshSection.Flow f : section.flows()) {
            addFlow(emu, flows, f, meters, transfers);
        }
        return List.of(report -> {
            LedgerAudit.Result audit = emu.audit();
            report.put("mesh.ledger.consistent", audit.consistent());
            report.put("mesh.denarii.paid", audit.paidMinor() / (double) Danum.MINOR_PER_DENARIUS);
            report.put("mesh.denarii.earned", audit.earnedMinor() / (double) Danum.MINOR_PER_DENARIUS);
            report.put("mesh.denarii.accessFees", audit.accessFeesMinor() / (double) Danum.MINOR_PER_DENARIUS);
            report.put("mesh.denarii.refunded", audit.refundedMinor() / (double) Danum.MINOR_PER_DENARIUS);
            if (!audit.consistent()) {
                report.addNote("Denarii ledger INCONSISTENT: " + audit.problems());
            }
            FlowFigures.put(report, meters, transfers, section.steadyState());
            report.addTable(flowTable(meters));
            report.addFigure(balanceFigure(balances.records()));
        });
    }

    /** The radio of a scenario's {@code mesh.radio} (a pure function of the spec, e.g. for airtime arithmetic). */
    public static RadioProfile radio(MeshSection.Radio r) {
        WifiStandard std = switch (r.standard()) {
            case IEEE_802_11A -> WifiStandard.IEEE_802_11A;
            case IEEE_802_11B -> WifiStandard.IEEE_802_11B;
            case IEEE_802_11G -> WifiStandard.IEEE_802_11G;
        };
        PhyModeTable table = PhyModeTable.standard();
        RatePolicy rates = r.fixedRateMbps() > 0
                ? RatePolicy.fixed(table.mode(std.family(), Math.round(r.fixedRateMbps() * 1e6)))
                : RatePolicy.fromSnr(table, std, 3.0);
        return new RadioProfile(std, table, LogDistancePathLoss.withFreeSpaceReference(std.carrierHz(),
                r.pathLossExponent()), r.txPowerDbm(), 7.0, r.carrierSenseDbm(), table.lowest(std.family()), rates,
                new SensitivityAnchoredErrorModel(std, 2.0), 2, 7);
    }

    private static List<NodeSpec> nodes(MeshSection s) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < s.nodes().size(); i++) {
            MeshSection.Node n = s.nodes().get(i);
            Trajectory t = new Stationary(new Position(n.xM(), n.yM()));
            if (!n.path().isEmpty()) {
                List<WaypointTrajectory.Waypoint> w = new ArrayList<>();
                if (n.path().get(0).atS() > 0) {
                    w.add(new WaypointTrajectory.Waypoint(0, new Position(n.xM(), n.yM())));
                }
                for (MeshSection.Waypoint p : n.path()) {
                    w.add(new WaypointTrajectory.Waypoint(SimTime.nanosOfSeconds(p.atS()), new Position(p.xM(), p.yM())));
                }
                t = new WaypointTrajectory(w);
            }
            out.add(new NodeSpec(new NodeId(i), n.name(), n.role(), t, n.sharesInternet(), n.usesPublicWifi()));
        }
        return out;
    }

    private static void addFlow(MeshEmulation emu, Flows flows, MeshSection.Flow flow, List<FlowMeter> meters,
            Map<String, TcpLikeFlow> transfers) {
        long start = SimTime.nanosOfSeconds(flow.startS());
        if (flow instanceof MeshSection.DatagramFlow f) {
            meters.add(flows.cbr(f.name(), f.trafficClass(), f.from(), f.to(), f.payer(), (int) f.packetBytes(),
                    SimTime.nanosOfSeconds(f.intervalMs() / 1000), start, SimTime.nanosOfSeconds(f.stopS())));
        } else if (flow instanceof MeshSection.PingFlow f) {
            flows.ping(f.name(), f.from(), f.to(), f.payer(), SimTime.nanosOfSeconds(f.intervalMs() / 1000), start,
                    SimTime.nanosOfSeconds(f.stopS()));
        } else if (flow instanceof MeshSection.TcpFlow f) {
            TcpLikeFlow.Params params = TcpLikeFlow.Params.bulk((long) f.sizeBytes());
            if (f.appRateBps() > 0) {
                params = params.withAppRate(Math.round(f.appRateBps()));
            }
            TcpLikeFlow tcp = flows.tcp(f.name(), f.trafficClass(), f.from(), f.to(), f.payer(), params, start);
            meters.add(emu.meters().get(f.name()));
            transfers.put(f.name(), tcp);
            if (f.relay()) {
                int session = tcp.dataFlow().session();
                FlowSpec attach = flows.spec(f.name() + "-attach", session, f.trafficClass(), f.to(), f.from(),
                        f.payer(), NatBinding.SESSION, true);
                FlowSpec confirm = flows.spec(f.name() + "-confirm", session, f.trafficClass(), f.from(), f.to(),
                        f.payer(), NatBinding.SESSION, true);
                new RelaySession(emu.network(), tcp, attach, confirm, start, SimTime.NANOS_PER_SECOND);
            }
        }
    }

    private static ReportTable flowTable(List<FlowMeter> meters) {
        List<List<String>> rows = new ArrayList<>();
        for (FlowMeter m : meters) {
            FlowSummary s = m.summary();
            rows.add(List.of(s.flow(), String.valueOf(s.sent()), String.valueOf(s.received()),
                    String.format(Locale.ROOT, "%.2f", 100 * s.lossFraction()),
                    String.format(Locale.ROOT, "%.1f", s.meanDelayMs()), String.format(Locale.ROOT, "%.1f", s.p95DelayMs()),
                    String.format(Locale.ROOT, "%.3f", s.goodputBps() / 1e6)));
        }
        return new ReportTable("Mesh flows", List.of("flow", "sent", "received", "loss [%]", "mean delay [ms]",
                "p95 delay [ms]", "goodput [Mbit/s]"), rows);
    }

    private static Figure balanceFigure(List<BalanceSample> samples) {
        List<String> accounts = samples.stream().map(BalanceSample::account).distinct().toList();
        List<Series> series = new ArrayList<>();
        for (String a : accounts) {
            List<BalanceSample> b = samples.stream().filter(x -> x.account().equals(a)).toList();
            series.add(new Series(a, b.stream().mapToDouble(x -> x.timeNs() * 1e-9).toArray(),
                    b.stream().mapToDouble(x -> x.balanceMinor() / (double) Danum.MINOR_PER_DENARIUS).toArray()));
        }
        return new Figure("denarii-balances", "Denarii balance per node", "time [s]", "balance [Denarii]",
                Figure.Kind.LINE, series);
    }
}
