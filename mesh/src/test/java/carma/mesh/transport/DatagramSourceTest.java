package carma.mesh.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Topologies;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.DropReason;
import carma.mesh.net.FifoPolicy;
import carma.mesh.net.FlowId;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.NatBinding;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketObserver;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;
import carma.traffic.source.CbrParameters;
import carma.traffic.source.CbrSource;
import carma.traffic.source.VoiceParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adapter from {@code carma.traffic} source models to mesh datagrams, over two nodes 20 m apart
 * (no loss, no competing traffic): the send times are the creation times of the delivered packets.
 */
class DatagramSourceTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    /** The Brady means of the former mesh on/off source, with G.711 200-byte packets every 20 ms. */
    private static final VoiceParameters BRADY_G711 = new VoiceParameters(1.0, 1.35, 1600, 20 * MS);

    /** One datagram as it left the source. */
    private record Sent(long atNs, int bytes, long seq) {}

    /** What a run sent, and what the flow's meter counted. */
    private record Run(List<Sent> sent, long meterSent) {
        List<Long> times() {
            return sent.stream().map(Sent::atNs).toList();
        }
    }

    /** Runs one flow n0 → n1 whose source the factory builds from the network, flow and meter. */
    private static Run run(long seed, long endNs, SourceFactory factory) {
        Simulator sim = new Simulator(SimulatorConfig.virtual(10 * MS, endNs), new RandomStreams(seed), new TraceBus());
        MeshNetwork net = new MeshNetwork(sim, Topologies.chain(2, 20), MeshConfig.defaults(),
                n -> new FifoPolicy(100_000), MeshNetwork.staticEtx(64));
        FlowSpec flow = new FlowSpec(new FlowId(1), "f", 1, TrafficType.VOIP, new NodeId(0), new NodeId(1), "n0",
                NatBinding.SESSION, false);
        List<Sent> sent = new ArrayList<>();
        List<DropReason> drops = new ArrayList<>();
        net.addObserver(new PacketObserver() {
            @Override
            public void onDelivered(Packet p, long nowNs) {
                sent.add(new Sent(p.createdNs(), p.sizeBytes(), p.seq()));
            }

            @Override
            public void onDropped(Packet p, int node, DropReason reason, long nowNs) {
                drops.add(reason);
            }
        });
        FlowMeter meter = new FlowMeter(sim, "f", S, i -> "n" + i);
        factory.create(net, flow, meter);
        sim.run();
        assertThat(drops).as("drops on an idle 20 m link").isEmpty();
        assertThat(sent).as("everything sent is delivered").hasSize((int) meter.sent());
        return new Run(sent, meter.sent());
    }

    @FunctionalInterface
    private interface SourceFactory {
        void create(MeshNetwork net, FlowSpec flow, FlowMeter meter);
    }

    private static SourceFactory model(BiFunction<MeshNetwork, Long, PacketSource> model, long startNs, long stopNs,
            long windowNs) {
        return (net, flow, meter) -> new DatagramSource(net, flow, model.apply(net, startNs), startNs, stopNs, windowNs,
                meter);
    }

    @ParameterizedTest
    @ValueSource(longs = {7 * MS, 20 * MS, S, 10 * S})
    void cbrDatagramsLeaveExactlyAtTheModelsArrivalTimesWhateverTheWindow(long windowNs) {
        Run g711 = run(1, 3 * S, model((net, start) -> new CbrSource(CbrParameters.ofInterval(1600, 20 * MS), start),
                S, 2 * S, windowNs));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(S + i * 20 * MS);
        }
        assertThat(g711.times()).containsExactlyElementsOf(expected);
        assertThat(g711.sent()).allSatisfy(d -> assertThat(d.bytes()).isEqualTo(200));
        assertThat(g711.sent()).extracting(Sent::seq).containsExactly(
                java.util.stream.LongStream.range(0, 50).boxed().toArray(Long[]::new));

        // 1001 bits at 3003 bit/s: a third of a second apart, floor of the exact time; 126 bytes
        Run third = run(1, 4 * S, model((net, start) -> new CbrSource(new CbrParameters(3003, 1001), start),
                S, 3 * S, windowNs));
        assertThat(third.times()).containsExactly(S, S + 333_333_333L, S + 666_666_666L, 2 * S, 2 * S + 333_333_333L,
                2 * S + 666_666_666L);
        assertThat(third.sent()).allSatisfy(d -> assertThat(d.bytes()).isEqualTo(126));
    }

    @Test
    void noDatagramLeavesAtOrAfterTheStopTime() {
        // stop in the middle of the first window, exactly on the 26th packet's arrival
        Run cbr = run(1, 5 * S, (net, flow, meter) -> DatagramSource.cbr(net, flow, 200, 20 * MS, S, 1_500 * MS, meter));
        assertThat(cbr.meterSent()).isEqualTo(25);
        assertThat(cbr.times().get(24)).isEqualTo(1_480 * MS);

        Run voice = run(3, 100 * S, model((net, start) -> BRADY_G711.newSource(net.simulator().streams().stream("v"),
                start), 2 * S, 40 * S, S));
        assertThat(voice.sent()).isNotEmpty();
        assertThat(voice.times()).allSatisfy(t -> assertThat(t).isBetween(2 * S, 40 * S - 1));
        assertThat(voice.times().get(voice.times().size() - 1)).isGreaterThan(30 * S);
    }

    /**
     * Mean packet rate of on/off voice over 5000 s against the exact rate {@link
     * VoiceParameters#meanPacketsPerSecond()} (activity 1.0/2.35 = 0.43, 21.5 packets/s).
     * Tolerance: 4 σ of the renewal-reward estimate, {@code Var(N − rC) / (E[C] T)} per cycle
     * (N packets in a spurt, C = spurt + silence, r the rate); with p = e^(−Δ/T_on), N − 1 is
     * geometric, {@code Var N = p/(1−p)²}, and since the whole and fractional parts of an
     * exponential are independent, {@code Cov(N, C) = Δ Var N}.
     */
    @Test
    void voiceOnOffKeepsItsExactMeanPacketRateOverALongRun() {
        long seconds = 5_000;
        Run voice = run(11, (seconds + 1) * S, (net, flow, meter) -> DatagramSource.of(net, flow, BRADY_G711, 0,
                seconds * S, meter));
        double rate = BRADY_G711.meanPacketsPerSecond();
        double intervalS = BRADY_G711.packetIntervalNs() / 1e9;
        double p = Math.exp(-intervalS / BRADY_G711.meanTalkSpurtS());
        double varN = p / ((1 - p) * (1 - p));
        double cycleS = BRADY_G711.meanTalkSpurtS() + BRADY_G711.meanSilenceS();
        double varC = Math.pow(BRADY_G711.meanTalkSpurtS(), 2) + Math.pow(BRADY_G711.meanSilenceS(), 2);
        double varPerCycle = varN + rate * rate * varC - 2 * rate * intervalS * varN;
        double sigma = Math.sqrt(varPerCycle / (cycleS * seconds));
        assertThat(rate).isCloseTo(21.49, within(0.01));
        assertThat(voice.meterSent() / (double) seconds).isCloseTo(rate, within(4 * sigma));
        assertThat(4 * sigma / rate).as("the test resolves a 10 percent error").isLessThan(0.1);
        assertThat(voice.sent()).allSatisfy(d -> assertThat(d.bytes()).isEqualTo(200));
    }

    @Test
    void sameSeedGivesIdenticalSendTimesWhateverTheWindowAndAnotherSeedDoesNot() {
        SourceFactory defaultWindow = (net, flow, meter) -> DatagramSource.of(net, flow, BRADY_G711, S, 300 * S, meter);
        SourceFactory smallWindow = (net, flow, meter) -> new DatagramSource(net, flow,
                BRADY_G711.newSource(net.simulator().streams().stream(DatagramSource.streamName(flow)), S), S, 300 * S,
                37 * MS, meter);
        List<Long> first = run(7, 301 * S, defaultWindow).times();
        assertThat(first).hasSizeGreaterThan(3_000);
        assertThat(run(7, 301 * S, defaultWindow).times()).isEqualTo(first);
        assertThat(run(7, 301 * S, smallWindow).times()).isEqualTo(first);
        assertThat(run(8, 301 * S, defaultWindow).times()).isNotEqualTo(first);
    }

    @Test
    void packetsArrivingTogetherLeaveTogetherInModelOrderWithSizesRoundedUpToBytes() {
        Run bursts = run(1, 5 * S, model((net, start) -> new Bursts(40), S, 4 * S, S));
        assertThat(bursts.meterSent()).isEqualTo(3 * 40);
        for (int b = 0; b < 3; b++) {
            List<Sent> burst = bursts.sent().subList(40 * b, 40 * (b + 1));
            long at = (b + 1) * S;
            assertThat(burst).allSatisfy(d -> assertThat(d.atNs()).isEqualTo(at));
            for (int k = 0; k < 40; k++) {
                // k·8 + 1 bits need k + 1 bytes
                assertThat(burst.get(k).bytes()).isEqualTo(k + 1);
                assertThat(burst.get(k).seq()).isEqualTo(40L * b + k);
            }
        }
    }

    @Test
    void aModelWithoutPacketsSendsNothing() {
        Run none = run(1, 10 * S, model((net, start) -> new carma.traffic.source.NoPackets(), S, 9 * S, S));
        assertThat(none.sent()).isEmpty();
        assertThat(none.meterSent()).isZero();
    }

    /** {@code size} packets at every whole second, the k-th of {@code 8k + 1} bits. */
    private static final class Bursts implements PacketSource {
        private final int size;

        Bursts(int size) {
            this.size = size;
        }

        @Override
        public void generate(long fromNs, long toNs, PacketSink sink) {
            for (long t = (fromNs + S - 1) / S * S; t < toNs; t += S) {
                for (int k = 0; k < size; k++) {
                    sink.onPacket(t, 8 * k + 1);
                }
            }
        }

        @Override
        public void restart(long startNs) {
            // stateless
        }
    }
}
