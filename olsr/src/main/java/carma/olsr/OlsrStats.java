package carma.olsr;

/**
 * Control-traffic counters of one agent (for the OLSR overhead measurement).
 *
 * @param packetsSent       packets handed to the output port
 * @param bytesSent         UDP payload bytes sent (add 28 per packet for IPv4 + UDP headers)
 * @param messagesOriginated messages this node created
 * @param messagesForwarded  messages this node retransmitted as MPR
 * @param packetsReceived   packets given to {@link OlsrAgent#onPacket}
 * @param malformedPackets  received packets rejected by the decoder
 */
public record OlsrStats(long packetsSent, long bytesSent, long messagesOriginated, long messagesForwarded,
                        long packetsReceived, long malformedPackets) {
}
