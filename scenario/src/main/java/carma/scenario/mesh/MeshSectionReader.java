package carma.scenario.mesh;

import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeRole;
import carma.olsr.OlsrConfig;
import carma.kernel.time.SimTime;
import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyMode;
import carma.radio.wifi.PhyModeTable;
import carma.scenario.Limits;
import carma.scenario.MeshSection;
import carma.scenario.MeshSection.DatagramFlow;
import carma.scenario.MeshSection.DatagramType;
import carma.scenario.MeshSection.Flow;
import carma.scenario.MeshSection.PingFlow;
import carma.scenario.MeshSection.TcpFlow;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the {@code mesh} section. */
public final class MeshSectionReader {
    private MeshSectionReader() {}

    /** {@code flows[].type}. */
    private enum FlowKind {
        VOIP,
        CBR,
        TCP,
        PING
    }

    public static MeshSection read(SpecMap m, double durationS) {
        MeshSection.Radio radio = radio(m.map("radio"));
        SchedulerKind scheduler = m.choice("scheduler", SchedulerKind.DANUM);
        RoutingKind routing = m.choice("routing", RoutingKind.OLSR);
        MeshSection.Olsr olsr = olsr(m.map("olsr"));
        SpecMap d = m.map("danum");
        MeshSection.Danum danum = new MeshSection.Danum(d.positive("v", 5000), d.number("advertPeriodMs", 100, 1, 60_000));
        d.finish();
        SpecMap b = m.map("denarii");
        MeshSection.Denarii denarii = new MeshSection.Denarii(b.number("initialBalanceDenarii", 1000, 0, 1e9),
                b.number("accessFeeDenariiPerKbyte", 0.01, 0, 1e6));
        b.finish();
        List<MeshSection.Node> nodes = m.list("nodes", n -> node(SpecMap.of(n), durationS));
        Set<String> names = new HashSet<>();
        int hosts = 0;
        for (MeshSection.Node n : nodes) {
            if (!names.add(n.name())) {
                throw m.error("nodes", "node name '" + n.name() + "' is used twice");
            }
            hosts += n.role() == NodeRole.INTERNET_HOST ? 1 : 0;
        }
        if (nodes.isEmpty()) {
            throw m.error("nodes", "needs at least one node");
        }
        if (nodes.size() > Limits.MAX_MESH_NODES) {
            throw m.error("nodes", "has " + nodes.size() + " nodes; at most " + Limits.MAX_MESH_NODES + " ("
                    + Limits.HOW_TO_RAISE + ")");
        }
        if (hosts > 1) {
            throw m.error("nodes", "at most one internet-host, found " + hosts);
        }
        List<Flow> flows = m.list("flows", n -> flow(SpecMap.of(n), names, durationS));
        double packets = 0;
        for (Flow f : flows) {
            packets += f instanceof DatagramFlow g ? (g.stopS() - g.startS()) * 1000 / g.intervalMs()
                    : f instanceof PingFlow p ? (p.stopS() - p.startS()) * 1000 / p.intervalMs() : 0;
        }
        if (packets > Limits.MAX_PACKETS) {
            throw m.error("flows", "ask for about " + (long) packets + " datagrams; at most " + Limits.MAX_PACKETS
                    + " per run (" + Limits.HOW_TO_RAISE + ")");
        }
        Set<String> flowNames = new HashSet<>();
        for (Flow f : flows) {
            if (!flowNames.add(f.name())) {
                throw m.error("flows", "flow name '" + f.name() + "' is used twice");
            }
        }
        MeshSection.SteadyState steady = steadyState(m.map("steadyState"), durationS);
        m.finish();
        return new MeshSection(radio, scheduler, routing, olsr, danum, denarii, nodes, flows, steady);
    }

