package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * FTP downloads (see {@link FtpParameters}): at each request instant the whole file enters the
 * buffer as full packets plus one final partial packet, all with the request time as arrival
 * time. The first request is at the session start. Allocation-free.
 */
public final class FtpSource implements PacketSource {
    private final FtpParameters parameters;
    private final RandomStream stream;
    private long filesLeft;
    private long requestNs;
    private int fullPacketsLeft;
    private int lastPacketBits;

    /** Starts the first session at {@code startNs}. */
    public FtpSource(FtpParameters parameters, RandomStream stream, long startNs) {
        this.parameters = parameters;
        this.stream = stream;
        restart(startNs);
    }

    @Override
    public void restart(long startNs) {
        filesLeft = parameters.files().sample(stream);
        request(startNs);
    }

    @Override
    public boolean finished() {
        return requestNs == Long.MAX_VALUE;
    }

    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        int packetBits = parameters.packetSizeBits();
        while (requestNs < toNs) {
            boolean emit = requestNs >= fromNs;
            for (; fullPacketsLeft > 0; fullPacketsLeft--) {
                if (emit) {
                    sink.onPacket(requestNs, packetBits);
                }
            }
            if (lastPacketBits > 0 && emit) {
                sink.onPacket(requestNs, lastPacketBits);
            }
            lastPacketBits = 0;
            nextRequest();
        }
    }

    private void nextRequest() {
        if (filesLeft == 0) {
            requestNs = Long.MAX_VALUE;
            return;
        }
        request(requestNs + SimTime.nanosOfSeconds(stream.exponential(parameters.meanReadingTimeS())));
    }

    private void request(long atNs) {
        if (filesLeft != Long.MAX_VALUE) {
            filesLeft--;
        }
        requestNs = atNs;
        long fileBits = Math.max(1, Math.round(8 * parameters.fileSizeBytes().sample(stream)));
        fullPacketsLeft = (int) (fileBits / parameters.packetSizeBits());
        lastPacketBits = (int) (fileBits % parameters.packetSizeBits());
    }
}
