package carma.olsr;

import static org.assertj.core.api.Assertions.assertThat;

import carma.olsr.wire.HelloMessage;
import carma.olsr.wire.LinkCode;
import carma.olsr.wire.LinkGroup;
import carma.olsr.wire.LqHelloMessage;
import carma.olsr.wire.LqLinkGroup;
import carma.olsr.wire.LqNeighbor;
import carma.olsr.wire.MessageHeader;
import carma.olsr.wire.MessageType;
import carma.olsr.wire.OlsrCodec;
import carma.olsr.wire.OlsrMessage;
import carma.olsr.wire.OlsrPacket;
import carma.olsr.wire.PrivateMessage;
import carma.olsr.wire.PrivateMessageTypes;
import carma.olsr.wire.TcMessage;
import carma.olsr.wire.TextMessageType;
import carma.olsr.wire.Vtime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One agent driven by hand-made packets: link sensing, MPR selectors, flooding, extensions. */
class OlsrAgentTest {

    private static final long S = 1_000_000_000L;
    private static final NodeAddress A = NodeAddress.parse("10.0.0.1");
    private static final NodeAddress B = NodeAddress.parse("10.0.0.2");
    private static final NodeAddress C = NodeAddress.parse("10.0.0.3");
    private static final NodeAddress D = NodeAddress.parse("10.0.0.4");
    private static final TextMessageType TEXT = new TextMessageType(150);
    private final OlsrCodec codec = new OlsrCodec(PrivateMessageTypes.of(List.of(TEXT)));
    private final List<byte[]> sent = new ArrayList<>();
    private final List<PrivateMessage<String>> texts = new ArrayList<>();
    private int seq;

    private OlsrAgent agent(OlsrConfig config) {
        return new OlsrAgent(config, A, new SplittableRandom(1), (bytes, t) -> sent.add(bytes), RouteChangeListener.NONE,
                PrivateMessages.builder().register(TEXT, (from, m, t) -> texts.add(m)).build());
    }

    private byte[] packet(OlsrMessage... messages) {
        return codec.encode(new OlsrPacket(++seq, List.of(messages)));
    }

    private HelloMessage hello(NodeAddress from, int linkCode, NodeAddress... listed) {
        List<LinkGroup> groups = listed.length == 0 ? List.of() : List.of(new LinkGroup(linkCode, List.of(listed)));
        return new HelloMessage(new MessageHeader(MessageType.HELLO, Vtime.encode(6 * S), from, 1, 0, ++seq), 0x05, 3, groups);
    }

    private OlsrPacket lastSent() throws Exception {
        return codec.decode(sent.get(sent.size() - 1));
    }

    @Test
    void linkSensingGoesFromAsymmetricToSymmetricAndHelloAdvertisesIt() throws Exception {
        OlsrAgent a = agent(OlsrConfig.rfc3626());
        a.start(0);
        a.onPacket(packet(hello(B, 0)), B, S);
        assertThat(a.view().symmetricNeighbors()).isEmpty();
        a.onHelloTimer(S);
        HelloMessage h = (HelloMessage) lastSent().messages().get(0);
        assertThat(h.links()).containsExactly(new LinkGroup(LinkCode.of(LinkCode.NOT_NEIGH, LinkCode.ASYM_LINK), List.of(B)));
        a.onPacket(packet(hello(B, LinkCode.of(LinkCode.NOT_NEIGH, LinkCode.ASYM_LINK), A)), B, 2 * S);
        assertThat(a.view().symmetricNeighbors()).containsExactly(B);
        assertThat(a.routingTable().hostRoute(B).orElseThrow().nextHop()).isEqualTo(B);
        a.onHelloTimer(2 * S);
        h = (HelloMessage) lastSent().messages().get(0);
        assertThat(h.links()).containsExactly(new LinkGroup(LinkCode.of(LinkCode.SYM_NEIGH, LinkCode.SYM_LINK), List.of(B)));
        // no HELLO for longer than the 6 s validity: the link is no longer symmetric, the route goes
        a.advanceTo(8 * S + 1);
        assertThat(a.view().symmetricNeighbors()).isEmpty();
        assertThat(a.routingTable().hostRoute(B)).isEmpty();
    }