    /** {@code mesh.olsr}: defaults are {@link OlsrConfig#olsrdDefaults()}. */
    private static MeshSection.Olsr olsr(SpecMap o) {
        OlsrConfig d = OlsrConfig.olsrdDefaults();
        boolean lq = o.bool("linkQuality", d.linkQuality());
        double hello = seconds(o, "helloIntervalS", d.helloIntervalNs());
        double neighbHold = hold(o, "neighbHoldS", d.neighbHoldNs(), "helloIntervalS", hello);
        double tc = seconds(o, "tcIntervalS", d.tcIntervalNs());
        double topHold = hold(o, "topHoldS", d.topHoldNs(), "tcIntervalS", tc);
        double midHna = seconds(o, "midHnaIntervalS", d.midHnaIntervalNs());
        double midHnaHold = hold(o, "midHnaHoldS", d.midHnaHoldNs(), "midHnaIntervalS", midHna);
        double dup = seconds(o, "duplicateHoldS", d.duplicateHoldNs());
        double lqWindow = seconds(o, "lqWindowIntervalS", d.lqWindowIntervalNs());
        MeshSection.Olsr spec = new MeshSection.Olsr(lq, hello, neighbHold, tc, topHold, midHna, midHnaHold, dup,
                lqWindow, o.number("maxJitterFraction", d.maxJitterFraction(), 0, 0.99),
                (int) o.integer("willingness", d.willingness(), 0, 7), (int) o.integer("tcRedundancy", d.tcRedundancy(), 0, 2),
                (int) o.integer("mprCoverage", d.mprCoverage(), 1, 255),
                o.number("routeRecalculationDelayMs", d.routeRecalculationDelayNs() / 1e6, 0, 60_000));
        o.finish();
        return spec;
    }

    private static double seconds(SpecMap o, String key, long dfltNs) {
        double s = o.number(key, dfltNs / 1e9, 0.001, 86_400);
        if (s * 1e9 != Math.rint(s * 1e9)) {
            throw o.error(key, "must be a whole number of nanoseconds, found " + s);
        }
        return s;
    }

    /** A validity (hold) time: at least the interval of the messages it keeps alive. */
    private static double hold(SpecMap o, String key, long dfltNs, String intervalKey, double intervalS) {
        double s = seconds(o, key, dfltNs);
        if (s < intervalS) {
            throw o.error(key, "must be at least " + intervalKey + " (" + intervalS + " s), found " + s
                    + " (RFC 3626 recommends three intervals)");
        }
        return s;
    }

    private static MeshSection.SteadyState steadyState(SpecMap w, double durationS) {
        double from = w.number("fromS", 0, 0, durationS);
        double to = w.number("toS", durationS, 0, durationS);
        if (to <= from) {
            throw w.error("toS", "must be after fromS (" + from + " s), found " + to);
        }
        w.finish();
        return new MeshSection.SteadyState(from, to);
    }

    private static MeshSection.Radio radio(SpecMap r) {
        MeshSection.Radio radio = new MeshSection.Radio(r.choice("standard", MeshSection.Standard.IEEE_802_11G),
                r.number("txPowerDbm", 18, -30, 40), r.number("pathLossExponent", 3.0, 1.5, 6),
                r.number("carrierSenseDbm", -82, -120, -30), r.number("fixedRateMbps", 0, 0, 54));
        if (radio.fixedRateMbps() > 0) {
            PhyFamily family = MeshAssembler.wifiStandard(radio.standard()).family();
            List<PhyMode> modes = PhyModeTable.standard().modes(family);
            if (modes.stream().noneMatch(p -> p.rateBps() == Math.round(radio.fixedRateMbps() * 1e6))) {
                throw r.error("fixedRateMbps", radio.standard().word() + " has no " + radio.fixedRateMbps()
                        + " Mbit/s rate; its rates are " + modes.stream().map(p -> p.rateBps() / 1e6 + "")
                        .collect(java.util.stream.Collectors.joining(", ")) + " Mbit/s (0 = from the SNR)");
            }
        }
        r.finish();
        return radio;
    }

