package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** Cumulative OLSR control traffic a node has sent (UDP payload + 28 bytes IPv4/UDP per packet). */
public record ControlOverhead(long timeNs, String node, long packetsSent, long bytesSent) implements TraceRecord {}
