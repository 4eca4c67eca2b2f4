package carma.olsr;

/**
 * Where an agent sends its packets: the UDP payload (port 698) to broadcast on its OLSR interface.
 * The emulator delivers it (or loses it) to the neighbours in range and calls their
 * {@link OlsrAgent#onPacket}.
 */
@FunctionalInterface
public interface OlsrOutput {

    void broadcast(byte[] packet, long nowNs);
}
