package carma.traffic.source;

import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * Constant bit rate: packet {@code i} of a session starting at {@code t0} arrives at {@code t0 +
 * floor(i · size · 10⁹ / rate)} ns ({@link CbrParameters}) or at {@code t0 + i · interval} ns
 * ({@link PeriodicParameters}), computed with an exact integer accumulator (whole part plus
 * remainder), so the long-run rate is exact with no drift and no rounding error growth.
 * Deterministic: it needs no random stream.
 */
public final class CbrSource implements PacketSource {
    private final int packetSizeBits;
    private final long intervalWholeNs;
    private final long intervalRemainder;
    /** The interval is {@code intervalWholeNs + intervalRemainder / divisor} ns. */
    private final long divisor;
    private long nextArrivalNs;
    private long accumulatedRemainder;

    public CbrSource(CbrParameters parameters, long startNs) {
        this(parameters.packetSizeBits(),
                Math.multiplyExact((long) parameters.packetSizeBits(), SimTime.NANOS_PER_SECOND), parameters.rateBps(),
                startNs);
    }

    /** Packets of {@code packetSizeBits} every {@code intervalNs} exactly. */
    public CbrSource(PeriodicParameters parameters, long startNs) {
        this(parameters.packetSizeBits(), parameters.intervalNs(), 1, startNs);
    }

    /** Packets of {@code packetSizeBits} every {@code intervalNumeratorNs / divisor} ns. */
    private CbrSource(int packetSizeBits, long intervalNumeratorNs, long divisor, long startNs) {
        this.packetSizeBits = packetSizeBits;
        this.divisor = divisor;
        this.intervalWholeNs = intervalNumeratorNs / divisor;
        this.intervalRemainder = intervalNumeratorNs % divisor;
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
        if (accumulatedRemainder >= divisor) {
            accumulatedRemainder -= divisor;
            nextArrivalNs++;
        }
    }
}
