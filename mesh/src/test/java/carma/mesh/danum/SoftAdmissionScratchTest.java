package carma.mesh.danum;

import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.link.RadioProfile;
import carma.mesh.link.RatePolicy;
import carma.mesh.link.LogDistancePathLoss;
import carma.mesh.measure.DanumFlowSample;
import carma.mesh.measure.FlowMeter;
import carma.mesh.mobility.Stationary;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyModeTable;
import carma.radio.wifi.SensitivityAnchoredErrorModel;
import carma.radio.wifi.WifiStandard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftAdmissionScratchTest {
    @Test
    void scratch() {
        for (SchedulerKind k : SchedulerKind.values()) {
            List<NodeSpec> nodes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                nodes.add(new NodeSpec(new NodeId(i), "n" + i, NodeRole.CARMNET, Stationary.at(60.0 * i, 0), false, false));
            }
            long end = 40_000_000_000L;
            WifiStandard b = WifiStandard.IEEE_802_11B;
            PhyModeTable t = PhyModeTable.standard();
            RadioProfile radio = new RadioProfile(b, t, LogDistancePathLoss.withFreeSpaceReference(b.carrierHz(), 3.0), 18, 7,
                    -92, t.mode(PhyFamily.DSSS, 1_000_000), RatePolicy.fixed(t.mode(PhyFamily.DSSS, 2_000_000)),
                    new SensitivityAnchoredErrorModel(b, 2.0), 2, 7);
            MeshEmulation.Setup s = MeshEmulation.Setup.defaults(1, end, k);
            s = s.withConfig(s.config().withRadio(radio)).withDanum(DanumParameters.defaults().withV(Double.parseDouble(System.getProperty("V", "2000"))));
            TraceBus bus = new TraceBus();
            bus.subscribe(DanumFlowSample.class, r -> { if (r.timeNs() % 10_000_000_000L == 0) System.out.println(r); });
            MeshEmulation emu = new MeshEmulation(s, nodes, bus);
            Flows f = new Flows(emu);
            List<FlowMeter> calls = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                calls.add(f.voip("call" + c, "n0", "n3", "n0", 1_000_000_000L + 2_000_000_000L * c, end));
            }
            var r = emu.run();
            for (FlowMeter m : calls) {
                System.out.println(k + " " + m.summary());
            }
            System.out.println(r.audit().consistent());
        }
    }
}
