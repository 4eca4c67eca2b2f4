package carma.corenet.diffserv;

import carma.kernel.random.RandomStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The per-hop behaviours of every managed egress port: one queue per {@link Psc}, EF by strict
 * priority (or, for comparison, EF as one more DRR member), the other classes by DRR, WRED per drop
 * precedence where configured.
 *
 * @param redWeight w_q of every (W)RED average
 */
public record PhbConfig(Map<Psc, ClassConfig> classes, boolean efStrictPriority, double redWeight) {
    public PhbConfig {
        EnumMap<Psc, ClassConfig> copy = new EnumMap<>(Psc.class);
        copy.putAll(classes);
        for (Psc p : Psc.values()) {
            Objects.requireNonNull(copy.get(p), () -> "no queue configuration for " + p);
        }
        if (!(redWeight > 0 && redWeight <= 1)) {
            throw new IllegalArgumentException("RED weight must be in (0, 1], got " + redWeight);
        }
        double total = 0;
        for (ClassConfig c : copy.values()) {
            total += c.shareOfCapacity();
        }
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException("class shares of capacity add up to " + total + " > 1");
        }
        classes = Map.copyOf(copy);
    }

    /**
     * The reference egress port [reconstructed, shared/reference corenet-e2e §2]: EF strict priority,
     * 20 %, 20 packets, tail drop; AF4/AF3 DRR 6000/4000 B, 30 %/20 %; AF2/AF1 2000 B, 10 % each; AF
     * queues 64 packets with WRED 32/28/24–40 packets, max_p 0.1; DF 2000 B, 10 %, RED 20–40; w_q = 2⁻⁹.
     */
    public static PhbConfig reference() {
        RedCurve max40 = new RedCurve(32, 40, 0.1);
        RedCurve mid = new RedCurve(28, 40, 0.1);
        RedCurve high = new RedCurve(24, 40, 0.1);
        RedCurve be = new RedCurve(20, 40, 0.1);
        Map<Psc, ClassConfig> m = new LinkedHashMap<>();
        m.put(Psc.EF, ClassConfig.tailDrop(20, 1500, 0.20));
        m.put(Psc.AF4, ClassConfig.wred(64, 6000, 0.30, max40, mid, high));
        m.put(Psc.AF3, ClassConfig.wred(64, 4000, 0.20, max40, mid, high));
        m.put(Psc.AF2, ClassConfig.wred(64, 2000, 0.10, max40, mid, high));
        m.put(Psc.AF1, ClassConfig.wred(64, 2000, 0.10, max40, mid, high));
        m.put(Psc.DF, ClassConfig.wred(64, 2000, 0.10, be, be, be));
        return new PhbConfig(m, true, 1.0 / 512);
    }

    public ClassConfig of(Psc psc) {
        return classes.get(psc);
    }

    /** A fresh scheduler for one port. */
    public PortScheduler newScheduler() {
        Map<Psc, Integer> quanta = new EnumMap<>(Psc.class);
        for (Psc p : Psc.values()) {
            if (p != Psc.EF || !efStrictPriority) {
                quanta.put(p, classes.get(p).quantumBytes());
            }
        }
        PortScheduler drr = new DeficitRoundRobinScheduler(quanta);
        return efStrictPriority ? new StrictPriorityScheduler(Psc.EF, drr) : drr;
    }

    /** A fresh queue management for one class queue of one port. */
    public QueueManagement newQueueManagement(Psc psc, long packetTimeNs, RandomStream random) {
        ClassConfig c = classes.get(psc);
        return c.usesRed() ? new Wred(c.redCurves(), redWeight, packetTimeNs, random) : QueueManagement.TAIL_DROP;
    }
}
