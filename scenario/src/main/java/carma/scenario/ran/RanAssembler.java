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
import carma.scenario.ran.RanSection.ServiceSpec;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceProfile;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionParameters;
import carma.traffic.source.CbrParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the RAN emulation of a {@link RanSection} into a simulator. */
public final class RanAssembler {
    private RanAssembler() {}

    public static List<RunObserver> build(RanSection s, Simulator sim) {
        Deployment d = s.deployment().equals("two-node-b-line") ? ReferenceDeployments.twoNodeBLine(s.interSiteM())
                : ReferenceDeployments.caseStudyII(s.utranRouter(), s.wlanRouter());
        RanSection.HsdpaSpec h = s.hsdpa();
        RanSection.HandoverSpec ho = s.handover();
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
                .handover(new HandoverParameters(ho.utranThresholdDbm(), ho.geranThresholdDbm(), ho.wlanThresholdDbm(),
                        ho.hysteresisDb(), ho.verticalMarginDb()))
                .crrm(crrm(s.crrm()))
                .congestion(s.congestionThreshold() > 0 ? new LoadBasedCongestionControl(s.congestionThreshold())
                        : CongestionControl.NONE)
                .settings(EmulatorSettings.builder()
                        .bufferLimitBits((long) s.bufferBits())
                        .ipRanLossProbability(s.ipRanLossProbability())
                        .statsIntervalNs(SimTime.NANOS_PER_SECOND)
                        .fastFading(s.fastFading())
                        .carrierHzForDoppler(2e9)
                        .build());
        for (Technology t : Technology.values()) {
            b.admission(t, s.admission().equals("accept-all") ? AdmissionControl.ACCEPT_ALL : LoadBasedAdmission.defaults());
        }
        if (s.userUnderTest() != null) {
            RanSection.UutSpec u = s.userUnderTest();
            List<Position> points = u.waypointsM().stream().map(p -> new Position(p.get(0), p.get(1))).toList();
            if (u.mode().equals("fixed")) {
                b.userUnderTest(points.get(0));
            } else {
                b.userUnderTest(new WaypointTrajectory(points, u.speedKmh() / 3.6,
                        WaypointTrajectory.Mode.valueOf(u.mode().toUpperCase(Locale.ROOT).replace('-', '_')), 0));
            }
        }
        Map<String, Integer> serviceIndex = new HashMap<>();
        for (ServiceSpec spec : s.services()) {
            serviceIndex.put(spec.name(), b.service(traffic(spec)));
        }
        for (RanSection.UserGroupSpec g : s.users()) {
            b.users(UserGroup.kmh(g.count(), serviceIndex.get(g.service()), g.speedKmh(), g.indoorFraction()));
        }
        RanRunObserver observer = new RanRunObserver(sim.traceBus());
        RanEmulator emulator = b.build();
        if (s.userUnderTest() != null) {
            sim.schedule(SimTime.nanosOfSeconds(s.userUnderTest().startS()), emulator.sessionControl(),
                    new SessionMessage.Activation(new UserId(0), serviceIndex.get(s.userUnderTest().service())));
        }
        return List.of(observer);
    }

    static Scheduler scheduler(String name) {
        switch (name) {
            case "max-ci":
                return new MaxCiScheduler();
            case "round-robin":
                return new RoundRobinScheduler();
            case "proportional-fair":
                return new ProportionalFairScheduler();
            default:
                throw new IllegalArgumentException("unknown scheduler " + name);
        }
    }

    private static CrrmPreferences crrm(String name) {
        switch (name) {
            case "utran-only":
                return CrrmPreferences.only(Technology.UTRAN);
            case "geran-only":
                return CrrmPreferences.only(Technology.GERAN);
            case "wlan-only":
                return CrrmPreferences.only(Technology.WLAN);
            default:
                return CrrmPreferences.defaults();
        }
    }

    static ServiceTraffic traffic(ServiceSpec spec) {
        ServiceTraffic base;
        switch (spec.preset()) {
            case "aroma-voice":
                base = ServiceTraffic.aromaVoice();
                break;
            case "aroma-video-streaming":
                base = ServiceTraffic.aromaVideoStreaming();
                break;
            case "aroma-web-browsing":
                base = ServiceTraffic.aromaWebBrowsing();
                break;
            case "ftp-background":
                base = ServiceTraffic.ftpBackground();
                break;
            default:
                QosClass k = QosClass.valueOf(spec.qosClass().toUpperCase(Locale.ROOT));
                long rate = Math.round(spec.rateBps());
                ServiceProfile p = new ServiceProfile(spec.name(), k, Math.round(spec.guaranteedBps()), rate,
                        (k == QosClass.CONVERSATIONAL ? 100 : 300) * SimTime.NANOS_PER_MILLI, 1e-3);
                base = new ServiceTraffic(p, new SessionParameters(1, 120, 100), new CbrParameters(rate, 12_000));
        }
        SessionParameters sp = base.sessions();
        SessionParameters sessions = new SessionParameters(
                Double.isNaN(spec.sessionsPerHour()) ? sp.sessionsPerHour() : spec.sessionsPerHour(),
                Double.isNaN(spec.meanHoldingS()) ? sp.meanHoldingS() : spec.meanHoldingS(), sp.initialSpreadS());
        ServiceProfile profile = base.profile();
        ServiceProfile named = new ServiceProfile(spec.name(), profile.qosClass(), profile.guaranteedBitRateBps(),
                profile.maximumBitRateBps(), profile.transferDelayNs(), profile.maxLossRatio());
        return new ServiceTraffic(named, sessions, base.packets());
    }
}
