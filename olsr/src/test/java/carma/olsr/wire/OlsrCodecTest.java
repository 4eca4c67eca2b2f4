package carma.olsr.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class OlsrCodecTest {

    private static final TextMessageType TEXT = new TextMessageType(150);
    private final OlsrCodec codec = new OlsrCodec(PrivateMessageTypes.of(List.of(TEXT)));
    private static final NodeAddress A = NodeAddress.parse("10.0.0.1");
    private static final NodeAddress B = NodeAddress.parse("10.0.0.2");
    private static final NodeAddress C = NodeAddress.parse("10.0.0.3");

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static MessageHeader header(int type, int ttl) {
        return new MessageHeader(type, 0x86, A, ttl, 0, 42);
    }

    @Test
    void helloPacketMatchesTheRfc3626ByteLayout() throws Exception {
        HelloMessage hello = new HelloMessage(new MessageHeader(MessageType.HELLO, Vtime.encode(6_000_000_000L), A, 1, 0, 42),
                Vtime.encode(2_000_000_000L), 3,
                List.of(new LinkGroup(LinkCode.of(LinkCode.SYM_NEIGH, LinkCode.SYM_LINK), List.of(B, C))));
        byte[] expected = hex("0020 0007"                       // packet length 32, packet seq 7
                + "01 86 001C 0A000001 01 00 002A"              // HELLO, vtime 6 s, size 28, orig, TTL 1, hops 0, seq 42
                + "0000 05 03"                                  // reserved, htime 2 s, willingness 3
                + "06 00 000C 0A000002 0A000003");              // SYM_NEIGH|SYM_LINK, size 12, two addresses
        OlsrPacket packet = new OlsrPacket(7, List.of(hello));
        assertThat(codec.encode(packet)).isEqualTo(expected);
        assertThat(codec.decode(expected)).isEqualTo(packet);
    }

    @Test
    void lqTcPacketMatchesTheOlsrdByteLayout() throws Exception {
        byte[] expected = hex("001C 0001"
                + "CA E7 0018 0A000001 FF 00 0005"              // LQ_TC (202), vtime 15 s, size 24, TTL 255
                + "0009 FF FF"                                  // ANSN 9, unfragmented borders
                + "0A000002 E6 C8 0000");                       // neighbour, LQ 230, NLQ 200, reserved
        LqTcMessage tc = LqTcMessage.unfragmented(new MessageHeader(MessageType.LQ_TC, 0xE7, A, 255, 0, 5), 9,
                List.of(new LqNeighbor(B, 230, 200)));
        assertThat(codec.encode(new OlsrPacket(1, List.of(tc)))).isEqualTo(expected);
        assertThat(codec.decode(expected).messages()).containsExactly(tc);
    }

    @Test
    void lqHelloCarriesLqThenNlqThenTwoReservedBytesPerNeighbour() {
        LqHelloMessage hello = new LqHelloMessage(header(MessageType.LQ_HELLO, 1), 0x05, 3, List.of(
                new LqLinkGroup(LinkCode.of(LinkCode.MPR_NEIGH, LinkCode.SYM_LINK), List.of(new LqNeighbor(B, 255, 128)))));
        byte[] bytes = codec.encodeMessage(hello);
        assertThat(bytes).isEqualTo(hex("C9 86 001C 0A000001 01 00 002A 0000 05 03 0A 00 000C 0A000002 FF 80 0000"));
    }

    @Test
    void everyMessageTypeRoundTrips() throws Exception {
        List<OlsrMessage> all = List.of(
                new HelloMessage(header(MessageType.HELLO, 1), 0x05, 7, List.of(
                        new LinkGroup(LinkCode.of(LinkCode.NOT_NEIGH, LinkCode.ASYM_LINK), List.of(B)),
                        new LinkGroup(LinkCode.of(LinkCode.MPR_NEIGH, LinkCode.SYM_LINK), List.of(C, B)))),
                new LqHelloMessage(header(MessageType.LQ_HELLO, 1), 0x05, 0, List.of(
                        new LqLinkGroup(LinkCode.of(LinkCode.SYM_NEIGH, LinkCode.SYM_LINK),
                                List.of(new LqNeighbor(B, 12, 250), new LqNeighbor(C, 0, 255))))),
                new TcMessage(header(MessageType.TC, 255), 65535, List.of(B, C)),
                new TcMessage(header(MessageType.TC, 255), 0, List.of()),
                new LqTcMessage(header(MessageType.LQ_TC, 255), 3, 0, 0x1F, List.of(new LqNeighbor(C, 1, 2))),
                new MidMessage(header(MessageType.MID, 255), List.of(B, C)),
                new HnaMessage(header(MessageType.HNA, 255), List.of(Ipv4Prefix.DEFAULT_ROUTE,
                        Ipv4Prefix.of(NodeAddress.parse("192.168.1.0"), 24))),
                new PrivateMessage<>(header(150, 1), TEXT, "backlog"),
                new UnknownMessage(header(130, 255), hex("DEADBEEF01")));
        OlsrPacket packet = new OlsrPacket(65535, all);
        byte[] bytes = codec.encode(packet);
        assertThat(bytes).hasSize(packet.length());
        assertThat(codec.decode(bytes)).isEqualTo(packet);
        for (OlsrMessage m : all) {
            OlsrPacket single = new OlsrPacket(3, List.of(m));
            assertThat(codec.decode(codec.encode(single))).isEqualTo(single);
        }
    }

    @Test
    void hnaAndPrivateTypeLayouts() {
        HnaMessage hna = new HnaMessage(header(MessageType.HNA, 255), List.of(Ipv4Prefix.DEFAULT_ROUTE));
        assertThat(codec.encodeMessage(hna)).isEqualTo(hex("04 86 0014 0A000001 FF 00 002A 00000000 00000000"));
        PrivateMessage<String> text = new PrivateMessage<>(header(150, 1), TEXT, "AB");
        assertThat(codec.encodeMessage(text)).isEqualTo(hex("96 86 000F 0A000001 01 00 002A 02 4142"));
    }

    @Test
    void registeredPrivateTypesDecodeToTheirBodyAndOthersStayUnknown() throws Exception {
        byte[] bytes = hex("0013 0009 96 86 000F 0A000001 01 00 002A 02 4142");
        assertThat(codec.decode(bytes).messages()).containsExactly(new PrivateMessage<>(header(150, 1), TEXT, "AB"));
        assertThat(new OlsrCodec().decode(bytes).messages()).singleElement().isInstanceOf(UnknownMessage.class);
        assertThat(new OlsrCodec().encode(new OlsrCodec().decode(bytes))).isEqualTo(bytes);
    }

    @Test
    void privateTypesMustBeDistinctPrivateNumbers() {
        assertThatThrownBy(() -> new TextMessageType(127)).hasMessageContaining("128..255");
        assertThatThrownBy(() -> new TextMessageType(MessageType.LQ_TC)).hasMessageContaining("not 201/202");
        assertThatThrownBy(() -> PrivateMessageTypes.of(List.of(TEXT, new TextMessageType(150))))
                .hasMessageContaining("registered twice");
        assertThatThrownBy(() -> new PrivateMessage<>(header(151, 1), TEXT, "x")).hasMessageContaining("151");
    }

    @Test
    void truncatedAndInconsistentPacketsAreRejectedWithClearMessages() {
        assertRejected("00 04 00", "truncated packet");
        assertRejected("0012 0001 01 86 000C 0A000001 01 00 0001", "packet length field says 18 bytes but 16");
        assertRejected("0010 0001 01 86 000C 0A000001 01 00 0001", "body of 0 bytes");
        assertRejected("0009 0001 01 86 000C 0A", "truncated message header");
        assertRejected("0010 0001 02 86 0008 0A000001 FF 00 0001", "has size 8");
        assertRejected("0010 0001 02 86 0020 0A000001 FF 00 0001", "has size 32");
        assertRejected("0012 0001 02 86 000E 0A000001 FF 00 0001 0001", "not 4 + a multiple of 4");
        assertRejected("001C 0001 01 86 0018 0A000001 01 00 0001 0000 05 03 06 00 0010 0A000002",
                "link message at body offset 4 has size 16");
        assertRejected("001C 0001 C9 86 0018 0A000001 01 00 0001 0000 05 03 06 00 0008 0A000002",
                "must be 4 + a multiple of 8");
        assertRejected("0018 0001 04 86 0014 0A000001 FF 00 0001 0A000000 FF00FF00", "netmask is not contiguous");
        assertRejected("0014 0001 96 86 0010 0A000001 01 00 0001 05 414243",
                "type 150 message at offset 4: text length says 5 bytes but 3 follow");
    }

    private void assertRejected(String hexBytes, String messagePart) {
        assertThatThrownBy(() -> codec.decode(hex(hexBytes)))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void unknownTypesAreKeptByteForByteSoTheyCanBeForwarded() throws Exception {
        byte[] bytes = hex("0014 0009 80 86 0010 0A000001 05 02 1234 CAFEBABE");
        OlsrPacket p = codec.decode(bytes);
        assertThat(p.messages()).singleElement().isInstanceOf(UnknownMessage.class);
        assertThat(codec.encode(p)).isEqualTo(bytes);
    }

    @Test
    void randomGarbageNeverCrashesTheDecoder() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        byte[] valid = codec.encode(new OlsrPacket(1, List.of(new LqTcMessage(header(MessageType.LQ_TC, 255), 3,
                255, 255, List.of(new LqNeighbor(C, 1, 2), new LqNeighbor(B, 3, 4))))));
        for (int i = 0; i < 5000; i++) {
            byte[] b = valid.clone();
            b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            byte[] cut = java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            for (byte[] candidate : List.of(b, cut)) {
                try {
                    codec.decode(candidate);
                } catch (MalformedPacketException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        }
    }
}
