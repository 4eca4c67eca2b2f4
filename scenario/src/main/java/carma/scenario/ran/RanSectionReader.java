package carma.scenario.ran;

import carma.radio.mobility.WaypointTrajectory;
import carma.ran.emulator.HandoverParameters;
import carma.scenario.Limits;
import carma.scenario.RanSection;
import carma.scenario.RanSection.AdmissionChoice;
import carma.scenario.RanSection.CbrService;
import carma.scenario.RanSection.CrrmChoice;
import carma.scenario.RanSection.DeploymentChoice;
import carma.scenario.RanSection.FixedUut;
import carma.scenario.RanSection.GeranSpec;
import carma.scenario.RanSection.HandoverSpec;
import carma.scenario.RanSection.HsdpaSpec;
import carma.scenario.RanSection.MovingUut;
import carma.scenario.RanSection.PresetService;
import carma.scenario.RanSection.PropagationSpec;
import carma.scenario.RanSection.QosSpec;
import carma.scenario.RanSection.SchedulerChoice;
import carma.scenario.RanSection.ServiceSpec;
import carma.scenario.RanSection.TrafficPreset;
import carma.scenario.RanSection.UserGroupSpec;
import carma.scenario.RanSection.UutSpec;
import carma.scenario.RanSection.WlanSpec;
import carma.scenario.yaml.ScenarioException;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.SpecWord;
import carma.scenario.yaml.YamlNode;
import carma.traffic.QosClass;
import carma.traffic.session.SessionParameters;
import carma.traffic.session.SessionStart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the {@code ran} section; every error names its YAML path and line. */
public final class RanSectionReader {
    private RanSectionReader() {}

    public static RanSection read(SpecMap m, double durationS) {
        DeploymentChoice deployment = m.choice("deployment", DeploymentChoice.CASE_STUDY_II);
        double interSite = m.number("interSiteM", 1000, 100, 20_000);
        String utranRouter = m.string("utranRouter", "IR1");
        String wlanRouter = m.string("wlanRouter", "IR2");
        PropagationSpec propagation = propagation(m.map("propagation"));
        HsdpaSpec hsdpa = hsdpa(m.map("hsdpa"));
        SpecMap g = m.map("geran");
        GeranSpec geran = new GeranSpec(g.choice("scheduler", SchedulerChoice.ROUND_ROBIN),
                (int) g.integer("timeslots", 7, 1, 64));
        g.finish();
        SpecMap w = m.map("wlan");
        WlanSpec wlan = new WlanSpec(w.choice("scheduler", SchedulerChoice.ROUND_ROBIN));
        w.finish();
        HandoverSpec handover = handover(m.map("handover"));
        CrrmChoice crrm = m.choice("crrm", CrrmChoice.PREFERENCES);
        AdmissionChoice admission = m.choice("admission", AdmissionChoice.LOAD_BASED);
        double congestion = m.number("congestionThreshold", 0, 0, 10);
        double ipRan = m.number("ipRanLossProbability", 0, 0, 0.999);
        boolean fading = m.bool("fastFading", false);
        double buffer = m.number("bufferBits", 2_000_000, 1_000, 1e10);
        SessionStart sessionStart = m.choice("sessionStart", SessionStart.RAMP);
        double warmupS = m.number("warmupS", 0, 0, durationS);
        if (warmupS > 0 && warmupS >= durationS) {
            throw m.error("warmupS", "must be shorter than durationS (" + durationS + " s)");
        }
        SpecMap q = m.map("qos");
        QosSpec qos = new QosSpec(q.bool("discardExpired", true), q.number("dropAfterUnmetS", 0, 0, 1e6));
        q.finish();
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
        long total = users.stream().mapToLong(UserGroupSpec::count).sum();
        if (total > Limits.MAX_RAN_USERS) {
            throw m.error("users", "asks for " + total + " emulated users; at most " + Limits.MAX_RAN_USERS + " ("
                    + Limits.HOW_TO_RAISE + ")");
        }
        UutSpec uut = m.has("userUnderTest") ? uut(m.map("userUnderTest"), names, durationS) : null;
        m.finish();
        return new RanSection(deployment, interSite, utranRouter, wlanRouter, propagation, hsdpa, geran, wlan, handover,
                crrm, admission, congestion, ipRan, fading, buffer, sessionStart, warmupS, qos, services, users, uut);
    }

