package carma.traffic.source;

import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * The explicit "no traffic" source (instead of null): emits nothing, ever. Stateless, so one
 * instance may be shared.
 */
public final class NoPackets implements PacketSource {
    @Override
    public void generate(long fromNs, long toNs, PacketSink sink) {
        // no packets by definition
    }

    @Override
    public void restart(long startNs) {
        // stateless
    }

    @Override
    public boolean finished() {
        return true;
    }
}
