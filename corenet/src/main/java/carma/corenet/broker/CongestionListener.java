package carma.corenet.broker;

import carma.corenet.topology.LinkId;

/** Told when a link becomes congested or clears (the next issue turns this into a renegotiation). */
@FunctionalInterface
public interface CongestionListener {
    void onCongestion(long nowNs, LinkId link, boolean congested);

    CongestionListener NONE = (nowNs, link, congested) -> {};
}
