package carma.optimization.geometric;

import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyModeTable;
import java.util.Comparator;
import java.util.List;

/**
 * Rate versus received power: r = max{R_i : P_rx ≥ S_i}. Either PHY or effective MAC rates are
 * returned, as chosen by {@code useMacRates}. An instance may carry its own steps; the default is
 * the OFDM rows of radio's 802.11 rate table ({@link PhyModeTable}).
 */
public record RateTable(List<RateStep> steps, boolean useMacRates) {
    public RateTable {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("rate table is empty");
        }
        steps = steps.stream().sorted(Comparator.comparingDouble(RateStep::sensitivityDbm)).toList();
    }

    /** The 802.11a/g table of fair-mesh.md §4.1: the OFDM rows of {@link PhyModeTable#standard()}. */
    public static RateTable ieee80211ag(boolean useMacRates) {
        List<RateStep> steps = PhyModeTable.standard().modes(PhyFamily.OFDM).stream()
                .map(m -> new RateStep(m.rateBps(), m.sensitivityDbm(), m.macRateBps())).toList();
        return new RateTable(steps, useMacRates);
    }

    /** The rate usable at this received power, or 0 when below the lowest sensitivity. */
    public double rateBps(double receivedPowerDbm) {
        double best = 0.0;
        for (RateStep step : steps) {
            if (receivedPowerDbm >= step.sensitivityDbm()) {
                best = Math.max(best, useMacRates ? step.macRateBps() : step.phyRateBps());
            }
        }
        return best;
    }
}
