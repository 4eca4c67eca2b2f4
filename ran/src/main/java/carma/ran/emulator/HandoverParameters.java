package carma.ran.emulator;

import carma.radio.deployment.Technology;

/**
 * Reachability and handover (AROMA paper §5.2.4, with 3GPP measurement practice): a cell is
 * reachable when its layer-3 filtered broadcast channel (CPICH, BCCH, beacon) is received above
 * the technology's threshold; a horizontal handover to a candidate is triggered when its filtered
 * level exceeds the serving cell's by the technology's hysteresis for the technology's
 * time-to-trigger; a serving cell below threshold for the radio-link-failure time drops the
 * session. Executing a handover interrupts the user's service for the interruption time.
 *
 * @param utranThresholdDbm CPICH RSCP threshold
 * @param geranThresholdDbm BCCH threshold
 * @param wlanThresholdDbm beacon threshold (the 6 Mbit/s sensitivity)
 * @param utranHysteresisDb margin of UTRAN horizontal handovers
 * @param geranHysteresisDb margin of GERAN horizontal handovers
 * @param wlanHysteresisDb margin of WLAN horizontal handovers
 * @param verticalMarginDb a RAN the user is not in must be received this far above its threshold
 *     before CRRM moves the user there (hysteresis of vertical handovers)
 * @param utranTimeToTriggerNs time-to-trigger of handovers into UTRAN
 * @param geranTimeToTriggerNs time-to-trigger of handovers into GERAN
 * @param wlanTimeToTriggerNs time-to-trigger of handovers into WLAN
 * @param filterCoefficient layer-3 filter coefficient k (0 = no filtering), see {@link Layer3Filter}
 * @param measurementPeriodNs period of the measurements that feed the filter
 * @param radioLinkFailureNs time the serving cell may stay below threshold before the session is dropped
 * @param horizontalInterruptionNs service interruption of a horizontal handover
 * @param verticalInterruptionNs service interruption of a vertical handover
 * @param forwarding whether buffered packets survive a handover
 */
