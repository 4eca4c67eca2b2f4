package carma.mesh.mac;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.link.LinkBudget;
import carma.mesh.link.RadioProfile;
import carma.mesh.link.RatePolicy;
import carma.radio.mobility.Stationary;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.radio.wifi.BianchiDcf;
import carma.radio.wifi.FrameAirtime;
import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mesh's event-level DCF medium, with n saturated stations around one receiver (all within
 * carrier-sense range, SNR far above the 54 Mbit/s threshold), against Bianchi's model. Tolerance:
 * 3 % (Bianchi's reported model accuracy of 1-2 % plus the slotting approximations of the event
 * model) plus three standard errors over independent seeds.
 */
class MediumBianchiTest {
    private static final int PAYLOAD = 1500;

    record Data(int seq) implements FramePayload {}

    @Test
    void saturationThroughputMatchesBianchiForSeveralStationCounts() {
        RadioProfile base = RadioProfile.defaults80211g();
        PhyMode m54 = base.table().mode(PhyFamily.OFDM, 54_000_000);
        RadioProfile radio = base.withRates(RatePolicy.fixed(m54), base.broadcastMode());
        FrameAirtime air = radio.airtime();
        for (int n : new int[] {1, 3, 10, 25}) {
            BianchiDcf.Solution ref = BianchiDcf.solve(n, air, m54, PAYLOAD, FrameAirtime.psduBytesForIpPacket(PAYLOAD));
            double[] x = new double[5];
            for (int rep = 0; rep < x.length; rep++) {
                x[rep] = simulate(radio, n, 1000L * n + rep, 1_000_000_000L);
            }
            double mean = java.util.Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
            double tol = 0.03 * ref.throughputBps() + 3 * sd / Math.sqrt(x.length);
            assertThat(Math.abs(mean - ref.throughputBps()))
                    .as("n=%d: medium %.3f Mbit/s, Bianchi %.3f Mbit/s", n, mean / 1e6, ref.throughputBps() / 1e6)
                    .isLessThanOrEqualTo(tol);
        }
    }

    static double simulate(RadioProfile radio, int stations, long seed, long durationNs) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(new NodeSpec(new NodeId(0), "sink", NodeRole.CARMNET, Stationary.at(0, 0), false, false));
        for (int i = 1; i <= stations; i++) {
            double a = 2 * Math.PI * i / stations;
            nodes.add(new NodeSpec(new NodeId(i), "sta" + i, NodeRole.CARMNET, Stationary.at(5 * Math.cos(a), 5 * Math.sin(a)), false, false));
        }
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, durationNs), new RandomStreams(seed), new TraceBus());
        LinkBudget budget = new LinkBudget(nodes, radio);
        long[] delivered = new long[1];
        Medium[] medium = new Medium[1];
        MacListener listener = new MacListener() {
            @Override
            public void onFrameReceived(int node, Frame frame, long nowNs) {
                delivered[0] += frame.ipBytes();
            }

            @Override
            public void onTransmitDone(int node, Frame frame, boolean ok, int attempts, long nowNs) {}

            @Override
            public void onMacReady(int node, long nowNs) {
                while (medium[0].room(node) > 0) {
                    medium[0].enqueue(new Frame(node, 0, PAYLOAD, new Data(0)));
                }
            }
        };
        medium[0] = new Medium(sim, budget, listener, "mac");
        for (int i = 1; i <= stations; i++) {
            listener.onMacReady(i, 0);
        }
        sim.run();
        return delivered[0] * 8.0 / (durationNs * 1e-9);
    }
}
