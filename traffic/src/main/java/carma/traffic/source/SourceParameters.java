package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;

/**
 * The parameters of a modelled packet source; each record builds its source, so a RAN emulator can
 * create one source per user from a service's parameters without knowing the model. Sealed: the
 * scenario assembler maps its specs onto exactly these.
 */
public sealed interface SourceParameters permits CbrParameters, PeriodicParameters, VoiceParameters, WebBrowsingParameters, FtpParameters {
    /**
     * A new source whose first session starts at {@code startNs}.
     *
     * @param stream the source's own random stream (unused by deterministic models such as CBR)
     */
    PacketSource newSource(RandomStream stream, long startNs);
}
