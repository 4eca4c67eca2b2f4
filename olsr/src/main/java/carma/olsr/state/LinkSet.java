package carma.olsr.state;

import carma.olsr.NodeAddress;
import carma.olsr.wire.LinkCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/** The link set (RFC 3626 §4.2.1), keyed by neighbour interface address. */
public final class LinkSet {

    private final TreeMap<NodeAddress, LinkTuple> links = new TreeMap<>();
    private long version;
    /** A lower bound of every link's missed-HELLO deadline (exact after each check pass). */
    private long nextHelloDeadlineNs = Long.MAX_VALUE;
    /** A lower bound of every tuple's L_time (exact after each {@link #expire} scan). */
    private long minTimeNs = Long.MAX_VALUE;
    /** Counts every change of a tuple's times, for the deadline cache. */
    private long changes;
    private long cachedDeadlineNs = Long.MIN_VALUE;
    private long cachedAtVersion = -1;

    public LinkTuple find(NodeAddress neighborInterface) {
        return links.get(neighborInterface);
    }

    public LinkTuple findOrCreate(NodeAddress neighborInterface, long nowNs) {
        LinkTuple l = links.get(neighborInterface);
        if (l == null) {
            l = new LinkTuple(neighborInterface, nowNs);
            links.put(neighborInterface, l);
            minTimeNs = Math.min(minTimeNs, l.timeNs);
            version++;
            changes++;
        }
        return l;
    }

    /**
     * Counts the changes that can alter the neighbour set other than by the passage of time: tuples
     * added or removed, a link turning symmetric or asymmetric on a HELLO, or its L_SYM_time moving
     * earlier.
     */
    public long version() {
        return version;
    }

    /**
     * Link sensing on receipt of a HELLO (RFC 3626 §7.1.1 step 2).
     *
     * @param listedLinkType link type under which the HELLO lists this node, or -1 if not listed
     * @param neighbHoldNs   NEIGHB_HOLD_TIME, how long a lost link is remembered after L_SYM_time
     */
    public void onHello(LinkTuple link, long nowNs, long validityNs, int listedLinkType, long helloIntervalNs,
                        long neighbHoldNs) {
        changes++;
        boolean wasSym = link.isSymmetric(nowNs);
        long oldSymTimeNs = link.symTimeNs;
        link.asymTimeNs = nowNs + validityNs;
        if (listedLinkType == LinkCode.LOST_LINK) {
            link.symTimeNs = nowNs - 1;
        } else if (listedLinkType == LinkCode.SYM_LINK
                || listedLinkType == LinkCode.ASYM_LINK) {
            link.symTimeNs = nowNs + validityNs;
            link.timeNs = link.symTimeNs + neighbHoldNs;
        }
        link.timeNs = Math.max(link.timeNs, link.asymTimeNs);
        minTimeNs = Math.min(minTimeNs, link.timeNs);
        link.helloIntervalNs = helloIntervalNs;
        link.helloDeadlineNs = nowNs + helloIntervalNs + helloIntervalNs / 2;
        if (helloIntervalNs > 0) {
            nextHelloDeadlineNs = Math.min(nextHelloDeadlineNs, link.helloDeadlineNs);
        }
        if (wasSym != link.isSymmetric(nowNs) || link.symTimeNs < oldSymTimeNs) {
            version++;
        }
    }

    /** Removes expired tuples (L_time passed); returns the removed neighbour interface addresses. */
    public List<NodeAddress> expire(long nowNs) {
        if (minTimeNs >= nowNs) {
            return List.of();
        }
        List<NodeAddress> removed = List.of();
        long min = Long.MAX_VALUE;
        for (Iterator<LinkTuple> it = links.values().iterator(); it.hasNext(); ) {
            LinkTuple l = it.next();
            if (l.timeNs < nowNs) {
                if (removed.isEmpty()) {
                    removed = new ArrayList<>();
                }
                removed.add(l.neighborInterface());
                it.remove();
                version++;
                changes++;
            } else {
                min = Math.min(min, l.timeNs);
            }
        }
        minTimeNs = min;
        return removed;
    }

    /**
     * Counts missed HELLOs: for every link whose HELLO deadline passed, the estimator is told once per
     * elapsed HELLO interval (olsrd {@code olsr_expire_link_hello_timer}).
     */
    public void checkMissedHellos(long nowNs) {
        if (nowNs < nextHelloDeadlineNs) {
            return;
        }
        long next = Long.MAX_VALUE;
        changes++;
        for (LinkTuple l : links.values()) {
            while (l.helloIntervalNs > 0 && l.helloDeadlineNs <= nowNs) {
                l.estimator().onHelloMissed();
                l.helloDeadlineNs += l.helloIntervalNs;
            }
            if (l.helloIntervalNs > 0) {
                next = Math.min(next, l.helloDeadlineNs);
            }
        }
        nextHelloDeadlineNs = next;
    }

    /**
     * Earliest time at which a tuple's state changes by the passage of time alone. Kept from one
     * call to the next until a tuple changes or the time passes.
     */
    public long nextDeadlineNs(long nowNs) {
        if (cachedDeadlineNs > nowNs && cachedAtVersion == changes) {
            return cachedDeadlineNs;
        }
        cachedDeadlineNs = computeNextDeadlineNs(nowNs);
        cachedAtVersion = changes;
        return cachedDeadlineNs;
    }

    private long computeNextDeadlineNs(long nowNs) {
        long next = Long.MAX_VALUE;
        for (LinkTuple l : links.values()) {
            next = Math.min(next, l.timeNs + 1);
            if (l.symTimeNs >= nowNs) {
                next = Math.min(next, l.symTimeNs + 1);
            }
            if (l.asymTimeNs >= nowNs) {
                next = Math.min(next, l.asymTimeNs + 1);
            }
            if (l.helloIntervalNs > 0) {
                next = Math.min(next, l.helloDeadlineNs);
            }
        }
        return next;
    }

    public Collection<LinkTuple> all() {
        return Collections.unmodifiableCollection(links.values());
    }
}