    /** A becomes symmetric with B and C; B selects A as MPR. */
    private OlsrAgent agentWithNeighbours() {
        OlsrAgent a = agent(OlsrConfig.rfc3626());
        a.start(0);
        for (NodeAddress n : List.of(B, C)) {
            a.onPacket(packet(hello(n, 0)), n, S);
        }
        a.onPacket(packet(hello(B, LinkCode.of(LinkCode.MPR_NEIGH, LinkCode.SYM_LINK), A)), B, S + 1);
        a.onPacket(packet(hello(C, LinkCode.of(LinkCode.SYM_NEIGH, LinkCode.SYM_LINK), A)), C, S + 2);
        assertThat(a.view().mprSelectors()).containsExactly(B);
        sent.clear();
        return a;
    }

    @Test
    void mprFloodingForwardsOnlyFromSelectorsOnceAndWithDecrementedTtl() throws Exception {
        OlsrAgent a = agentWithNeighbours();
        TcMessage tc = new TcMessage(new MessageHeader(MessageType.TC, Vtime.encode(15 * S), D, 5, 2, 77), 1, List.of(B));
        a.onPacket(packet(tc), B, 2 * S);
        assertThat(sent).hasSize(1);
        OlsrMessage forwarded = lastSent().messages().get(0);
        assertThat(forwarded.header().ttl()).isEqualTo(4);
        assertThat(forwarded.header().hopCount()).isEqualTo(3);
        assertThat(forwarded.header().sequenceNumber()).isEqualTo(77);
        assertThat(forwarded).isEqualTo(tc.withHeader(tc.header().forwarded()));
        a.onPacket(packet(tc), C, 2 * S + 1);                 // duplicate: not again
        a.onPacket(packet(tc), B, 2 * S + 2);                 // duplicate: not again
        TcMessage fromC = new TcMessage(new MessageHeader(MessageType.TC, Vtime.encode(15 * S), C, 5, 0, 78), 2, List.of(D));
        a.onPacket(packet(fromC), C, 2 * S + 3);              // processed, but C did not select A as MPR
        TcMessage lastHop = new TcMessage(new MessageHeader(MessageType.TC, Vtime.encode(15 * S), D, 1, 2, 79), 3, List.of(C));
        a.onPacket(packet(lastHop), B, 2 * S + 4);            // TTL 1: processed, not forwarded
        assertThat(sent).hasSize(1);
        Route toD = a.routingTable().hostRoute(D).orElseThrow();     // from C's TC: D is C's neighbour
        assertThat(toD.nextHop()).isEqualTo(C);
        assertThat(toD.hopCount()).isEqualTo(2);
    }

    @Test
    void unknownMessageTypesAreForwardedUnchangedByTheDefaultAlgorithm() throws Exception {
        OlsrAgent a = agentWithNeighbours();
        var unknown = new carma.olsr.wire.UnknownMessage(new MessageHeader(130, 0x86, D, 3, 1, 9),
                new byte[] {1, 2, 3, 4});
        a.onPacket(packet(unknown), B, 2 * S);
        assertThat(lastSent().messages()).containsExactly(unknown.withHeader(unknown.header().forwarded()));
    }

    @Test
    void ownMessagesAndMessagesFromNonSymmetricSendersAreNotForwarded() {
        OlsrAgent a = agentWithNeighbours();
        TcMessage own = new TcMessage(new MessageHeader(MessageType.TC, 0x86, A, 5, 1, 5), 1, List.of(B));
        a.onPacket(packet(own), B, 2 * S);
        TcMessage viaStranger = new TcMessage(new MessageHeader(MessageType.TC, 0x86, C, 5, 1, 6), 1, List.of(B));
        a.onPacket(packet(viaStranger), D, 2 * S);
        assertThat(sent).isEmpty();
        assertThat(a.routingTable().hostRoute(D)).isEmpty();
    }

    @Test
    void midAliasesAndHnaNetworksOfAReachableNodeGetRoutes() {
        OlsrAgent a = agentWithNeighbours();
        NodeAddress alias = NodeAddress.parse("10.0.1.2");
        Ipv4Prefix lan = Ipv4Prefix.of(NodeAddress.parse("192.168.5.0"), 24);
        a.onPacket(packet(new carma.olsr.wire.MidMessage(
                new MessageHeader(MessageType.MID, Vtime.encode(15 * S), B, 255, 0, 50), List.of(alias)),
                new carma.olsr.wire.HnaMessage(
                        new MessageHeader(MessageType.HNA, Vtime.encode(15 * S), C, 255, 0, 51), List.of(lan))),
                B, 2 * S);
        assertThat(a.routingTable().hostRoute(alias).orElseThrow().nextHop()).isEqualTo(B);
        Route toLan = a.routingTable().lookup(NodeAddress.parse("192.168.5.77")).orElseThrow();
        assertThat(toLan.destination()).isEqualTo(lan);
        assertThat(toLan.gateway()).isEqualTo(C);
        assertThat(toLan.nextHop()).isEqualTo(C);
        a.advanceTo(2 * S + 15 * S + 1);                     // neighbours and tuples have all expired
        assertThat(a.routingTable().route(lan)).isEmpty();
        assertThat(a.routingTable().hostRoute(alias)).isEmpty();
    }

