package carma.radio.wifi;

/**
 * A legacy 802.11 PHY with its DCF timing (IEEE 802.11-2016: Table 17-21 for OFDM, Table 16-4/15-2
 * for DSSS, 19.4.4 for ERP). DIFS = SIFS + 2 slots.
 *
 * @see FrameAirtime
 */
public enum WifiStandard {
    /** 802.11a, 5 GHz OFDM: slot 9 us, SIFS 16 us, CWmin 15. */
    IEEE_802_11A(PhyFamily.OFDM, 9_000, 16_000, 0, 15, 1023, 5.18e9),
    /** 802.11b, 2.4 GHz DSSS/HR-DSSS, long preamble: slot 20 us, SIFS 10 us, CWmin 31. */
    IEEE_802_11B(PhyFamily.DSSS, 20_000, 10_000, 0, 31, 1023, 2.412e9),
    /** 802.11g ERP-OFDM only (short slot): slot 9 us, SIFS 10 us, 6 us signal extension, CWmin 15. */
    IEEE_802_11G(PhyFamily.OFDM, 9_000, 10_000, 6_000, 15, 1023, 2.412e9);

    private final PhyFamily family;
    private final long slotNs;
    private final long sifsNs;
    private final long signalExtensionNs;
    private final int cwMin;
    private final int cwMax;
    private final double carrierHz;

    WifiStandard(PhyFamily family, long slotNs, long sifsNs, long signalExtensionNs, int cwMin, int cwMax,
            double carrierHz) {
        this.family = family;
        this.slotNs = slotNs;
        this.sifsNs = sifsNs;
        this.signalExtensionNs = signalExtensionNs;
        this.cwMin = cwMin;
        this.cwMax = cwMax;
        this.carrierHz = carrierHz;
    }

    public PhyFamily family() {
        return family;
    }

    public long slotNs() {
        return slotNs;
    }

    public long sifsNs() {
        return sifsNs;
    }

    /** DIFS = SIFS + 2 x slot. */
    public long difsNs() {
        return sifsNs + 2 * slotNs;
    }

    /** ERP-OFDM appends 6 us of silence to every OFDM PPDU; zero otherwise. */
    public long signalExtensionNs() {
        return signalExtensionNs;
    }

    public int cwMin() {
        return cwMin;
    }

    public int cwMax() {
        return cwMax;
    }

    /** Number of backoff stages m such that CWmax + 1 = (CWmin + 1) * 2^m. */
    public int backoffStages() {
        return Integer.numberOfTrailingZeros((cwMax + 1) / (cwMin + 1));
    }

    /** Default carrier of the band (channel 36 for 802.11a, channel 1 for 2.4 GHz). */
    public double carrierHz() {
        return carrierHz;
    }

    /** Channel bandwidth used for the thermal noise floor: 20 MHz OFDM, 22 MHz DSSS. */
    public double noiseBandwidthHz() {
        return family == PhyFamily.OFDM ? 20e6 : 22e6;
    }
}
