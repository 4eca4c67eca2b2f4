package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.traffic.QosClass;

/**
 * CRRM technology preference weights for RAN selection per service class (AROMA case study II
 * steers vertical handovers with them): among the reachable RANs the one with the largest weight
 * is chosen; a weight of 0 means "never".
 *
 * @param weights {@code weights[qosClass.ordinal()][technology.ordinal()]}
 */
public record CrrmPreferences(double[][] weights) {
    public CrrmPreferences {
        if (weights.length != QosClass.values().length) {
            throw new IllegalArgumentException("one weight row per QoS class expected");
        }
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != Technology.values().length) {
                throw new IllegalArgumentException("one weight per technology expected");
            }
            for (double w : weights[i]) {
                if (!(w >= 0)) {
                    throw new IllegalArgumentException("preference weights must be >= 0");
                }
            }
            copy[i] = weights[i].clone();
        }
        weights = copy;
    }

    /**
     * Conversational: UTRAN over GERAN, never WLAN; streaming: WLAN over UTRAN, never GERAN (as in
     * case study II); interactive and background: WLAN, then UTRAN, then GERAN.
     */
    public static CrrmPreferences defaults() {
        // columns: UTRAN, GERAN, WLAN
        return new CrrmPreferences(new double[][] {
            {3, 2, 0}, {2, 0, 3}, {2, 1, 3}, {2, 1, 3},
        });
    }

    /** Every class only on one technology. */
    public static CrrmPreferences only(Technology technology) {
        double[][] w = new double[QosClass.values().length][Technology.values().length];
        for (double[] row : w) {
            row[technology.ordinal()] = 1;
        }
        return new CrrmPreferences(w);
    }

    public double weight(int qosClassOrdinal, Technology technology) {
        return weights[qosClassOrdinal][technology.ordinal()];
    }

    @Override
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }
}
