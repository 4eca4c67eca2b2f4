package carma.mesh.link;

import carma.radio.wifi.PhyMode;
import carma.radio.wifi.PhyModeTable;
import carma.radio.wifi.WifiStandard;

/** Chooses the PHY mode of a unicast data frame from the link's SNR. */
public interface RatePolicy {
    PhyMode modeFor(double snrDb);

    /** Always the same mode (e.g. the 1 Mbit/s radio of the OLSR grid benchmark). */
    static RatePolicy fixed(PhyMode mode) {
        return snrDb -> mode;
    }

    /**
     * The fastest mode whose SNR threshold (from the sensitivity table) is met with {@code marginDb}
     * to spare; the most robust mode if none is.
     */
    static RatePolicy fromSnr(PhyModeTable table, WifiStandard standard, double marginDb) {
        PhyMode lowest = table.lowest(standard.family());
        return snrDb -> table.fastestForSnr(standard, snrDb - marginDb).orElse(lowest);
    }
}
