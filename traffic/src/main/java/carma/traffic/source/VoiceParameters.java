package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;

/**
 * Voice on/off source (AROMA paper §5.2.5, after Brady): talk spurts and silences alternate, both
 * exponential; during a talk spurt one packet of {@code packetSizeBits} is sent every {@code
 * packetIntervalNs}, the first at the start of the spurt.
 *
 * @param meanTalkSpurtS mean talk-spurt duration, s (positive)
 * @param meanSilenceS mean silence duration, s (positive)
 * @param packetSizeBits voice frame size, bits (positive)
 * @param packetIntervalNs frame interval during talk spurts, ns (positive)
 */
public record VoiceParameters(double meanTalkSpurtS, double meanSilenceS, int packetSizeBits, long packetIntervalNs) implements SourceParameters {
    public VoiceParameters {
        if (!(meanTalkSpurtS > 0) || !(meanSilenceS > 0) || !Double.isFinite(meanTalkSpurtS + meanSilenceS)) {
            throw new IllegalArgumentException("mean talk spurt and silence must be positive and finite: "
                    + meanTalkSpurtS + " s, " + meanSilenceS + " s");
        }
        if (packetSizeBits <= 0 || packetIntervalNs <= 0) {
            throw new IllegalArgumentException("packet size and interval must be positive: "
                    + packetSizeBits + " bits, " + packetIntervalNs + " ns");
        }
    }

    /**
     * AROMA's 12.2 kbit/s voice: one 122-bit packet every 10 ms in talk spurts (AROMA paper
     * §5.2.5). The paper's mean talk and silence durations were lost in extraction; we use the
     * 3GPP/NGMN VoIP means (R1-070674): talk 1.026 s, silence 1.171 s (activity factor 0.467).
     */
    public static VoiceParameters aromaAmr122() {
        return new VoiceParameters(1.026, 1.171, 122, 10_000_000L);
    }

    /**
     * 3GPP/NGMN VoIP (R1-070674, as in the Vienna LTE simulator): AMR 12.2 kbit/s in 40-byte
     * frames (payload plus compressed headers) every 20 ms, talk 1.026 s, silence 1.171 s. The
     * 15-byte SID frames every 160 ms during silences are not modelled.
     */
    public static VoiceParameters ngmnVoip20ms() {
        return new VoiceParameters(1.026, 1.171, 320, 20_000_000L);
    }

    /** UMTS 30.03 speech: mean talk = mean silence = 3 s (recalled), 122 bits every 10 ms. */
    public static VoiceParameters umts3003Speech() {
        return new VoiceParameters(3.0, 3.0, 122, 10_000_000L);
    }

    /** Activity factor: fraction of time in talk spurts, {@code talk / (talk + silence)}. */
    public double activityFactor() {
        return meanTalkSpurtS / (meanTalkSpurtS + meanSilenceS);
    }

    /**
     * Long-run packets per second, exact for exponential spurts with the first packet at the
     * spurt start: a spurt of length D carries {@code ⌈D/Δ⌉} packets and {@code E⌈D/Δ⌉ = 1 / (1 −
     * e^(−Δ/talk))}; one on/off cycle lasts {@code talk + silence} on average.
     */
    public double meanPacketsPerSecond() {
        double intervalS = packetIntervalNs / 1e9;
        double packetsPerSpurt = 1.0 / -Math.expm1(-intervalS / meanTalkSpurtS);
        return packetsPerSpurt / (meanTalkSpurtS + meanSilenceS);
    }

    @Override
    public PacketSource newSource(RandomStream stream, long startNs) {
        return new VoiceOnOffSource(this, stream, startNs);
    }
}
