package carma.corenet.network;

import carma.corenet.topology.RouterId;

/**
 * Packet counts of one router since the start: every packet that arrived (from a link or injected)
 * was delivered here, forwarded onto a link (transmission finished), dropped here, or is held in one
 * of its ports (queued or in transmission).
 */
public record RouterCounters(RouterId router, long arrived, long delivered, long forwarded, long dropped,
        int held) {
    /** arrived − (delivered + forwarded + dropped + held): zero when no packet is lost or invented. */
    public long imbalance() {
        return arrived - (delivered + forwarded + dropped + held);
    }
}
