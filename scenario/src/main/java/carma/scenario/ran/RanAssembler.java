package carma.scenario.ran;

import carma.kernel.report.RunObserver;
import carma.kernel.sim.Simulator;
import carma.kernel.time.SimTime;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Position;
import carma.radio.mobility.WaypointTrajectory;
import carma.radio.propagation.PropagationSetup;
import carma.radio.propagation.ShadowingCorrelation;
import carma.ran.admission.AdmissionControl;
import carma.ran.admission.CongestionControl;
import carma.ran.admission.LoadBasedAdmission;
import carma.ran.admission.LoadBasedCongestionControl;
import carma.ran.emulator.CrrmPreferences;
import carma.ran.emulator.EmulatorSettings;
import carma.ran.emulator.GeranParameters;
import carma.ran.emulator.HandoverParameters;
import carma.ran.emulator.HsdpaParameters;
import carma.ran.emulator.QosParameters;
import carma.ran.emulator.RanEmulator;
import carma.ran.emulator.RanEmulatorBuilder;
import carma.ran.emulator.UserGroup;
import carma.ran.schedule.MaxCiScheduler;
import carma.ran.schedule.ProportionalFairScheduler;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.schedule.Scheduler;
import carma.ran.session.SessionMessage;
import carma.ran.stats.RanRunObserver;
import carma.ran.user.UserId;
import carma.scenario.RanSection;
import carma.scenario.RanSection.ServiceSpec;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceProfile;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionParameters;
import carma.traffic.source.CbrParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the RAN emulation of a {@link RanSection} into a simulator. */
public final class RanAssembler {
    private RanAssembler() {}

    public static List<RunObserver> build(RanSection s, Simulator sim) {
        Deployment d = switch (s.deployment()) {
            case TWO_NODE_B_LINE -> ReferenceDeployments.twoNodeBLine(s.interSiteM());
            case CASE_STUDY_II -> ReferenceDeployments.caseStudyII(s.utranRouter(), s.wlanRouter());
        };
        RanSection.HsdpaSpec h = s.hsdpa();
        RanEmulatorBuilder b = RanEmulator.builder(sim, d)
                .propagation(PropagationSetup.builder()
                        .shadowingSigmaDb(s.propagation().shadowingSigmaDb())
                        .decorrelationM(s.propagation().decorrelationM())
                        .correlation(ShadowingCorrelation.HALF_AT_DECORRELATION_DISTANCE)
                        .minCouplingLossDb(s.propagation().minCouplingLossDb())
                        .interSiteCorrelation(s.propagation().interSiteCorrelation())
                        .build())
                .hsdpa(HsdpaParameters.builder()
                        .hsPdschCodes(h.codes())
                        .maxUsersPerTti(h.usersPerTti())
                        .hsPowerFraction(h.powerFraction())
                        .orthogonality(h.orthogonality())
                        .nominalCellCapacityBps(h.capacityBps())
                        .build())
                .geran(GeranParameters.builder().packetTimeslots(s.geran().timeslots()).build())
                .scheduler(Technology.UTRAN, scheduler(h.scheduler()))
                .scheduler(Technology.GERAN, scheduler(s.geran().scheduler()))
                .scheduler(Technology.WLAN, scheduler(s.wlan().scheduler()))
                .handover(handover(s.handover()))
                .crrm(crrm(s.crrm()))
                .congestion(s.congestionThreshold() > 0 ? new LoadBasedCongestionControl(s.congestionThreshold())
                        : CongestionControl.NONE)
                .settings(EmulatorSettings.builder()
                        .bufferLimitBits((long) s.bufferBits())
                        .ipRanLossProbability(s.ipRanLossProbability())
                        .statsIntervalNs(SimTime.NANOS_PER_SECOND)
                        .fastFading(s.fastFading())
                        .carrierHzForDoppler(2e9)
                        .warmupNs(SimTime.nanosOfSeconds(s.warmupS()))
                        .build())
                .sessionStart(s.sessionStart())
                .qos(new QosParameters(s.qos().discardExpired(), SimTime.nanosOfSeconds(s.qos().dropAfterUnmetS())));
        for (Technology t : Technology.values()) {
            b.admission(t, switch (s.admission()) {
                case ACCEPT_ALL -> AdmissionControl.ACCEPT_ALL;
                case LOAD_BASED -> LoadBasedAdmission.defaults();
            });
        }
        if (s.userUnderTest() instanceof RanSection.FixedUut u) {
            b.userUnderTest(position(u.waypointsM().get(0)));
        } else if (s.userUnderTest() instanceof RanSection.MovingUut u) {
            b.userUnderTest(new WaypointTrajectory(u.waypointsM().stream().map(RanAssembler::position).toList(),
                    u.speedKmh() / 3.6, u.mode(), SimTime.nanosOfSeconds(u.departS())));
        }
        Map<String, Integer> serviceIndex = new HashMap<>();
        for (ServiceSpec spec : s.services()) {
            serviceIndex.put(spec.name(), b.service(traffic(spec)));
        }
        for (RanSection.UserGroupSpec g : s.users()) {
            b.users(UserGroup.kmh(g.count(), serviceIndex.get(g.service()), g.speedKmh(), g.indoorFraction(),
                    g.indoorSpeedKmh()));
        }
        RanRunObserver observer = new RanRunObserver(sim.traceBus(), SimTime.nanosOfSeconds(s.warmupS()));
        RanEmulator emulator = b.build();
        if (s.userUnderTest() != null) {
            sim.schedule(SimTime.nanosOfSeconds(s.userUnderTest().startS()), emulator.sessionControl(),
                    new SessionMessage.Activation(new UserId(0), serviceIndex.get(s.userUnderTest().service())));
        }
        return List.of(observer);
    }