    @Test
    void neighboursLqOfThisNodeBecomesTheNlqOfTheLink() {
        OlsrAgent a = agent(OlsrConfig.rfc3626WithEtx());
        a.start(0);
        for (int k = 1; k <= 40; k++) {
            LqHelloMessage h = new LqHelloMessage(new MessageHeader(MessageType.LQ_HELLO, 0x86, B, 1, 0, k), 0x05, 3,
                    List.of(new LqLinkGroup(LinkCode.of(LinkCode.SYM_NEIGH, LinkCode.SYM_LINK),
                            List.of(new LqNeighbor(A, 200, 255)))));
            a.onPacket(codec.encode(new OlsrPacket(k, List.of(h))), B, k * S);
            a.advanceTo(k * S + S / 2);
        }
        OlsrView.LinkQuality q = a.view().linkQuality().get(B);
        assertThat(q.lq()).isEqualTo(255);
        assertThat(q.nlq()).isEqualTo(200);
        assertThat(a.routingTable().hostRoute(B).orElseThrow().etx()).isEqualTo(255.0 * 255 / (255 * 200));
    }

    @Test
    void privateMessagesAreOriginatedWithTheirTypeAndHandedToTheirHandler() throws Exception {
        OlsrAgent a = agent(OlsrConfig.rfc3626WithEtx());
        a.start(0);
        a.originatePrivate(TEXT, "queue", 600_000_000L, 1, S);
        var out = (PrivateMessage<?>) lastSent().messages().get(0);
        assertThat(out.header().type()).isEqualTo(150);
        assertThat(out.header().ttl()).isEqualTo(1);
        assertThat(out.header().validityNs()).isGreaterThanOrEqualTo(600_000_000L);
        assertThat(out.body()).isEqualTo("queue");
        var in = new PrivateMessage<>(new MessageHeader(150, 0x00, B, 1, 0, 3), TEXT, "from B");
        a.onPacket(packet(in), B, 2 * S);
        a.onPacket(packet(in), B, 2 * S + 1);                 // duplicate: not handled again
        assertThat(texts).containsExactly(in);
    }

    @Test
    void privateMessagesAreForwardedByTheDefaultAlgorithm() throws Exception {
        OlsrAgent a = agentWithNeighbours();
        var flooded = new PrivateMessage<>(new MessageHeader(150, 0x86, D, 3, 1, 9), TEXT, "flood");
        a.onPacket(packet(flooded), B, 2 * S);
        assertThat(texts).containsExactly(flooded);
        assertThat(lastSent().messages()).containsExactly(flooded.withHeader(flooded.header().forwarded()));
    }

    @Test
    void unregisteredPrivateTypesCannotBeOriginated() {
        OlsrAgent a = new OlsrAgent(OlsrConfig.rfc3626WithEtx(), A, new SplittableRandom(1), (b, t) -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.originatePrivate(TEXT, "x", S, 1, S))
                .hasMessageContaining("not registered");
    }

    @Test
    void malformedPacketsAreCountedAndDropped() {
        OlsrAgent a = agent(OlsrConfig.rfc3626WithEtx());
        a.start(0);
        assertThat(a.onPacket(new byte[] {0, 9, 0}, B, S)).isFalse();
        assertThat(a.stats().malformedPackets()).isEqualTo(1);
        assertThat(a.stats().packetsReceived()).isEqualTo(1);
    }

    @Test
    void helloIntervalsAreJitteredWithinAQuarterAndReproducible() {
        List<Long> first = helloTimes(5);
        assertThat(first).isEqualTo(helloTimes(5));
        for (int k = 1; k < first.size(); k++) {
            long gap = first.get(k) - first.get(k - 1);
            assertThat(gap).isBetween(3 * S / 2, 2 * S);
        }
        assertThat(first.stream().distinct().count()).isEqualTo(first.size());
    }

    private List<Long> helloTimes(long seed) {
        OlsrAgent a = new OlsrAgent(OlsrConfig.rfc3626WithEtx(), A, new SplittableRandom(seed), (b, t) -> { });
        a.start(0);
        List<Long> times = new ArrayList<>();
        long t = 0;
        for (int k = 0; k < 20; k++) {
            t = a.onHelloTimer(t);
            times.add(t);
        }
        return times;
    }
}
