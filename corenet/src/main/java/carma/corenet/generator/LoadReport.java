package carma.corenet.generator;

import carma.traffic.QosClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one RAN emulator processed in one report period, per service and direction, in IP-level bytes
 * (seed 001 §5.3, §6.2; the UUT excluded: its real packets cross the core themselves).
 */
public record LoadReport(int ranId, long periodIndex, Map<QosClass, Long> downlinkBytes, Map<QosClass, Long> uplinkBytes) {
    public LoadReport {
        downlinkBytes = checked(downlinkBytes);
        uplinkBytes = checked(uplinkBytes);
    }

    private static Map<QosClass, Long> checked(Map<QosClass, Long> bytes) {
        EnumMap<QosClass, Long> copy = new EnumMap<>(QosClass.class);
        for (Map.Entry<QosClass, Long> e : bytes.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative byte count for " + e.getKey());
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Map.copyOf(copy);
    }

    public long bytes(QosClass c, boolean downlink) {
        return (downlink ? downlinkBytes : uplinkBytes).getOrDefault(c, 0L);
    }
}
