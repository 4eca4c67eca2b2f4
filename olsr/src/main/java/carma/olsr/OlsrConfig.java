package carma.olsr;

import java.util.List;

/**
 * Parameters of one OLSR agent. Times are nanoseconds. Build by name: start from a preset
 * ({@link #rfc3626WithEtx()}, {@link #rfc3626()}, {@link #olsrdDefaults()}) or {@link #builder()}
 * and change what differs, e.g. {@code OlsrConfig.olsrdDefaults().toBuilder().willingness(7).build()}.
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

    /** A builder holding the values of {@link #rfc3626WithEtx()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * RFC 3626 timing (HELLO 2 s / 6 s, TC 5 s / 15 s, MID/HNA 5 s / 15 s, DUP 30 s, jitter 25 %) with
     * olsrd's link-quality extension as CARMNET ran it: etx_ff, TC_REDUNDANCY 2, MprCoverage 7.
     */
    public static OlsrConfig rfc3626WithEtx() {
        return builder().build();
    }

    /** Plain RFC 3626: hop-count routing, TC_REDUNDANCY 0, MPR heuristic of §8.3.1. */
    public static OlsrConfig rfc3626() {
        return builder().linkQuality(false).tcRedundancy(0).mprCoverage(1).build();
    }

    /** olsrd defaults for large community networks: as {@link #rfc3626WithEtx} but HELLO validity
     *  20 s and TC/MID/HNA validity 300 s ({@code olsrd.conf.default.full}). */
    public static OlsrConfig olsrdDefaults() {
        return builder().neighbHoldNs(20 * S).topHoldNs(300 * S).midHnaHoldNs(300 * S).build();
    }

    /** Named construction of an {@link OlsrConfig}; {@link #build()} validates. */
    public static final class Builder {
        private boolean linkQuality = true;
        private long helloIntervalNs = 2 * S;
        private long neighbHoldNs = 6 * S;
        private long tcIntervalNs = 5 * S;
        private long topHoldNs = 15 * S;
        private long midHnaIntervalNs = 5 * S;
        private long midHnaHoldNs = 15 * S;
        private long duplicateHoldNs = 30 * S;
        private long lqWindowIntervalNs = S;
        private double maxJitterFraction = 0.25;
        private int willingness = 3;
        private int tcRedundancy = 2;
        private int mprCoverage = 7;
        private List<Ipv4Prefix> localHna = List.of();
        private List<NodeAddress> interfaceAliases = List.of();
        private int maxPacketBytes = 1472;
        private long routeRecalculationDelayNs;

        private Builder() {
        }

        private Builder(OlsrConfig c) {
            linkQuality = c.linkQuality;
            helloIntervalNs = c.helloIntervalNs;
            neighbHoldNs = c.neighbHoldNs;
            tcIntervalNs = c.tcIntervalNs;
            topHoldNs = c.topHoldNs;
            midHnaIntervalNs = c.midHnaIntervalNs;
            midHnaHoldNs = c.midHnaHoldNs;
            duplicateHoldNs = c.duplicateHoldNs;
            lqWindowIntervalNs = c.lqWindowIntervalNs;
            maxJitterFraction = c.maxJitterFraction;
            willingness = c.willingness;
            tcRedundancy = c.tcRedundancy;
            mprCoverage = c.mprCoverage;
            localHna = c.localHna;
            interfaceAliases = c.interfaceAliases;
            maxPacketBytes = c.maxPacketBytes;
            routeRecalculationDelayNs = c.routeRecalculationDelayNs;
        }

        public Builder linkQuality(boolean value) {
            linkQuality = value;
            return this;
        }

        public Builder helloIntervalNs(long value) {
            helloIntervalNs = value;
            return this;
        }

        public Builder neighbHoldNs(long value) {
            neighbHoldNs = value;
            return this;
        }

        public Builder tcIntervalNs(long value) {
            tcIntervalNs = value;
            return this;
        }

        public Builder topHoldNs(long value) {
            topHoldNs = value;
            return this;
        }

        public Builder midHnaIntervalNs(long value) {
            midHnaIntervalNs = value;
            return this;
        }

        public Builder midHnaHoldNs(long value) {
            midHnaHoldNs = value;
            return this;
        }

        public Builder duplicateHoldNs(long value) {
            duplicateHoldNs = value;
            return this;
        }

        public Builder lqWindowIntervalNs(long value) {
            lqWindowIntervalNs = value;
            return this;
        }

        public Builder maxJitterFraction(double value) {
            maxJitterFraction = value;
            return this;
        }

        public Builder willingness(int value) {
            willingness = value;
            return this;
        }

        public Builder tcRedundancy(int value) {
            tcRedundancy = value;
            return this;
        }

        public Builder mprCoverage(int value) {
            mprCoverage = value;
            return this;
        }

        public Builder localHna(List<Ipv4Prefix> networks) {
            localHna = List.copyOf(networks);
            return this;
        }

        public Builder interfaceAliases(List<NodeAddress> aliases) {
            interfaceAliases = List.copyOf(aliases);
            return this;
        }

        public Builder maxPacketBytes(int value) {
            maxPacketBytes = value;
            return this;
        }

        public Builder routeRecalculationDelayNs(long value) {
            routeRecalculationDelayNs = value;
            return this;
        }

        public OlsrConfig build() {
            return new OlsrConfig(linkQuality, helloIntervalNs, neighbHoldNs, tcIntervalNs, topHoldNs,
                    midHnaIntervalNs, midHnaHoldNs, duplicateHoldNs, lqWindowIntervalNs, maxJitterFraction,
                    willingness, tcRedundancy, mprCoverage, localHna, interfaceAliases, maxPacketBytes,
                    routeRecalculationDelayNs);
        }
    }
}
