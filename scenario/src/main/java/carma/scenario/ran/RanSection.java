package carma.scenario.ran;

import carma.scenario.ModelSection;
import java.util.List;

/**
 * The {@code ran} section: the AROMA radio access network emulation (deployment, propagation,
 * per-technology settings and policies, services, emulated users, user under test). Component
 * names are the YAML keys; see {@code docs/scenario-format.md} and {@code examples/aroma/}.
 */
public record RanSection(String deployment, double interSiteM, String utranRouter, String wlanRouter,
        PropagationSpec propagation, HsdpaSpec hsdpa, CellPolicySpec geran, CellPolicySpec wlan, HandoverSpec handover,
        String crrm, String admission, double congestionThreshold, double ipRanLossProbability, boolean fastFading,
        double bufferBits, List<ServiceSpec> services, List<UserGroupSpec> users, UutSpec userUnderTest)
        implements ModelSection {
    public static final String KEY = "ran";

    public RanSection {
        services = List.copyOf(services);
        users = List.copyOf(users);
    }

    @Override
    public String key() {
        return KEY;
    }

    /** Shadowing and the propagation grid. */
    public record PropagationSpec(double shadowingSigmaDb, double decorrelationM, double interSiteCorrelation,
            double minCouplingLossDb) {}

    /** HSDPA cells. */
    public record HsdpaSpec(String scheduler, int codes, int usersPerTti, double powerFraction, double orthogonality,
            double capacityBps) {}

    /** GERAN or WLAN cells: scheduler and (GERAN) packet timeslots. */
    public record CellPolicySpec(String scheduler, int timeslots) {}

    public record HandoverSpec(double hysteresisDb, double verticalMarginDb, double utranThresholdDbm,
            double geranThresholdDbm, double wlanThresholdDbm) {}

    /**
     * A service: a preset of the traffic module ({@code aroma-voice}, {@code aroma-video-streaming},
     * {@code aroma-web-browsing}, {@code ftp-background}) or {@code cbr} with its own rate and class.
     */
    public record ServiceSpec(String name, String preset, String qosClass, double rateBps, double guaranteedBps,
            double sessionsPerHour, double meanHoldingS) {}

    public record UserGroupSpec(int count, String service, double speedKmh, double indoorFraction) {}

    /** The user under test: its service, when it starts, and a trajectory or a fixed position. */
    public record UutSpec(String service, double startS, String mode, double speedKmh, List<List<Double>> waypointsM) {
        public UutSpec {
            waypointsM = waypointsM.stream().map(List::copyOf).toList();
        }
    }
}
