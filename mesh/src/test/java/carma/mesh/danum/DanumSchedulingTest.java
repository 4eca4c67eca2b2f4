package carma.mesh.danum;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.emulation.Topologies;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.TrafficType;
import org.junit.jupiter.api.Test;

/** DANUM's forwarding on a 3-hop 802.11b chain (one collision domain) against FIFO. */
class DanumSchedulingTest {
    private static final long END = 20_000_000_000L;

    static MeshEmulation chain(SchedulerKind k, long seed, long fixedRateBps) {
        MeshEmulation.Setup s = MeshEmulation.Setup.defaults(seed, END, k)
                .withConfig(MeshConfig.defaults().withRadio(Topologies.ieee80211b(fixedRateBps, -92)));
        return new MeshEmulation(s, Topologies.chain(4, 60), new TraceBus());
    }

    @Test
    void higherUtilityFlowGetsMoreUnderContention() {
        // two users' FTP downloads over the same path; "gold" binds FTP to w = 2 in its profile, "basic"
        // keeps the default w = 0.5 (the WEBGUI binding of seed section III-B)
        UtilityProfile gold = UtilityProfile.defaults("gold").with(TrafficType.FTP,
                new ClassUtility(new LogUtility(2, 32), 2, 0, 0));
        MeshEmulation.Setup s = MeshEmulation.Setup.defaults(3, END, SchedulerKind.DANUM)
                .withConfig(MeshConfig.defaults().withRadio(Topologies.ieee80211b(2_000_000L, -92)))
                .withProfiles(user -> user.equals("n1") ? gold : UtilityProfile.defaults(user));
        MeshEmulation emu = new MeshEmulation(s, Topologies.chain(4, 60), new TraceBus());
        Flows f = new Flows(emu);
        f.tcp("gold", TrafficType.FTP, "n0", "n3", "n1", 0, 1_000_000_000L);
        f.tcp("basic", TrafficType.FTP, "n0", "n3", "n2", 0, 1_000_000_000L);
        MeshEmulation.Result r = emu.run();
        assertThat(r.audit().problems()).isEmpty();
        double g = emu.meters().get("gold").goodBytes();
        double b = emu.meters().get("basic").goodBytes();
        assertThat(g).isGreaterThan(1.5 * b);
    }

    @Test
    void voipKeepsLowDelayBesideBulkTcpUnderDanumButNotUnderFifo() {
        FlowSummary[] voip = new FlowSummary[2];
        FlowSummary[] ftp = new FlowSummary[2];
        for (SchedulerKind k : SchedulerKind.values()) {
            MeshEmulation emu = chain(k, 1, 0);
            Flows f = new Flows(emu);
            FlowMeter v = f.voip("voip", "n0", "n3", "n0", 2_000_000_000L, END);
            f.tcp("ftp", TrafficType.FTP, "n0", "n3", "n0", 0, 1_000_000_000L);
            MeshEmulation.Result r = emu.run();
            assertThat(r.audit().problems()).as(k.name()).isEmpty();
            voip[k.ordinal()] = v.window(5_000_000_000L, END - 1_000_000_000L);
            ftp[k.ordinal()] = emu.meters().get("ftp").summary();
        }
        FlowSummary dv = voip[SchedulerKind.DANUM.ordinal()];
        FlowSummary fv = voip[SchedulerKind.FIFO.ordinal()];
        assertThat(dv.p95DelayMs()).isLessThan(150);
        assertThat(dv.lossFraction()).isLessThan(0.01);
        assertThat(fv.p95DelayMs()).isGreaterThan(150);
        assertThat(ftp[SchedulerKind.DANUM.ordinal()].goodputBps())
                .isGreaterThan(0.7 * ftp[SchedulerKind.FIFO.ordinal()].goodputBps());
    }
}
