package carma.corenet.trace;

import carma.kernel.trace.TraceRecord;

/**
 * One generator flow's report period: the bytes its RAN reported, the whole packets injected for
 * them (spread over the next period) and the remainder carried to the next report.
 */
public record GeneratorPeriodRecord(long timeNs, int ranId, String service, boolean downlink, long periodIndex,
        long reportedBytes, long injectedBytes, int packets, long carryBytes) implements TraceRecord {}
