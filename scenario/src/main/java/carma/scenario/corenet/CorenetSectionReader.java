package carma.scenario.corenet;

import carma.corenet.broker.LspPlan;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.topology.LinkSpec;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.RouterKind;
import carma.corenet.topology.Topology;
import carma.scenario.CorenetSection;
import carma.scenario.CorenetSection.GeneratorSpec;
import carma.scenario.CorenetSection.LoadSpec;
import carma.scenario.CorenetSection.LspSpec;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks the {@code corenet} section; absent links mean the reference fish and its LSP plan. */
public final class CorenetSectionReader {
    private static final long FISH_RATE_BPS = 10_000_000L;
    private static final double FISH_DELAY_MS = 0.15;

    private CorenetSectionReader() {}

    public static CorenetSection read(SpecMap m, double durationS) {
        boolean fish = !m.has("links");
        List<CorenetSection.LinkSpec> links = fish ? fishLinks() : m.list("links", CorenetSectionReader::link);
        if (links.isEmpty()) {
            throw m.error("links", "needs at least one link");
        }
        Topology topology;
        try {
            topology = topology(links);
        } catch (IllegalArgumentException e) {
            throw m.error("links", e.getMessage());
        }
        boolean ef = m.bool("efStrictPriority", true);
        NoLspPolicy noLsp = m.choice("noLsp", NoLspPolicy.IP_ROUTE);
        double sampleMs = m.number("sampleIntervalMs", 1000, 10, 3.6e6);
        if (durationS * 1000 / sampleMs > carma.scenario.Limits.MAX_SAMPLES) {
            throw m.error("sampleIntervalMs", "gives too many samples in " + durationS + " s; at most "
                    + carma.scenario.Limits.MAX_SAMPLES);
        }
        List<LspSpec> lsps = m.has("lsps") ? m.list("lsps", n -> lsp(SpecMap.of(n), topology))
                : fish ? referenceLsps(topology) : List.of();
        GeneratorSpec generator = generator(m.map("generator"), topology);
        List<LoadSpec> loads = m.list("loads", n -> load(SpecMap.of(n), topology, durationS));
        m.finish();
        return new CorenetSection(links, ef, noLsp, sampleMs, lsps, generator, loads);
    }

    /** The duplex links as a model topology (both directions of each). */
    public static Topology topology(List<CorenetSection.LinkSpec> links) {
        List<LinkSpec> directed = new ArrayList<>();
        for (CorenetSection.LinkSpec l : links) {
            RouterId a = RouterId.parse(l.from());
            RouterId b = RouterId.parse(l.to());
            long delayNs = Math.round(l.propagationDelayMs() * 1e6);
            directed.add(new LinkSpec(a, b, l.rateBps(), delayNs));
            directed.add(new LinkSpec(b, a, l.rateBps(), delayNs));
        }
        return new Topology(directed);
    }

    private static List<CorenetSection.LinkSpec> fishLinks() {
        List<CorenetSection.LinkSpec> out = new ArrayList<>();
        List<LinkSpec> fish = Topology.fish(FISH_RATE_BPS, 0).links();
        for (int i = 0; i < fish.size(); i += 2) {
            out.add(new CorenetSection.LinkSpec(fish.get(i).from().toString(), fish.get(i).to().toString(), FISH_RATE_BPS,
                    FISH_DELAY_MS));
        }
        return out;
    }

    private static List<LspSpec> referenceLsps(Topology t) {
        List<RouterId> irs = t.routers().stream().filter(r -> r.kind() == RouterKind.INGRESS).toList();
        List<LspSpec> out = new ArrayList<>();
        for (LspPlan.Entry e : LspPlan.referenceFish(irs).entries()) {
            out.add(new LspSpec(e.psc(), e.path().stream().map(RouterId::toString).toList()));
        }
        return out;
    }

    private static CorenetSection.LinkSpec link(YamlNode n) {
        SpecMap l = SpecMap.of(n);
        String from = router(l, "from");
        String to = router(l, "to");
        long rate = l.integer("rateBps", FISH_RATE_BPS, 1_000, 100_000_000_000L);
        double delay = l.number("propagationDelayMs", FISH_DELAY_MS, 0, 1000);
        l.finish();
        return new CorenetSection.LinkSpec(from, to, rate, delay);
    }

    private static String router(SpecMap m, String key) {
        String name = m.requiredString(key);
        try {
            return RouterId.parse(name).toString();
        } catch (IllegalArgumentException e) {
            throw m.error(key, "must be a router name IRn, ERn or CRn (ER alone for the single egress), found '"
                    + YamlNode.Scalar.shortened(name) + "'");
        }
    }

    private static LspSpec lsp(SpecMap l, Topology t) {
        carma.corenet.diffserv.Psc psc = l.requiredChoice("psc", carma.corenet.diffserv.Psc.class);
        List<String> path = l.list("path", SpecMap::asString);
        List<RouterId> ids = new ArrayList<>();
        try {
            for (String s : path) {
                RouterId r = RouterId.parse(s);
                if (!t.contains(r)) {
                    throw new IllegalArgumentException("no router " + r + " in corenet.links");
                }
                ids.add(r);
            }
            if (ids.size() < 2) {
                throw new IllegalArgumentException("needs at least two routers");
            }
            t.linksAlong(ids);
        } catch (IllegalArgumentException e) {
            throw l.error("path", e.getMessage());
        }
        l.finish();
        return new LspSpec(psc, ids.stream().map(RouterId::toString).toList());
    }

    private static GeneratorSpec generator(SpecMap g, Topology t) {
        boolean on = g.bool("fromRanStatistics", true);
        String ir = g.has("ranRouter") ? router(g, "ranRouter") : "IR1";
        if (!t.contains(RouterId.parse(ir))) {
            throw g.error("ranRouter", "no router " + ir + " in corenet.links");
        }
        int conv = (int) g.integer("conversationalPacketBytes", 72, 20, 65_535);
        int str = (int) g.integer("streamingPacketBytes", 1000, 20, 65_535);
        int inter = (int) g.integer("interactivePacketBytes", 1500, 20, 65_535);
        int bg = (int) g.integer("backgroundPacketBytes", 1500, 20, 65_535);
        g.finish();
        return new GeneratorSpec(on, ir, conv, str, inter, bg);
    }

    private static LoadSpec load(SpecMap l, Topology t, double durationS) {
        String from = router(l, "from");
        String to = router(l, "to");
        for (String r : List.of(from, to)) {
            if (!t.contains(RouterId.parse(r))) {
                throw l.error(r.equals(from) ? "from" : "to", "no router " + r + " in corenet.links");
            }
        }
        if (from.equals(to)) {
            throw l.error("to", "must differ from 'from'");
        }
        int dscp = (int) l.integer("dscp", 0, 0, 63);
        long rate = l.integer("rateBps", Long.MIN_VALUE, 1_000, 100_000_000_000L);
        if (rate == Long.MIN_VALUE) {
            throw l.error("rateBps", "is missing");
        }
        int bytes = (int) l.integer("packetBytes", 1000, 20, 65_535);
        double start = l.number("startS", 0, 0, durationS);
        double duration = l.number("durationS", durationS - start, 0.001, 1e8);
        l.finish();
        return new LoadSpec(from, to, dscp, rate, bytes, start, duration);
    }
}
