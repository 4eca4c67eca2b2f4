package carma.corenet.generator;

import carma.corenet.diffserv.Dscp;
import carma.corenet.network.FlowId;
import carma.corenet.topology.RouterId;
import java.util.Objects;

/** Where a generated flow enters and leaves the core, and how its packets are marked and sized. */
public record FlowEndpoints(FlowId flow, RouterId source, RouterId destination, Dscp dscp, int packetBytes) {
    public FlowEndpoints {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(dscp, "dscp");
        if (packetBytes < 1 || packetBytes > 65_535) {
            throw new IllegalArgumentException(flow + ": packet size must be 1..65535 bytes, got " + packetBytes);
        }
    }
}
