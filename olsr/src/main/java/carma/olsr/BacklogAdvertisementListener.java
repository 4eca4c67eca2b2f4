package carma.olsr;

import carma.olsr.wire.DanumBacklogMessage;

/** Receives DANUM backlog advertisements from 1-hop neighbours (the OLSR extension message). */
@FunctionalInterface
public interface BacklogAdvertisementListener {

    BacklogAdvertisementListener NONE = (from, message, nowNs) -> { };

    void onBacklogAdvertisement(NodeAddress from, DanumBacklogMessage message, long nowNs);
}
