package carma.ran.emulator;

import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/** Test-only constant bit rate source: one packet of {@code sizeBits} every {@code periodNs} from {@code startNs}. */
final class CbrTestSource implements PacketSource {
    private final long startNs;
    private final long periodNs;
    private final int sizeBits;

    CbrTestSource(long startNs, double rateBps, int sizeBits) {
        this.startNs = startNs;
        this.sizeBits = sizeBits;
        this.periodNs = Math.round(sizeBits / rateBps * 1e9);
    }

    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        long k = fromNs <= startNs ? 0 : (fromNs - startNs + periodNs - 1) / periodNs;
        for (long t = startNs + k * periodNs; t < toNs; t += periodNs) {
            sink.onPacket(t, sizeBits);
        }
    }

    static Service.SourceFactory factory(double rateBps, int sizeBits) {
        return (user, start) -> new CbrTestSource(start, rateBps, sizeBits);
    }
}
