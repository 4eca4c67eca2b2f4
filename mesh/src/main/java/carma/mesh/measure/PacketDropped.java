package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;
import carma.mesh.net.DropReason;

/** A packet left the network undelivered. */
public record PacketDropped(long timeNs, int flow, long seq, String node, DropReason reason) implements TraceRecord {}
