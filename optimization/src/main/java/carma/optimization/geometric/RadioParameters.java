package carma.optimization.geometric;

import carma.radio.propagation.LogDistancePathLoss;

/** Transmit power, antenna gains, path loss and rate table shared by access and mesh links. */
public record RadioParameters(double txPowerDbm, double antennaGainDb, LogDistancePathLoss pathLoss,
        RateTable rateTable) {
    /** fair-mesh.md §4.1 defaults: 20 dBm, 0 dB gain, 2.4 GHz, d0 = 1 m, 802.11a/g MAC rates. */
    public static RadioParameters defaults(double pathLossExponent) {
        return new RadioParameters(20.0, 0.0, new LogDistancePathLoss(2.4e9, pathLossExponent, 1.0),
                RateTable.ieee80211ag(true));
    }

    public double rateBps(double distanceM) {
        return rateTable.rateBps(txPowerDbm + antennaGainDb - pathLoss.pathLossDb(distanceM));
    }
}
