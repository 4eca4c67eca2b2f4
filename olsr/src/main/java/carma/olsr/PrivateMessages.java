package carma.olsr;

import carma.olsr.wire.PrivateMessage;
import carma.olsr.wire.PrivateMessageType;
import carma.olsr.wire.PrivateMessageTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The private message types an agent understands, each with its handler (olsrd-plugin style): the
 * agent decodes them, hands each new one to its handler and forwards them by the default
 * forwarding algorithm of RFC 3626 §3.4. Immutable; build with {@link #builder()}.
 */
public final class PrivateMessages {

    private static final PrivateMessages NONE = new PrivateMessages(Map.of(), PrivateMessageTypes.none());

    /** A type and its handler, kept together so that the body type matches. */
    private record Binding<B>(PrivateMessageType<B> type, PrivateMessageHandler<B> handler) {
        @SuppressWarnings("unchecked")
        void deliver(NodeAddress from, PrivateMessage<?> message, long nowNs) {
            handler.onMessage(from, (PrivateMessage<B>) message, nowNs);
        }
    }

    private final Map<Integer, Binding<?>> bindings;
    private final PrivateMessageTypes types;

    private PrivateMessages(Map<Integer, Binding<?>> bindings, PrivateMessageTypes types) {
        this.bindings = bindings;
        this.types = types;
    }

    /** No private types. */
    public static PrivateMessages none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The types, for the codec. */
    public PrivateMessageTypes types() {
        return types;
    }

    /** Hands a decoded private message to its type's handler. */
    void deliver(NodeAddress from, PrivateMessage<?> message, long nowNs) {
        Binding<?> b = bindings.get(message.type().messageType());
        if (b != null && b.type().equals(message.type())) {
            b.deliver(from, message, nowNs);
        }
    }

    /** Collects types with their handlers; rejects a message-type octet registered twice. */
    public static final class Builder {
        private final Map<Integer, Binding<?>> bindings = new LinkedHashMap<>();

        private Builder() {
        }

        public <B> Builder register(PrivateMessageType<B> type, PrivateMessageHandler<B> handler) {
            if (bindings.putIfAbsent(type.messageType(), new Binding<>(type, handler)) != null) {
                throw new IllegalArgumentException("private message type " + type.messageType() + " registered twice");
            }
            return this;
        }

        public PrivateMessages build() {
            if (bindings.isEmpty()) {
                return NONE;
            }
            List<PrivateMessageType<?>> all = new ArrayList<>();
            bindings.values().forEach(b -> all.add(b.type()));
            return new PrivateMessages(Map.copyOf(bindings), PrivateMessageTypes.of(all));
        }
    }
}