    private static MeshSection.Node node(SpecMap n, double durationS) {
        String name = n.requiredString("name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw n.error("name", "must be lower-case letters, digits and '-', found '" + YamlNode.Scalar.shortened(name) + "'");
        }
        NodeRole role = n.choice("role", NodeRole.CARMNET);
        double x = n.requiredNumber("xM", -1e6, 1e6);
        double y = n.requiredNumber("yM", -1e6, 1e6);
        boolean shares = n.bool("sharesInternet", false);
        boolean uses = n.bool("usesPublicWifi", shares);
        if ((shares || uses) && role != NodeRole.CARMNET) {
            throw n.error(shares ? "sharesInternet" : "usesPublicWifi", "only carmnet nodes use or share public WiFi");
        }
        if (shares && !uses) {
            throw n.error("usesPublicWifi", "a node that shares Internet access must use the public WiFi");
        }
        List<MeshSection.Waypoint> path = n.list("path", w -> {
            SpecMap p = SpecMap.of(w);
            MeshSection.Waypoint wp = new MeshSection.Waypoint(p.requiredNumber("atS", 0, durationS),
                    p.requiredNumber("xM", -1e6, 1e6), p.requiredNumber("yM", -1e6, 1e6));
            p.finish();
            return wp;
        });
        for (int i = 1; i < path.size(); i++) {
            // compared in the nanoseconds the model uses: 1e-20 s and 2e-20 s are the same instant
            if (SimTime.nanosOfSeconds(path.get(i).atS()) <= SimTime.nanosOfSeconds(path.get(i - 1).atS())) {
                throw n.error("path", "waypoint times must increase by at least a nanosecond, found "
                        + path.get(i - 1).atS() + " s then " + path.get(i).atS() + " s (path[" + i + "])");
            }
        }
        n.finish();
        return new MeshSection.Node(name, role, x, y, shares, uses, path);
    }

    private static Flow flow(SpecMap f, Set<String> nodes, double durationS) {
        String name = f.requiredString("name");
        FlowKind kind = f.choice("type", FlowKind.CBR);
        String from = node(f, "from", nodes);
        String to = node(f, "to", nodes);
        if (from.equals(to)) {
            throw f.error("to", "must differ from 'from'");
        }
        String payer = f.has("payer") ? node(f, "payer", nodes) : from;
        double start = f.number("startS", 0, 0, durationS);
        Flow flow = switch (kind) {
            case VOIP -> datagram(f, name, DatagramType.VOIP, TrafficType.VOIP, from, to, payer, start, durationS, 200, 20);
            case CBR -> datagram(f, name, DatagramType.CBR, TrafficType.VIDEO, from, to, payer, start, durationS, 512, 250);
            case TCP -> new TcpFlow(name, f.choice("trafficClass", TrafficType.FTP), from, to, payer, start,
                    f.number("sizeBytes", 0, 0, 1e12), f.number("appRateBps", 0, 0, 1e10), f.bool("relay", false));
            case PING -> new PingFlow(name, from, to, payer, start, f.number("stopS", durationS, start, durationS),
                    f.number("intervalMs", 1000, 0.01, 3.6e6));
        };
        f.finish();
        return flow;
    }

    private static DatagramFlow datagram(SpecMap f, String name, DatagramType type, TrafficType dfltClass, String from,
            String to, String payer, double start, double durationS, double dfltBytes, double dfltIntervalMs) {
        return new DatagramFlow(name, type, f.choice("trafficClass", dfltClass), from, to, payer, start,
                f.number("stopS", durationS, start, durationS), f.number("packetBytes", dfltBytes, 20, 65_000),
                f.number("intervalMs", dfltIntervalMs, 0.01, 3.6e6));
    }

    private static String node(SpecMap f, String key, Set<String> nodes) {
        String v = f.requiredString(key);
        if (!nodes.contains(v)) {
            throw f.error(key, "no node named '" + v + "'");
        }
        return v;
    }
}
