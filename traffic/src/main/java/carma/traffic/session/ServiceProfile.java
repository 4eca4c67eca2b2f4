package carma.traffic.session;

import carma.kernel.time.SimTime;
import carma.traffic.QosClass;

/**
 * A service and its QoS requirements, in the terms of the UMTS bearer attributes of 3GPP TS
 * 23.107 §6.4.3: guaranteed and maximum bit rate, transfer delay, SDU error ratio. The RAN uses
 * them for admission, scheduling priority (via {@link #qosClass()}) and dropping decisions.
 *
 * @param name stable service name ("voice", "video-streaming", ...)
 * @param qosClass the UMTS QoS class
 * @param guaranteedBitRateBps rate the bearer must sustain, bit/s; 0 for non-guaranteed classes
 * @param maximumBitRateBps upper limit of the bearer rate, bit/s
 * @param transferDelayNs maximum transfer delay (95th percentile, TS 23.107); {@link
 *     #NO_DELAY_BOUND} for interactive and background
 * @param maxLossRatio the SDU error ratio the service tolerates, in [0, 1]
 */
public record ServiceProfile(
        String name,
        QosClass qosClass,
        long guaranteedBitRateBps,
        long maximumBitRateBps,
        long transferDelayNs,
        double maxLossRatio) {

    /** Marks a service without a transfer-delay requirement. */
    public static final long NO_DELAY_BOUND = Long.MAX_VALUE;

    public ServiceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("service name must not be blank");
        }
        if (qosClass == null) {
            throw new IllegalArgumentException("qosClass must be given for service " + name);
        }
        if (guaranteedBitRateBps < 0 || maximumBitRateBps <= 0 || guaranteedBitRateBps > maximumBitRateBps) {
            throw new IllegalArgumentException("service " + name + ": need 0 <= guaranteedBitRateBps ("
                    + guaranteedBitRateBps + ") <= maximumBitRateBps (" + maximumBitRateBps + "), maximum > 0");
        }
        if (transferDelayNs <= 0) {
            throw new IllegalArgumentException("service " + name + ": transferDelayNs must be positive: " + transferDelayNs);
        }
        if (!(maxLossRatio >= 0 && maxLossRatio <= 1)) {
            throw new IllegalArgumentException("service " + name + ": maxLossRatio must be in [0, 1]: " + maxLossRatio);
        }
    }

    /** True when the service has a transfer-delay bound. */
    public boolean hasDelayBound() {
        return transferDelayNs != NO_DELAY_BOUND;
    }

    /**
     * AMR 12.2 kbit/s speech: conversational, GBR = MBR = 12.2 kbit/s, transfer delay 100 ms
     * (the conversational bound of TS 23.107 Table 4), SDU error ratio 10⁻² (TS 23.107 Annex
     * speech example). Values recalled from the standard; check before treating as normative.
     */
    public static ServiceProfile voice() {
        return new ServiceProfile("voice", QosClass.CONVERSATIONAL, 12_200, 12_200, ms(100), 1e-2);
    }

    /**
     * Video streaming at the AROMA UUT rate: streaming, GBR = MBR = 192 kbit/s (AROMA case
     * study II), transfer delay 300 ms (streaming bound of TS 23.107 Table 4), SDU error ratio
     * 10⁻³.
     */
    public static ServiceProfile videoStreaming() {
        return new ServiceProfile("video-streaming", QosClass.STREAMING, 192_000, 192_000, ms(300), 1e-3);
    }

    /**
     * Web browsing: interactive, no guarantee, MBR 384 kbit/s (the largest 30.03 WWW bearer
     * below 2 Mbit/s; our choice), no delay bound, SDU error ratio 10⁻⁴ (payload preserved).
     */
    public static ServiceProfile webBrowsing() {
        return new ServiceProfile("web-browsing", QosClass.INTERACTIVE, 0, 384_000, NO_DELAY_BOUND, 1e-4);
    }

    /**
     * FTP download: background, no guarantee, MBR 2048 kbit/s (our choice), no delay bound,
     * SDU error ratio 10⁻⁴.
     */
    public static ServiceProfile ftpBackground() {
        return new ServiceProfile("ftp", QosClass.BACKGROUND, 0, 2_048_000, NO_DELAY_BOUND, 1e-4);
    }

    private static long ms(long millis) {
        return millis * SimTime.NANOS_PER_MILLI;
    }
}
