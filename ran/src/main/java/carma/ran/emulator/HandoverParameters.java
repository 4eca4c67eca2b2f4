package carma.ran.emulator;

import carma.radio.deployment.Technology;

/**
 * Reachability and handover (AROMA paper §5.2.4): a cell is reachable when its broadcast channel
 * (CPICH, BCCH, beacon) is received above the technology's threshold; a handover to a candidate is
 * triggered when it exceeds the serving cell by the hysteresis margin.
 *
 * @param utranThresholdDbm CPICH RSCP threshold
 * @param geranThresholdDbm BCCH threshold
 * @param wlanThresholdDbm beacon threshold (the 6 Mbit/s sensitivity)
 * @param hysteresisDb margin of horizontal handovers
 * @param verticalMarginDb a RAN the user is not in must be received this far above its threshold
 *     before CRRM moves the user there (hysteresis of vertical handovers)
 */
public record HandoverParameters(double utranThresholdDbm, double geranThresholdDbm, double wlanThresholdDbm,
        double hysteresisDb, double verticalMarginDb) {
    public HandoverParameters {
        if (!(hysteresisDb >= 0) || !(verticalMarginDb >= 0)) {
            throw new IllegalArgumentException("handover margins must be >= 0 dB");
        }
    }

    public static HandoverParameters defaults() {
        return new HandoverParameters(-115, -104, -82, 3, 3);
    }

    public double thresholdDbm(Technology technology) {
        switch (technology) {
            case UTRAN:
                return utranThresholdDbm;
            case GERAN:
                return geranThresholdDbm;
            case WLAN:
                return wlanThresholdDbm;
            default:
                throw new IllegalArgumentException(technology.toString());
        }
    }
}
