package carma.ran.emulator;

import carma.traffic.PacketSource;
import carma.traffic.QosClass;
import java.util.Objects;

/**
 * A service offered to users: its QoS class (scheduling priority, CRRM preferences), the rate that
 * admission control books for it, the head-of-line delay beyond which the session counts as not
 * meeting its QoS (for dropping), and how its packet source is made for a new session.
 */
public record Service(String name, QosClass qosClass, double admissionRateBps, double maxDelayMs,
        SourceFactory sourceFactory) {
    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qosClass, "qosClass");
        Objects.requireNonNull(sourceFactory, "sourceFactory");
        if (!(admissionRateBps >= 0) || !(maxDelayMs > 0)) {
            throw new IllegalArgumentException("service " + name + ": admission rate >= 0 and max delay > 0 required");
        }
    }

    /** Creates the packet source of one session of one user. */
    @FunctionalInterface
    public interface SourceFactory {
        PacketSource create(int user, long sessionStartNs);
    }
}
