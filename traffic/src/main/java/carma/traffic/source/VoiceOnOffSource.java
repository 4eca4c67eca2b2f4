package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * Voice as exponential talk spurts and silences with constant-rate frames in talk spurts (AROMA
 * paper §5.2.5). A session starts in the stationary state: in a talk spurt with probability equal
 * to the activity factor, otherwise in a silence; by memorylessness the remaining duration of the
 * first period is again exponential with the same mean. Allocation-free.
 */
public final class VoiceOnOffSource implements PacketSource {
    private final VoiceParameters parameters;
    private final RandomStream stream;
    private long nextArrivalNs;
    private long talkEndNs;

    /** Starts the first call (session) at {@code startNs}. */
    public VoiceOnOffSource(VoiceParameters parameters, RandomStream stream, long startNs) {
        this.parameters = parameters;
        this.stream = stream;
        restart(startNs);
    }

    @Override
    public void restart(long startNs) {
        if (stream.bernoulli(parameters.activityFactor())) {
            beginTalkSpurt(startNs);
        } else {
            beginTalkSpurt(startNs + silenceNs());
        }
    }

    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        int sizeBits = parameters.packetSizeBits();
        while (nextArrivalNs < toNs) {
            if (nextArrivalNs >= fromNs) {
                sink.onPacket(nextArrivalNs, sizeBits);
            }
            long next = nextArrivalNs + parameters.packetIntervalNs();
            if (next < talkEndNs) {
                nextArrivalNs = next;
            } else {
                beginTalkSpurt(talkEndNs + silenceNs());
            }
        }
    }

    private void beginTalkSpurt(long spurtStartNs) {
        nextArrivalNs = spurtStartNs;
        talkEndNs = spurtStartNs + Math.max(1, SimTime.nanosOfSeconds(stream.exponential(parameters.meanTalkSpurtS())));
    }

    private long silenceNs() {
        return SimTime.nanosOfSeconds(stream.exponential(parameters.meanSilenceS()));
    }
}
