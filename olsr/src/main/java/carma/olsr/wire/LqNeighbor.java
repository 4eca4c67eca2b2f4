package carma.olsr.wire;

import carma.olsr.NodeAddress;

/**
 * A neighbour entry of LQ_HELLO or LQ_TC with olsrd's etx_ff link-quality pair
 * ({@code lq_plugin_default_ff.c}): {@code address(32) | LQ(8) | NLQ(8) | reserved(16)}, LQ and NLQ
 * as 0..255 where 255 is a delivery ratio of 1.
 */
public record LqNeighbor(NodeAddress address, int lq, int nlq) {

    /** Size on the wire in bytes. */
    public static final int SIZE = 8;

    public LqNeighbor {
        MessageHeader.checkRange("LQ", lq, 0xFF);
        MessageHeader.checkRange("NLQ", nlq, 0xFF);
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
    }
}
