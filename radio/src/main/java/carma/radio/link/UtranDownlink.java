package carma.radio.link;

/**
 * UTRAN downlink signal quality with the orthogonality factor α (AROMA paper §5.2.7, Holma &
 * Toskala): intracell interference is the serving cell's other channels scaled by (1 − α); other
 * cells and noise add fully. All powers are received powers in milliwatts.
 */
public final class UtranDownlink {
    private UtranDownlink() {}

    /**
     * SIR of a channel received with power {@code channelMw} from a cell whose total received power is
     * {@code ownTotalMw}: {@code P / ((1 − α)·(P_own − P) + P_other + N)}, linear.
     */
    public static double sirLinear(double channelMw, double ownTotalMw, double otherCellsMw, double noiseMw,
            double orthogonality) {
        return channelMw / ((1 - orthogonality) * (ownTotalMw - channelMw) + otherCellsMw + noiseMw);
    }

    /**
     * HS-DSCH SINR per chip: {@code P_HS / ((1 − α)·P_own + P_other + N)} (reference notes §4.5 without
     * the SF16 gain; the own-cell term is the whole cell power as in Holma & Toskala's HSDPA formula).
     */
    public static double hsdschChipSinrLinear(double hsMw, double ownTotalMw, double otherCellsMw, double noiseMw,
            double orthogonality) {
        return hsMw / ((1 - orthogonality) * ownTotalMw + otherCellsMw + noiseMw);
    }

    /** {@code Eb/N0 = (W/R)·SIR}, linear, for chip rate W and bit rate R. */
    public static double ebN0Linear(double sirLinear, double chipRateHz, double bitRateBps) {
        return chipRateHz / bitRateBps * sirLinear;
    }
}
