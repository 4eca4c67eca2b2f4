package carma.radio.wifi;

/**
 * Bianchi's analytical model of the 802.11 DCF with n saturated stations (G. Bianchi, "Performance
 * analysis of the IEEE 802.11 distributed coordination function", IEEE JSAC 18(3), 2000, eqs. 7, 9,
 * 13): the fixed point of
 *
 * <pre>
 *   tau = 2 (1 - 2p) / ((1 - 2p)(W + 1) + p W (1 - (2p)^m)),     p = 1 - (1 - tau)^(n - 1)
 *   S   = Ps Ptr E[P] / ((1 - Ptr) sigma + Ptr Ps Ts + Ptr (1 - Ps) Tc)
 * </pre>
 *
 * with W = CWmin + 1, m backoff stages, Ptr = 1 - (1 - tau)^n, Ps = n tau (1 - tau)^(n-1) / Ptr.
 * Solved by bisection on tau (the residual is monotone). Propagation delay is taken as zero.
 */
public final class BianchiDcf {

    /** The solved model. */
    public record Solution(int stations, double tau, double collisionProbability, double throughputBps,
            double successProbability, double transmissionProbability) {}

    private BianchiDcf() {}

    /**
     * @param stations n >= 1
     * @param minWindow W = CWmin + 1
     * @param stages m, so that CWmax + 1 = W 2^m
     * @param payloadBits E[P]
     * @param slotNs sigma
     * @param successNs Ts
     * @param collisionNs Tc
     */
    public static Solution solve(int stations, int minWindow, int stages, double payloadBits, long slotNs,
            long successNs, long collisionNs) {
        if (stations < 1) {
            throw new IllegalArgumentException("need at least one station, got " + stations);
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double p = 1 - Math.pow(1 - mid, stations - 1);
            if (mid - tauOf(p, minWindow, stages) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double tau = 0.5 * (lo + hi);
        double p = 1 - Math.pow(1 - tau, stations - 1);
        double ptr = 1 - Math.pow(1 - tau, stations);
        double ps = stations * tau * Math.pow(1 - tau, stations - 1) / ptr;
        double slotSeconds = ((1 - ptr) * slotNs + ptr * ps * successNs + ptr * (1 - ps) * collisionNs) * 1e-9;
        double s = ps * ptr * payloadBits / slotSeconds;
        return new Solution(stations, tau, p, s, ps, ptr);
    }

    /** Convenience: the model for {@code standard}, one PHY mode and one frame length. */
    public static Solution solve(int stations, FrameAirtime airtime, PhyMode mode, int payloadBytes, int psduBytes) {
        WifiStandard std = airtime.standard();
        return solve(stations, std.cwMin() + 1, std.backoffStages(), payloadBytes * 8.0, std.slotNs(),
                airtime.successfulExchangeNs(mode, psduBytes), airtime.collisionNs(mode, psduBytes));
    }

    static double tauOf(double p, int w, int m) {
        // equivalent form without the removable singularity at p = 1/2:
        // (1 - (2p)^m) / (1 - 2p) = sum_{k<m} (2p)^k
        double sum = 0;
        double term = 1;
        for (int k = 0; k < m; k++) {
            sum += term;
            term *= 2 * p;
        }
        return 2 / (w + 1 + p * w * sum);
    }
}
