package carma.corenet.generator;

import carma.corenet.diffserv.DscpMarking;
import carma.traffic.QosClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Coordinated traffic generation (seed 001 §6.2) [defaults reconstructed, shared/reference
 * corenet-e2e §5]: the RANs' report period and the fixed packet size of each class (conversational
 * 72 B, streaming 1000 B, interactive and background 1500 B), marked as the edge marks the class.
 */
public record GeneratorConfig(long reportPeriodNs, Map<QosClass, Integer> packetBytes, DscpMarking marking) {
    public GeneratorConfig {
        if (reportPeriodNs <= 0) {
            throw new IllegalArgumentException("report period must be positive");
        }
        EnumMap<QosClass, Integer> copy = new EnumMap<>(QosClass.class);
        copy.putAll(packetBytes);
        for (QosClass c : QosClass.values()) {
            int s = Objects.requireNonNull(copy.get(c), () -> "no packet size for " + c);
            if (s < 20 || s > 65_535) {
                throw new IllegalArgumentException(c + " packet size must be 20..65535 bytes, got " + s);
            }
        }
        packetBytes = Map.copyOf(copy);
        Objects.requireNonNull(marking, "marking");
    }

    public static GeneratorConfig reference() {
        return new GeneratorConfig(10_000_000L, Map.of(QosClass.CONVERSATIONAL, 72, QosClass.STREAMING, 1000,
                QosClass.INTERACTIVE, 1500, QosClass.BACKGROUND, 1500), DscpMarking.reference());
    }

    public int packetBytes(QosClass c) {
        return packetBytes.get(c);
    }
}
