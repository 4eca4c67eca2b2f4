package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** A CARMNET node's Internet gateway or first hop toward it changed ("-" = none). */
public record RouteChange(long timeNs, String node, String gatewayBefore, String gatewayAfter, String nextHopBefore,
        String nextHopAfter) implements TraceRecord {}
