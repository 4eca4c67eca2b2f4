package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** A flow's packets started arriving through another gateway: last on the old path to first on the new. */
public record HandoverMeasured(long timeNs, String flow, String fromGateway, String toGateway, double latencyMs)
        implements TraceRecord {}
