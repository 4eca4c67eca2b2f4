package carma.mesh.link;

import carma.radio.wifi.FrameAirtime;
import carma.radio.wifi.PhyMode;

/**
 * Airtime arithmetic of a multi-hop path whose hops share one collision domain: each packet costs
 * every hop one basic-access exchange (DIFS + mean initial backoff + DATA + SIFS + ACK), and the
 * hops cannot overlap. An upper bound (no collisions, no control traffic).
 */
public final class PathCapacity {
    private PathCapacity() {}

    /** Seconds of airtime one packet of {@code ipBytes} needs on one hop at the given mode. */
    public static double exchangeSeconds(RadioProfile radio, PhyMode mode, int ipBytes) {
        FrameAirtime a = radio.airtime();
        int psdu = FrameAirtime.psduBytesForIpPacket(ipBytes);
        double ns = radio.standard().difsNs() + radio.standard().cwMin() / 2.0 * radio.standard().slotNs()
                + a.ppduNs(mode, psdu) + radio.standard().sifsNs() + a.ackNs(mode);
        return ns * 1e-9;
    }

    /** How many constant-rate calls ({@code packetsPerSecond} of {@code ipBytes}) fit on the path. */
    public static double voipCallsThatFit(RadioProfile radio, int hops, int ipBytes, double packetsPerSecond) {
        PhyMode mode = radio.rates().modeFor(100);
        return 1.0 / (hops * exchangeSeconds(radio, mode, ipBytes) * packetsPerSecond);
    }
}
