package carma.olsr.wire;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The private message types a codec decodes, keyed by their message-type octet; immutable. */
public final class PrivateMessageTypes {

    private static final PrivateMessageTypes NONE = new PrivateMessageTypes(Map.of());

    private final Map<Integer, PrivateMessageType<?>> byNumber;

    private PrivateMessageTypes(Map<Integer, PrivateMessageType<?>> byNumber) {
        this.byNumber = byNumber;
    }

    /** No private types: every unknown type decodes as {@link UnknownMessage}. */
    public static PrivateMessageTypes none() {
        return NONE;
    }

    /** The given types; their message-type octets must be distinct private numbers. */
    public static PrivateMessageTypes of(Collection<? extends PrivateMessageType<?>> types) {
        Map<Integer, PrivateMessageType<?>> byNumber = new TreeMap<>();
        for (PrivateMessageType<?> t : types) {
            int number = PrivateMessageType.checkPrivateNumber(t.messageType());
            if (byNumber.putIfAbsent(number, t) != null) {
                throw new IllegalArgumentException("private message type " + number + " registered twice");
            }
        }
        return byNumber.isEmpty() ? NONE : new PrivateMessageTypes(Map.copyOf(byNumber));
    }

    /** The type registered under {@code messageType}, if any. */
    public Optional<PrivateMessageType<?>> find(int messageType) {
        return Optional.ofNullable(byNumber.get(messageType));
    }

    public boolean contains(PrivateMessageType<?> type) {
        return type.equals(byNumber.get(type.messageType()));
    }
}
