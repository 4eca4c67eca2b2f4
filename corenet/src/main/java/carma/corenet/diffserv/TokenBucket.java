package carma.corenet.diffserv;

/**
 * A token-bucket policer (RFC 2697 single rate, without colours): tokens accrue at {@code rateBps}/8
 * bytes per second up to {@code depthBytes}; a packet conforms when its size is covered, which spends
 * the tokens. Time comes from the caller (the event's time), never from a clock. Tokens are kept in
 * bit-nanoseconds (bits × 1e9) so accrual is exact integer arithmetic.
 */
public final class TokenBucket {
    private static final long NS = 1_000_000_000L;
    private final long rateBps;
    private final long depthBitNs;
    private long tokensBitNs;
    private long lastNs;

    public TokenBucket(long rateBps, int depthBytes, long startNs) {
        if (rateBps <= 0 || depthBytes <= 0) {
            throw new IllegalArgumentException("token bucket needs a positive rate and depth");
        }
        this.rateBps = rateBps;
        this.depthBitNs = Math.multiplyExact(8L * depthBytes, NS);
        this.tokensBitNs = depthBitNs;
        this.lastNs = startNs;
    }

    /** Whether a packet of {@code sizeBytes} arriving at {@code nowNs} conforms (and if so, spends). */
    public boolean conforms(int sizeBytes, long nowNs) {
        long elapsed = nowNs - lastNs;
        lastNs = nowNs;
        // rate·elapsed overflows only after ~3 h of idle at 1 Gbit/s: saturate instead
        long added = elapsed > depthBitNs / rateBps ? depthBitNs : rateBps * elapsed;
        tokensBitNs = Math.min(depthBitNs, tokensBitNs + added);
        long need = 8L * sizeBytes * NS;
        if (need <= tokensBitNs) {
            tokensBitNs -= need;
            return true;
        }
        return false;
    }

    public long rateBps() {
        return rateBps;
    }
}
