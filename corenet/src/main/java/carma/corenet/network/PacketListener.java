package carma.corenet.network;

import carma.corenet.topology.RouterId;

/** Told of every packet's fate where it happens (a sink, a statistics collector, a trace publisher). */
@FunctionalInterface
public interface PacketListener {
    void onFate(long nowNs, Packet packet, PacketFate fate, RouterId at);

    PacketListener NONE = (nowNs, packet, fate, at) -> {};
}
