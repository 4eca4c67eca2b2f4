package carma.corenet.broker;

import carma.corenet.diffserv.Psc;
import carma.corenet.topology.LinkId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reservations database: admitted session directions and R_c,e, the reserved rate per link and class. */
public final class ReservationDb {
    private record Key(SessionId session, Direction direction) {}

    private final Map<Key, Reservation> bySession = new LinkedHashMap<>();
    private final Map<LinkId, long[]> reservedBps = new HashMap<>();

    void add(Reservation r) {
        Key k = new Key(r.request().session(), r.request().direction());
        if (bySession.containsKey(k)) {
            throw new IllegalStateException(k.session() + " already holds a " + k.direction() + " reservation");
        }
        bySession.put(k, r);
        for (LinkId l : r.links()) {
            reservedBps.computeIfAbsent(l, x -> new long[Psc.values().length])[r.request().psc().ordinal()] +=
                    r.request().rateBps();
        }
    }

    /** Removes every reservation of {@code session}, returning them (uplink before downlink). */
    List<Reservation> remove(SessionId session) {
        List<Reservation> out = new ArrayList<>();
        for (Direction d : Direction.values()) {
            Reservation r = bySession.remove(new Key(session, d));
            if (r != null) {
                for (LinkId l : r.links()) {
                    reservedBps.get(l)[r.request().psc().ordinal()] -= r.request().rateBps();
                }
                out.add(r);
            }
        }
        return out;
    }

    /** R_c,e. */
    public long reservedBps(LinkId link, Psc psc) {
        long[] r = reservedBps.get(link);
        return r == null ? 0 : r[psc.ordinal()];
    }

    public int size() {
        return bySession.size();
    }
}
