package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** Per-interval receive statistics of one flow (goodput counts new in-order application bytes). */
public record FlowSample(long timeNs, String flow, double goodputBps, double meanDelayMs, double jitterMs,
        long packets) implements TraceRecord {}
