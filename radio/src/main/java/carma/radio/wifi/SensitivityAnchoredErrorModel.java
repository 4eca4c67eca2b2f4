package carma.radio.wifi;

/**
 * A frame error curve anchored at the standard's sensitivity point [reconstructed]: at the mode's
 * SNR threshold ({@link ReceiverNoise#snrThresholdDb}) the error rate of the reference frame length
 * equals the sensitivity-defining rate (PER 10 % at 1000 octets for OFDM, FER 8 % at 1024 octets for
 * DSSS); it falls by one decade every {@code slopeDbPerDecade} dB above and rises likewise below
 * (capped at 1): {@code log10 PER_ref = log10 PER_0 - (SINR - SNR_th) / slope}. Other lengths scale
 * as independent bit errors, {@code PER(L) = 1 - (1 - PER_ref)^(L / L_ref)}.
 *
 * <p>A slope of about 2 dB per decade is typical of convolutionally coded 802.11 waterfall curves
 * in AWGN; it is a parameter.
 */
public final class SensitivityAnchoredErrorModel implements FrameErrorModel {
    private final WifiStandard standard;
    private final double slopeDbPerDecade;

    public SensitivityAnchoredErrorModel(WifiStandard standard, double slopeDbPerDecade) {
        if (!(slopeDbPerDecade > 0)) {
            throw new IllegalArgumentException("slope must be positive, got " + slopeDbPerDecade + " dB/decade");
        }
        this.standard = standard;
        this.slopeDbPerDecade = slopeDbPerDecade;
    }

    @Override
    public double frameErrorProbability(PhyMode mode, double sinrDb, int psduBytes) {
        boolean ofdm = mode.family() == PhyFamily.OFDM;
        double anchor = ofdm ? 0.10 : 0.08;
        int refBytes = ofdm ? 1000 : 1024;
        double log10Per = Math.log10(anchor) - (sinrDb - ReceiverNoise.snrThresholdDb(standard, mode)) / slopeDbPerDecade;
        double perRef = Math.min(1.0, Math.pow(10, log10Per));
        if (perRef >= 1.0) {
            return 1.0;
        }
        return -Math.expm1(psduBytes / (double) refBytes * Math.log1p(-perRef));
    }
}
