package carma.ran.emulator;

import carma.kernel.random.RandomStreams;
import carma.traffic.PacketSource;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceTraffic;
import java.util.List;

/**
 * The services of an emulation (QoS profile, session level, packet level) and the packet sources
 * of the users: one source per (user, service), created at the user's first session of that
 * service with its own random stream {@code "ran.traffic.<service>.user-<u>"} and restarted for
 * later sessions, so steady-state session turnover allocates nothing.
 */
final class Services {
    private final List<ServiceTraffic> list;
    private final RandomStreams streams;
    private final PacketSource[][] sources;

    Services(List<ServiceTraffic> list, RandomStreams streams, int users) {
        this.list = List.copyOf(list);
        this.streams = streams;
        this.sources = new PacketSource[list.size()][users];
    }

    int size() {
        return list.size();
    }

    ServiceTraffic get(int service) {
        return list.get(service);
    }

    List<ServiceTraffic> all() {
        return list;
    }

    String name(int service) {
        return list.get(service).profile().name();
    }

    QosClass qosClass(int service) {
        return list.get(service).profile().qosClass();
    }

    /** The rate admission control books: the guaranteed bit rate (0 for interactive and background). */
    double admissionRateBps(int service) {
        return list.get(service).profile().guaranteedBitRateBps();
    }

    /** The user's source for a session of the service starting at {@code startNs}. */
    PacketSource sessionSource(int user, int service, long startNs) {
        PacketSource s = sources[service][user];
        if (s == null) {
            s = list.get(service).packets().newSource(streams.stream("ran.traffic." + name(service) + ".user-" + user), startNs);
            sources[service][user] = s;
        } else {
            s.restart(startNs);
        }
        return s;
    }
}
