package carma.scenario.mesh;

import carma.scenario.yaml.SpecMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the {@code mesh} section. */
public final class MeshSectionReader {
    private MeshSectionReader() {}

    public static MeshSection read(SpecMap m, double durationS) {
        MeshSection.Radio radio = radio(m.map("radio"));
        String scheduler = m.choice("scheduler", "danum", "danum", "fifo");
        String routing = m.choice("routing", "olsr", "olsr", "etx-oracle");
        SpecMap d = m.map("danum");
        MeshSection.Danum danum = new MeshSection.Danum(d.positive("v", 5000), d.positive("advertPeriodMs", 100));
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
            hosts += n.role().equals("internet-host") ? 1 : 0;
        }
        if (nodes.isEmpty()) {
            throw m.error("nodes", "needs at least one node");
        }
        if (hosts > 1) {
            throw m.error("nodes", "at most one internet-host, found " + hosts);
        }
        List<MeshSection.Flow> flows = m.list("flows", n -> flow(SpecMap.of(n), names, durationS));
        Set<String> flowNames = new HashSet<>();
        for (MeshSection.Flow f : flows) {
            if (!flowNames.add(f.name())) {
                throw m.error("flows", "flow name '" + f.name() + "' is used twice");
            }
        }
        m.finish();
        return new MeshSection(radio, scheduler, routing, danum, denarii, nodes, flows);
    }

    private static MeshSection.Radio radio(SpecMap r) {
        MeshSection.Radio radio = new MeshSection.Radio(r.choice("standard", "802.11g", "802.11a", "802.11b", "802.11g"),
                r.number("txPowerDbm", 18, -30, 40), r.number("pathLossExponent", 3.0, 1.5, 6),
                r.number("carrierSenseDbm", -82, -120, -30), r.number("fixedRateMbps", 0, 0, 54));
        r.finish();
        return radio;
    }

    private static MeshSection.Node node(SpecMap n, double durationS) {
        String name = n.requiredString("name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw n.error("name", "must be lower-case letters, digits and '-', found '" + name + "'");
        }
        String role = n.choice("role", "carmnet", "carmnet", "public-ap", "internet-host");
        double x = n.requiredNumber("xM", -1e6, 1e6);
        double y = n.requiredNumber("yM", -1e6, 1e6);
        boolean shares = n.bool("sharesInternet", false);
        boolean uses = n.bool("usesPublicWifi", shares);
        if ((shares || uses) && !role.equals("carmnet")) {
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
            if (path.get(i).atS() <= path.get(i - 1).atS()) {
                throw n.error("path", "waypoint times must increase");
            }
        }
        n.finish();
        return new MeshSection.Node(name, role, x, y, shares, uses, path);
    }

    private static MeshSection.Flow flow(SpecMap f, Set<String> nodes, double durationS) {
        String name = f.requiredString("name");
        String type = f.choice("type", "cbr", "voip", "cbr", "tcp", "ping");
        String dflt = type.equals("voip") ? "voip" : type.equals("ping") ? "ping" : type.equals("tcp") ? "ftp" : "video";
        String cls = f.choice("trafficClass", dflt, "www", "email", "voip", "video", "ftp", "ping");
        String from = node(f, "from", nodes);
        String to = node(f, "to", nodes);
        if (from.equals(to)) {
            throw f.error("to", "must differ from 'from'");
        }
        String payer = f.has("payer") ? node(f, "payer", nodes) : from;
        double start = f.number("startS", 0, 0, durationS);
        double stop = f.number("stopS", durationS, start, durationS);
        double bytes = f.number("packetBytes", type.equals("voip") ? 200 : type.equals("ping") ? 64 : 512, 20, 65_000);
        double interval = f.positive("intervalMs", type.equals("voip") ? 20 : type.equals("ping") ? 1000 : 250);
        double size = f.number("sizeBytes", 0, 0, 1e12);
        boolean relay = f.bool("relay", false);
        if (relay && !type.equals("tcp")) {
            throw f.error("relay", "only tcp flows run through the CNAPT/SNAPT relay");
        }
        f.finish();
        return new MeshSection.Flow(name, type, cls, from, to, payer, start, stop, bytes, interval, size, relay);
    }

    private static String node(SpecMap f, String key, Set<String> nodes) {
        String v = f.requiredString(key);
        if (!nodes.contains(v)) {
            throw f.error(key, "no node named '" + v + "'");
        }
        return v;
    }
}
