package carma.olsr.wire;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads messages and their bodies; every inconsistency becomes a {@link MalformedPacketException}. */
final class MessageDecoder {

    /** Where a message sits in the packet, for error messages; the text is built only on error. */
    private record Where(int type, int at) {
        @Override
        public String toString() {
            return "type " + type + " message at offset " + at;
        }
    }

    private final PrivateMessageTypes privateTypes;

    MessageDecoder(PrivateMessageTypes privateTypes) {
        this.privateTypes = privateTypes;
    }

    PrivateMessageTypes privateTypes() {
        return privateTypes;
    }

    List<OlsrMessage> decodeMessages(ByteBuffer in) throws MalformedPacketException {
        List<OlsrMessage> messages = new ArrayList<>();
        while (in.hasRemaining()) {
            int at = in.position();
            if (in.remaining() < MessageHeader.SIZE) {
                throw new MalformedPacketException("truncated message header at offset " + at + ": "
                        + in.remaining() + " bytes left, " + MessageHeader.SIZE + " needed");
            }
            int type = Byte.toUnsignedInt(in.get());
            int vtime = Byte.toUnsignedInt(in.get());
            int size = Short.toUnsignedInt(in.getShort());
            if (size < MessageHeader.SIZE || size - 4 > in.remaining()) {
                throw new MalformedPacketException("message of type " + type + " at offset " + at
                        + " has size " + size + " but " + (in.remaining() + 4) + " bytes remain (minimum "
                        + MessageHeader.SIZE + ")");
            }
            NodeAddress originator = new NodeAddress(in.getInt());
            int ttl = Byte.toUnsignedInt(in.get());
            int hops = Byte.toUnsignedInt(in.get());
            int seq = Short.toUnsignedInt(in.getShort());
            MessageHeader header = new MessageHeader(type, vtime, originator, ttl, hops, seq);
            ByteBuffer body = in.slice();
            body.limit(size - MessageHeader.SIZE);
            in.position(in.position() + size - MessageHeader.SIZE);
            messages.add(decodeBody(header, body, at));
        }
        return messages;
    }

    private OlsrMessage decodeBody(MessageHeader h, ByteBuffer body, int at) throws MalformedPacketException {
        Where where = new Where(h.type(), at);
        switch (h.type()) {
            case MessageType.HELLO:
                return decodeHello(h, body, where);
            case MessageType.LQ_HELLO:
                return decodeLqHello(h, body, where);
            case MessageType.TC:
                requireLength(body, 4, 4, where);
                return new TcMessage(h, Short.toUnsignedInt(body.getShort()), skipReservedThenAddresses(body));
            case MessageType.LQ_TC:
                return decodeLqTc(h, body, where);
            case MessageType.MID:
                requireLength(body, 0, 4, where);
                return new MidMessage(h, readAddresses(body));
            case MessageType.HNA:
                return decodeHna(h, body, where);
            default:
                var privateType = privateTypes.find(h.type());
                if (privateType.isPresent()) {
                    return decodePrivate(h, privateType.get(), body, where);
                }
                byte[] raw = new byte[body.remaining()];
                body.get(raw);
                return new UnknownMessage(h, raw);
        }
    }

    private static void requireLength(ByteBuffer body, int fixed, int unit, Where where)
            throws MalformedPacketException {
        int n = body.remaining();
        if (n < fixed || (n - fixed) % unit != 0) {
            throw new MalformedPacketException(where + ": body of " + n + " bytes is not " + fixed
                    + " + a multiple of " + unit);
        }
    }

    private static List<NodeAddress> skipReservedThenAddresses(ByteBuffer body) {
        body.getShort();
        return readAddresses(body);
    }

    private static List<NodeAddress> readAddresses(ByteBuffer body) {
        List<NodeAddress> out = new ArrayList<>(body.remaining() / 4);
        while (body.hasRemaining()) {
            out.add(new NodeAddress(body.getInt()));
        }
        return out;
    }