public record HandoverParameters(double utranThresholdDbm, double geranThresholdDbm, double wlanThresholdDbm,
        double utranHysteresisDb, double geranHysteresisDb, double wlanHysteresisDb, double verticalMarginDb,
        long utranTimeToTriggerNs, long geranTimeToTriggerNs, long wlanTimeToTriggerNs, int filterCoefficient,
        long measurementPeriodNs, long radioLinkFailureNs, long horizontalInterruptionNs, long verticalInterruptionNs,
        HandoverForwarding forwarding) {
    private static final long MS = 1_000_000L;

    public HandoverParameters {
        if (!(utranHysteresisDb >= 0) || !(geranHysteresisDb >= 0) || !(wlanHysteresisDb >= 0) || !(verticalMarginDb >= 0)) {
            throw new IllegalArgumentException("handover margins must be >= 0 dB");
        }
        if (utranTimeToTriggerNs < 0 || geranTimeToTriggerNs < 0 || wlanTimeToTriggerNs < 0 || radioLinkFailureNs < 0
                || horizontalInterruptionNs < 0 || verticalInterruptionNs < 0 || measurementPeriodNs <= 0) {
            throw new IllegalArgumentException("handover times must be >= 0 and the measurement period > 0");
        }
        Layer3Filter.weight(filterCoefficient);
        if (forwarding == null) {
            throw new IllegalArgumentException("forwarding must be set");
        }
    }

    public static HandoverParameters defaults() {
        return builder().build();
    }

    /**
     * A builder holding the defaults: thresholds of AROMA; values from the 3GPP ranges for the
     * rest (filter coefficient 17 on 200 ms measurements, 6 dB hysteresis and 1280 ms
     * time-to-trigger for every technology, chosen for < 5 % ping-pong on AROMA's 20 m shadowing, 3 s
     * radio-link failure (T313), 50 ms horizontal and 200 ms vertical interruption, lossless).
     * Sources in docs/models.md.
     */
    public static Builder builder() {
        return new Builder()
                .utranThresholdDbm(-115)
                .geranThresholdDbm(-104)
                .wlanThresholdDbm(-82)
                .utranHysteresisDb(6)
                .geranHysteresisDb(6)
                .wlanHysteresisDb(6)
                .verticalMarginDb(3)
                .utranTimeToTriggerNs(1280 * MS)
                .geranTimeToTriggerNs(1280 * MS)
                .wlanTimeToTriggerNs(1280 * MS)
                .filterCoefficient(17)
                .measurementPeriodNs(200 * MS)
                .radioLinkFailureNs(3000 * MS)
                .horizontalInterruptionNs(50 * MS)
                .verticalInterruptionNs(200 * MS)
                .forwarding(HandoverForwarding.LOSSLESS);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .utranThresholdDbm(utranThresholdDbm)
                .geranThresholdDbm(geranThresholdDbm)
                .wlanThresholdDbm(wlanThresholdDbm)
                .utranHysteresisDb(utranHysteresisDb)
                .geranHysteresisDb(geranHysteresisDb)
                .wlanHysteresisDb(wlanHysteresisDb)
                .verticalMarginDb(verticalMarginDb)
                .utranTimeToTriggerNs(utranTimeToTriggerNs)
                .geranTimeToTriggerNs(geranTimeToTriggerNs)
                .wlanTimeToTriggerNs(wlanTimeToTriggerNs)
                .filterCoefficient(filterCoefficient)
                .measurementPeriodNs(measurementPeriodNs)
                .radioLinkFailureNs(radioLinkFailureNs)
                .horizontalInterruptionNs(horizontalInterruptionNs)
                .verticalInterruptionNs(verticalInterruptionNs)
                .forwarding(forwarding);
    }

    public double thresholdDbm(Technology technology) {
        return switch (technology) {
            case UTRAN -> utranThresholdDbm;
            case GERAN -> geranThresholdDbm;
            case WLAN -> wlanThresholdDbm;
        };
    }

    public double hysteresisDb(Technology technology) {
        return switch (technology) {
            case UTRAN -> utranHysteresisDb;
            case GERAN -> geranHysteresisDb;
            case WLAN -> wlanHysteresisDb;
        };
    }

    /** Time-to-trigger of a handover into a cell of {@code technology}. */
    public long timeToTriggerNs(Technology technology) {
        return switch (technology) {
            case UTRAN -> utranTimeToTriggerNs;
            case GERAN -> geranTimeToTriggerNs;
            case WLAN -> wlanTimeToTriggerNs;
        };
    }

    /** Named construction of {@link HandoverParameters}; every component is set by name. */
    public static final class Builder {
        private double utranThresholdDbm;
        private double geranThresholdDbm;
        private double wlanThresholdDbm;
        private double utranHysteresisDb;
        private double geranHysteresisDb;
        private double wlanHysteresisDb;
        private double verticalMarginDb;
        private long utranTimeToTriggerNs;
        private long geranTimeToTriggerNs;
        private long wlanTimeToTriggerNs;
        private int filterCoefficient;
        private long measurementPeriodNs;
        private long radioLinkFailureNs;
        private long horizontalInterruptionNs;
        private long verticalInterruptionNs;
        private HandoverForwarding forwarding;

        private Builder() {}

        public Builder utranThresholdDbm(double v) { utranThresholdDbm = v; return this; }

        public Builder geranThresholdDbm(double v) { geranThresholdDbm = v; return this; }

        public Builder wlanThresholdDbm(double v) { wlanThresholdDbm = v; return this; }

        /** The same threshold for every technology. */
        public Builder thresholdsDbm(double v) { return utranThresholdDbm(v).geranThresholdDbm(v).wlanThresholdDbm(v); }

        public Builder utranHysteresisDb(double v) { utranHysteresisDb = v; return this; }

        public Builder geranHysteresisDb(double v) { geranHysteresisDb = v; return this; }

        public Builder wlanHysteresisDb(double v) { wlanHysteresisDb = v; return this; }

        /** The same hysteresis for every technology. */
        public Builder hysteresisDb(double v) { return utranHysteresisDb(v).geranHysteresisDb(v).wlanHysteresisDb(v); }

        public Builder verticalMarginDb(double v) { verticalMarginDb = v; return this; }

        public Builder utranTimeToTriggerNs(long v) { utranTimeToTriggerNs = v; return this; }

        public Builder geranTimeToTriggerNs(long v) { geranTimeToTriggerNs = v; return this; }

        public Builder wlanTimeToTriggerNs(long v) { wlanTimeToTriggerNs = v; return this; }

        /** The same time-to-trigger for every technology. */
        public Builder timeToTriggerNs(long v) {
            return utranTimeToTriggerNs(v).geranTimeToTriggerNs(v).wlanTimeToTriggerNs(v);
        }

        public Builder filterCoefficient(int v) { filterCoefficient = v; return this; }

        public Builder measurementPeriodNs(long v) { measurementPeriodNs = v; return this; }

        public Builder radioLinkFailureNs(long v) { radioLinkFailureNs = v; return this; }

        public Builder horizontalInterruptionNs(long v) { horizontalInterruptionNs = v; return this; }

        public Builder verticalInterruptionNs(long v) { verticalInterruptionNs = v; return this; }

        public Builder forwarding(HandoverForwarding v) { forwarding = v; return this; }

        public HandoverParameters build() {
            return new HandoverParameters(utranThresholdDbm, geranThresholdDbm, wlanThresholdDbm, utranHysteresisDb,
                    geranHysteresisDb, wlanHysteresisDb, verticalMarginDb, utranTimeToTriggerNs, geranTimeToTriggerNs,
                    wlanTimeToTriggerNs, filterCoefficient, measurementPeriodNs, radioLinkFailureNs,
                    horizontalInterruptionNs, verticalInterruptionNs, forwarding);
        }
    }
}