    private static PropagationSpec propagation(SpecMap p) {
        PropagationSpec s = new PropagationSpec(p.number("shadowingSigmaDb", 10, 0, 20), p.number("decorrelationM", 20, 5, 500),
                p.number("interSiteCorrelation", 0.5, 0, 1), p.number("minCouplingLossDb", 70, 0, 120));
        p.finish();
        return s;
    }

    private static HsdpaSpec hsdpa(SpecMap h) {
        HsdpaSpec s = new HsdpaSpec(h.choice("scheduler", SchedulerChoice.PROPORTIONAL_FAIR),
                (int) h.integer("codes", 15, 1, 15), (int) h.integer("usersPerTti", 4, 1, 15),
                h.number("powerFraction", 0.7, 0.05, 0.95), h.number("orthogonality", 0.5, 0, 1),
                h.number("capacityBps", 3e6, 1e3, 1e9));
        h.finish();
        return s;
    }

    private static HandoverSpec handover(SpecMap h) {
        HandoverParameters d = HandoverParameters.defaults();
        HandoverSpec s = new HandoverSpec(h.number("verticalMarginDb", d.verticalMarginDb(), 0, 30),
                h.number("utranThresholdDbm", d.utranThresholdDbm(), -150, 0),
                h.number("geranThresholdDbm", d.geranThresholdDbm(), -150, 0),
                h.number("wlanThresholdDbm", d.wlanThresholdDbm(), -150, 0),
                h.number("utranHysteresisDb", d.utranHysteresisDb(), 0, 30),
                h.number("geranHysteresisDb", d.geranHysteresisDb(), 0, 30),
                h.number("wlanHysteresisDb", d.wlanHysteresisDb(), 0, 30),
                h.number("utranTimeToTriggerMs", d.utranTimeToTriggerNs() / 1e6, 0, 60_000),
                h.number("geranTimeToTriggerMs", d.geranTimeToTriggerNs() / 1e6, 0, 60_000),
                h.number("wlanTimeToTriggerMs", d.wlanTimeToTriggerNs() / 1e6, 0, 60_000),
                (int) h.integer("filterCoefficient", d.filterCoefficient(), 0, 19),
                h.number("measurementPeriodMs", d.measurementPeriodNs() / 1e6, 1, 10_000),
                h.number("radioLinkFailureMs", d.radioLinkFailureNs() / 1e6, 0, 600_000),
                h.number("horizontalInterruptionMs", d.horizontalInterruptionNs() / 1e6, 0, 60_000),
                h.number("verticalInterruptionMs", d.verticalInterruptionNs() / 1e6, 0, 60_000),
                h.choice("forwarding", d.forwarding()));
        h.finish();
        return s;
    }

    /** {@code preset: cbr} or one of the traffic presets; the session process defaults to the preset's. */
    private static ServiceSpec service(YamlNode n) {
        SpecMap s = SpecMap.of(n);
        String name = s.requiredString("name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw s.error("name", "must be lower-case letters, digits and '-', found '" + YamlNode.Scalar.shortened(name) + "'");
        }
        ServiceSpec spec = isCbr(s) ? cbr(s, name) : preset(s, name);
        s.finish();
        return spec;
    }

    private static boolean isCbr(SpecMap s) {
        if (!s.has("preset")) {
            return true;
        }
        YamlNode p = s.required("preset");
        if (CbrService.PRESET.equals(SpecMap.asString(p))) {
            return true;
        }
        List<String> words = new ArrayList<>(List.of(CbrService.PRESET));
        for (TrafficPreset t : TrafficPreset.values()) {
            words.add(SpecWord.of(t));
        }
        if (!words.contains(SpecMap.asString(p))) {
            throw new ScenarioException(p.path(), p.line(), "must be one of " + String.join(", ", words) + ", found '"
                    + SpecMap.asString(p) + "'");
        }
        return false;
    }

