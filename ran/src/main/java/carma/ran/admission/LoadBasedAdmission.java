package carma.ran.admission;

import carma.traffic.QosClass;

/**
 * Load-based admission: a session is admitted when the cell's booked load including it stays at
 * or below the threshold of its class; handovers get a higher threshold (a guard margin in favour
 * of ongoing sessions, the usual RRM practice).
 *
 * @param thresholds per QoS class ordinal, maximum load after admission for new sessions
 * @param handoverThreshold maximum load after admission for sessions arriving by handover
 */
public record LoadBasedAdmission(double[] thresholds, double handoverThreshold) implements AdmissionControl {
    public LoadBasedAdmission {
        if (thresholds.length != QosClass.values().length) {
            throw new IllegalArgumentException("one threshold per QoS class expected");
        }
        thresholds = thresholds.clone();
    }

    /** 0.8 conversational, 0.8 streaming, 0.9 interactive, 0.95 background; handovers up to 1.0. */
    public static LoadBasedAdmission defaults() {
        return new LoadBasedAdmission(new double[] {0.8, 0.8, 0.9, 0.95}, 1.0);
    }

    @Override
    public boolean admit(int cell, QosClass qosClass, double rateBps, boolean handover, CellLoad load) {
        double limit = handover ? handoverThreshold : thresholds[qosClass.ordinal()];
        return load.loadWith(cell, rateBps) <= limit;
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
