package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * UMTS 30.03 WWW browsing session (see {@link WebBrowsingParameters}). The first packet call
 * starts at the session start; its first datagram arrives at the packet call start; the reading
 * time runs from the last datagram of a packet call to the first of the next. Sizes are rounded
 * to whole bits. Allocation-free.
 */
public final class WebBrowsingSource implements PacketSource {
    private final WebBrowsingParameters parameters;
    private final RandomStream stream;
    private long packetCallsLeft;
    private long datagramsLeft;
    private long nextArrivalNs;
    private int nextSizeBits;

    /** Starts the first session at {@code startNs}. */
    public WebBrowsingSource(WebBrowsingParameters parameters, RandomStream stream, long startNs) {
        this.parameters = parameters;
        this.stream = stream;
        restart(startNs);
    }

    @Override
    public void restart(long startNs) {
        packetCallsLeft = parameters.packetCalls().sample(stream);
        startPacketCall(startNs);
    }

    @Override
    public boolean finished() {
        return nextArrivalNs == Long.MAX_VALUE;
    }

    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        while (nextArrivalNs < toNs) {
            if (nextArrivalNs >= fromNs) {
                sink.onPacket(nextArrivalNs, nextSizeBits);
            }
            advance();
        }
    }

    private void advance() {
        datagramsLeft--;
        if (datagramsLeft > 0) {
            scheduleDatagram(nextArrivalNs + exponentialNs(parameters.meanDatagramIntervalS()));
        } else if (packetCallsLeft > 0) {
            startPacketCall(nextArrivalNs + exponentialNs(parameters.meanReadingTimeS()));
        } else {
            nextArrivalNs = Long.MAX_VALUE;
        }
    }

    private void startPacketCall(long startNs) {
        if (packetCallsLeft != Long.MAX_VALUE) {
            packetCallsLeft--;
        }
        datagramsLeft = parameters.datagramsPerPacketCall().sample(stream);
        scheduleDatagram(startNs);
    }

    private void scheduleDatagram(long arrivalNs) {
        nextArrivalNs = arrivalNs;
        nextSizeBits = (int) Math.round(8 * parameters.datagramSizeBytes().sample(stream));
    }

    private long exponentialNs(double meanS) {
        return SimTime.nanosOfSeconds(stream.exponential(meanS));
    }
}
