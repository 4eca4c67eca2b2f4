package carma.mesh.danum;

import carma.mesh.net.FlowSpec;

/**
 * DANUM's per-flow state (carried in-band with the packets in the real system, so every node can
 * read beta): the per-packet utility weight beta_s = w_s (1 + Z_s / zeta_s), the delay price Z_s (a
 * virtual queue, seconds), the one-way delay estimate, the ingress node and its backlog samples,
 * the elastic token bucket and the soft-admission state.
 */
public final class FlowState {
    final FlowSpec spec;
    final ClassUtility cls;
    double beta;
    double zSeconds;
    double delayEwmaNs = -1;
    int ingress = -1;
    double queueSampleSum;
    int queueSamples;
    AdmissionState admission = AdmissionState.ADMITTED;
    double discardProbability;
    long admittedAtNs;
    double tokensBytes;
    long tokensAtNs;
    double admissionRateKbps = Double.POSITIVE_INFINITY;
    double meanPacketKbit = -1;

    FlowState(FlowSpec spec, ClassUtility cls, long nowNs) {
        this.spec = spec;
        this.cls = cls;
        this.beta = cls.weight();
        this.admittedAtNs = nowNs;
        this.tokensAtNs = nowNs;
    }

    public FlowSpec spec() {
        return spec;
    }

    public double beta() {
        return beta;
    }

    public double delayPriceSeconds() {
        return zSeconds;
    }

    public AdmissionState admission() {
        return admission;
    }

    public double discardProbability() {
        return discardProbability;
    }

    public boolean elastic() {
        return cls.utility().elastic();
    }

    /**
     * The price at the ingress in Denarii per kbit: a packet costs beta Q / V Denarii (danum.md
     * 3.2), divided by the flow's mean packet size in kbit so that it applies to the kbit/s
     * utilities of section 3.4.
     */
    double pricePerKbit(double backlogPackets, double v) {
        double kbit = meanPacketKbit > 0 ? meanPacketKbit : 8.0;
        return beta * backlogPackets / v / kbit;
    }

    void observePacket(int bytes) {
        double kbit = bytes * 8 / 1000.0;
        meanPacketKbit = meanPacketKbit < 0 ? kbit : 0.95 * meanPacketKbit + 0.05 * kbit;
    }

    /** Token bucket of the elastic admission rate; depth four packets. */
    boolean takeToken(long nowNs, int bytes, int depthBytes) {
        if (admissionRateKbps == Double.POSITIVE_INFINITY) {
            return true;
        }
        tokensBytes = Math.min(depthBytes, tokensBytes + (nowNs - tokensAtNs) * 1e-9 * admissionRateKbps * 125.0);
        tokensAtNs = nowNs;
        if (tokensBytes >= bytes) {
            tokensBytes -= bytes;
            return true;
        }
        return false;
    }

    boolean hasToken(long nowNs, int bytes, int depthBytes) {
        if (admissionRateKbps == Double.POSITIVE_INFINITY) {
            return true;
        }
        double t = Math.min(depthBytes, tokensBytes + (nowNs - tokensAtNs) * 1e-9 * admissionRateKbps * 125.0);
        return t >= bytes;
    }
}
