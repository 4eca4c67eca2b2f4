package carma.scenario;

import carma.radio.mobility.WaypointTrajectory;
import carma.ran.emulator.HandoverForwarding;
import carma.traffic.QosClass;
import carma.traffic.session.SessionStart;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code ran} section: the AROMA radio access network emulation (deployment, propagation,
 * per-technology settings and policies, services, emulated users, user under test). Component
 * names are the YAML keys; every choice is an enum or a sealed type; see
 * {@code docs/scenario-format.md} and {@code examples/aroma/}.
 */
public record RanSection(DeploymentChoice deployment, double interSiteM, String utranRouter, String wlanRouter,
        PropagationSpec propagation, HsdpaSpec hsdpa, GeranSpec geran, WlanSpec wlan, HandoverSpec handover,
        CrrmChoice crrm, AdmissionChoice admission, double congestionThreshold, double ipRanLossProbability,
        boolean fastFading, double bufferBits, SessionStart sessionStart, double warmupS, QosSpec qos, List<ServiceSpec> services,
        List<UserGroupSpec> users, UutSpec userUnderTest) implements ModelSection {
    public static final String KEY = "ran";

    public RanSection {
        services = List.copyOf(services);
        users = List.copyOf(users);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.ran(this);
    }

    public enum DeploymentChoice {
        CASE_STUDY_II,
        TWO_NODE_B_LINE
    }

    public enum SchedulerChoice {
        MAX_CI,
        ROUND_ROBIN,
        PROPORTIONAL_FAIR
    }

    /** CRRM: AROMA's RAN preferences, or one technology only. */
    public enum CrrmChoice {
        PREFERENCES,
        UTRAN_ONLY,
        GERAN_ONLY,
        WLAN_ONLY
    }

    public enum AdmissionChoice {
        LOAD_BASED,
        ACCEPT_ALL
    }

    /** Shadowing and the propagation grid. */
    public record PropagationSpec(double shadowingSigmaDb, double decorrelationM, double interSiteCorrelation,
            double minCouplingLossDb) {}

    /**
     * QoS enforcement: discard packets older than their service's transfer delay; drop a session
     * whose QoS stays unmet for {@code dropAfterUnmetS} (0 = never).
     */
    public record QosSpec(boolean discardExpired, double dropAfterUnmetS) {}

    /** HSDPA cells. */
    public record HsdpaSpec(SchedulerChoice scheduler, int codes, int usersPerTti, double powerFraction,
            double orthogonality, double capacityBps) {}

    /** GERAN cells: scheduler and packet timeslots. */
    public record GeranSpec(SchedulerChoice scheduler, int timeslots) {}

    /** WLAN cells: scheduler. */
    public record WlanSpec(SchedulerChoice scheduler) {}

    /**
     * Handover: thresholds, per-technology hysteresis and time-to-trigger, the layer-3 filter, the
     * radio-link-failure timer and the execution (interruption, forwarding).
     */
    public record HandoverSpec(double verticalMarginDb, double utranThresholdDbm, double geranThresholdDbm,
            double wlanThresholdDbm, double utranHysteresisDb, double geranHysteresisDb, double wlanHysteresisDb,
            double utranTimeToTriggerMs, double geranTimeToTriggerMs, double wlanTimeToTriggerMs, int filterCoefficient,
            double measurementPeriodMs, double radioLinkFailureMs, double horizontalInterruptionMs,
            double verticalInterruptionMs, HandoverForwarding forwarding) {}

    /**
     * A service: a preset of the traffic module, or constant bit rate with its own rate and class.
     * Its session process: requests per hour of an idle user, mean holding time, and the interval
     * over which the users' first sessions start (AROMA §5.2.5).
     */
    public sealed interface ServiceSpec permits PresetService, CbrService {
        String name();

        double sessionsPerHour();

        double meanHoldingS();

        double initialSpreadS();
    }

    /** The traffic module's presets. */
    public enum TrafficPreset {
        AROMA_VOICE,
        AROMA_VIDEO_STREAMING,
        AROMA_WEB_BROWSING,
        FTP_BACKGROUND
    }

    /** {@code preset: aroma-voice | ...}; the session process defaults to the preset's. */
    @JsonPropertyOrder({"name", "preset", "sessionsPerHour", "meanHoldingS", "initialSpreadS"})
    public record PresetService(String name, TrafficPreset preset, double sessionsPerHour, double meanHoldingS,
            double initialSpreadS) implements ServiceSpec {}

    /** {@code preset: cbr}: constant bit rate in a QoS class. */
    @JsonPropertyOrder({"name", "preset", "qosClass", "rateBps", "guaranteedBps", "sessionsPerHour", "meanHoldingS",
        "initialSpreadS"})
    public record CbrService(String name, QosClass qosClass, double rateBps, double guaranteedBps,
            double sessionsPerHour, double meanHoldingS, double initialSpreadS) implements ServiceSpec {
        public static final String PRESET = "cbr";

        @JsonProperty("preset")
        public String preset() {
            return PRESET;
        }
    }

    /** Emulated users: outdoor ones move at {@code speedKmh}, indoor ones at {@code indoorSpeedKmh} (AROMA: 0). */
    public record UserGroupSpec(int count, String service, double speedKmh, double indoorFraction,
            double indoorSpeedKmh) {}

    /** The user under test: its service, when it starts, and a fixed position or a trajectory. */
    public sealed interface UutSpec permits FixedUut, MovingUut {
        String service();

        double startS();
    }

    /** {@code mode: fixed} at {@code waypointsM: [[x, y]]}. */
    @JsonPropertyOrder({"service", "startS", "mode", "waypointsM"})
    public record FixedUut(String service, double startS, List<List<Double>> waypointsM) implements UutSpec {
        public static final String MODE = "fixed";

        public FixedUut {
            waypointsM = waypointsM.stream().map(List::copyOf).toList();
        }

        @JsonProperty("mode")
        public String mode() {
            return MODE;
        }
    }

    /**
     * Moves along {@code waypointsM} at {@code speedKmh}: one-way, back-and-forth or periodic; it
     * stands at the first waypoint until {@code departS}.
     */
    @JsonPropertyOrder({"service", "startS", "mode", "speedKmh", "departS", "waypointsM"})
    public record MovingUut(String service, double startS, WaypointTrajectory.Mode mode, double speedKmh,
            double departS, List<List<Double>> waypointsM) implements UutSpec {
        public MovingUut {
            waypointsM = waypointsM.stream().map(List::copyOf).toList();
        }
    }
}
