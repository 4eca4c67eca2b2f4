package carma.scenario.ran;

import carma.scenario.ran.RanSection.CellPolicySpec;
import carma.scenario.ran.RanSection.HandoverSpec;
import carma.scenario.ran.RanSection.HsdpaSpec;
import carma.scenario.ran.RanSection.PropagationSpec;
import carma.scenario.ran.RanSection.ServiceSpec;
import carma.scenario.ran.RanSection.UserGroupSpec;
import carma.scenario.ran.RanSection.UutSpec;
import carma.scenario.yaml.ScenarioException;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the {@code ran} section; every error names its YAML path and line. */
public final class RanSectionReader {
    static final String[] SCHEDULERS = {"max-ci", "round-robin", "proportional-fair"};
    static final String[] PRESETS = {"aroma-voice", "aroma-video-streaming", "aroma-web-browsing", "ftp-background", "cbr"};

    private RanSectionReader() {}

    public static RanSection read(SpecMap m, double durationS) {
        String deployment = m.choice("deployment", "case-study-ii", "case-study-ii", "two-node-b-line");
        double interSite = m.number("interSiteM", 1000, 100, 20_000);
        String utranRouter = m.string("utranRouter", "IR1");
        String wlanRouter = m.string("wlanRouter", "IR2");
        PropagationSpec propagation = propagation(m.map("propagation"));
        HsdpaSpec hsdpa = hsdpa(m.map("hsdpa"));
        CellPolicySpec geran = cellPolicy(m.map("geran"), 7);
        CellPolicySpec wlan = cellPolicy(m.map("wlan"), 0);
        HandoverSpec handover = handover(m.map("handover"));
        String crrm = m.choice("crrm", "preferences", "preferences", "utran-only", "geran-only", "wlan-only");
        String admission = m.choice("admission", "load-based", "load-based", "accept-all");
        double congestion = m.number("congestionThreshold", 0, 0, 10);
        double ipRan = m.number("ipRanLossProbability", 0, 0, 0.999);
        boolean fading = m.bool("fastFading", false);
        double buffer = m.number("bufferBits", 2_000_000, 1_000, 1e10);
        List<ServiceSpec> services = m.list("services", RanSectionReader::service);
        if (services.isEmpty()) {
            throw m.error("services", "needs at least one service");
        }
        Set<String> names = new HashSet<>();
        for (ServiceSpec s : services) {
            if (!names.add(s.name())) {
                throw m.error("services", "service name '" + s.name() + "' is used twice");
            }
        }
        List<UserGroupSpec> users = m.list("users", n -> userGroup(n, names));
        UutSpec uut = m.has("userUnderTest") ? uut(m.map("userUnderTest"), names, durationS) : null;
        m.finish();
        return new RanSection(deployment, interSite, utranRouter, wlanRouter, propagation, hsdpa, geran, wlan, handover,
                crrm, admission, congestion, ipRan, fading, buffer, services, users, uut);
    }

    private static PropagationSpec propagation(SpecMap p) {
        PropagationSpec s = new PropagationSpec(p.number("shadowingSigmaDb", 10, 0, 20), p.number("decorrelationM", 20, 5, 500),
                p.number("interSiteCorrelation", 0.5, 0, 1), p.number("minCouplingLossDb", 70, 0, 120));
        p.finish();
        return s;
    }

    private static HsdpaSpec hsdpa(SpecMap h) {
        HsdpaSpec s = new HsdpaSpec(h.choice("scheduler", "proportional-fair", SCHEDULERS), (int) h.integer("codes", 15, 1, 15),
                (int) h.integer("usersPerTti", 4, 1, 15), h.number("powerFraction", 0.7, 0.05, 0.95),
                h.number("orthogonality", 0.5, 0, 1), h.number("capacityBps", 3e6, 1e3, 1e9));
        h.finish();
        return s;
    }

    private static CellPolicySpec cellPolicy(SpecMap c, int defaultSlots) {
        String scheduler = c.choice("scheduler", "round-robin", SCHEDULERS);
        int slots = defaultSlots > 0 ? (int) c.integer("timeslots", defaultSlots, 1, 64) : 0;
        c.finish();
        return new CellPolicySpec(scheduler, slots);
    }

    private static HandoverSpec handover(SpecMap h) {
        HandoverSpec s = new HandoverSpec(h.number("hysteresisDb", 3, 0, 30), h.number("verticalMarginDb", 3, 0, 30),
                h.number("utranThresholdDbm", -115, -150, 0), h.number("geranThresholdDbm", -104, -150, 0),
                h.number("wlanThresholdDbm", -82, -150, 0));
        h.finish();
        return s;
    }

    private static ServiceSpec service(YamlNode n) {
        SpecMap s = SpecMap.of(n);
        String name = s.requiredString("name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw s.error("name", "must be lower-case letters, digits and '-', found '" + name + "'");
        }
        String preset = s.choice("preset", "cbr", PRESETS);
        boolean cbr = preset.equals("cbr");
        String qos = cbr ? s.choice("qosClass", "streaming", "conversational", "streaming", "interactive", "background") : "";
        double rate = cbr ? s.number("rateBps", 192_000, 100, 1e9) : 0;
        double gbr = cbr ? s.number("guaranteedBps", 0, 0, 1e9) : -1;
        if (cbr && gbr > rate) {
            throw s.error("guaranteedBps", "cannot exceed rateBps (" + rate + ")");
        }
        double perHour = s.number("sessionsPerHour", Double.NaN, 1e-6, 1e6);
        double holding = s.number("meanHoldingS", Double.NaN, 1e-3, 1e9);
        s.finish();
        return new ServiceSpec(name, preset, qos, rate, gbr, perHour, holding);
    }

    private static UserGroupSpec userGroup(YamlNode n, Set<String> services) {
        SpecMap u = SpecMap.of(n);
        int count = (int) u.integer("count", 0, 0, 10_000_000);
        String service = u.requiredString("service");
        if (!services.contains(service)) {
            throw u.error("service", "unknown service '" + service + "'; defined: " + services);
        }
        UserGroupSpec g = new UserGroupSpec(count, service, u.number("speedKmh", 3, 0, 500), u.number("indoorFraction", 0, 0, 1));
        u.finish();
        return g;
    }

    private static UutSpec uut(SpecMap u, Set<String> services, double durationS) {
        String service = u.requiredString("service");
        if (!services.contains(service)) {
            throw u.error("service", "unknown service '" + service + "'; defined: " + services);
        }
        double start = u.number("startS", 0, 0, durationS);
        String mode = u.choice("mode", "back-and-forth", "fixed", "one-way", "back-and-forth", "periodic");
        double speed = mode.equals("fixed") ? 0 : u.number("speedKmh", 30, 0.1, 500);
        List<List<Double>> points = u.list("waypointsM", RanSectionReader::point);
        if (points.isEmpty() || (!mode.equals("fixed") && points.size() < 2)) {
            throw u.error("waypointsM", mode.equals("fixed") ? "needs the position [x, y]" : "needs at least two points [x, y]");
        }
        u.finish();
        return new UutSpec(service, start, mode, speed, points);
    }

    private static List<Double> point(YamlNode n) {
        if (!(n instanceof YamlNode.Sequence) || ((YamlNode.Sequence) n).items().size() != 2) {
            throw new ScenarioException(n.path(), n.line(), "must be a point [x, y] in metres, found " + n.describe());
        }
        List<Double> p = new ArrayList<>();
        for (YamlNode c : ((YamlNode.Sequence) n).items()) {
            p.add(SpecMap.asDouble(c));
        }
        return p;
    }
}