    private static HandoverParameters handover(RanSection.HandoverSpec h) {
        return HandoverParameters.builder()
                .utranThresholdDbm(h.utranThresholdDbm())
                .geranThresholdDbm(h.geranThresholdDbm())
                .wlanThresholdDbm(h.wlanThresholdDbm())
                .utranHysteresisDb(h.utranHysteresisDb())
                .geranHysteresisDb(h.geranHysteresisDb())
                .wlanHysteresisDb(h.wlanHysteresisDb())
                .verticalMarginDb(h.verticalMarginDb())
                .utranTimeToTriggerNs(millis(h.utranTimeToTriggerMs()))
                .geranTimeToTriggerNs(millis(h.geranTimeToTriggerMs()))
                .wlanTimeToTriggerNs(millis(h.wlanTimeToTriggerMs()))
                .filterCoefficient(h.filterCoefficient())
                .measurementPeriodNs(millis(h.measurementPeriodMs()))
                .radioLinkFailureNs(millis(h.radioLinkFailureMs()))
                .horizontalInterruptionNs(millis(h.horizontalInterruptionMs()))
                .verticalInterruptionNs(millis(h.verticalInterruptionMs()))
                .forwarding(h.forwarding())
                .build();
    }

    private static long millis(double ms) {
        return Math.round(ms * SimTime.NANOS_PER_MILLI);
    }

    private static Position position(List<Double> xy) {
        return new Position(xy.get(0), xy.get(1));
    }

    static Scheduler scheduler(RanSection.SchedulerChoice choice) {
        return switch (choice) {
            case MAX_CI -> new MaxCiScheduler();
            case ROUND_ROBIN -> new RoundRobinScheduler();
            case PROPORTIONAL_FAIR -> new ProportionalFairScheduler();
        };
    }

    private static CrrmPreferences crrm(RanSection.CrrmChoice choice) {
        return switch (choice) {
            case PREFERENCES -> CrrmPreferences.defaults();
            case UTRAN_ONLY -> CrrmPreferences.only(Technology.UTRAN);
            case GERAN_ONLY -> CrrmPreferences.only(Technology.GERAN);
            case WLAN_ONLY -> CrrmPreferences.only(Technology.WLAN);
        };
    }

    /** The session process of a {@code cbr} service unless the scenario sets it. */
    static final SessionParameters CBR_SESSIONS = new SessionParameters(1, 120, 100);

    /** The traffic module's preset behind a scenario word. */
    static ServiceTraffic presetTraffic(RanSection.TrafficPreset preset) {
        return switch (preset) {
            case AROMA_VOICE -> ServiceTraffic.aromaVoice();
            case AROMA_VIDEO_STREAMING -> ServiceTraffic.aromaVideoStreaming();
            case AROMA_WEB_BROWSING -> ServiceTraffic.aromaWebBrowsing();
            case FTP_BACKGROUND -> ServiceTraffic.ftpBackground();
        };
    }

    static ServiceTraffic traffic(ServiceSpec spec) {
        ServiceTraffic base;
        if (spec instanceof RanSection.PresetService p) {
            base = presetTraffic(p.preset());
        } else {
            RanSection.CbrService c = (RanSection.CbrService) spec;
            QosClass k = c.qosClass();
            long rate = Math.round(c.rateBps());
            ServiceProfile p = new ServiceProfile(spec.name(), k, Math.round(c.guaranteedBps()), rate,
                    (k == QosClass.CONVERSATIONAL ? 100 : 300) * SimTime.NANOS_PER_MILLI, 1e-3);
            base = new ServiceTraffic(p, CBR_SESSIONS, new CbrParameters(rate, 12_000));
        }
        SessionParameters sessions = new SessionParameters(spec.sessionsPerHour(), spec.meanHoldingS(),
                spec.initialSpreadS());
        ServiceProfile profile = base.profile();
        ServiceProfile named = new ServiceProfile(spec.name(), profile.qosClass(), profile.guaranteedBitRateBps(),
                profile.maximumBitRateBps(), profile.transferDelayNs(), profile.maxLossRatio());
        return new ServiceTraffic(named, sessions, base.packets());
    }
}
