package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** An account's Denarii balance at a time (minor units, 10^-6 Denarius). */
public record BalanceSample(long timeNs, String account, long balanceMinor) implements TraceRecord {}
