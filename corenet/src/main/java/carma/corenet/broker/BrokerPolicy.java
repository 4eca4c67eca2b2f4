package carma.corenet.broker;

import carma.corenet.diffserv.PhbConfig;
import carma.corenet.diffserv.Psc;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The policies database (seed 001 §7.1, content [reconstructed], shared/reference corenet-e2e §4):
 * the share s_c of every link's capacity admission may reserve per class, the measurement poll and
 * window, and the congestion thresholds (on at utilisation ≥ 0.9 or EF+AF4 loss ≥ 1 %, off below
 * 0.8 and 0.1 %).
 */
public record BrokerPolicy(Map<Psc, Double> shareOfCapacity, long pollIntervalNs, long windowNs,
        double congestedUtilisation, double clearedUtilisation, double congestedLossRatio,
        double clearedLossRatio) {
    public BrokerPolicy {
        EnumMap<Psc, Double> copy = new EnumMap<>(Psc.class);
        copy.putAll(shareOfCapacity);
        for (Psc p : Psc.values()) {
            double s = Objects.requireNonNull(copy.get(p), () -> "no share for " + p);
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException(p + " share must be in [0, 1], got " + s);
            }
        }
        shareOfCapacity = Map.copyOf(copy);
        if (pollIntervalNs <= 0 || windowNs < pollIntervalNs || windowNs % pollIntervalNs != 0) {
            throw new IllegalArgumentException("the window must be a positive multiple of the poll interval");
        }
        if (!(clearedUtilisation <= congestedUtilisation && clearedLossRatio <= congestedLossRatio)) {
            throw new IllegalArgumentException("congestion clears at or below where it starts");
        }
    }

    /** Shares from the PHB configuration, 1 s polls, 10 s window, thresholds 0.9/0.8 and 1 %/0.1 %. */
    public static BrokerPolicy reference(PhbConfig phb) {
        Map<Psc, Double> shares = new EnumMap<>(Psc.class);
        for (Psc p : Psc.values()) {
            shares.put(p, phb.of(p).shareOfCapacity());
        }
        return new BrokerPolicy(shares, 1_000_000_000L, 10_000_000_000L, 0.90, 0.80, 0.01, 0.001);
    }

    public double share(Psc psc) {
        return shareOfCapacity.get(psc);
    }
}
