package carma.corenet.stats;

import carma.corenet.diffserv.Psc;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.Packet;
import carma.corenet.network.PacketFate;
import carma.corenet.network.PacketListener;
import carma.corenet.network.PortClassStats;
import carma.corenet.topology.RouterId;
import carma.corenet.trace.LinkClassRecord;
import carma.corenet.trace.PathClassRecord;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes the core's traces every sample interval: a {@link LinkClassRecord} per link and class
 * that has carried traffic, and a {@link PathClassRecord} per (source, destination, class) active in
 * the interval. It is also the core's {@link PacketListener} (pass it to the network, or chain it).
 */
public final class CoreSampler implements PacketListener, EventSink<CoreSampler.Sample> {
    /** The periodic sample event. */
    public enum Sample { SAMPLE }

    private static final class PathAcc {
        long delivered;
        long delayNs;
        long queueingNs;
        final long[] dropped = new long[PacketFate.values().length];

        boolean active() {
            if (delivered > 0) {
                return true;
            }
            for (long d : dropped) {
                if (d > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private record PathKey(RouterId source, RouterId destination, Psc psc) implements Comparable<PathKey> {
        @Override
        public int compareTo(PathKey o) {
            int c = source.compareTo(o.source);
            c = c != 0 ? c : destination.compareTo(o.destination);
            return c != 0 ? c : psc.compareTo(o.psc);
        }
    }

    private final Simulator sim;
    private final long intervalNs;
    private final Map<PathKey, PathAcc> paths = new TreeMap<>();
    private CoreNetwork network;
    private List<PortClassStats> last;
    private long lastNs;

    public CoreSampler(Simulator sim, long intervalNs) {
        if (intervalNs <= 0) {
            throw new IllegalArgumentException("sample interval must be positive");
        }
        this.sim = sim;
        this.intervalNs = intervalNs;
    }

    /** Starts sampling {@code network} (built with this sampler as its listener). */
    public void start(CoreNetwork network) {
        this.network = network;
        this.last = network.portStats();
        this.lastNs = sim.nowNs();
        sim.schedule(sim.nowNs() + intervalNs, this, Sample.SAMPLE);
    }

    @Override
    public void onFate(long nowNs, Packet p, PacketFate fate, RouterId at) {
        PathAcc a = paths.computeIfAbsent(new PathKey(p.source(), p.destination(), p.dscp().psc()), k -> new PathAcc());
        if (fate == PacketFate.DELIVERED) {
            a.delivered++;
            a.delayNs += nowNs - p.createdNs();
            a.queueingNs += p.queueingNs();
        } else {
            a.dropped[fate.ordinal()]++;
        }
    }

    @Override
    public void onEvent(long nowNs, Sample event) {
        TraceBus bus = sim.traceBus();
        List<PortClassStats> now = network.portStats();
        double seconds = (nowNs - lastNs) / 1e9;
        if (bus.wants(LinkClassRecord.class)) {
            for (int i = 0; i < now.size(); i++) {
                PortClassStats s = now.get(i);
                if (s.arrivedPackets() == 0) {
                    continue;
                }
                PortClassStats b = last.get(i);
                long sent = s.sentPackets() - b.sentPackets();
                long qNs = s.queueingNsSum() - b.queueingNsSum();
                bus.publish(new LinkClassRecord(nowNs, s.link().toString(), s.psc(), s.queuedPackets(),
                        (s.sentBytes() - b.sentBytes()) * 8 / seconds, sent, s.droppedRed() - b.droppedRed(),
                        s.droppedBuffer() - b.droppedBuffer(), sent == 0 ? 0 : qNs / 1e6 / sent));
            }
        }
        if (bus.wants(PathClassRecord.class)) {
            for (Map.Entry<PathKey, PathAcc> e : paths.entrySet()) {
                PathAcc a = e.getValue();
                if (!a.active()) {
                    continue;
                }
                PathKey k = e.getKey();
                double n = Math.max(1, a.delivered);
                bus.publish(new PathClassRecord(nowNs, k.source().toString(), k.destination().toString(), k.psc(),
                        a.delivered, a.delayNs / 1e6 / n, a.queueingNs / 1e6 / n,
                        a.dropped[PacketFate.DROPPED_RED.ordinal()], a.dropped[PacketFate.DROPPED_POLICER.ordinal()],
                        a.dropped[PacketFate.DROPPED_BUFFER.ordinal()], a.dropped[PacketFate.DROPPED_NO_LSP.ordinal()]
                                + a.dropped[PacketFate.DROPPED_NO_ROUTE.ordinal()]));
            }
        }
        paths.replaceAll((k, v) -> new PathAcc());
        last = now;
        lastNs = nowNs;
        sim.schedule(nowNs + intervalNs, this, Sample.SAMPLE);
    }
}
