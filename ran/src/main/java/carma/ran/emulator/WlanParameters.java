package carma.ran.emulator;

/**
 * WLAN hotspot settings.
 *
 * @param frameBits MSDU payload per frame (1500 bytes)
 * @param maxTransmissions 802.11 transmissions of a frame (1 + retry limit)
 * @param nominalCellCapacityBps the capacity admission control divides the admitted rates by
 */
public record WlanParameters(int frameBits, int maxTransmissions, double nominalCellCapacityBps) {
    public WlanParameters {
        if (frameBits < 8 || maxTransmissions < 1 || !(nominalCellCapacityBps > 0)) {
            throw new IllegalArgumentException("WLAN: invalid frame size, retry limit or capacity");
        }
    }

    /** 1500-byte frames, 7 transmissions, 15 Mbit/s. */
    public static WlanParameters defaults() {
        return new WlanParameters(12_000, 7, 15e6);
    }
}