    private static CbrService cbr(SpecMap s, String name) {
        QosClass qos = s.choice("qosClass", QosClass.STREAMING);
        double rate = s.number("rateBps", 192_000, 100, 1e9);
        double gbr = s.number("guaranteedBps", 0, 0, 1e9);
        if (gbr > rate) {
            throw s.error("guaranteedBps", "cannot exceed rateBps (" + rate + ")");
        }
        SessionParameters d = RanAssembler.CBR_SESSIONS;
        return new CbrService(name, qos, rate, gbr, s.number("sessionsPerHour", d.sessionsPerHour(), 1e-6, 1e6),
                s.number("meanHoldingS", d.meanHoldingS(), 1e-3, 1e9), initialSpreadS(s, d));
    }

    private static PresetService preset(SpecMap s, String name) {
        TrafficPreset preset = s.requiredChoice("preset", TrafficPreset.class);
        SessionParameters d = RanAssembler.presetTraffic(preset).sessions();
        return new PresetService(name, preset, s.number("sessionsPerHour", d.sessionsPerHour(), 1e-6, 1e6),
                s.number("meanHoldingS", d.meanHoldingS(), 1e-3, 1e9), initialSpreadS(s, d));
    }

    private static double initialSpreadS(SpecMap s, SessionParameters defaults) {
        return s.number("initialSpreadS", defaults.initialSpreadS(), 1e-3, 1e9);
    }

    private static UserGroupSpec userGroup(YamlNode n, Set<String> services) {
        SpecMap u = SpecMap.of(n);
        int count = (int) u.integer("count", 0, 0, Limits.MAX_RAN_USERS);
        String service = service(u, services);
        UserGroupSpec g = new UserGroupSpec(count, service, u.number("speedKmh", 3, 0, 500), u.number("indoorFraction", 0, 0, 1),
                u.number("indoorSpeedKmh", 0, 0, 500));
        u.finish();
        return g;
    }

    private static String service(SpecMap u, Set<String> services) {
        String service = u.requiredString("service");
        if (!services.contains(service)) {
            throw u.error("service", "unknown service '" + service + "'; defined: " + services);
        }
        return service;
    }

    private static UutSpec uut(SpecMap u, Set<String> services, double durationS) {
        String service = service(u, services);
        double start = u.number("startS", 0, 0, durationS);
        UutMode mode = u.choice("mode", UutMode.BACK_AND_FORTH);
        boolean fixed = mode == UutMode.FIXED;
        double speed = fixed ? 0 : u.number("speedKmh", 30, 0.1, 500);
        double depart = fixed ? 0 : u.number("departS", 0, 0, durationS);
        List<List<Double>> points = u.list("waypointsM", RanSectionReader::point);
        if (points.isEmpty() || (!fixed && points.size() < 2)) {
            throw u.error("waypointsM", fixed ? "needs the position [x, y]" : "needs at least two points [x, y]");
        }
        u.finish();
        return switch (mode) {
            case FIXED -> new FixedUut(service, start, points);
            case ONE_WAY -> new MovingUut(service, start, WaypointTrajectory.Mode.ONE_WAY, speed, depart,
                    points);
            case BACK_AND_FORTH -> new MovingUut(service, start, WaypointTrajectory.Mode.BACK_AND_FORTH, speed, depart,
                    points);
            case PERIODIC -> new MovingUut(service, start, WaypointTrajectory.Mode.PERIODIC, speed, depart,
                    points);
        };
    }

    /** {@code userUnderTest.mode}: a fixed position or one of the trajectory modes. */
    private enum UutMode {
        FIXED,
        ONE_WAY,
        BACK_AND_FORTH,
        PERIODIC
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
