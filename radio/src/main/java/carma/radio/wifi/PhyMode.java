package carma.radio.wifi;

import java.util.Objects;

/**
 * One legacy 802.11 PHY mode (a row of {@code phy-modes.csv}).
 *
 * @param family modulation family
 * @param rateBps PHY data rate
 * @param sensitivityDbm minimum input sensitivity of the standard's reference receiver
 * @param dataBitsPerSymbol OFDM N_DBPS (0 for DSSS)
 * @param mandatory a mandatory rate, hence a candidate basic rate for control responses
 * @param macRateBps effective MAC throughput of one 1500-byte MSDU exchange without collisions
 *     (OFDM only; 0 where the table does not give it)
 */
public record PhyMode(PhyFamily family, long rateBps, double sensitivityDbm, int dataBitsPerSymbol,
        boolean mandatory, long macRateBps) {
    public PhyMode {
        Objects.requireNonNull(family, "family");
        if (rateBps <= 0) {
            throw new IllegalArgumentException("PHY rate must be positive: " + rateBps + " bit/s");
        }
        if (family == PhyFamily.OFDM && dataBitsPerSymbol <= 0) {
            throw new IllegalArgumentException("OFDM mode " + rateBps + " bit/s needs data bits per symbol");
        }
        if (family == PhyFamily.OFDM && macRateBps <= 0 || macRateBps < 0) {
            throw new IllegalArgumentException("OFDM mode " + rateBps + " bit/s needs a positive MAC rate");
        }
    }

    public double rateMbps() {
        return rateBps / 1e6;
    }

    @Override
    public String toString() {
        return family + "-" + (rateBps % 1_000_000 == 0 ? String.valueOf(rateBps / 1_000_000) : rateMbps()) + "M";
    }
}
