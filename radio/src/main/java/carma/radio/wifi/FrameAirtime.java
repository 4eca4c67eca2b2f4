package carma.radio.wifi;

/**
 * Airtime of 802.11 frames (IEEE 802.11-2016: 17.3.2.5 OFDM TXTIME, 16.3.4 DSSS long-preamble
 * TXTIME) and of whole DCF exchanges in basic access.
 *
 * <p>OFDM: TXTIME = 20 us (preamble + SIGNAL) + 4 us x ceil((16 + 8 L + 6) / N_DBPS) + signal
 * extension. DSSS: 192 us (long PLCP preamble + header at 1 Mbit/s) + 8 L / rate. An ACK is 14
 * octets sent at the control-response rate.
 */
public final class FrameAirtime {
    /** MAC header (24) + FCS (4) of a data frame, octets. */
    public static final int MAC_DATA_OVERHEAD_BYTES = 28;
    /** LLC/SNAP header in front of an IP packet, octets. */
    public static final int LLC_SNAP_BYTES = 8;
    public static final int ACK_BYTES = 14;
    private static final long OFDM_PREAMBLE_SIGNAL_NS = 20_000;
    private static final long OFDM_SYMBOL_NS = 4_000;
    private static final long DSSS_LONG_PLCP_NS = 192_000;

    private final WifiStandard standard;
    private final PhyModeTable table;

    public FrameAirtime(WifiStandard standard, PhyModeTable table) {
        this.standard = standard;
        this.table = table;
    }

    public WifiStandard standard() {
        return standard;
    }

    /** PSDU length of a data frame carrying an IP packet of {@code ipBytes}. */
    public static int psduBytesForIpPacket(int ipBytes) {
        return ipBytes + LLC_SNAP_BYTES + MAC_DATA_OVERHEAD_BYTES;
    }

    /** Duration of one PPDU carrying {@code psduBytes} at {@code mode}. */
    public long ppduNs(PhyMode mode, int psduBytes) {
        if (mode.family() != standard.family()) {
            throw new IllegalArgumentException(mode + " is not a mode of " + standard);
        }
        if (mode.family() == PhyFamily.OFDM) {
            long bits = 16L + 8L * psduBytes + 6L;
            long symbols = (bits + mode.dataBitsPerSymbol() - 1) / mode.dataBitsPerSymbol();
            return OFDM_PREAMBLE_SIGNAL_NS + symbols * OFDM_SYMBOL_NS + standard.signalExtensionNs();
        }
        return DSSS_LONG_PLCP_NS + (long) Math.ceil(8.0 * psduBytes * 1e9 / mode.rateBps());
    }

    /** Duration of the ACK that answers a data frame sent at {@code dataMode}. */
    public long ackNs(PhyMode dataMode) {
        return ppduNs(table.controlResponseMode(dataMode), ACK_BYTES);
    }

    /** Medium time of a successful basic-access exchange: DATA + SIFS + ACK + DIFS (Bianchi's T_s). */
    public long successfulExchangeNs(PhyMode mode, int psduBytes) {
        return ppduNs(mode, psduBytes) + standard.sifsNs() + ackNs(mode) + standard.difsNs();
    }

    /** Medium time of a collision in basic access: DATA + DIFS (Bianchi's T_c; no EIFS). */
    public long collisionNs(PhyMode mode, int psduBytes) {
        return ppduNs(mode, psduBytes) + standard.difsNs();
    }

    /**
     * MAC throughput of a single saturated sender without collisions: payload bits over DIFS +
     * mean initial backoff (CWmin/2 slots) + DATA + SIFS + ACK.
     */
    public double singleSenderThroughputBps(PhyMode mode, int payloadBytes, int psduBytes) {
        double cycleNs = standard.difsNs() + standard.cwMin() / 2.0 * standard.slotNs() + ppduNs(mode, psduBytes)
                + standard.sifsNs() + ackNs(mode);
        return payloadBytes * 8.0 / (cycleNs * 1e-9);
    }
}
