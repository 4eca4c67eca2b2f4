package carma.mesh.danum;

import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.measure.FlowMeter;
import carma.mesh.mobility.Stationary;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanumVsFifoScratchTest {
    @Test
    void scratch() {
        for (SchedulerKind k : SchedulerKind.values()) {
            List<NodeSpec> nodes = carma.mesh.emulation.Topologies.chain(4, 60);
            long end = 30_000_000_000L;
            MeshEmulation emu = new MeshEmulation(MeshEmulation.Setup.defaults(1, end, k).withConfig(carma.mesh.net.MeshConfig.defaults().withRadio(carma.mesh.emulation.Topologies.ieee80211b(0, -92))).withDanum(DanumParameters.defaults().withV(Double.parseDouble(System.getProperty("V","2000")))), nodes, new TraceBus());
            Flows f = new Flows(emu);
            FlowMeter voip = f.voip("voip", "n0", "n3", "n0", 2_000_000_000L, end);
            f.tcp("ftp", TrafficType.FTP, "n0", "n3", "n0", 0, 1_000_000_000L);
            var r = emu.run();
            System.out.println(k + " " + voip.summary());
            System.out.println(k + " " + emu.meters().get("ftp").summary());
            System.out.println(k + " audit " + r.audit().consistent() + " " + r.audit().problems() + " paid " + r.audit().paidMinor()
                    + " earned " + r.audit().earnedMinor() + " refunded " + r.audit().refundedMinor());
        }
    }
}
