package carma.olsr;

import carma.olsr.wire.PrivateMessage;

/** Receives the messages of one registered private type that this node processes (not duplicates). */
@FunctionalInterface
public interface PrivateMessageHandler<B> {

    /**
     * @param from    the neighbour interface the packet came from
     * @param message the message, its body decoded by its type
     */
    void onMessage(NodeAddress from, PrivateMessage<B> message, long nowNs);
}
