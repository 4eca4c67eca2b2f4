package carma.mesh.danum.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.olsr.NodeAddress;
import carma.olsr.wire.MalformedPacketException;
import carma.olsr.wire.MessageHeader;
import carma.olsr.wire.OlsrCodec;
import carma.olsr.wire.OlsrPacket;
import carma.olsr.wire.PrivateMessage;
import carma.olsr.wire.PrivateMessageTypes;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DANUM_Q as an OLSR private message type: the reconstructed layout of olsr.md §6, byte for byte. */
class BacklogMessageTypeTest {

    private static final BacklogMessageType TYPE = BacklogMessageType.standard();
    private final OlsrCodec codec = new OlsrCodec(PrivateMessageTypes.of(List.of(TYPE)));

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static MessageHeader header(int ttl) {
        return new MessageHeader(150, 0x86, NodeAddress.parse("10.0.0.1"), ttl, 0, 42);
    }

    @Test
    void layoutIsSequenceCountFlagsThenFlowQueueBetaEntries() {
        var d = new PrivateMessage<>(header(1), TYPE, new BacklogAdvertisement(1, 0,
                List.of(new BacklogEntry(0x01020304, 17, 0x0180))));
        assertThat(codec.encodeMessage(d)).isEqualTo(hex("96 86 0018 0A000001 01 00 002A 0001 01 00 01020304 0011 0180"));
        assertThat(d.body().entries().get(0).beta()).isEqualTo(1.5);
    }

    @Test
    void advertisementsRoundTrip() throws Exception {
        var d = new PrivateMessage<>(header(1), TYPE, new BacklogAdvertisement(513, 0x80, List.of(
                new BacklogEntry(-7, 65535, BacklogEntry.toQ8(1.5)), new BacklogEntry(9, 0, 0))));
        OlsrPacket packet = new OlsrPacket(65535, List.of(d));
        assertThat(codec.decode(codec.encode(packet))).isEqualTo(packet);
    }

    @Test
    void aCountThatDisagreesWithTheBodyIsRejected() {
        assertThatThrownBy(() -> codec.decode(hex("001C 0001 96 86 0018 0A000001 01 00 0001 0001 02 00 00000001 0001 0100")))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("type 150 message at offset 4: DANUM count says 2 entries");
        assertThatThrownBy(() -> codec.decode(hex("0013 0001 96 86 000F 0A000001 01 00 0001 0001 02")))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("body of 3 bytes is not 4 + a multiple of 8");
    }

    @Test
    void theTypeNumberIsAPrivateOne() {
        assertThatThrownBy(() -> new BacklogMessageType(4)).hasMessageContaining("128..255");
    }
}
