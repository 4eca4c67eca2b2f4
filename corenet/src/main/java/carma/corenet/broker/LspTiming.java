package carma.corenet.broker;

/**
 * Control-plane timing of LSP set-up and release [reconstructed, shared/reference corenet-e2e §3]:
 * the broker processes a request, then commands the agents one at a time (egress to ingress on set-up,
 * ingress to egress on release); each command travels, is executed and acknowledged before the next.
 */
public record LspTiming(long brokerProcessingNs, long controlLatencyNs, long agentCommandNs) {
    public LspTiming {
        if (brokerProcessingNs < 0 || controlLatencyNs < 0 || agentCommandNs < 0) {
            throw new IllegalArgumentException("LSP timing must not be negative");
        }
    }

    /** 5 ms broker processing, 1 ms one-way control latency, 2 ms per agent command (≈ 15–20 ms per LSP). */
    public static LspTiming reference() {
        return new LspTiming(5_000_000L, 1_000_000L, 2_000_000L);
    }

    /** Offset from the request to the execution of command {@code k} (0-based). */
    long commandOffsetNs(int k) {
        return brokerProcessingNs + controlLatencyNs + agentCommandNs + k * (2 * controlLatencyNs + agentCommandNs);
    }
}
