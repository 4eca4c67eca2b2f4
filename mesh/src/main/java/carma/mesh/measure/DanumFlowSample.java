package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** DANUM state of a flow: utility weight, delay price, ingress backlog, admission. */
public record DanumFlowSample(long timeNs, String flow, double beta, double delayPriceS, double ingressBacklog,
        String admission, double discardProbability) implements TraceRecord {}
