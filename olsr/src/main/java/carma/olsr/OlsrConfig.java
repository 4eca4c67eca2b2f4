package carma.olsr;

import java.util.List;

/**
 * Parameters of one OLSR agent. Times are nanoseconds.
 *
 * @param linkQuality        true: olsrd LinkQualityLevel 2 (LQ_HELLO/LQ_TC, etx_ff, ETX routing,
 *                           LQ MPR selection); false: plain RFC 3626 (HELLO/TC, hop count)
 * @param helloIntervalNs    HELLO_INTERVAL
 * @param neighbHoldNs       NEIGHB_HOLD_TIME, the Vtime of HELLO
 * @param tcIntervalNs       TC_INTERVAL
 * @param topHoldNs          TOP_HOLD_TIME, the Vtime of TC
 * @param midHnaIntervalNs   MID_INTERVAL = HNA_INTERVAL
 * @param midHnaHoldNs       MID_HOLD_TIME = HNA_HOLD_TIME
 * @param duplicateHoldNs    DUP_HOLD_TIME
 * @param lqWindowIntervalNs period of the etx_ff window timer (1 s in olsrd)
 * @param maxJitterFraction  MAXJITTER as a fraction of each interval (RFC: HELLO_INTERVAL/4)
 * @param willingness        this node's willingness 0..7
 * @param tcRedundancy       0: MPR selectors, 1: selectors and MPRs, 2: all symmetric neighbours
 * @param mprCoverage        olsrd MprCoverage (link-quality MPR selection only)
 * @param localHna           networks this node announces in HNA (0.0.0.0/0 for an Internet gateway)
 * @param interfaceAliases   further interface addresses announced in MID
 * @param maxPacketBytes     largest UDP payload when bundling forwarded messages
 * @param routeRecalculationDelayNs 0: recompute routes right after every relevant change; &gt; 0:
 *                           collect changes and recompute once after this delay, like olsrd which
 *                           processes changes once per scheduler poll (Pollrate, 50 ms); trades
 *                           route-change timing for speed in large meshes
 */
public record OlsrConfig(boolean linkQuality, long helloIntervalNs, long neighbHoldNs, long tcIntervalNs,
                         long topHoldNs, long midHnaIntervalNs, long midHnaHoldNs, long duplicateHoldNs,
                         long lqWindowIntervalNs, double maxJitterFraction, int willingness,
                         int tcRedundancy, int mprCoverage, List<Ipv4Prefix> localHna,
                         List<NodeAddress> interfaceAliases, int maxPacketBytes,
                         long routeRecalculationDelayNs) {

    private static final long S = 1_000_000_000L;

    public OlsrConfig {
        localHna = List.copyOf(localHna);
        interfaceAliases = List.copyOf(interfaceAliases);
        positive("HELLO interval", helloIntervalNs);
        positive("NEIGHB_HOLD_TIME", neighbHoldNs);
        positive("TC interval", tcIntervalNs);
        positive("TOP_HOLD_TIME", topHoldNs);
        positive("MID/HNA interval", midHnaIntervalNs);
        positive("MID/HNA hold time", midHnaHoldNs);
        positive("DUP_HOLD_TIME", duplicateHoldNs);
        positive("LQ window interval", lqWindowIntervalNs);
        if (!(maxJitterFraction >= 0 && maxJitterFraction < 1)) {
            throw new IllegalArgumentException("max jitter fraction must be in [0, 1): " + maxJitterFraction);
        }
        if (willingness < 0 || willingness > 7) {
            throw new IllegalArgumentException("willingness must be 0..7: " + willingness);
        }
        if (tcRedundancy < 0 || tcRedundancy > 2) {
            throw new IllegalArgumentException("TC_REDUNDANCY must be 0, 1 or 2: " + tcRedundancy);
        }
        if (mprCoverage < 1) {
            throw new IllegalArgumentException("MPR coverage must be at least 1: " + mprCoverage);
        }
        if (routeRecalculationDelayNs < 0) {
            throw new IllegalArgumentException("route recalculation delay must be >= 0: " + routeRecalculationDelayNs);
        }
        if (maxPacketBytes < 64 || maxPacketBytes > 0xFFFF) {
            throw new IllegalArgumentException("max packet bytes must be 64..65535: " + maxPacketBytes);
        }
    }

    private static void positive(String what, long ns) {
        if (ns <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + ns + " ns");
        }
    }

    /**
     * RFC 3626 timing (HELLO 2 s / 6 s, TC 5 s / 15 s, MID/HNA 5 s / 15 s, DUP 30 s, jitter 25 %) with
     * olsrd's link-quality extension as CARMNET ran it: etx_ff, TC_REDUNDANCY 2, MprCoverage 7.
     */
    public static OlsrConfig rfc3626WithEtx() {
        return new OlsrConfig(true, 2 * S, 6 * S, 5 * S, 15 * S, 5 * S, 15 * S, 30 * S, S, 0.25,
                3, 2, 7, List.of(), List.of(), 1472, 0);
    }

    /** Plain RFC 3626: hop-count routing, TC_REDUNDANCY 0, MPR heuristic of §8.3.1. */
    public static OlsrConfig rfc3626() {
        return rfc3626WithEtx().withLinkQuality(false).withTcRedundancy(0).withMprCoverage(1);
    }

    /** olsrd defaults for large community networks: as {@link #rfc3626WithEtx} but HELLO validity
     *  20 s and TC/MID/HNA validity 300 s ({@code olsrd.conf.default.full}). */
    public static OlsrConfig olsrdDefaults() {
        OlsrConfig c = rfc3626WithEtx();
        return new OlsrConfig(true, c.helloIntervalNs, 20 * S, c.tcIntervalNs, 300 * S, c.midHnaIntervalNs,
                300 * S, c.duplicateHoldNs, c.lqWindowIntervalNs, c.maxJitterFraction, c.willingness,
                c.tcRedundancy, c.mprCoverage, c.localHna, c.interfaceAliases, c.maxPacketBytes, c.routeRecalculationDelayNs);
    }

    public OlsrConfig withLinkQuality(boolean on) {
        return new OlsrConfig(on, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs, midHnaIntervalNs,
                midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction, willingness, tcRedundancy,
                mprCoverage, localHna, interfaceAliases, maxPacketBytes,
                routeRecalculationDelayNs);
    }

    public OlsrConfig withTcRedundancy(int value) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                willingness, value, mprCoverage, localHna, interfaceAliases, maxPacketBytes,
                routeRecalculationDelayNs);
    }

    public OlsrConfig withMprCoverage(int value) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                willingness, tcRedundancy, value, localHna, interfaceAliases, maxPacketBytes,
                routeRecalculationDelayNs);
    }

    public OlsrConfig withWillingness(int value) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                value, tcRedundancy, mprCoverage, localHna, interfaceAliases, maxPacketBytes,
                routeRecalculationDelayNs);
    }

    public OlsrConfig withLocalHna(List<Ipv4Prefix> networks) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                willingness, tcRedundancy, mprCoverage, networks, interfaceAliases, maxPacketBytes, routeRecalculationDelayNs);
    }

    public OlsrConfig withInterfaceAliases(List<NodeAddress> aliases) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                willingness, tcRedundancy, mprCoverage, localHna, aliases, maxPacketBytes,
                routeRecalculationDelayNs);
    }

    public OlsrConfig withRouteRecalculationDelayNs(long delayNs) {
        return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                willingness, tcRedundancy, mprCoverage, localHna, interfaceAliases, maxPacketBytes, delayNs);
    }
}
