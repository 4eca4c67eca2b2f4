package carma.mesh.net;

/** An OLSR packet (UDP payload, port 698) broadcast by a node; 28 bytes of IPv4 + UDP on top. */
public record OlsrFrame(int originator, byte[] payload) implements ControlMessage {
    @Override
    public int sizeBytes() {
        return payload.length + 28;
    }
}
