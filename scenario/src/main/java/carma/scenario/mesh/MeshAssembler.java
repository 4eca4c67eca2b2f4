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
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.emulation.TraceCollector;
import carma.mesh.handover.RelaySession;
import carma.radio.propagation.LogDistancePathLoss;
import carma.mesh.link.RadioProfile;
import carma.mesh.link.RatePolicy;
import carma.mesh.measure.BalanceSample;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.radio.geometry.Position;
import carma.radio.mobility.Stationary;
import carma.radio.mobility.Trajectory;
import carma.radio.mobility.TimedWaypointTrajectory;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.OlsrRouting;
import carma.olsr.OlsrConfig;
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
import java.util.Map;
import java.util.stream.Collectors;
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
        MeshNetwork.RoutingFactory routing = switch (section.routing()) {
            case OLSR -> OlsrRouting.factory(olsr(section.olsr()));
            case ETX_ORACLE -> MeshNetwork.staticEtx(config.controlBytes());
        };
        DanumParameters d = DanumParameters.builder()
                .v(section.danum().v())
                .advertPeriodNs(SimTime.nanosOfSeconds(section.danum().advertPeriodMs() / 1000))
                .build();
        DenariiTariff t = DenariiTariff.builder()
                .initialBalanceMinor(Math.round(section.denarii().initialBalanceDenarii() * Danum.MINOR_PER_DENARIUS))
                .accessFeeMinorPerKbyte(
                        Math.round(section.denarii().accessFeeDenariiPerKbyte() * Danum.MINOR_PER_DENARIUS))
                .build();
        MeshEmulation.Setup setup = MeshEmulation.Setup.builder(0, sim.endNs(), scheduler)
                .config(config)
                .danum(d)
                .tariff(t)
                .routing(routing)
                .build();
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

    static OlsrConfig olsr(MeshSection.Olsr o) {
        return OlsrConfig.builder().linkQuality(o.linkQuality()).helloIntervalNs(SimTime.nanosOfSeconds(o.helloIntervalS()))
                .neighbHoldNs(SimTime.nanosOfSeconds(o.neighbHoldS())).tcIntervalNs(SimTime.nanosOfSeconds(o.tcIntervalS()))
                .topHoldNs(SimTime.nanosOfSeconds(o.topHoldS()))
                .midHnaIntervalNs(SimTime.nanosOfSeconds(o.midHnaIntervalS()))
                .midHnaHoldNs(SimTime.nanosOfSeconds(o.midHnaHoldS()))
                .duplicateHoldNs(SimTime.nanosOfSeconds(o.duplicateHoldS()))
                .lqWindowIntervalNs(SimTime.nanosOfSeconds(o.lqWindowIntervalS()))
                .maxJitterFraction(o.maxJitterFraction()).willingness(o.willingness()).tcRedundancy(o.tcRedundancy())
                .mprCoverage(o.mprCoverage())
                .routeRecalculationDelayNs(SimTime.nanosOfSeconds(o.routeRecalculationDelayMs() / 1000)).build();
    }

    static WifiStandard wifiStandard(MeshSection.Standard standard) {
        return switch (standard) {
            case IEEE_802_11A -> WifiStandard.IEEE_802_11A;
            case IEEE_802_11B -> WifiStandard.IEEE_802_11B;
            case IEEE_802_11G -> WifiStandard.IEEE_802_11G;
        };
    }

    /** The radio of a scenario's {@code mesh.radio} (a pure function of the spec, e.g. for airtime arithmetic). */
    public static RadioProfile radio(MeshSection.Radio r) {
        WifiStandard std = wifiStandard(r.standard());
        PhyModeTable table = PhyModeTable.standard();
        RatePolicy rates = r.fixedRateMbps() > 0
                ? RatePolicy.fixed(table.mode(std.family(), Math.round(r.fixedRateMbps() * 1e6)))
                : RatePolicy.fromSnr(table, std, 3.0);
        return RadioProfile.builder80211g()
                .standard(std)
                .table(table)
                .pathLoss(LogDistancePathLoss.withFreeSpaceReference(std.carrierHz(), r.pathLossExponent()))
                .txPowerDbm(r.txPowerDbm())
                .noiseFigureDb(7.0)
                .carrierSenseDbm(r.carrierSenseDbm())
                .broadcastMode(table.lowest(std.family()))
                .rates(rates)
                .errors(new SensitivityAnchoredErrorModel(std, 2.0))
                .macQueueFrames(2)
                .retryLimit(7)
                .build();
    }

    private static List<NodeSpec> nodes(MeshSection s) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < s.nodes().size(); i++) {
            MeshSection.Node n = s.nodes().get(i);
            Trajectory t = new Stationary(new Position(n.xM(), n.yM()));
            if (!n.path().isEmpty()) {
                List<TimedWaypointTrajectory.Waypoint> w = new ArrayList<>();
                if (n.path().get(0).atS() > 0) {
                    w.add(new TimedWaypointTrajectory.Waypoint(0, new Position(n.xM(), n.yM())));
                }
                for (MeshSection.Waypoint p : n.path()) {
                    w.add(new TimedWaypointTrajectory.Waypoint(SimTime.nanosOfSeconds(p.atS()),
                            new Position(p.xM(), p.yM())));
                }
                t = new TimedWaypointTrajectory(w);
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
        Map<String, List<BalanceSample>> byAccount = samples.stream().collect(Collectors.groupingBy(
                BalanceSample::account, LinkedHashMap::new, Collectors.toList()));
        List<Series> series = new ArrayList<>();
        byAccount.forEach((a, b) -> series.add(new Series(a, b.stream().mapToDouble(x -> x.timeNs() * 1e-9).toArray(),
                b.stream().mapToDouble(x -> x.balanceMinor() / (double) Danum.MINOR_PER_DENARIUS).toArray())));
        return new Figure("denarii-balances", "Denarii balance per node", "time [s]", "balance [Denarii]",
                Figure.Kind.LINE, series);
    }
}