    private static HelloMessage decodeHello(MessageHeader h, ByteBuffer body, Where where)
            throws MalformedPacketException {
        requireLength(body, 4, 1, where);
        body.getShort();
        int htime = Byte.toUnsignedInt(body.get());
        int will = Byte.toUnsignedInt(body.get());
        List<LinkGroup> groups = new ArrayList<>();
        while (body.hasRemaining()) {
            ByteBuffer link = linkMessage(body, 4, where);
            int code = Byte.toUnsignedInt(link.get());
            link.get();
            link.getShort();
            groups.add(new LinkGroup(code, readAddresses(link)));
        }
        return new HelloMessage(h, htime, will, groups);
    }

    private static LqHelloMessage decodeLqHello(MessageHeader h, ByteBuffer body, Where where)
            throws MalformedPacketException {
        requireLength(body, 4, 1, where);
        body.getShort();
        int htime = Byte.toUnsignedInt(body.get());
        int will = Byte.toUnsignedInt(body.get());
        List<LqLinkGroup> groups = new ArrayList<>();
        while (body.hasRemaining()) {
            ByteBuffer link = linkMessage(body, LqNeighbor.SIZE, where);
            int code = Byte.toUnsignedInt(link.get());
            link.get();
            link.getShort();
            groups.add(new LqLinkGroup(code, readLqNeighbors(link)));
        }
        return new LqHelloMessage(h, htime, will, groups);
    }

    /** Slices one link message (including its 4-byte header) off the HELLO body and checks its size. */
    private static ByteBuffer linkMessage(ByteBuffer body, int entrySize, Where where)
            throws MalformedPacketException {
        int at = body.position();
        if (body.remaining() < 4) {
            throw new MalformedPacketException(where + ": truncated link message header at body offset " + at);
        }
        int size = Short.toUnsignedInt(body.getShort(at + 2));
        if (size < 4 || size > body.remaining() || (size - 4) % entrySize != 0) {
            throw new MalformedPacketException(where + ": link message at body offset " + at + " has size "
                    + size + " (" + body.remaining() + " bytes left; must be 4 + a multiple of " + entrySize + ")");
        }
        ByteBuffer link = body.slice();
        link.limit(size);
        body.position(at + size);
        return link;
    }

    private static List<LqNeighbor> readLqNeighbors(ByteBuffer in) {
        List<LqNeighbor> out = new ArrayList<>(in.remaining() / LqNeighbor.SIZE);
        while (in.hasRemaining()) {
            NodeAddress address = new NodeAddress(in.getInt());
            int lq = Byte.toUnsignedInt(in.get());
            int nlq = Byte.toUnsignedInt(in.get());
            in.getShort();
            out.add(new LqNeighbor(address, lq, nlq));
        }
        return out;
    }

    private static LqTcMessage decodeLqTc(MessageHeader h, ByteBuffer body, Where where)
            throws MalformedPacketException {
        requireLength(body, 4, LqNeighbor.SIZE, where);
        int ansn = Short.toUnsignedInt(body.getShort());
        int lower = Byte.toUnsignedInt(body.get());
        int upper = Byte.toUnsignedInt(body.get());
        return new LqTcMessage(h, ansn, lower, upper, readLqNeighbors(body));
    }

    private static HnaMessage decodeHna(MessageHeader h, ByteBuffer body, Where where)
            throws MalformedPacketException {
        requireLength(body, 0, 8, where);
        List<Ipv4Prefix> networks = new ArrayList<>();
        while (body.hasRemaining()) {
            NodeAddress network = new NodeAddress(body.getInt());
            NodeAddress mask = new NodeAddress(body.getInt());
            try {
                networks.add(new Ipv4Prefix(network, mask));
            } catch (IllegalArgumentException e) {
                throw new MalformedPacketException(where + ": invalid HNA entry: " + e.getMessage());
            }
        }
        return new HnaMessage(h, networks);
    }

    private static <B> PrivateMessage<B> decodePrivate(MessageHeader h, PrivateMessageType<B> type,
                                                       ByteBuffer body, Where where)
            throws MalformedPacketException {
        try {
            return new PrivateMessage<>(h, type, type.readBody(body));
        } catch (MalformedPacketException e) {
            throw new MalformedPacketException(where + ": " + e.getMessage());
        }
    }
}
