package carma.traffic.source;

import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * Constant bit rate: packet {@code i} of a session starting at {@code t0} arrives at {@code t0 +
 * floor(i · size · 10⁹ / rate)} ns, computed with an exact integer accumulator (whole part plus
 * remainder), so the long-run rate is exactly {@code rateBps} with no drift and no rounding error
 * growth. Deterministic: it needs no random stream.
 */
public final class CbrSource implements PacketSource {
    private final int packetSizeBits;
    private final long intervalWholeNs;
    private final long intervalRemainder;
    private final long rateBps;
    private long nextArrivalNs;
    private long accumulatedRemainder;

    public CbrSource(CbrParameters parameters, long startNs) {
        this.packetSizeBits = parameters.packetSizeBits();
        this.rateBps = parameters.rateBps();
        long numerator = Math.multiplyExact((long) packetSizeBits, SimTime.NANOS_PER_SECOND);
        this.intervalWholeNs = numerator / rateBps;
        this.intervalRemainder = numerator % rateBps;
        restart(startNs);
    }

    @Override
    public void restart(long startNs) {
        nextArrivalNs = startNs;
        accumulatedRemainder = 0;
    }

    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        while (nextArrivalNs < toNs) {
            if (nextArrivalNs >= fromNs) {
                sink.onPacket(nextArrivalNs, packetSizeBits);
            }
            advance();
        }
    }

    private void advance() {
        nextArrivalNs += intervalWholeNs;
        accumulatedRemainder += intervalRemainder;
        if (accumulatedRemainder >= rateBps) {
            accumulatedRemainder -= rateBps;
            nextArrivalNs++;
        }
    }
}
